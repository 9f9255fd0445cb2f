"""The guard layout of the coach area: not signed in as a coach -> the sign-in screen."""

import flet as ft

from client.coach_state import CoachState
from client.views.coach.common import CoachCtx
from client.views.coach.signin import CoachSignIn


@ft.component
def CoachShell(cs: CoachState, cc: CoachCtx):
    outlet = ft.use_route_outlet()

    async def restore():
        if not cs.loaded:  # loaded lazily: participants' phones never pay for it
            await cs.load()

    ft.on_mounted(restore)
    if not cs.loaded:
        return ft.Container(ft.ProgressRing(), alignment=ft.Alignment.CENTER, expand=True)
    if not cs.signed_in:
        return CoachSignIn(cs, cc)
    return outlet
