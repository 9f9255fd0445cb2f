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

    labels = (state.catalog or {}).get("labels") or {}

    def name(tile_key: str) -> str:
        """The tile's label: the catalog's (reviewed and spoken) text, else the app's own."""
        spoken = (labels.get(f"app-home-{tile_key}") or {}).get("text")
        return spoken or t(f"client-home-{tile_key}")

    def hear(label_id: str, key: str):
        """The tile's label read aloud (a muted mark where no recording exists yet)."""
        audio = (labels.get(label_id) or {}).get("audio")
        return play_button(ctx, state, audio, key=key, label=t("client-play"), size=48)

    rows = [
        ft.Row(
            [
                tile(
                    name("checklists"),
                    "checklist",
                    key="tile-checklists",
                    on_click=lambda _: go("/checklists"),
                    extra=hear("app-home-checklists", "hear-checklists"),
                    lang=state.language,
                ),
                tile(
                    name("bus"),
                    "directions_bus",
                    key="tile-bus",
                    color="#00695C",
                    on_click=lambda _: go(f"/guide/{bus['slug']}" if bus else "/guides"),
                    extra=hear("app-home-bus", "hear-bus"),
                    lang=state.language,
                ),
            ],
            spacing=12,
        ),
        ft.Row(
            [
                tile(
                    name("bills"),
                    "receipt_long",
                    key="tile-bills",
                    color="#6A1B9A",
                    on_click=lambda _: go(f"/guide/{bill['slug']}" if bill else "/guides"),
                    extra=hear("app-home-bills", "hear-bills"),
                    lang=state.language,
                ),
                tile(
                    name("stations"),
                    "precision_manufacturing",
                    key="tile-stations",
                    color="#BF360C",
                    on_click=lambda _: go("/stations"),
                    extra=hear("app-home-stations", "hear-stations"),
                    lang=state.language,
                ),
            ],
            spacing=12,
        ),
        # The goal plan made with the coach: the participant ticks sub-goals off here.
        ft.Row(
            [
                tile(
                    name("goals"),
                    "flag",
                    key="tile-goals",
                    color="#2E7D32",
                    on_click=lambda _: go("/goals"),
                    extra=hear("app-home-goals", "hear-goals"),
                    lang=state.language,
                ),
            ],
            spacing=12,
        ),
    ]
    return screen(
        ctx,
        state,
        t("client-app-title"),
        [ft.Container(ft.Column(rows, spacing=12), padding=12)],
        home=False,
    )
