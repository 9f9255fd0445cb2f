"""What every coach screen shares: text, the header with navigation and sign-out,
the message banner, downloads, and small bar charts drawn with containers.

Coaches work on an office laptop, mostly in Swedish: dense but readable (16 px),
a centred column at most 1100 wide, and rows that wrap on a phone.

Text fields are not driven by state on every key: what is typed goes into a
use_ref, and `value` is at most a constant first text. A re-render per key
races with fast typing in Flet web and loses characters.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import flet as ft
from fluent.runtime import FluentLocalization, FluentResourceLoader

from client.coach_state import COACH_LANGS, CoachState
from client.components.ui import labelled

LOCALES_DIR = Path(__file__).resolve().parents[3] / "locales"
BRAND = "#0B3D91"
INK = "#111111"
MUTED = "#4A4A4A"
OK = "#1B5E20"
WARN = "#8B0000"
LINE = "#C5CAD3"
SOFT = "#F1F4FA"
LANG_COLORS = {
    "sv": "#0B3D91",
    "ar": "#00695C",
    "fa": "#6A1B9A",
    "so": "#BF360C",
    "ti": "#5D4037",
    "en": "#455A64",
    "": "#9E9E9E",
}
MAX_WIDTH = 1100


class CoachText:
    """A coach-side .ftl file (coach.ftl, authoring.ftl, language_support.ftl) in the
    coach's language, Swedish beneath (ar/fa/so/ti fall back to sv)."""

    def __init__(self, lang: str, resource: str = "coach.ftl"):
        chain = [lang] if lang == "sv" else [lang, "sv"]
        loader = FluentResourceLoader(str(LOCALES_DIR / "{locale}"))
        self._l10n = FluentLocalization(chain, [resource], loader)

    def __call__(self, msg_id: str, **args) -> str:
        return self._l10n.format_value(msg_id, args or None)


@lru_cache(maxsize=32)
def coach_text(lang: str, resource: str = "coach.ftl") -> CoachText:
    return CoachText(lang, resource)


@dataclass
class CoachCtx:
    """The session's page and its file saver (a service: kept referenced here)."""

    page: ft.Page
    files: ft.FilePicker | None = None

    def t(self, cs: CoachState) -> CoachText:
        return coach_text(cs.language)

    async def save(self, data: bytes, file_name: str) -> None:
        """Hand a file to the browser (a download) or, on desktop, a save dialog."""
        if self.files is None:
            self.files = ft.FilePicker()
        await self.files.save_file(file_name=file_name, src_bytes=data)


def text(
    value,
    size: int = 16,
    *,
    bold: bool = False,
    color: str = INK,
    key: str | None = None,
    selectable: bool = False,
) -> ft.Text:
    return ft.Text(
        str(value if value is not None else ""),
        size=size,
        color=color,
        key=key,
        weight=ft.FontWeight.BOLD if bold else ft.FontWeight.NORMAL,
        selectable=selectable,
    )


def button(
    label: str,
    on_click,
    *,
    key: str,
    icon=None,
    primary: bool = False,
    danger: bool = False,
    disabled: bool = False,
) -> ft.Control:
    bg = WARN if danger else (BRAND if primary else None)
    return ft.Button(
        content=label,
        icon=icon,
        on_click=on_click,
        key=key,
        height=44,
        bgcolor=bg,
        color=ft.Colors.WHITE if bg else None,
        disabled=disabled,
    )


def section(title: str, body: list[ft.Control], *, key: str) -> ft.Control:
    return ft.Container(
        key=key,
        padding=16,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        bgcolor=ft.Colors.WHITE,
        content=ft.Column([text(title, 20, bold=True), *body], spacing=10),
    )


def bar(share: float, *, color: str = BRAND, width: int = 220, height: int = 14) -> ft.Control:
    """A horizontal bar: the filled part is share (0..1) of width."""
    share = max(0.0, min(1.0, share))
    return ft.Container(
        width=width,
        height=height,
        bgcolor="#E3E7EE",
        border_radius=height // 2,
        alignment=ft.Alignment.CENTER_LEFT,
        content=ft.Container(
            width=max(2, int(width * share)) if share else 0,
            height=height,
            bgcolor=color,
            border_radius=height // 2,
        ),
    )


def column_chart(
    points: list[tuple[str, float, str]],
    *,
    height: int = 90,
    color: str = BRAND,
    max_value: float | None = None,
    key: str,
    bar_width: int = 14,
) -> ft.Control:
    """Vertical bars (label, value, tooltip) bottom-aligned: progress over time."""
    top = max_value or max((v for _, v, _ in points), default=0) or 1
    cols = []
    for label, value, tip in points:
        h = int(height * min(1.0, value / top)) if value else 0
        cols.append(
            ft.Column(
                [
                    ft.Container(
                        width=bar_width,
                        height=max(h, 1 if value else 0),
                        bgcolor=color,
                        border_radius=3,
                        tooltip=tip,
                    ),
                    text(label, 10, color=MUTED),
                ],
                spacing=2,
                horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                alignment=ft.MainAxisAlignment.END,
            )
        )
    return ft.Container(
        key=key,
        height=height + 22,
        content=ft.Row(
            cols, spacing=4, scroll=ft.ScrollMode.AUTO, vertical_alignment=ft.CrossAxisAlignment.END
        ),
    )


