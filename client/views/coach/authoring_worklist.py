"""The language-support worklist (/coach/worklist), issue 10: per language what is
missing (text, audio), stale (recorded for an older wording) or unreviewed, with
search and filter; "record the next missing item" walks a station in one sitting.

Recording reuses the language-support screen's Studio (PCM16 streamed, wrapped as
WAV, uploaded); texts are in locales/<lang>/authoring.ftl.
"""

import flet as ft

from client.authoring_state import NEEDS, WORK_LANGS, Worklist
from client.coach_state import CoachState
from client.i18n import LANGS
from client.views.coach.authoring import au_text, message_bar
from client.views.coach.common import (
    BRAND,
    LINE,
    MUTED,
    WARN,
    CoachCtx,
    button,
    coach_screen,
    section,
    text,
)
from client.views.language_support.screen import Studio, chip, lang_text


def where(t, row: dict) -> str:
    w = row["where"]
    if w["part"] == "step":
        return t("au-where-step", item=w["item"] or "", n=w["number"])
    return t(f"au-where-{w['part']}", item=w["item"] or "")


@ft.component
def WorklistView(cs: CoachState, cc: CoachCtx):
    wl = ft.use_memo(lambda: Worklist(api=cs.api, on_expired=cs.sign_out), [])
    studio = ft.use_memo(Studio, [])
    return WorklistScreen(cs, cc, wl, studio)


@ft.component
def WorkRow(wl: Worklist, t, row: dict):
    tid = row["text_id"]
    draft = ft.use_ref(row.get("text") or "")

    def typed(e):
        draft.current = e.control.value

    async def save(_):
        await wl.write(tid, draft.current or "")

    lang = wl.language
    body: list[ft.Control] = [
        ft.Row(
            [
                text(where(t, row), 13, bold=True, color=MUTED),
                *[
                    chip(
                        t(f"au-need-{n}"),
                        WARN if n != "unreviewed" else BRAND,
                        key=f"wl-need-{tid}-{n}",
                    )
                    for n in row["needs"]
                ],
            ],
            wrap=True,
            spacing=6,
        ),
        ft.Row(
            [
                text("SV", 12, bold=True, color=MUTED),
                ft.Container(expand=True, content=lang_text(row.get("sv"), "sv", 15)),
            ]
        ),
    ]
    if "missing_text" in row["needs"]:
        rtl = LANGS[lang].rtl if lang in LANGS else False
        body.append(
            ft.Row(
                [
                    ft.TextField(
                        label=t("au-write-text", lang=LANGS[lang].native_name),
                        expand=True,
                        rtl=rtl,
                        on_change=typed,
                        key=f"wl-text-{tid}",
                    ),
                    button(t("au-save"), save, key=f"wl-save-{tid}", icon=ft.Icons.SAVE),
                ]
            )
        )
    else:
        body.append(
            ft.Row(
                [
                    text(lang.upper(), 12, bold=True, color=BRAND),
                    ft.Container(expand=True, content=lang_text(row["text"], lang)),
                ]
            )
        )
    return ft.Container(
        key=f"wl-row-{tid}",
        padding=10,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        content=ft.Column(body, spacing=6),
    )


