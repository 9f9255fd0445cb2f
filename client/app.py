"""The router tree and the session entry point.

Routes (relative to where the app is mounted, e.g. /app):
  /                  home tiles            /language          language chooser
  /signin/<token>    the sign-in card's QR /checklists, /checklist/<slug>
  /guides, /guide/<slug>                   /stations, /station/<code> (QR deep link)
  /goals             the participant's own goal plan (issue 5)
Stations and the language chooser work without signing in (their content is
public, like the printed QR pages); everything else needs a live card.

The coach area (issue 5) sits beside the participant's tree, outside its guard,
behind its own guard (a coach's password sign-in):
  /coach             participant list      /coach/enrol       enrol a participant
  /coach/participant/<id>                  /coach/report      organisation report
  /coach/language    language support: review, correct, record texts (issue 3)
  /coach/authoring   own stations, checklists, guides (issue 10)   /coach/worklist
"""

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass

import flet as ft

from client.api import IN_BROWSER, StegvisApi
from client.coach_state import MyGoals
from client.components.ui import FONTS, Ctx, Player, theme
from client.state import REVOKED, AppState
from client.storage import BrowserStore, PrefsStore, Store
from client.views.checklist import ChecklistList, ChecklistView
from client.views.coach.my_goals import MyGoalsView
from client.views.gate import LanguageView, NotFound, Revoked, SignInNeeded
from client.views.guide import GuideList, GuideView
from client.views.home import Home
from client.views.station import StationList, StationView

SIGNIN = re.compile(r"^/signin/([A-Za-z0-9_\-]{16,200})/?$")
# The card's token as the static app's page receives it: /app/signin/<token>, or in the
# fragment (/app/#card=<token>), which never reaches a server's access log.
CARD_IN_URL = re.compile(
    r"/signin/([A-Za-z0-9_\-]{16,200})/?(?:[?#]|$)|[#&]card=([A-Za-z0-9_\-]{16,200})"
)


def card_token_in(url: str) -> str | None:
    m = CARD_IN_URL.search(url or "")
    return (m.group(1) or m.group(2)) if m else None


PUBLIC = ("/station", "/language", "/signin")


@ft.component
def Shell(state: AppState, ctx: Ctx):
    """Guard layout: language first, then a live card, then the screen asked for."""
    outlet = ft.use_route_outlet()
    path = ft.use_route_location() or "/"
    public = path.startswith(PUBLIC)
    if not state.language and not path.startswith("/language"):
        return LanguageView(state, ctx)
    if state.sync_status == REVOKED and not public:
        return Revoked(state, ctx)
    if not state.signed_in and not public:
        return SignInNeeded(state, ctx)
    return outlet


@dataclass(frozen=True)
class CoachArea:
    """The coach area's state and context, in a plain (not observable) holder: if App
    took the observable CoachState itself, every change of it would re-render the
    router and remount the coach screens (whose mount loads data: a loop)."""

    state: "CoachState"  # noqa: F821 (imported with the coach area, server mode only)
    ctx: "CoachCtx"  # noqa: F821


@dataclass(frozen=True)
class ParticipantArea:
    """The participant's state and context, in a plain holder for the same reason as
    CoachArea: App builds the route components, and an App re-rendered on every tick
    would build new ones, remounting the screen under the participant's finger (every
    control a new id, so a tap in flight hits an id the server no longer knows and is
    lost: the second quick tick of a checklist vanished that way). The screens take
    the observable state themselves and re-render in place."""

    state: AppState
    ctx: Ctx


