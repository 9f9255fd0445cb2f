"""Home: big tiles with pictograms, each with a speaker where audio exists."""

import flet as ft

from client.components.ui import Ctx, play_button, screen, tile
from client.state import AppState


def find_guide(state: AppState, *words: str) -> dict | None:
    for item in state.items("guide"):
        hay = f"{item['slug']} {item['pictogram']}".lower()
        if any(w in hay for w in words):
            return item
    return None


@ft.component
def Home(state: AppState, ctx: Ctx):
    t = ctx.t(state)
    go = ctx.page.navigate
    bus = find_guide(state, "bus", "buss")
    bill = find_guide(state, "bill", "faktura", "rakning", "receipt")

    def hear(item, key):
        if not item:
            return None
        return play_button(ctx, state, item["title"].get("audio"), key=key,
                           label=t("client-play"), size=48, item=item["slug"])

    rows = [
        ft.Row([
            tile(t("client-home-checklists"), "checklist", key="tile-checklists",
                 on_click=lambda _: go("/checklists")),
            tile(t("client-home-bus"), "directions_bus", key="tile-bus", color="#00695C",
                 on_click=lambda _: go(f"/guide/{bus['slug']}" if bus else "/guides"),
                 extra=hear(bus, "hear-bus")),
        ], spacing=12),
        ft.Row([
            tile(t("client-home-bills"), "receipt_long", key="tile-bills", color="#6A1B9A",
                 on_click=lambda _: go(f"/guide/{bill['slug']}" if bill else "/guides"),
                 extra=hear(bill, "hear-bills")),
            tile(t("client-home-stations"), "precision_manufacturing", key="tile-stations",
                 color="#BF360C", on_click=lambda _: go("/stations")),
        ], spacing=12),
        # The goal plan made with the coach: the participant ticks sub-goals off here.
        ft.Row([
            tile(t("client-home-goals"), "flag", key="tile-goals", color="#2E7D32",
                 on_click=lambda _: go("/goals")),
        ], spacing=12),
    ]
    return screen(ctx, state, t("client-app-title"),
                  [ft.Container(ft.Column(rows, spacing=12), padding=12)], home=False)
