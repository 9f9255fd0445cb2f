"""Bus and bill guides: one step at a time, big picture, voice, next/back."""

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
    screen,
    title_txt,
    txt,
)
from client.i18n import number
from client.state import AppState


@ft.component
def GuideList(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    rows = [
        labelled(
            ft.Container(
                key=f"open-{g['slug']}",
                ink=True,
                padding=12,
                border_radius=12,
                border=ft.Border.all(2, "#C5CAD3"),
                on_click=lambda _, s=g["slug"]: ctx.page.navigate(f"/guide/{s}"),
                content=ft.Row(
                    [
                        icon(g["pictogram"], 48),
                        ft.Container(
                            title_txt(item_text(g["title"]), 22, state.language), expand=True
                        ),
                        play_button(
                            ctx,
                            state,
                            g["title"].get("audio"),
                            key=f"hear-{g['slug']}",
                            label=t("client-play"),
                            item=g["slug"],
                        ),
                    ]
                ),
            ),
            item_text(g["title"]),
        )
        for g in state.items("guide")
    ]
    return screen(ctx, state, t("client-guides-title"), rows)


@ft.component
def GuideView(state: AppState, ctx: Ctx, slug: str):
    t = ctx.t(state)
    index, set_index = ft.use_state(0)
    item = state.item(slug)
    if item is None or not item["steps"]:
        from client.views.gate import NotFound

        return NotFound(state, ctx)
    steps = item["steps"]
    index = min(index, len(steps) - 1)
    step = steps[index]
    last = index == len(steps) - 1

    async def finish(_):
        await state.mark_completed(item, "guide_finished")
        ctx.page.navigate("/")

    nav = ft.Row(
        [
            ft.Button(
                content=txt(t("client-guide-prev"), 20, lang=state.language),
                icon=ft.Icons.ARROW_BACK,
                height=TOUCH,
                disabled=index == 0,
                on_click=lambda _: set_index(index - 1),
                key="guide-prev",
            ),
            ft.Button(
                content=txt(
                    t("client-guide-finish" if last else "client-guide-next"),
                    20,
                    lang=state.language,
                    color=ft.Colors.WHITE,
                ),
                icon=ft.Icons.CHECK if last else ft.Icons.ARROW_FORWARD,
                height=TOUCH,
                bgcolor=OK,
                icon_color=ft.Colors.WHITE,
                on_click=finish if last else (lambda _: set_index(index + 1)),
                key="guide-next",
            ),
        ],
        alignment=ft.MainAxisAlignment.SPACE_BETWEEN,
    )
    return screen(
        ctx,
        state,
        item_text(item["title"]),
        [
            ft.Row(
                [
                    txt(
                        t(
                            "client-guide-step",
                            n=number(index + 1, state.language),
                            total=number(len(steps), state.language),
                        ),
                        20,
                        bold=True,
                        lang=state.language,
                        key="guide-step",
                    ),
                    play_button(
                        ctx,
                        state,
                        item["title"].get("audio"),
                        key="hear-title",
                        label=t("client-play"),
                        size=48,
                        item=slug,
                    ),
                ],
                alignment=ft.MainAxisAlignment.SPACE_BETWEEN,
            ),
            # Issue 10: a picture (the bill beside an offer, its part ringed) beats an icon.
            ft.Container(
                ft.Image(
                    src=state.api.absolute(step["photo"]),
                    fit=ft.BoxFit.CONTAIN,
                    key=f"guide-picture-{step['key']}",
                ),
                alignment=ft.Alignment.CENTER,
            )
            if step.get("photo")
            else ft.Container(icon(step.get("pictogram"), 120), alignment=ft.Alignment.CENTER),
            step_card(ctx, state, item, step, index + 1),
            nav,
        ],
    )
