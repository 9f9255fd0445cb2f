"""Screens before the participant is in: language chooser, sign-in, revoked card."""

import flet as ft

from client.components.ui import BRAND, INK, TOUCH, Ctx, icon, play_button, screen, txt
from client.i18n import LANGS, PARTICIPANT_LANGS
from client.state import AppState


@ft.component
def LanguageView(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    spoken = {lang["code"]: lang.get("audio") for lang in (state.catalog or {}).get(
        "languages", [])}

    def chooser(code: str):
        async def choose(_):
            await state.choose_language(code)
            ctx.page.theme = _theme(code)
            ctx.page.update()
            ctx.page.navigate("/")

        selected = state.language == code
        return ft.Row(
            [
                play_button(ctx, state, spoken.get(code), key=f"hear-{code}",
                            label=LANGS[code].native_name),
                ft.Button(
                    content=txt(LANGS[code].native_name, 26, bold=True, lang=code,
                                color=ft.Colors.WHITE if selected else INK),
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

    return screen(
        ctx, state, t("client-choose-language"),
        [ft.Container(icon("translate", 64), alignment=ft.Alignment.CENTER, padding=8),
         *[chooser(c) for c in PARTICIPANT_LANGS]],
        home=state.language is not None,
    )


def _theme(code):
    from client.components.ui import theme

    return theme(code)


@ft.component
def SignInNeeded(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(ctx, state, t("client-signin-title"), [
        ft.Container(icon("qr_code_scanner", 120), alignment=ft.Alignment.CENTER, padding=16),
        txt(t("client-signin-body"), 24, align=ft.TextAlign.CENTER, lang=state.language),
        ft.Button(content=txt(t("client-home-stations"), 22, lang=state.language),
                  icon=ft.Icons.PRECISION_MANUFACTURING, height=TOUCH + 8,
                  on_click=lambda _: ctx.page.navigate("/stations"), key="open-stations"),
    ], home=False)


@ft.component
def Revoked(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(ctx, state, t("client-revoked-title"), [
        ft.Container(icon("credit_card_off", 120, "#8B0000"), alignment=ft.Alignment.CENTER,
                     padding=16),
        txt(t("client-revoked-title"), 26, bold=True, align=ft.TextAlign.CENTER,
            lang=state.language, key="revoked-title"),
        txt(t("client-revoked-body"), 24, align=ft.TextAlign.CENTER, lang=state.language),
        ft.Container(icon("support_agent", 80), alignment=ft.Alignment.CENTER),
    ], home=False)


@ft.component
def NotFound(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    return screen(ctx, state, t("client-not-found"), [
        ft.Container(icon("explore_off", 100), alignment=ft.Alignment.CENTER, padding=16),
        txt(t("client-not-found"), 24, align=ft.TextAlign.CENTER, lang=state.language),
    ])