@ft.component
def WorklistScreen(cs: CoachState, cc: CoachCtx, wl: Worklist, studio: Studio):
    t = au_text(cs.language)
    recording, set_recording = ft.use_state(False)
    query = ft.use_ref("")

    async def first():
        if not wl.loaded:
            await wl.load()

    ft.on_mounted(first)

    def choose(code):
        async def handler(_):
            await wl.choose_language(code)

        return handler

    def need(name):
        async def handler(_):
            await wl.set_need(None if wl.need == name else name)

        return handler

    def typed(e):
        query.current = e.control.value

    async def search(_):
        await wl.search(query.current or "")

    async def next_one(_):
        await wl.record_next()

    async def record(_):
        if recording:
            take = await studio.stop()
            set_recording(False)
            if take is not None:
                take.stop()
                await wl.save_take(take.wav() if take.size else b"")
            return
        if wl.current and await studio.start(wl.current["text_id"]):
            set_recording(True)
        else:
            wl.say("au-error-microphone", error=True)

    async def skip(_):
        if wl.current:
            await wl.record_next(after=wl.current["text_id"])

    async def export(_):
        data = await wl.export()
        if data:
            await cc.save(data, f"stegvis-pack-{wl.language}.zip")

    async def pick_pack(_):
        files = cc.files or ft.FilePicker()
        cc.files = files
        chosen = await files.pick_files(
            dialog_title=t("au-pack-import"),
            file_type=ft.FilePickerFileType.CUSTOM,
            allowed_extensions=["zip"],
            with_data=True,
        )
        if chosen:
            await wl.preview_pack(chosen[0].bytes or b"", chosen[0].name)

    async def apply_pack(_):
        await wl.apply_pack()

    pack: list[ft.Control] = [
        text(t("au-pack-help", lang=LANGS[wl.language].native_name), 14, color=MUTED),
        ft.Row(
            [
                button(t("au-pack-export"), export, key="wl-pack-export", icon=ft.Icons.DOWNLOAD),
                button(
                    t("au-pack-import"), pick_pack, key="wl-pack-import", icon=ft.Icons.UPLOAD_FILE
                ),
            ],
            wrap=True,
            spacing=8,
        ),
    ]
    if wl.pack_preview:
        c = wl.pack_preview["counts"]
        pack += [
            text(
                t(
                    "au-pack-preview",
                    texts=c["text"],
                    reviews=c["review"],
                    recordings=c["recording"],
                    conflicts=c["conflict"],
                ),
                15,
                bold=True,
                key="wl-pack-preview",
            ),
            button(
                t("au-pack-apply"),
                apply_pack,
                key="wl-pack-apply",
                primary=True,
                icon=ft.Icons.CHECK,
                disabled=wl.busy,
            ),
        ]
    langs = ft.Row(
        [
            button(LANGS[c].native_name, choose(c), key=f"wl-lang-{c}", primary=c == wl.language)
            for c in WORK_LANGS
        ],
        wrap=True,
        spacing=6,
        run_spacing=6,
    )
    counts = wl.counts or {}
    needs = ft.Row(
        [
            ft.Chip(
                label=t(f"au-need-{n}") + f" ({counts.get(n, 0)})",
                selected=wl.need == n,
                on_select=need(n),
                key=f"wl-filter-{n}",
            )
            for n in NEEDS
        ],
        wrap=True,
        spacing=6,
        run_spacing=6,
    )
    search_row = ft.Row(
        [
            ft.TextField(
                label=t("au-search-label"),
                on_change=typed,
                on_submit=search,
                expand=True,
                key="wl-q",
            ),
            button(t("au-search"), search, key="wl-search", icon=ft.Icons.SEARCH),
        ]
    )
    recorder: list[ft.Control] = []
    if wl.current:
        cur = wl.current
        recorder = [
            text(where(t, cur), 14, bold=True, color=MUTED),
            lang_text(cur.get("sv"), "sv", 16, color=MUTED),
            lang_text(cur.get("text"), wl.language, 24, key="wl-current-text"),
            ft.Row(
                [
                    button(
                        t("au-record-stop") if recording else t("au-record"),
                        record,
                        key="wl-record",
                        danger=recording,
                        primary=not recording,
                        icon=ft.Icons.STOP if recording else ft.Icons.MIC,
                        disabled=wl.busy,
                    ),
                    button(
                        t("au-skip"),
                        skip,
                        key="wl-skip",
                        icon=ft.Icons.SKIP_NEXT,
                        disabled=recording or wl.busy,
                    ),
                ],
                wrap=True,
                spacing=8,
            ),
        ]
        if recording:
            recorder.append(text(t("au-recording-now"), 16, bold=True, color=WARN))
    elif wl.done_all:
        recorder = [text(t("au-all-recorded"), 16, bold=True, color=BRAND, key="wl-done")]
    else:
        recorder = [
            button(
                t("au-record-next"),
                next_one,
                key="wl-record-next",
                icon=ft.Icons.MIC,
                primary=True,
                disabled=wl.busy,
            )
        ]
    body: list[ft.Control] = [text(t("au-worklist-intro"), 15, color=MUTED), langs]
    msg = message_bar(wl, t)
    if msg:
        body.append(msg)
    body += [section(t("au-record-title"), recorder, key="wl-recorder"), needs, search_row]
    if wl.language != "en":  # packs carry what is read aloud
        body.insert(len(body) - 2, section(t("au-pack-title"), pack, key="wl-pack"))
    if wl.loaded:
        body.append(text(t("au-rows", count=len(wl.rows)), 15, bold=True, key="wl-count"))
        body += [
            WorkRow(wl, t, r, key=f"{wl.language}-{r['text_id']}-{r.get('text_sha')}")
            for r in wl.rows[:60]
        ]
    else:
        body.append(ft.ProgressRing(width=28, height=28))
    return coach_screen(cc, cs, t("au-worklist-title"), body, key="coach-worklist")
