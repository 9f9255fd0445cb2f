"""Language support (/coach/language): per language, every read-aloud text with its
Swedish source, its wording (correct it), its review state (mark reviewed) and
the audio that plays now (play it, record a new take in the app, upload a file,
withdraw a recording). The coverage per language sits at the top.

Behind the coach area's guard (CoachShell: a coach's password sign-in); the
header, navigation and sign-out are the coach area's own (coach_screen).
Texts: locales/<lang>/language_support.ftl, in the coach's UI language.
"""

import flet as ft
import flet_audio_recorder as far

from client.coach_state import CoachState
from client.components.audio import ClipAudio
from client.components.ui import FALLBACK, font_for
from client.i18n import LANGS
from client.language_state import (
    FILTERS,
    RECORD_RATE,
    SUPPORT_LANGS,
    LanguageSupport,
    Take,
    audio_kind,
    computer_clip,
)
from client.views.coach.common import (
    BRAND,
    LINE,
    MUTED,
    OK,
    SOFT,
    WARN,
    CoachCtx,
    CoachText,
    banner,
    bar,
    button,
    coach_screen,
    coach_text,
    day,
    text,
)

SOURCE_COLORS = {
    "human": OK,
    "gtts": BRAND,
    "espeak": "#6A4C93",
    "espeak152": "#6A4C93",
    "stale": WARN,
    "none": WARN,
}
COMPUTER_COLORS = {"approved": OK, "rejected": WARN, "waiting": WARN, "unapproved": MUTED}
PAGE_SIZE = 40  # rows drawn at once; "show more" adds the next ones


def ls_text(lang: str) -> CoachText:
    return coach_text(lang, "language_support.ftl")


class Studio:
    """The session's player and recorder (services: kept referenced here) and the take."""

    def __init__(self):
        self.player = ClipAudio()
        self.recorder: far.AudioRecorder | None = None
        self.take: Take | None = None

    async def play(self, url: str) -> None:
        await self.player.play(url)

    def _on_stream(self, e) -> None:
        if self.take is not None:
            self.take.add(e.chunk)

    async def start(self, text_id: str) -> bool:
        if self.recorder is None:
            self.recorder = far.AudioRecorder(on_stream=self._on_stream)
        if not await self.recorder.has_permission():
            return False
        self.take = Take(text_id=text_id)
        # PCM16 streamed to us: the only recording path that works on the web too.
        return bool(
            await self.recorder.start_recording(
                configuration=far.AudioRecorderConfiguration(
                    encoder=far.AudioEncoder.PCM16BITS, channels=1, sample_rate=RECORD_RATE
                )
            )
        )

    async def stop(self) -> Take | None:
        take, self.take = self.take, None
        if self.recorder is not None:
            await self.recorder.stop_recording()
        if take is not None:
            take.stop()
        return take


def lang_text(
    value: str | None, lang: str, size: int = 17, *, color: str = "#111111", key: str | None = None
) -> ft.Control:
    """Text in its own script's font, right-to-left for Arabic and Persian."""
    rtl = LANGS[lang].rtl if lang in LANGS else False
    return ft.Text(
        value or "",
        size=size,
        color=color,
        key=key,
        text_align=ft.TextAlign.RIGHT if rtl else ft.TextAlign.LEFT,
        rtl=rtl,
        style=ft.TextStyle(font_family=font_for(lang), font_family_fallback=FALLBACK),
    )


def chip(label: str, color: str, *, key: str | None = None) -> ft.Control:
    return ft.Container(
        key=key,
        padding=ft.Padding.symmetric(horizontal=8, vertical=2),
        border_radius=10,
        border=ft.Border.all(1, color),
        content=text(label, 13, color=color, bold=True),
    )


