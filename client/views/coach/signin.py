"""The coach's sign-in: email and password; a clear message on a wrong password or
when too many attempts were made (the server's rate limit)."""

import flet as ft

from client.coach_state import COACH_LANGS, CoachState
from client.views.coach.common import BRAND, LINE, CoachCtx, banner, button, text


@ft.component
def CoachSignIn(cs: CoachState, cc: CoachCtx):
    t = cc.t(cs)
    # Refs, not state: text fields keep what is typed; re-rendering on every key
    # would race with fast typing (see client/views/coach/common.py).
    email = ft.use_ref("")
    password = ft.use_ref("")

    async def submit(_=None):
        if await cs.sign_in(email.current, password.current):
            password.current = ""
            cc.page.navigate(cc.page.route or "/coach")

    async def switch_language(e):
        await cs.set_language(e.control.data)

    msg = banner(cs, t)
    card = ft.Container(
        width=420,
        padding=24,
        border=ft.Border.all(1, LINE),
        border_radius=12,
        bgcolor=ft.Colors.WHITE,
        content=ft.Column(
            [
                ft.Row(
                    [
                        ft.Icon(ft.Icons.SUPERVISOR_ACCOUNT, color=BRAND, size=36),
                        text(t("coach-signin-title"), 24, bold=True, key="coach-signin-title"),
                    ]
                ),
                text(t("coach-signin-intro"), 15),
                *([msg] if msg else []),
                # value= from the refs: a repaint (the error banner appearing, the button
                # turning busy) must not empty what the coach has typed.
                ft.TextField(
                    label=t("coach-email"),
                    key="coach-email",
                    value=email.current,
                    keyboard_type=ft.KeyboardType.EMAIL,
                    autofocus=True,
                    on_change=lambda e: setattr(email, "current", e.control.value),
                    on_submit=submit,
                ),
                ft.TextField(
                    label=t("coach-password"),
                    key="coach-password",
                    value=password.current,
                    password=True,
                    can_reveal_password=True,
                    on_change=lambda e: setattr(password, "current", e.control.value),
                    on_submit=submit,
                ),
                button(
                    t("coach-signin-button"),
                    submit,
                    key="coach-signin",
                    primary=True,
                    icon=ft.Icons.LOGIN,
                    disabled=cs.busy,
                ),
                ft.Row(
                    [
                        ft.TextButton(
                            content=code.upper(),
                            data=code,
                            on_click=switch_language,
                            key=f"coach-lang-{code}",
                        )
                        for code in COACH_LANGS
                    ],
                    alignment=ft.MainAxisAlignment.END,
                ),
            ],
            spacing=14,
            tight=True,
        ),
    )
    return ft.Container(
        content=card,
        alignment=ft.Alignment.TOP_CENTER,
        expand=True,
        padding=ft.Padding.only(top=48, left=8, right=8),
        bgcolor="#F6F8FC",
        key="coach-signin-screen",
    )
