"""Reusable pieces: big text, pictograms, play buttons, tiles, the top bar.

Design rules kept here so every screen follows them: touch targets >= 48 (most
are 64+), large text, dark text on white or white on a deep colour, a
pictogram on every tile and step, and a play button wherever there is text.
"""

from dataclasses import dataclass
from typing import Any

import flet as ft
import flet_audio as fa

from client.components.audio import ClipAudio
from client.i18n import LANGS, translator
from client.state import OFFLINE, REVOKED, SAVED, AppState

# Primary fonts per script; the others are the fallback chain so a Swedish line
# under an Arabic one (or a digit) still finds its glyphs. All shipped in assets/.
FONTS = {
    "NotoSans": "fonts/NotoSans-Regular.ttf",
    "NotoSansBold": "fonts/NotoSans-Bold.ttf",
    "NotoSansArabic": "fonts/NotoSansArabic-Regular.ttf",
    "NotoSansEthiopic": "fonts/NotoSansEthiopic-Regular.ttf",
}
FALLBACK = ["NotoSans", "NotoSansArabic", "NotoSansEthiopic"]
PRIMARY_FONT = {"ar": "NotoSansArabic", "fa": "NotoSansArabic", "ti": "NotoSansEthiopic"}

INK = "#111111"
MUTED = "#3D3D3D"  # still >= 10:1 on white
BRAND = "#0B3D91"
OK = "#1B5E20"
TOUCH = 56


def font_for(lang: str | None) -> str:
    return PRIMARY_FONT.get(lang or "", "NotoSans")


def theme(lang: str | None) -> ft.Theme:
    style = ft.TextStyle(font_family_fallback=FALLBACK)
    return ft.Theme(
        color_scheme_seed=BRAND,
        font_family=font_for(lang),
        text_theme=ft.TextTheme(
            body_large=style,
            body_medium=style,
            body_small=style,
            title_large=style,
            title_medium=style,
            title_small=style,
            label_large=style,
            label_medium=style,
            label_small=style,
            headline_large=style,
            headline_medium=style,
            headline_small=style,
            display_large=style,
            display_medium=style,
            display_small=style,
        ),
    )


# Unicode directional isolates. Flet's `rtl=False` does not make a control
# left-to-right inside a right-to-left screen (it only ever adds an RTL
# Directionality), so a Swedish line under Arabic text inherits RTL and shows its
# full stop first (".appen"). An isolate gives the text its own direction.
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def own_direction(value: str, lang: str | None, screen_rtl: bool) -> str:
    """`value` isolated in its language's direction when that differs from the screen's."""
    info = LANGS.get(lang or "")
    if not value or info is None or info.rtl == screen_rtl:
        return value
    return (RLI if info.rtl else LRI) + value + PDI


def auto_direction(value: str) -> str:
    """Free text of unknown language (a goal the coach typed): its direction from its
    first strong letter (a first-strong isolate), not from the screen's."""
    return "\u2068" + value + PDI if value else value


# Average advance of a bold glyph per em, by script: a conservative guess used to
# keep the longest word of a label on one line in a narrow column.
_EM = {"ti": 0.98, "ar": 0.62, "fa": 0.62}


def fit_size(value: str, size: float, width: float, lang: str | None = None) -> float:
    """The largest size <= `size` at which the longest word of `value` fits `width`
    px: Flutter breaks a word that does not fit a line in the middle ("boknin gstavlan")."""
    longest = max((len(w) for w in (value or "").split()), default=0)
    if not longest:
        return size
    return max(12, min(size, width / (longest * _EM.get(lang or "", 0.64))))


def txt(
    value: str | None,
    size: int = 20,
    *,
    bold: bool = False,
    color: str = INK,
    key: str | None = None,
    align: ft.TextAlign | None = None,
    lang: str | None = None,
    selectable: bool = False,
    screen_rtl: bool | None = None,
) -> ft.Text:
    """Text in a shipped font; with `screen_rtl` given, in its own direction (see LRI)."""
    if screen_rtl is not None:
        value = own_direction(value or "", lang, screen_rtl)
    return ft.Text(
        value or "",
        size=size,
        weight=ft.FontWeight.BOLD if bold else ft.FontWeight.NORMAL,
        color=color,
        key=key,
        text_align=align,
        selectable=selectable,
        style=ft.TextStyle(
            font_family=font_for(lang) if lang else None, font_family_fallback=FALLBACK
        ),
    )


def labelled(control: ft.Control, label: str) -> ft.Control:
    """An accessible name for an icon-only button (screen readers, browser tests)."""
    return ft.Semantics(
        content=control, label=label, button=True, container=True, expand=control.expand
    )


def icon(name: str | None, size: int = 40, color: str = BRAND) -> ft.Icon:
    """A catalog pictogram (Material icon name, snake_case) as an icon."""
    glyph = getattr(ft.Icons, (name or "").upper(), None) or ft.Icons.HELP_OUTLINE
    return ft.Icon(glyph, size=size, color=color)