def coverage_panel(ls: LanguageSupport, t: CoachText, choose) -> ft.Control:
    # choose(code) makes the click handler that switches to that language.
    """One line per language: a bar of what has audio, the sources, none/stale, review."""
    langs = (ls.coverage or {}).get("languages") or {}
    lines: list[ft.Control] = []
    for code in SUPPORT_LANGS:
        c = langs.get(code)
        if c is None:
            continue
        src = c["by_source"]
        review = (
            t("ls-cov-source-text")
            if code == "sv"
            else t("ls-cov-review", draft=c["review"]["draft"], reviewed=c["review"]["reviewed"])
        )
        detail = t(
            "ls-cov-line",
            human=src.get("human", 0),
            gtts=src.get("gtts", 0),
            espeak=src.get("espeak", 0),
            none=c["none"],
            stale=c["stale"],
        )
        lines.append(
            ft.Container(
                key=f"ls-cov-{code}",
                ink=True,
                on_click=choose(code),
                padding=ft.Padding.symmetric(horizontal=8, vertical=4),
                border_radius=6,
                bgcolor=SOFT if code == ls.language else None,
                content=ft.Row(
                    [
                        ft.Container(
                            width=110,
                            content=text(LANGS[code].native_name, 15, bold=code == ls.language),
                        ),
                        bar(c["percent"] / 100, color=OK, width=140),
                        ft.Container(
                            width=200,
                            content=text(
                                t(
                                    "ls-cov-with-audio",
                                    done=c["with_audio"],
                                    total=c["total"],
                                    percent=round(c["percent"]),
                                ),
                                14,
                                bold=True,
                            ),
                        ),
                        text(detail, 13, color=MUTED),
                        *computer_line(t, c),
                        text(review, 13, color=MUTED),
                    ],
                    wrap=True,
                    spacing=10,
                    run_spacing=2,
                    vertical_alignment=ft.CrossAxisAlignment.CENTER,
                ),
            )
        )
    if not lines:
        lines.append(text(t("ls-cov-loading"), 14, color=MUTED))
    return ft.Container(
        key="ls-coverage",
        padding=12,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        content=ft.Column([text(t("ls-cov-title"), 18, bold=True), *lines], spacing=4),
    )


def computer_line(t: CoachText, c: dict) -> list[ft.Control]:
    """Computer-voice audio in this language: heard, waiting for approval, rejected."""
    comp = c.get("computer") or {}
    if not any(comp.values()):
        return []
    return [
        text(
            t(
                "ls-cov-computer",
                espeak152=c["by_source"].get("espeak152", 0),
                waiting=len(c.get("computer_waiting_ids") or []),
                approved=comp.get("approved", 0),
                rejected=comp.get("rejected", 0),
            ),
            13,
            color=MUTED,
        )
    ]


def computer_state(clip: dict) -> str:
    """approved / rejected / waiting (not heard until approved) / unapproved (plays)."""
    if clip["state"] == "unapproved" and clip.get("needs_approval"):
        return "waiting"
    return clip["state"]


def where_label(t: CoachText, row: dict) -> str:
    w = row.get("where") or {}
    item = w.get("item") or row["text_id"]
    if w.get("kind") == "step":
        return t("ls-where-step", item=item, n=(w.get("position") or 0) + 1)
    return t(f"ls-where-{w.get('kind', 'title')}", item=item)


