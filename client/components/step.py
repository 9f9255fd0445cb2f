"""One step: pictogram, text in the participant's language, Swedish beneath,
a play button for each, and (in checklists) a large tick box.

The texts take the card's whole width (the buttons sit in a row above them, the
Swedish speaker beside its line): in a narrow column beside the buttons Flutter
broke long Swedish words in the middle ("boknin gstavlan").
"""

import flet as ft

from client.components.ui import MUTED, OK, TOUCH, Ctx, icon, play_button, txt
from client.state import AppState


def step_card(
    ctx: Ctx, state: AppState, item: dict, step: dict, number: int, *, tickable: bool = False
) -> ft.Control:
    t = ctx.t(state)
    ticked = bool(state.ticks.get(step["key"]))
    own = step.get("text") or step.get("sv") or ""
    show_sv = state.language != "sv" and step.get("sv")

    top: list[ft.Control] = [
        icon(step.get("pictogram"), 44),
        ft.Container(expand=True),
        play_button(
            ctx,
            state,
            step.get("audio"),
            key=f"play-{step['key']}",
            label=t("client-play"),
            step=step["key"],
            item=item["slug"],
        ),
    ]
    if tickable:

        async def toggle(e):
            finished = await state.set_tick(item, step["key"], not ticked)
            if finished:
                ctx.page.run_task(state.flush)

        top.append(
            ft.Container(
                content=ft.Checkbox(
                    value=ticked,
                    on_change=toggle,
                    scale=1.8,
                    semantics_label=f"{number}. {own}",
                    key=f"tick-{step['key']}",
                    active_color=OK,
                ),
                width=TOUCH + 8,
                height=TOUCH + 8,
                alignment=ft.Alignment.CENTER,
            )
        )

    lines: list[ft.Control] = [
        ft.Row(top, spacing=10, vertical_alignment=ft.CrossAxisAlignment.CENTER),
        txt(own, 22, bold=True, lang=state.language),
    ]
    if not step.get("audio"):
        lines.append(txt(t("client-no-audio"), 16, color=MUTED, lang=state.language))
    if show_sv:
        # Swedish keeps its own left-to-right direction inside an Arabic or Persian screen.
        lines.append(
            ft.Row(
                [
                    ft.Container(
                        txt(
                            step["sv"],
                            18,
                            color=MUTED,
                            lang="sv",
                            screen_rtl=state.rtl,
                            key=f"sv-{step['key']}",
                        ),
                        expand=True,
                    ),
                    play_button(
                        ctx,
                        state,
                        step.get("audio_sv"),
                        key=f"play-sv-{step['key']}",
                        label=t("client-play-swedish"),
                        size=48,
                        step=step["key"],
                        item=item["slug"],
                    ),
                ],
                spacing=10,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            )
        )

    return ft.Container(
        content=ft.Column(lines, spacing=6),
        padding=12,
        border=ft.Border.all(2, OK if ticked else "#C5CAD3"),
        border_radius=12,
        bgcolor="#EAF5EA" if ticked else ft.Colors.WHITE,
        key=f"step-{step['key']}",
    )