@dataclass
class Ctx:
    """What every screen needs beside the state; kept alive for the session."""

    page: ft.Page
    player: "Player"

    def t(self, state: AppState):
        return translator(state.language or "sv")


class Player:
    """One Audio service per session, kept referenced here (else Flet drops it).

    An `audio_played` event is recorded when listening to a clip ends (it
    finished, was stopped, or another clip was started), carrying how far the
    participant listened: the coach reads "is it the language or the task?"
    partly from that.
    """

    def __init__(self, state: AppState):
        self.state = state
        self.clip = ClipAudio(
            on_position_change=self._on_position,
            on_duration_change=self._on_duration,
            on_state_change=self._on_state,
        )
        self._listening: dict[str, Any] | None = None  # the event of the clip now playing
        self._heard_ms = 0
        self._duration_ms = 0

    async def play(self, url: str | None, **event: Any) -> None:
        src = self.state.audio_src(url)
        if not src:
            return
        await self._finish_listening()
        self._listening, self._heard_ms, self._duration_ms = (event or None), 0, 0
        await self.clip.play(src)

    def _on_position(self, e) -> None:
        self._heard_ms = max(self._heard_ms, int(e.position or 0))

    def _on_duration(self, e) -> None:
        self._duration_ms = e.duration.in_milliseconds if e.duration else 0

    async def _on_state(self, e) -> None:
        if e.state == fa.AudioState.COMPLETED:
            self._heard_ms = max(self._heard_ms, self._duration_ms)
        if e.state in (fa.AudioState.COMPLETED, fa.AudioState.STOPPED):
            await self._finish_listening()

    async def _finish_listening(self) -> None:
        if self._listening is None:
            return
        event, self._listening = self._listening, None
        await self.state.record("audio_played", listened_ms=self._heard_ms, **event)


def play_button(
    ctx: Ctx,
    state: AppState,
    url: str | None,
    *,
    key: str,
    label: str,
    size: int = TOUCH,
    **event: Any,
) -> ft.Control:
    """A big speaker button; a muted "no recording yet" mark when there is no audio."""
    if not url:
        return ft.Container(
            content=ft.Icon(ft.Icons.VOLUME_OFF, size=28, color=MUTED),
            width=size,
            height=size,
            alignment=ft.Alignment.CENTER,
            tooltip=ctx.t(state)("client-no-audio"),
            key=key,
        )

    async def on_click(_):
        await ctx.player.play(url, **event)

    return labelled(
        ft.IconButton(
            ft.Icons.VOLUME_UP,
            icon_size=size * 0.6,
            width=size,
            height=size,
            icon_color=ft.Colors.WHITE,
            bgcolor=BRAND,
            on_click=on_click,
            key=key,
            tooltip=label,
        ),
        label,
    )


def label(state: AppState, label_id: str) -> dict:
    """An app label read aloud (catalog `app-*` text): {"text", "audio", ...} or {}."""
    return ((state.catalog or {}).get("labels") or {}).get(label_id) or {}


def said(
    ctx: Ctx, state: AppState, label_id: str, fallback: str, *, key: str, size: int = TOUCH
) -> tuple[str, ft.Control]:
    """A state message and its speaker: the catalog's (reviewed, spoken) text where
    there is one, else the app's own; the button plays the recording or TTS of it."""
    block = label(state, label_id)
    text = block.get("text") or fallback
    # No progress event: a label is not a step or an item (the server would refuse it).
    return text, play_button(ctx, state, block.get("audio"), key=key, label=text, size=size)


def message(
    ctx: Ctx,
    state: AppState,
    label_id: str,
    fallback: str,
    *,
    key: str,
    size: int = 24,
    color: str = INK,
    bold: bool = False,
) -> ft.Control:
    """A whole-width state message with its speaker beside it."""
    text, button = said(ctx, state, label_id, fallback, key=f"hear-{key}")
    return ft.Row(
        [
            button,
            ft.Container(
                txt(text, size, bold=bold, color=color, lang=state.language, key=key), expand=True
            ),
        ],
        spacing=12,
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
    )


SYNC_SAYS = {REVOKED: "app-say-revoked", OFFLINE: "app-say-saved", SAVED: "app-say-saved"}


