"""Checklists: the list with progress, and one checklist to tick off."""

import flet as ft

from client.components.step import step_card
from client.components.ui import (
    OK,
    TOUCH,
    Ctx,
    icon,
    item_text,
    labelled,
    play_button,
    said,
    screen,
    title_txt,
    txt,
)
from client.i18n import number
from client.state import AppState


def progress_line(state: AppState, t, item: dict, key: str) -> ft.Control:
    done, total = state.progress(item)
    return ft.Column(
        [
            # The bar is decoration for screen readers (the text says the same); without
            # this the whole tappable row would be announced as a progress bar.
            ft.Semantics(
                exclude_semantics=True,
                content=ft.ProgressBar(
                    value=(done / total) if total else 0,
                    bar_height=14,
                    color=OK,
                    bgcolor="#D6DBE3",
                    border_radius=7,
                ),
            ),
            txt(
                t(
                    "client-progress",
                    done=number(done, state.language),
                    total=number(total, state.language),
                ),
                22,
                bold=True,
                key=key,
                lang=state.language,
            ),
        ],
        spacing=4,
    )


@ft.component
def ChecklistList(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    rows = []
    for item in state.items("checklist"):
        slug = item["slug"]
        rows.append(
            labelled(
                ft.Container(
                    key=f"open-{slug}",
                    on_click=lambda _, s=slug: ctx.page.navigate(f"/checklist/{s}"),
                    ink=True,
                    padding=12,
                    border_radius=12,
                    border=ft.Border.all(2, OK if state.is_done(item) else "#C5CAD3"),
                    content=ft.Row(
                        [
                            icon(item["pictogram"], 48),
                            ft.Column(
                                [
                                    title_txt(item_text(item["title"]), 22, state.language),
                                    progress_line(state, t, item, key=f"progress-{slug}"),
                                ],
                                expand=True,
                                spacing=4,
                            ),
                            play_button(
                                ctx,
                                state,
                                item["title"].get("audio"),
                                key=f"hear-{slug}",
                                label=t("client-play"),
                                item=slug,
                            ),
                        ],
                        spacing=10,
                    ),
                ),
                item_text(item["title"]),
            )
        )
    if not rows:
        rows.append(txt(t("client-offline-no-catalog"), 22, lang=state.language))
    return screen(ctx, state, t("client-checklists-title"), rows)


@ft.component
def ChecklistView(state: AppState, ctx: Ctx, slug: str):
    t = ctx.t(state)
    item = state.item(slug)
    if item is None:
        from client.views.gate import NotFound

        return NotFound(state, ctx)
    head = ft.Row(
        [
            icon(item["pictogram"], 56),
            ft.Column(
                [
                    title_txt(item_text(item["title"]), 24, state.language),
                    *(
                        [txt(item["title"]["sv"], 18, lang="sv", screen_rtl=state.rtl)]
                        if state.language != "sv" and item["title"].get("sv")
                        else []
                    ),
                ],
                expand=True,
            ),
            play_button(
                ctx,
                state,
                item["title"].get("audio"),
                key="hear-title",
                label=t("client-play"),
                item=slug,
            ),
        ]
    )
    body: list[ft.Control] = [head, progress_line(state, t, item, key="progress")]
    if state.is_done(item):

        async def again(_):
            await state.reset_item(item)

        body.append(
            ft.Container(
                key="success",
                bgcolor=OK,
                border_radius=16,
                padding=16,
                content=ft.Column(
                    [
                        icon("celebration", 72, ft.Colors.WHITE),
                        txt(
                            t("client-done-title"),
                            28,
                            bold=True,
                            color=ft.Colors.WHITE,
                            lang=state.language,
                        ),
                        txt(t("client-done-body"), 20, color=ft.Colors.WHITE, lang=state.language),
                        # "Well done" heard, not only read.
                        said(ctx, state, "app-say-done", t("client-done-title"), key="hear-done")[
                            1
                        ],
                        ft.Button(
                            content=txt(t("client-start-again"), 20, lang=state.language),
                            icon=ft.Icons.REPLAY,
                            height=TOUCH,
                            on_click=again,
                            key="start-again",
                        ),
                    ],
                    horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                    spacing=8,
                ),
            )
        )
    for n, step in enumerate(item["steps"], start=1):
        body.append(step_card(ctx, state, item, step, n, tickable=True))
    return screen(ctx, state, item_text(item["title"]), body)