def banner(
    state,
    t: CoachText,
    *,
    key: str = "coach-message",
    size: int = 16,
    close_label: str = "coach-close",
) -> ft.Control | None:
    """A screen's message (its state's `message`, `message_args`, `error`, `say`), green
    or red, with a button that closes it; None when there is nothing to say."""
    if not state.message:
        return None
    color = WARN if state.error else OK
    # Named for a screen reader by its semantics (a tooltip alone gave it no name).
    close = labelled(
        ft.IconButton(ft.Icons.CLOSE, on_click=lambda _: state.say(None)), t(close_label)
    )
    return ft.Container(
        key=key,
        padding=ft.Padding.symmetric(horizontal=14, vertical=8),
        border_radius=8,
        bgcolor="#FDECEC" if state.error else "#E8F5E9",
        border=ft.Border.all(1, color),
        content=ft.Row(
            [
                ft.Icon(
                    ft.Icons.ERROR_OUTLINE if state.error else ft.Icons.CHECK_CIRCLE_OUTLINE,
                    color=color,
                ),
                ft.Container(
                    text(t(state.message, **state.message_args), size, color=color),
                    expand=True,
                ),
                close,
            ]
        ),
    )


def coach_screen(
    cc: CoachCtx, cs: CoachState, title: str, body: list[ft.Control], *, key: str
) -> ft.Control:
    """Header (navigation, language, sign-out), message, then the page body."""
    t = cc.t(cs)
    go = cc.page.navigate

    async def sign_out(_):
        await cs.sign_out()
        go("/coach")

    async def sign_out_all(_):
        await cs.sign_out(everywhere=True)
        go("/coach")

    async def switch_language(e):
        await cs.set_language(e.control.data)

    nav = ft.Row(
        [
            ft.TextButton(
                content=text(t("coach-nav-participants"), 16, color=ft.Colors.WHITE, bold=True),
                on_click=lambda _: go("/coach"),
                key="nav-participants",
            ),
            ft.TextButton(
                content=text(t("coach-nav-report"), 16, color=ft.Colors.WHITE, bold=True),
                on_click=lambda _: go("/coach/report"),
                key="nav-report",
            ),
            ft.TextButton(
                content=text(t("coach-nav-language"), 16, color=ft.Colors.WHITE, bold=True),
                on_click=lambda _: go("/coach/language"),
                key="nav-language",
            ),
            # Issue 10: authoring and the language worklist.
            ft.TextButton(
                content=text(t("coach-nav-authoring"), 16, color=ft.Colors.WHITE, bold=True),
                on_click=lambda _: go("/coach/authoring"),
                key="nav-authoring",
            ),
            ft.TextButton(
                content=text(t("coach-nav-worklist"), 16, color=ft.Colors.WHITE, bold=True),
                on_click=lambda _: go("/coach/worklist"),
                key="nav-worklist",
            ),
        ],
        spacing=4,
        tight=True,
        wrap=True,
    )  # five entries: wrap on a phone
    langs = ft.Row(
        [
            ft.TextButton(
                content=text(code.upper(), 14, color=ft.Colors.WHITE, bold=code == cs.language),
                data=code,
                on_click=switch_language,
                key=f"coach-lang-{code}",
            )
            for code in COACH_LANGS
        ],
        spacing=0,
        tight=True,
    )
    who = text((cs.coach or {}).get("display_name", ""), 14, color=ft.Colors.WHITE)
    account = ft.Row(
        [
            ft.TextButton(
                content=text(t("coach-sign-out"), 14, color=ft.Colors.WHITE),
                icon=ft.Icons.LOGOUT,
                icon_color=ft.Colors.WHITE,
                on_click=sign_out,
                key="sign-out",
            ),
            ft.TextButton(
                content=text(t("coach-sign-out-everywhere"), 14, color=ft.Colors.WHITE),
                on_click=sign_out_all,
                key="sign-out-everywhere",
            ),
        ],
        spacing=0,
        tight=True,
    )
    header = ft.Container(
        bgcolor=BRAND,
        padding=ft.Padding.symmetric(horizontal=16, vertical=6),
        # Wrapping rows cannot hold an expanding spacer: space-between instead.
        content=ft.Row(
            [
                # tight: a Row inside a wrapping Row would otherwise take the full width;
                # wrap: on a phone a plain Row here gives its entries no width to wrap
                # in, and the last ones were cut off at the screen's edge.
                ft.Row(
                    [text(t("coach-brand"), 18, bold=True, color=ft.Colors.WHITE), nav],
                    spacing=12,
                    tight=True,
                    wrap=True,
                ),
                ft.Row([langs, who, account], spacing=8, tight=True, wrap=True),
            ],
            wrap=True,
            alignment=ft.MainAxisAlignment.SPACE_BETWEEN,
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
            spacing=12,
        ),
    )
    msg = banner(cs, t)
    # No max-width on a Container in Flet: centre the column with side padding instead.
    side = max(12, int(((cc.page.width or 0) - MAX_WIDTH) / 2))
    page_body = ft.Container(
        padding=ft.Padding.symmetric(horizontal=side, vertical=12),
        content=ft.Column(
            [
                text(title, 26, bold=True, key=f"{key}-title"),
                *([msg] if msg else []),
                *body,
            ],
            spacing=14,
            horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        ),
    )
    return ft.Column(
        [header, ft.Column([page_body], scroll=ft.ScrollMode.AUTO, expand=True)],
        expand=True,
        spacing=0,
        rtl=False,
        key=key,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )


def day(value: str | None) -> str:
    """An ISO timestamp or date as YYYY-MM-DD (the Swedish way); "–" when absent."""
    return value[:10] if value else "–"