def sync_badge(ctx: Ctx, state: AppState, t) -> ft.Control:
    """The quiet "saved on phone / sent" indicator; tapped, it says what it means."""
    status = state.sync_status
    if status == REVOKED:
        glyph, msg = ft.Icons.CREDIT_CARD_OFF, t("client-sync-revoked")
    elif status == OFFLINE:
        glyph, msg = ft.Icons.CLOUD_OFF, t("client-sync-offline")
    elif status == SAVED or state.queue:
        status = SAVED
        glyph, msg = ft.Icons.PHONE_ANDROID, t("client-sync-saved")
    else:
        glyph, msg = ft.Icons.CLOUD_DONE, t("client-sync-sent")
    audio = label(state, SYNC_SAYS[status]).get("audio") if status in SYNC_SAYS else None
    # A live region: screen readers say "sent" quietly when it changes.
    if audio:

        async def say(_):
            await ctx.player.play(audio)

        content = ft.IconButton(
            glyph,
            icon_size=26,
            icon_color=MUTED,
            width=44,
            height=TOUCH,
            on_click=say,
            tooltip=msg,
            key="sync-badge",
        )
    else:
        content = ft.Container(
            content=ft.Icon(glyph, size=24, color=MUTED),
            key="sync-badge",
            width=40,
            height=TOUCH,
            alignment=ft.Alignment.CENTER,
        )
    return ft.Semantics(
        label=msg, live_region=True, container=True, button=bool(audio), content=content
    )


def offline_note(state: AppState, t) -> list[ft.Control]:
    """While the phone cannot reach the server: said in words and pictures, never a
    spinner; what the participant does is kept on the phone and sent later."""
    if state.sync_status != OFFLINE:
        return []
    return [
        ft.Container(
            key="offline-note",
            bgcolor="#FFF3D6",
            border_radius=12,
            padding=ft.Padding.symmetric(horizontal=12, vertical=8),
            content=ft.Row(
                [
                    ft.Icon(ft.Icons.CLOUD_OFF, size=28, color=INK),
                    ft.Icon(ft.Icons.PHONE_ANDROID, size=28, color=INK),
                    ft.Container(
                        txt(t("client-sync-offline"), 18, lang=state.language), expand=True
                    ),
                ],
                spacing=8,
                rtl=state.rtl,
            ),
        )
    ]


def top_bar(ctx: Ctx, state: AppState, title: str, *, home: bool = True) -> ft.Control:
    t = ctx.t(state)
    left = (
        labelled(
            ft.IconButton(
                ft.Icons.HOME,
                icon_size=32,
                width=TOUCH,
                height=TOUCH,
                on_click=lambda _: ctx.page.navigate("/"),
                tooltip=t("client-home"),
                key="go-home",
            ),
            t("client-home"),
        )
        if home
        else ft.Container(width=8)
    )
    return ft.Container(
        bgcolor="#E8EEF9",
        padding=ft.Padding.symmetric(horizontal=4, vertical=4),
        content=ft.Row(
            [
                left,
                ft.Container(txt(title, 20, bold=True, lang=state.language), expand=True),
                sync_badge(ctx, state, t),
                labelled(
                    ft.IconButton(
                        ft.Icons.TRANSLATE,
                        icon_size=30,
                        width=TOUCH,
                        height=TOUCH,
                        on_click=lambda _: ctx.page.navigate("/language"),
                        tooltip=t("client-change-language"),
                        key="change-language",
                    ),
                    t("client-change-language"),
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
        ),
    )


def screen(
    ctx: Ctx, state: AppState, title: str, body: list[ft.Control], *, home: bool = True
) -> ft.Control:
    """A whole screen: top bar, then a scrolling column, mirrored for RTL."""
    return ft.Column(
        [
            top_bar(ctx, state, title, home=home),
            *offline_note(state, ctx.t(state)),
            ft.Column(body, scroll=ft.ScrollMode.AUTO, expand=True, spacing=12),
        ],
        expand=True,
        spacing=8,
        rtl=state.rtl,
    )


def tile(
    label: str,
    pictogram: str,
    *,
    key: str,
    on_click,
    color: str = BRAND,
    extra: ft.Control | None = None,
    lang: str | None = None,
) -> ft.Control:
    """A large tile: pictogram above a short label, the whole tile tappable."""
    return labelled(
        ft.Container(
            key=key,
            bgcolor=color,
            border_radius=16,
            padding=16,
            height=176,
            expand=True,
            on_click=on_click,
            ink=True,
            content=ft.Column(
                [
                    icon(pictogram, 56, ft.Colors.WHITE),
                    # At most 19, smaller where the longest word would not fit the tile
                    # unbroken (~130 px of a 360-wide phone).
                    txt(
                        label,
                        fit_size(label, 19, 128, lang),
                        bold=True,
                        color=ft.Colors.WHITE,
                        align=ft.TextAlign.CENTER,
                        lang=lang,
                    ),
                    *([extra] if extra else []),
                ],
                horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                alignment=ft.MainAxisAlignment.CENTER,
                spacing=6,
            ),
        ),
        label,
    )


def item_text(block: dict | None) -> str:
    if not block:
        return ""
    return block.get("text") or block.get("sv") or ""


def title_txt(value: str, size: int, lang: str | None, width: float = 190) -> ft.Text:
    """A bold title in a row beside a pictogram and a speaker (~190 px of a 360-wide
    phone): never a word broken in the middle (see fit_size)."""
    return txt(value, fit_size(value, size, width, lang), bold=True, lang=lang)
