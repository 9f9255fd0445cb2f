"""Workstations: open by code (typed, or the QR deep link), hear every step."""

import flet as ft

from client.components.step import step_card
from client.components.ui import (
    BRAND,
    TOUCH,
    Ctx,
    icon,
    item_text,
    labelled,
    play_button,
    screen,
    txt,
)
from client.state import AppState


@ft.component
def StationList(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    code, set_code = ft.use_state("")
    error, set_error = ft.use_state(False)

    def open_code(_=None):
        if state.station(code):
            ctx.page.navigate(f"/station/{code.strip().lower()}")
        else:
            set_error(True)

    rows: list[ft.Control] = [
        ft.Row([
            ft.TextField(label=t("client-station-code-label"), value=code, text_size=24,
                         height=72, expand=True, key="station-code",
                         on_change=lambda e: (set_code(e.control.value), set_error(False)),
                         on_submit=open_code, error=t("client-station-unknown") if error
                         else None),
            labelled(ft.IconButton(ft.Icons.ARROW_FORWARD, icon_size=36, width=TOUCH + 8,
                                   height=TOUCH + 8, bgcolor=BRAND, icon_color=ft.Colors.WHITE,
                                   on_click=open_code, tooltip=t("client-station-open"),
                                   key="station-open"), t("client-station-open")),
        ]),
    ]
    for st in state.items("station"):
        rows.append(labelled(ft.Container(
            key=f"open-{st['slug']}", ink=True, padding=12, border_radius=12,
            border=ft.Border.all(2, "#C5CAD3"),
            on_click=lambda _, c=st["code"]: ctx.page.navigate(f"/station/{c}"),
            content=ft.Row([
                icon(st["pictogram"], 48),
                ft.Container(txt(item_text(st["title"]), 22, bold=True, lang=state.language),
                             expand=True),
                play_button(ctx, state, st["title"].get("audio"), key=f"hear-{st['slug']}",
                            label=t("client-play"), item=st["slug"]),
            ]),
        ), item_text(st["title"])))
    return screen(ctx, state, t("client-stations-title"), rows)


@ft.component
def StationView(state: AppState, ctx: Ctx, code: str):
    t = ctx.t(state)
    item = state.station(code)

    async def opened():
        if item is not None:
            await state.station_opened(item["slug"])

    ft.use_effect(opened, dependencies=[code])
    if item is None:
        return screen(ctx, state, t("client-stations-title"), [
            ft.Container(icon("search_off", 100), alignment=ft.Alignment.CENTER),
            txt(t("client-station-unknown"), 24, lang=state.language, key="station-unknown"),
        ])
    body: list[ft.Control] = [ft.Row([
        icon(item["pictogram"], 56),
        ft.Container(txt(item_text(item["title"]), 24, bold=True, lang=state.language),
                     expand=True),
        play_button(ctx, state, item["title"].get("audio"), key="hear-title",
                    label=t("client-play"), item=item["slug"]),
    ])]
    body += [step_card(ctx, state, item, s, n) for n, s in enumerate(item["steps"], 1)]
    return screen(ctx, state, item_text(item["title"]), body)