@ft.component
def App(participant: ParticipantArea, area: CoachArea | None = None):
    state, ctx = participant.state, participant.ctx

    def param_view(view, name):
        @ft.component
        def Routed():
            return view(state, ctx, ft.use_route_params().get(name, ""))

        return Routed

    def plain(view):
        return lambda: view(state, ctx)

    def coached(view):
        return lambda: view(area.state, area.ctx)

    @ft.component
    def CoachParticipant():
        return ParticipantPage(area.state, area.ctx, ft.use_route_params().get("pid", ""))

    @ft.component
    def AuthoringItemRoute():  # issue 10
        return AuthoringItemView(area.state, area.ctx, ft.use_route_params().get("iid", ""))

    @ft.component
    def Goals():
        return MyGoalsView(state, ctx, ft.use_memo(lambda: MyGoals(api=state.api), []))

    if area is not None:  # the coach area (server mode only): imported when it is there
        from client.views.coach.authoring import AuthoringItemView, AuthoringView
        from client.views.coach.authoring_worklist import WorklistView
        from client.views.coach.participant import ParticipantPage
        from client.views.coach.participants import EnrolView, ParticipantList
        from client.views.coach.report import ReportView
        from client.views.coach.shell import CoachShell
        from client.views.language_support.screen import LanguageSupportView

    coach_routes = (
        [
            ft.Route(
                path="coach",
                component=coached(CoachShell),
                children=[
                    ft.Route(index=True, component=coached(ParticipantList)),
                    ft.Route(path="enrol", component=coached(EnrolView)),
                    ft.Route(path="participant/:pid", component=CoachParticipant),
                    ft.Route(path="report", component=coached(ReportView)),
                    ft.Route(path="language", component=coached(LanguageSupportView)),
                    # Issue 10: the organisation's own stations, and the language worklist.
                    ft.Route(path="authoring", component=coached(AuthoringView)),
                    ft.Route(path="authoring/:iid", component=AuthoringItemRoute),
                    ft.Route(path="worklist", component=coached(WorklistView)),
                ],
            )
        ]
        if area is not None
        else []
    )

    return ft.Router(
        [
            *coach_routes,
            ft.Route(
                component=plain(Shell),
                children=[
                    ft.Route(index=True, component=plain(Home)),
                    ft.Route(path="language", component=plain(LanguageView)),
                    ft.Route(path="signin/:token", component=plain(Home)),
                    ft.Route(path="checklists", component=plain(ChecklistList)),
                    ft.Route(path="checklist/:slug", component=param_view(ChecklistView, "slug")),
                    ft.Route(path="guides", component=plain(GuideList)),
                    ft.Route(path="guide/:slug", component=param_view(GuideView, "slug")),
                    ft.Route(path="stations", component=plain(StationList)),
                    ft.Route(path="station/:code", component=param_view(StationView, "code")),
                    ft.Route(path="goals", component=Goals),
                ],
            ),
        ],
        not_found=plain(NotFound),
    )


async def _background(state: AppState) -> None:
    """After the first paint: fresh catalog and progress, audio to the phone, sync."""
    await state.refresh_catalog()
    await state.pull_progress()
    # Sending what the participant does must not wait for the audio downloads.
    await asyncio.gather(state.run_sync_loop(), state.cache_audio())


def build_main(
    api_url: str,
    store_factory: Callable[[ft.Page], Store] | None = None,
    *,
    coach_area: bool = True,
    card_token: str | None = None,
    assets_url: str | None = None,
):
    """The Flet entry point for one session, talking to the server at api_url.

    coach_area: the coach's screens too (server mode); the participant's static app in
    the browser leaves them out. card_token: a sign-in card's token the static app's page
    took from its address (and already removed from the address bar). assets_url: where
    the static app's fonts are (a versioned URL the service worker keeps)."""

    async def main(page: ft.Page):
        page.title = "Stegvis"
        page.fonts = {k: assets_url + v for k, v in FONTS.items()} if assets_url else FONTS
        page.padding = 8
        page.bgcolor = ft.Colors.WHITE
        page.theme_mode = ft.ThemeMode.LIGHT
        prefs = ft.SharedPreferences()
        if store_factory:
            store = store_factory(page)
        else:
            store = BrowserStore(prefs) if IN_BROWSER else PrefsStore(prefs)
        state = AppState(store=store, api=StegvisApi(api_url))
        await state.load()
        page.theme = theme(state.language)
        ctx = Ctx(page=page, player=Player(state))
        ctx.prefs = prefs  # services must stay referenced for the session's life

        m = SIGNIN.match(page.route or "")
        token = card_token or (m and m.group(1))
        if token and (token != state.token or state.card_unchecked):
            # A card already stored here (the tab was reloaded, the page keeps the
            # token for that) needs no round trip before the first screen.
            await state.sign_in(token)
        if state.language and state.catalog is None:
            await state.refresh_catalog()  # first visit: worth the wait before painting
        area = None
        if coach_area:
            # The coach area's state: loaded only when a /coach screen opens (CoachShell).
            from client.api import CoachApi
            from client.coach_state import CoachState
            from client.views.coach.common import CoachCtx

            coach = CoachState(store=store, api=CoachApi(api_url))
            area = CoachArea(coach, CoachCtx(page=page, files=ft.FilePicker()))
        page.render(App, ParticipantArea(state, ctx), area)  # sent to the engine now
        if IN_BROWSER:
            _first_screen_sent()
        if m:
            # Never leave the card's token in the address bar or history.
            await page.push_route("/")
        if IN_BROWSER:
            _wake_when_online(state)
        page.run_task(_background, state)

    return main


# Not a Flet frame (those start with 0 or 1): the page's starting picture waits for it.
FIRST_SCREEN_SENT = b"STEG"


def _first_screen_sent() -> None:
    """Tell the page (index.html) that the first screen is on its way to the engine, so
    the starting picture goes the moment it is painted, not after a guessed delay."""
    import flet_js

    flet_js.receive_callback(FIRST_SCREEN_SENT)


def _wake_when_online(state: AppState) -> None:
    """The browser says the network is back: send now, not at the next backoff."""
    import js
    from pyodide.ffi import create_proxy

    state._online_proxy = create_proxy(lambda _event: state.wake())  # kept: JS holds it
    js.self.addEventListener("online", state._online_proxy)