@ft.component
def TextRow(ls: LanguageSupport, studio: Studio, cc: CoachCtx, t: CoachText, row: dict):
    tid = row["text_id"]
    lang = ls.language
    draft_text, set_draft_text = ft.use_state(row["text"])
    is_open = ls.open_id == tid
    recording = ls.recording_id == tid
    kind = audio_kind(row)
    audio = row.get("audio") or {}
    playing = audio.get("playing")
    url = ls.audio_url(row)

    async def play(_):
        if url:
            await studio.play(url)

    async def save(_):
        await ls.save_text(tid, draft_text)

    async def review(_):
        await ls.set_reviewed(tid, row["review_status"] != "reviewed")

    async def record(_):
        if recording:
            take = await studio.stop()
            ls.recording_id = None
            if take is not None:
                await ls.upload_take(take)
            return
        if ls.recording_id:  # another row is recording: one take at a time
            return
        if await studio.start(tid):
            ls.recording_id = tid
            ls.say("ls-recording-now")
        else:
            ls.say("ls-error-microphone", error=True)

    async def pick(_):
        files = cc.files or ft.FilePicker()
        cc.files = files
        chosen = await files.pick_files(
            dialog_title=t("ls-upload"),
            file_type=ft.FilePickerFileType.CUSTOM,
            allowed_extensions=["wav", "mp3", "m4a", "aac", "ogg", "opus", "webm"],
            with_data=True,
        )
        if chosen:
            f = chosen[0]
            await ls.upload(tid, f.bytes or b"", f.name)

    async def withdraw(_):
        await ls.withdraw(tid)

    computer = computer_clip(row)

    async def listen_computer(_):
        if computer:
            await studio.play(ls.computer_url(row))

    def decide(decision: str):
        async def handler(_):
            await ls.decide_computer(tid, decision)

        return handler

    # Status line: where, review state, audio source, play.
    if lang == "sv":
        review_chip = chip(t("ls-status-source"), MUTED)
    elif row["review_status"] == "reviewed":
        review_chip = chip(t("ls-status-reviewed"), OK, key=f"ls-reviewed-{tid}")
    else:
        review_chip = chip(t("ls-status-draft"), WARN, key=f"ls-draft-{tid}")
    audio_label = t(f"ls-audio-{kind}")
    if playing and playing.get("lower_quality"):
        audio_label += " · " + t("ls-audio-lower-quality")
    chips = [review_chip, chip(audio_label, SOURCE_COLORS.get(kind, BRAND), key=f"ls-audio-{tid}")]
    if audio.get("stale") and kind != "stale":
        chips.append(chip(t("ls-audio-stale"), WARN))
    if computer and (computer["state"] != "unapproved" or computer.get("needs_approval")):
        state = computer_state(computer)
        chips.append(
            chip(
                t(f"ls-computer-{state}"), COMPUTER_COLORS[state], key=f"ls-computer-{state}-{tid}"
            )
        )
    play_btn = ft.Semantics(
        label=t("ls-play-label", where=where_label(t, row)),
        button=True,
        container=True,
        content=ft.IconButton(
            ft.Icons.VOLUME_UP if url else ft.Icons.VOLUME_OFF,
            on_click=play,
            disabled=not url,
            icon_color=BRAND,
            tooltip=t("ls-play") if url else t("ls-audio-none"),
        ),
    )
    open_btn = ft.Semantics(
        label=t("ls-open-label", text=row.get("sv") or row["text"]),
        button=True,
        container=True,
        content=ft.TextButton(
            content=t("ls-close") if is_open else t("ls-open"),
            icon=ft.Icons.EXPAND_LESS if is_open else ft.Icons.EDIT,
            on_click=lambda _: ls.open(tid),
        ),
    )
    # No expand inside a wrapping row (Flutter cannot size it): plain wrap.
    head = ft.Row(
        [
            text(where_label(t, row), 13, color=MUTED, bold=True),
            *chips,
            play_btn,
            open_btn,
        ],
        wrap=True,
        spacing=8,
        run_spacing=2,
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
    )
    body: list[ft.Control] = [head]
    if lang != "sv":
        body.append(
            ft.Row(
                [
                    text("SV", 12, color=MUTED, bold=True),
                    ft.Container(
                        expand=True, content=lang_text(row.get("sv"), "sv", 15, color=MUTED)
                    ),
                ],
                vertical_alignment=ft.CrossAxisAlignment.START,
            )
        )
    body.append(
        ft.Row(
            [
                text(lang.upper(), 12, color=BRAND, bold=True),
                ft.Container(expand=True, content=lang_text(row["text"], lang, 18)),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
        )
    )

    if is_open:
        rtl = LANGS[lang].rtl
        who = []
        if row.get("reviewed_by"):
            who.append(
                text(
                    t("ls-reviewed-by", who=row["reviewed_by"], when=day(row.get("reviewed_at"))),
                    13,
                    color=MUTED,
                )
            )
        if playing:
            who.append(
                text(
                    t(
                        "ls-audio-made",
                        source=t(f"ls-audio-{kind}"),
                        who=playing.get("created_by") or "–",
                        when=day(playing.get("created_at")),
                        seconds=round((playing.get("duration_ms") or 0) / 1000, 1),
                    ),
                    13,
                    color=MUTED,
                )
            )
        if audio.get("stale"):
            who.append(text(t("ls-stale-help"), 13, color=WARN))
        edit = ft.TextField(
            value=draft_text,
            multiline=True,
            min_lines=1,
            max_lines=6,
            rtl=rtl,
            label=t("ls-edit-label"),
            on_change=lambda e: set_draft_text(e.control.value),
            text_style=ft.TextStyle(
                font_family=font_for(lang), font_family_fallback=FALLBACK, size=17
            ),
            text_align=ft.TextAlign.RIGHT if rtl else ft.TextAlign.LEFT,
        )
        actions = [
            button(
                t("ls-save"),
                save,
                key=f"ls-save-{tid}",
                icon=ft.Icons.SAVE,
                disabled=ls.busy or draft_text.strip() == row["text"].strip(),
            ),
        ]
        if lang != "sv":
            actions.append(
                button(
                    t("ls-mark-draft")
                    if row["review_status"] == "reviewed"
                    else t("ls-mark-reviewed"),
                    review,
                    key=f"ls-review-{tid}",
                    icon=ft.Icons.VERIFIED,
                    primary=row["review_status"] != "reviewed",
                    disabled=ls.busy or draft_text.strip() != row["text"].strip(),
                )
            )
        if lang != "en":  # English helps reviewers; it is never read aloud
            actions += [
                button(
                    t("ls-record-stop") if recording else t("ls-record"),
                    record,
                    key=f"ls-record-{tid}",
                    danger=recording,
                    icon=ft.Icons.STOP if recording else ft.Icons.MIC,
                    disabled=ls.busy or bool(ls.recording_id and not recording),
                ),
                button(
                    t("ls-upload"),
                    pick,
                    key=f"ls-upload-{tid}",
                    icon=ft.Icons.UPLOAD_FILE,
                    disabled=ls.busy or recording,
                ),
            ]
            if kind == "human":
                actions.append(
                    button(
                        t("ls-withdraw"),
                        withdraw,
                        key=f"ls-withdraw-{tid}",
                        icon=ft.Icons.DELETE_OUTLINE,
                        disabled=ls.busy or recording,
                    )
                )
        if computer and lang != "en":
            # Listen, then decide: the decision names this exact clip (a new wording
            # or voice makes a new clip that needs its own decision).
            state = computer_state(computer)
            who.append(text(t("ls-computer-help"), 13, color=MUTED))
            actions += [
                button(
                    t("ls-computer-listen"),
                    listen_computer,
                    key=f"ls-computer-listen-{tid}",
                    icon=ft.Icons.HEADPHONES,
                    disabled=recording,
                ),
                button(
                    t("ls-computer-approve"),
                    decide("approved"),
                    key=f"ls-computer-approve-{tid}",
                    icon=ft.Icons.THUMB_UP,
                    primary=state == "waiting",
                    disabled=ls.busy or state == "approved",
                ),
                button(
                    t("ls-computer-reject"),
                    decide("rejected"),
                    key=f"ls-computer-reject-{tid}",
                    icon=ft.Icons.THUMB_DOWN,
                    disabled=ls.busy or state == "rejected",
                ),
            ]
            if computer["state"] != "unapproved":
                actions.append(
                    button(
                        t("ls-computer-undo"),
                        decide("unapproved"),
                        key=f"ls-computer-undo-{tid}",
                        icon=ft.Icons.UNDO,
                        disabled=ls.busy,
                    )
                )
        if row.get("editable", True):
            body += [edit, *who, ft.Row(actions, wrap=True, spacing=8, run_spacing=8)]
        else:  # issue 10: the library's or another role's text: read, not changed
            body += [*who, text(t("ls-read-only"), 14, color=MUTED, key=f"ls-read-only-{tid}")]
        if recording:
            body.append(
                ft.Row(
                    [
                        ft.Icon(ft.Icons.FIBER_MANUAL_RECORD, color=WARN),
                        text(t("ls-recording-now"), 15, color=WARN, bold=True),
                    ]
                )
            )
    return ft.Container(
        key=f"ls-row-{tid}",
        padding=12,
        border_radius=8,
        border=ft.Border.all(2 if is_open else 1, BRAND if is_open else LINE),
        bgcolor=ft.Colors.WHITE,
        content=ft.Column(body, spacing=6),
    )


@ft.component
def LanguageSupportView(cs: CoachState, cc: CoachCtx):
    """The route: its state lives as long as the screen; handed down as an argument,
    since a component re-renders for the observables it is given."""
    ls = ft.use_memo(lambda: LanguageSupport(api=cs.api, on_expired=cs.sign_out), [])
    studio = ft.use_memo(Studio, [])
    return LanguageSupportScreen(cs, cc, ls, studio)


@ft.component
def LanguageSupportScreen(cs: CoachState, cc: CoachCtx, ls: LanguageSupport, studio: Studio):
    t = ls_text(cs.language)
    shown, set_shown = ft.use_state(PAGE_SIZE)

    async def first_load():
        if not ls.loaded:
            await ls.load()

    ft.on_mounted(first_load)

    # Handlers are made per language / filter: Flet awaits async handlers, not lambdas.
    def choose(code: str):
        async def handler(_):
            set_shown(PAGE_SIZE)
            await ls.choose_language(code)

        return handler

    def set_filter(name: str):
        async def handler(_):
            set_shown(PAGE_SIZE)
            await ls.set_filter(name)

        return handler

    langs = ft.Row(
        [
            button(
                LANGS[code].native_name,
                choose(code),
                key=f"ls-lang-{code}",
                primary=code == ls.language,
            )
            for code in SUPPORT_LANGS
        ],
        wrap=True,
        spacing=6,
        run_spacing=6,
    )
    filters = ft.Row(
        [
            ft.Container(width=1),
            *[
                ft.Chip(
                    label=t(f"ls-filter-{name}"),
                    selected=ls.filter == name,
                    on_select=set_filter(name),
                    key=f"ls-filter-{name}",
                )
                for name in FILTERS
            ],
        ],
        wrap=True,
        spacing=6,
        run_spacing=6,
    )
    visible = ls.visible
    body: list[ft.Control] = [
        text(t("ls-intro"), 15, color=MUTED),
        coverage_panel(ls, t, choose),
        langs,
        filters,
    ]
    message = banner(ls, t, key="ls-message", size=15, close_label="ls-close")
    if message:
        body.append(message)
    if ls.loaded:
        body.append(text(t("ls-count", count=len(visible)), 15, bold=True, key="ls-count"))
        if not visible:
            body.append(text(t("ls-empty"), 16, color=MUTED))
    else:
        body.append(ft.Row([ft.ProgressRing(width=28, height=28)]))
    body += [
        TextRow(ls, studio, cc, t, row, key=f"{ls.language}-{row['text_id']}-{row['text_sha']}")
        for row in visible[:shown]
    ]
    if len(visible) > shown:
        body.append(
            button(
                t("ls-more", count=len(visible) - shown),
                lambda _: set_shown(shown + PAGE_SIZE),
                key="ls-more",
            )
        )
    return coach_screen(cc, cs, t("ls-title"), body, key="coach-language")
