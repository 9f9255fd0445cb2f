"""The participant's own goal plan, in their client: goals and sub-goals set with
the coach; a big tick box per sub-goal. The coach sees on their page when it was
ticked. (Kept with the coach views because it is the other half of the same plan.)

Texts: the `mygoals-*` ids in locales/<lang>/coach.ftl (all six languages).
"""

import flet as ft

from client.coach_state import MyGoals
from client.components.ui import (
    OK,
    TOUCH,
    Ctx,
    auto_direction,
    icon,
    message,
    play_button,
    screen,
    txt,
)
from client.i18n import number
from client.state import AppState
from client.views.coach.common import coach_text


@ft.component
def MyGoalsView(state: AppState, ctx: Ctx, goals: MyGoals):
    t = coach_text(state.language or "sv")
    lang = state.language

    async def first_load():
        await goals.load()

    ft.on_mounted(first_load)
    body: list[ft.Control] = []
    if goals.failed:
        body.append(
            message(
                ctx,
                state,
                "app-say-no-connection",
                t("mygoals-offline"),
                key="mygoals-offline",
                size=20,
            )
        )
    if goals.loaded and not goals.goals:
        body.append(ft.Container(icon("flag", 96), alignment=ft.Alignment.CENTER, padding=12))
        body.append(
            message(ctx, state, "app-say-no-goals", t("mygoals-none"), key="mygoals-none", size=22)
        )
    for g in goals.goals:
        done = sum(1 for s in g["subgoals"] if s["done"])
        # Each goal and sub-goal heard: the coach's recording, else a computer voice.
        rows: list[ft.Control] = [
            ft.Row(
                [
                    icon("flag", 40),
                    play_button(
                        ctx,
                        state,
                        g.get("audio"),
                        key=f"hear-goal-{g['id']}",
                        label=g["title"],
                        size=48,
                    ),
                    ft.Container(
                        txt(auto_direction(g["title"]), 22, bold=True, lang=lang), expand=True
                    ),
                    txt(
                        t(
                            "mygoals-progress",
                            done=number(done, lang or "sv"),
                            total=number(len(g["subgoals"]), lang or "sv"),
                        ),
                        18,
                        lang=lang,
                    ),
                ]
            )
        ]
        for s in g["subgoals"]:

            async def toggle(e, s=s):
                await goals.tick(s["id"], not s["done"])

            rows.append(
                ft.Container(
                    padding=8,
                    border_radius=12,
                    key=f"mysub-{s['id']}",
                    border=ft.Border.all(2, OK if s["done"] else "#C5CAD3"),
                    bgcolor="#EAF5EA" if s["done"] else ft.Colors.WHITE,
                    content=ft.Row(
                        [
                            play_button(
                                ctx,
                                state,
                                s.get("audio"),
                                key=f"hear-sub-{s['id']}",
                                label=s["title"],
                                size=48,
                            ),
                            ft.Container(
                                txt(auto_direction(s["title"]), 20, lang=lang), expand=True
                            ),
                            ft.Container(
                                content=ft.Checkbox(
                                    value=s["done"],
                                    on_change=toggle,
                                    scale=1.8,
                                    semantics_label=s["title"],
                                    active_color=OK,
                                    key=f"mytick-{s['id']}",
                                ),
                                width=TOUCH + 8,
                                height=TOUCH + 8,
                                alignment=ft.Alignment.CENTER,
                            ),
                        ]
                    ),
                )
            )
        body.append(ft.Column(rows, spacing=8))
    return screen(ctx, state, t("mygoals-title"), body)
