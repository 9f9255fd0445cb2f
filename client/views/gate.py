"""Screens before the participant is in: language chooser, sign-in, revoked card."""

import flet as ft

from client.components.ui import (
    BRAND,
    INK,
    TOUCH,
    Ctx,
    icon,
    message,
    play_button,
    said,
    screen,
    txt,
)
from client.i18n import LANGS, PARTICIPANT_LANGS
from client.state import AppState


def _spoken_names(catalog: dict | None) -> dict[str, str | None]:
    return {lang["code"]: lang.get("audio") for lang in (catalog or {}).get("languages", [])}


@ft.component
def LanguageView(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    # On a fresh phone there is no catalog yet: ask the server for the languages'
    # spoken names at once, so each name can be heard before anything is chosen.
    fetched, set_fetched = ft.use_state(None)

    async def names():
        if _spoken_names(state.catalog):
            return
        try:
            data, _ = await state.api.catalog("sv")
        except Exception:  # noqa: BLE001 - offline: the names still show, muted
            return
        set_fetched(_spoken_names(data))

    ft.on_mounted(names)
    spoken = _spoken_names(state.catalog) or fetched or {}
    # Shown in place of a deep link's screen (/station/<code> on a first visit), the
    # chooser leaves the participant there once chosen; from /language, home.
    path = ft.use_route_location() or "/"

    def chooser(code: str):
        async def choose(_):
            await state.choose_language(code)
            ctx.page.theme = _theme(code)
            ctx.page.update()
            if path.startswith("/language"):
                ctx.page.navigate("/")

        selected = state.language == code
        return ft.Row(
            [
                play_button(
                    ctx, state, spoken.get(code), key=f"hear-{code}", label=LANGS[code].native_name
                ),
                ft.Button(
                    content=txt(
                        LANGS[code].native_name,
                        26,
                        bold=True,
                        lang=code,
                        color=ft.Colors.WHITE if selected else INK,
                    ),
                    key=f"lang-{code}",
                    height=72,
                    expand=True,
                    bgcolor=BRAND if selected else "#F1F4FA",
                    on_click=choose,
                    rtl=LANGS[code].rtl,
                ),
            ],
            spacing=12,
        )

    heading, hear_heading = said(
        ctx,
        state,
        "app-say-choose-language",
        t("client-choose-language"),
        key="hear-choose-language",
    )
    return screen(
        ctx,
        state,
        heading,
        [
            ft.Row(
                [icon("translate", 64), hear_heading],
                alignment=ft.MainAxisAlignment.CENTER,
                spacing=16,
            ),
            *[chooser(c) for c in PARTICIPANT_LANGS],
        ],
        home=state.language is not None,
    )


def _theme(code):
    from client.components.ui import theme

    return theme(code)


@ft.component
def SignInNeeded(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(
        ctx,
        state,
        t("client-signin-title"),
        [
            ft.Container(icon("qr_code_scanner", 120), alignment=ft.Alignment.CENTER, padding=16),
            # "Scan your card", heard.
            message(ctx, state, "app-say-signin", t("client-signin-body"), key="signin-body"),
            ft.Button(
                content=txt(t("client-home-stations"), 22, lang=state.language),
                icon=ft.Icons.PRECISION_MANUFACTURING,
                height=TOUCH + 8,
                on_click=lambda _: ctx.page.navigate("/stations"),
                key="open-stations",
            ),
        ],
        home=False,
    )


@ft.component
def Revoked(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(
        ctx,
        state,
        t("client-revoked-title"),
        [
            ft.Container(
                icon("credit_card_off", 120, "#8B0000"), alignment=ft.Alignment.CENTER, padding=16
            ),
            # "This card no longer works. Ask your coach for a new one": one message, heard
            # (the title is in the bar above).
            message(
                ctx,
                state,
                "app-say-revoked",
                f"{t('client-revoked-title')}. {t('client-revoked-body')}",
                key="revoked-body",
                bold=True,
            ),
            ft.Container(icon("support_agent", 80), alignment=ft.Alignment.CENTER),
        ],
        home=False,
    )


@ft.component
def NotFound(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(
        ctx,
        state,
        t("client-not-found"),
        [
            ft.Container(icon("explore_off", 100), alignment=ft.Alignment.CENTER, padding=16),
            message(ctx, state, "app-say-not-found", t("client-not-found"), key="not-found"),
        ],
    )
