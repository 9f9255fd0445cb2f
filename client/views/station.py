"""Workstations: chosen by picture (or the QR deep link, or a typed code), every step heard."""

import flet as ft

from client.components.step import step_card
from client.components.ui import (
    BRAND,
    TOUCH,
    Ctx,
    fit_size,
    icon,
    item_text,
    labelled,
    message,
    play_button,
    said,
    screen,
    title_txt,
    txt,
)
from client.state import AppState


def station_tile(ctx: Ctx, state: AppState, st: dict, t) -> ft.Control:
    """One station as a picture: big pictogram, its name, a speaker that says the name."""
    name = item_text(st["title"])
    return ft.Container(
        expand=True,
        padding=8,
        border_radius=16,
        bgcolor="#F1F4FA",
        border=ft.Border.all(2, "#C5CAD3"),
        content=ft.Column(
            [
                labelled(
                    ft.Container(
                        key=f"open-{st['slug']}",
                        ink=True,
                        border_radius=12,
                        padding=4,
                        on_click=lambda _, c=st["code"]: ctx.page.navigate(f"/station/{c}"),
                        content=ft.Column(
                            [
                                icon(st["pictogram"], 72),
                                # Never a word broken: smaller where the longest would not fit.
                                txt(
                                    name,
                                    fit_size(name, 18, 128, state.language),
                                    bold=True,
                                    align=ft.TextAlign.CENTER,
                                    lang=state.language,
                                ),
                            ],
                            horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                            spacing=4,
                        ),
                    ),
                    name,
                ),
                play_button(
                    ctx,
                    state,
                    st["title"].get("audio"),
                    key=f"hear-{st['slug']}",
                    label=name,
                    size=48,
                    item=st["slug"],
                ),
            ],
            horizontal_alignment=ft.CrossAxisAlignment.CENTER,
            spacing=6,
        ),
    )


@ft.component
def StationList(state: AppState, ctx: Ctx):
    """Stations chosen by picture (two to a row, each name heard); a code can still be
    typed below, for staff and for a code read off a printed sheet."""
    t = ctx.t(state)
    code, set_code = ft.use_state("")
    error, set_error = ft.use_state(False)

    def open_code(_=None):
        if state.station(code):
            ctx.page.navigate(f"/station/{code.strip().lower()}")
        else:
            set_error(True)

    heading, hear_heading = said(
        ctx, state, "app-say-choose-station", t("client-stations-title"), key="hear-choose-station"
    )
    tiles = [station_tile(ctx, state, st, t) for st in state.items("station")]
    rows: list[ft.Control] = [
        ft.Row(
            [
                hear_heading,
                ft.Container(txt(heading, 22, bold=True, lang=state.language), expand=True),
            ],
            spacing=12,
        )
    ]
    for i in range(0, len(tiles), 2):
        pair = tiles[i : i + 2]
        if len(pair) == 1:
            pair.append(ft.Container(expand=True))
        rows.append(ft.Row(pair, spacing=12, vertical_alignment=ft.CrossAxisAlignment.START))
    if not tiles:
        rows.append(
            message(
                ctx,
                state,
                "app-say-no-connection",
                t("client-offline-no-catalog"),
                key="no-catalog",
            )
        )
    rows.append(ft.Container(height=8))
    rows.append(
        ft.Row(
            [
                ft.TextField(
                    label=t("client-station-code-label"),
                    value=code,
                    text_size=20,
                    height=64,
                    expand=True,
                    key="station-code",
                    on_change=lambda e: (set_code(e.control.value), set_error(False)),
                    on_submit=open_code,
                    error=t("client-station-unknown") if error else None,
                ),
                labelled(
                    ft.IconButton(
                        ft.Icons.ARROW_FORWARD,
                        icon_size=32,
                        width=TOUCH,
                        height=TOUCH,
                        bgcolor=BRAND,
                        icon_color=ft.Colors.WHITE,
                        on_click=open_code,
                        tooltip=t("client-station-open"),
                        key="station-open",
                    ),
                    t("client-station-open"),
                ),
            ]
        )
    )
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
        return screen(
            ctx,
            state,
            t("client-stations-title"),
            [
                ft.Container(icon("search_off", 100), alignment=ft.Alignment.CENTER),
                message(
                    ctx,
                    state,
                    "app-say-station-unknown",
                    t("client-station-unknown"),
                    key="station-unknown",
                ),
                ft.Button(
                    content=txt(t("client-stations-title"), 22, lang=state.language),
                    icon=ft.Icons.GRID_VIEW,
                    height=TOUCH + 8,
                    key="choose-station",
                    on_click=lambda _: ctx.page.navigate("/stations"),
                ),
            ],
        )
    body: list[ft.Control] = [
        ft.Row(
            [
                icon(item["pictogram"], 56),
                ft.Container(title_txt(item_text(item["title"]), 24, state.language), expand=True),
                play_button(
                    ctx,
                    state,
                    item["title"].get("audio"),
                    key="hear-title",
                    label=t("client-play"),
                    item=item["slug"],
                ),
            ]
        )
    ]
    body += [step_card(ctx, state, item, s, n) for n, s in enumerate(item["steps"], 1)]
    return screen(ctx, state, item_text(item["title"]), body)
