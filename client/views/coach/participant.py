"""One participant's page: actions (card, deactivate, exit, export, erase), activity
over time, checklists, stations by step and language, goal plan, step movement."""

from datetime import date

import flet as ft

from client.coach_state import (
    EXIT_REASONS,
    CoachState,
    fmt_duration,
    scale_chart,
    shares,
    station_reading,
)
from client.i18n import LANGS
from client.views.coach.common import (
    BRAND,
    LANG_COLORS,
    LINE,
    MUTED,
    OK,
    SOFT,
    WARN,
    CoachCtx,
    bar,
    button,
    coach_screen,
    column_chart,
    day,
    section,
    text,
)
from client.views.language_support.screen import Studio


def lang_name(code: str, t) -> str:
    return LANGS[code].native_name if code in LANGS else t("coach-lang-unknown")


# ------------------------------------------------------------------ actions


def card_line(t, card: dict | None) -> ft.Control:
    """Until when the participant's card works (issue 12: cards have a lifetime)."""
    if card is None:
        return text(t("coach-card-none"), 14, key="card-status")
    until = (card.get("expires_at") or "")[:10]
    if card.get("expired"):
        return text(t("coach-card-expired", until=until), 14, color=WARN, key="card-status")
    return text(t("coach-card-valid-until", until=until), 14, key="card-status")


@ft.component
def Actions(cs: CoachState, cc: CoachCtx, p: dict):
    t = cc.t(cs)
    pid = p["id"]
    confirm_erase, set_confirm_erase = ft.use_state(False)
    exit_open, set_exit_open = ft.use_state(False)
    reason, set_reason = ft.use_state("")
    first_day = ft.use_ref(date.today().isoformat()).current
    exit_day = ft.use_ref(first_day)

    async def print_card(_):
        pdf = await cs.card(pid)
        if pdf:
            await cc.save(pdf, f"stegvis-card-{pid}.pdf")

    async def export(_):
        data = await cs.export(pid)
        if data:
            await cc.save(data, f"stegvis-participant-{pid}.json")
            cs.say("coach-exported")

    async def renew(_):
        await cs.renew_card(pid)

    async def deactivate(_):
        await cs.deactivate(pid)

    async def record_exit(_):
        if await cs.record_exit(pid, reason, exit_day.current):
            set_exit_open(False)

    async def erase(_):
        if await cs.erase(pid):
            cc.page.navigate("/coach")

    active = p["is_active"]
    row = ft.Row(
        [
            button(
                t("coach-print-card"),
                print_card,
                key="print-card",
                icon=ft.Icons.QR_CODE_2,
                primary=True,
                disabled=not active or cs.busy,
            ),
            button(
                t("coach-renew-card"),
                renew,
                key="renew-card",
                icon=ft.Icons.EVENT_REPEAT,
                disabled=not active or cs.card_status is None or cs.busy,
            ),
            button(
                t("coach-record-exit"),
                lambda _: set_exit_open(not exit_open),
                key="open-exit",
                icon=ft.Icons.LOGOUT,
                disabled=bool(p.get("exit_reason")),
            ),
            button(
                t("coach-deactivate"),
                deactivate,
                key="deactivate",
                icon=ft.Icons.BLOCK,
                disabled=not active,
            ),
            button(t("coach-export"), export, key="export", icon=ft.Icons.DOWNLOAD),
            button(
                t("coach-erase"),
                lambda _: set_confirm_erase(True),
                key="erase",
                icon=ft.Icons.DELETE_FOREVER,
                danger=True,
            ),
        ],
        wrap=True,
        spacing=8,
        run_spacing=8,
    )
    parts: list[ft.Control] = [
        row,
        *([card_line(t, cs.card_status)] if active else []),
        text(t("coach-card-note") if active else t("coach-card-inactive"), 13, color=MUTED),
    ]
    if exit_open:
        parts.append(
            ft.Container(
                key="exit-form",
                padding=12,
                bgcolor=SOFT,
                border_radius=8,
                content=ft.Row(
                    [
                        ft.Dropdown(
                            label=t("coach-exit-reason"),
                            value=reason or None,
                            width=260,
                            key="exit-reason",
                            on_select=lambda e: set_reason(e.control.value),
                            options=[
                                ft.DropdownOption(key=r, text=t(f"coach-exit-{r}"))
                                for r in EXIT_REASONS
                            ],
                        ),
                        ft.TextField(
                            label=t("coach-date"),
                            value=first_day,
                            width=160,
                            key="exit-date",
                            on_change=lambda e: setattr(exit_day, "current", e.control.value),
                        ),
                        button(
                            t("coach-record-exit-save"), record_exit, key="exit-save", primary=True
                        ),
                    ],
                    wrap=True,
                    spacing=10,
                ),
            )
        )
    if confirm_erase:
        parts.append(
            ft.Container(
                key="erase-confirm",
                padding=12,
                border=ft.Border.all(2, WARN),
                border_radius=8,
                content=ft.Column(
                    [
                        text(
                            t("coach-erase-confirm", name=p["display_name"]),
                            16,
                            bold=True,
                            color=WARN,
                        ),
                        text(t("coach-erase-what"), 14),
                        ft.Row(
                            [
                                button(t("coach-erase-yes"), erase, key="erase-yes", danger=True),
                                ft.TextButton(
                                    content=t("coach-cancel"),
                                    on_click=lambda _: set_confirm_erase(False),
                                    key="erase-cancel",
                                ),
                            ],
                            wrap=True,
                        ),
                    ]
                ),
            )
        )
    return ft.Column(parts, spacing=8)


# ------------------------------------------------------------------ sections


def activity_section(t, overview: dict) -> ft.Control:
    weeks = overview.get("activity") or []
    points = [
        (
            w["week_start"][5:],
            w["events"],
            t(
                "coach-week-tip",
                week=w["week_start"],
                events=w["events"],
                ticks=w["ticks"],
                listened=fmt_duration(w["listened_ms"]),
            ),
        )
        for w in weeks
    ]
    body: list[ft.Control] = [text(t("coach-activity-help"), 13, color=MUTED)]
    if any(v for _, v, _ in points):
        body.append(column_chart(points, key="activity-chart"))
    else:
        body.append(text(t("coach-no-activity"), 15))
    return section(t("coach-activity-title"), body, key="activity")


def checklists_section(t, overview: dict) -> ft.Control:
    done = [c for c in overview["checklists"] if c["status"] == "done"]
    going = [c for c in overview["checklists"] if c["status"] != "done"]

    def line(c: dict) -> ft.Control:
        share = c["steps_ticked"] / c["steps_total"] if c["steps_total"] else 0
        when = (
            t(
                "coach-checklist-done-on",
                date=day(c["last_completed_at"]),
                times=c["times_completed"],
            )
            if c["status"] == "done"
            else t(
                "coach-checklist-started-on",
                date=day(c["started_at"]),
                last=day(c["last_activity_at"]),
            )
        )
        return ft.Row(
            [
                ft.Container(width=260, content=text(c["title"], 15, bold=True)),
                bar(share, color=OK if c["status"] == "done" else BRAND, width=140),
                ft.Container(
                    width=70,
                    content=text(
                        t("coach-steps-of", done=c["steps_ticked"], total=c["steps_total"]), 13
                    ),
                ),
                text(when, 13, color=MUTED),
            ],
            wrap=True,
            spacing=10,
            key=f"checklist-{c['slug']}",
        )

    body: list[ft.Control] = [
        text(
            t(
                "coach-checklists-summary",
                done=len(done),
                going=len(going),
                catalog=overview["checklists_in_catalog"],
            ),
            14,
            color=MUTED,
            key="checklists-summary",
        ),
        text(t("coach-checklists-done"), 16, bold=True, color=OK),
        *([line(c) for c in done] or [text(t("coach-none-yet"), 14)]),
        text(t("coach-checklists-going"), 16, bold=True, color=BRAND),
        *([line(c) for c in going] or [text(t("coach-none-yet"), 14)]),
    ]
    return section(t("coach-checklists-title"), body, key="checklists")


def station_card(t, st: dict) -> ft.Control:
    reading = station_reading(st)
    by_lang = {u["language"]: u["listened_ms"] for u in st["languages"]}
    lang_rows = [
        ft.Row(
            [
                ft.Container(width=110, content=text(lang_name(code, t), 13)),
                bar(share, color=LANG_COLORS.get(code, BRAND), width=180),
                text(fmt_duration(ms), 13),
            ],
            spacing=8,
        )
        for code, ms, share in shares(by_lang)
    ]
    langs = [u["language"] for u in st["languages"]]
    head = ft.Row(
        [text(t("coach-step"), 12, color=MUTED, bold=True)]
        + [
            ft.Container(width=70, content=text(lang_name(c, t), 12, color=MUTED, bold=True))
            for c in langs
        ]
        + [ft.Container(width=60, content=text(t("coach-plays"), 12, color=MUTED, bold=True))],
        spacing=6,
    )
    step_rows = [head]
    top = max((s["plays"] for s in st["steps"]), default=0) or 1
    for s in st["steps"]:
        per = {u["language"]: u["plays"] for u in s["languages"]}
        step_rows.append(
            ft.Row(
                [
                    ft.Container(width=230, content=text(f"{s['position'] + 1}. {s['title']}", 13)),
                    *[ft.Container(width=70, content=text(per.get(c, 0), 13)) for c in langs],
                    ft.Container(width=60, content=text(s["plays"], 13, bold=s["plays"] == top)),
                    bar(s["plays"] / top, width=90, height=10, color="#BF360C"),
                ],
                spacing=6,
                wrap=True,
            )
        )
    if reading["same_step_in_every_language"] and reading["hardest_step"]:
        hint = t("coach-hint-task", step=reading["hardest_step"])
    elif reading["hardest_step"]:
        hint = t("coach-hint-step", step=reading["hardest_step"])
    else:
        hint = t("coach-hint-none")
    return ft.Container(
        key=f"station-{st['slug']}",
        padding=12,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        content=ft.Column(
            [
                ft.Row(
                    [text(st["title"], 17, bold=True), text(st.get("code") or "", 13, color=MUTED)],
                    wrap=True,
                ),
                text(
                    t(
                        "coach-station-numbers",
                        opens=st["opens"],
                        plays=st["plays"],
                        listened=fmt_duration(st["listened_ms"]),
                        per_open=reading["replays_per_open"],
                        last=day(st["last_at"]),
                    ),
                    14,
                    key=f"station-numbers-{st['slug']}",
                ),
                text(t("coach-listening-by-language"), 13, color=MUTED, bold=True),
                *(lang_rows or [text(t("coach-none-yet"), 13)]),
                text(t("coach-plays-by-step"), 13, color=MUTED, bold=True),
                ft.Column(step_rows, spacing=4),
                ft.Container(bgcolor=SOFT, padding=8, border_radius=6, content=text(hint, 13)),
            ],
            spacing=6,
        ),
    )


def stations_section(t, overview: dict) -> ft.Control:
    stations = overview["stations"]
    body: list[ft.Control] = [text(t("coach-stations-help"), 13, color=MUTED)]
    body += [station_card(t, st) for st in stations] or [text(t("coach-none-yet"), 14)]
    return section(t("coach-stations-title"), body, key="stations")


@ft.component
def GoalsSection(cs: CoachState, cc: CoachCtx, pid: int):
    t = cc.t(cs)
    goals = (cs.overview or {}).get("goals") or []
    # Typed text lives in refs (no re-render per key); after adding, a new form
    # version gives the fields new keys, which empties them.
    new_goal = ft.use_ref("")
    new_subs = ft.use_ref("")
    drafts = ft.use_ref({})
    version, set_version = ft.use_state(0)
    # The coach says a goal in their own voice (the participant's phone plays it).
    studio = ft.use_memo(Studio, [])
    recording, set_recording = ft.use_state(None)  # (kind, id) being recorded

    def voice(kind: str, item: dict) -> ft.Control:
        """Listen to the goal's voice, and record it in the coach's own."""
        here = recording == (kind, item["id"])

        async def listen(_):
            if item.get("audio"):
                await studio.play(cs.api.absolute(item["audio"]))

        async def record(_):
            if here:
                take = await studio.stop()
                set_recording(None)
                if take is not None:
                    take.stop()
                    await cs.record_goal(pid, kind, item["id"], take.wav() if take.size else b"")
                return
            if recording is not None:
                return  # one take at a time
            if await studio.start(f"{kind}-{item['id']}"):
                set_recording((kind, item["id"]))
            else:
                cs.say("coach-goal-microphone", error=True)

        who = {"human": t("coach-goal-voice-human")}.get(
            item.get("audio_source") or "", t("coach-goal-voice-computer")
        )
        listen_label = f"{t('coach-goal-listen')} ({who})"
        record_label = t("coach-goal-stop") if here else t("coach-goal-record")
        return ft.Row(
            [
                # Named for screen readers (and tests): an icon alone has no name.
                ft.Semantics(
                    label=listen_label,
                    button=True,
                    container=True,
                    content=ft.IconButton(
                        ft.Icons.VOLUME_UP,
                        on_click=listen,
                        disabled=not item.get("audio"),
                        tooltip=listen_label if item.get("audio") else None,
                        key=f"listen-{kind}-{item['id']}",
                    ),
                ),
                ft.Semantics(
                    label=record_label,
                    button=True,
                    container=True,
                    content=ft.IconButton(
                        ft.Icons.STOP_CIRCLE if here else ft.Icons.MIC,
                        on_click=record,
                        icon_color=WARN if here else None,
                        tooltip=record_label,
                        key=f"record-{kind}-{item['id']}",
                    ),
                ),
            ],
            spacing=0,
            tight=True,
        )

    async def add_goal(_=None):
        if await cs.add_goal(pid, new_goal.current, new_subs.current.splitlines()):
            new_goal.current, new_subs.current = "", ""
            set_version(version + 1)

    def sub_line(s: dict) -> ft.Control:
        async def toggle(e):
            await cs.tick_subgoal(pid, s["id"], bool(e.control.value))

        if s["done_at"]:
            who = (
                t("coach-done-by-participant")
                if s["done_by"] == "participant"
                else t("coach-done-by-coach", name=s.get("done_by_coach_name") or "")
            )
            when = t("coach-subgoal-done", date=day(s["done_at"]), who=who)
        else:
            when = ""
        return ft.Row(
            [
                ft.Checkbox(
                    label=s["title"],
                    value=bool(s["done_at"]),
                    on_change=toggle,
                    key=f"subgoal-{s['id']}",
                ),
                voice("subgoals", s),
                text(when, 13, color=OK, key=f"subgoal-when-{s['id']}"),
            ],
            wrap=True,
            spacing=8,
        )

    def goal_card(g: dict) -> ft.Control:
        async def add_sub(_=None):
            if await cs.add_subgoal(pid, g["id"], drafts.current.get(g["id"], "")):
                drafts.current[g["id"]] = ""
                set_version(version + 1)

        return ft.Container(
            key=f"goal-{g['id']}",
            padding=12,
            border=ft.Border.all(1, LINE),
            border_radius=8,
            content=ft.Column(
                [
                    ft.Row(
                        [
                            text(g["title"], 17, bold=True),
                            voice("goals", g),
                            bar(g["done"] / g["total"] if g["total"] else 0, color=OK, width=120),
                            text(t("coach-steps-of", done=g["done"], total=g["total"]), 13),
                        ],
                        wrap=True,
                        spacing=10,
                    ),
                    *[sub_line(s) for s in g["subgoals"]],
                    ft.Row(
                        [
                            ft.TextField(
                                label=t("coach-new-subgoal"),
                                width=300,
                                dense=True,
                                key=f"new-subgoal-{g['id']}-{version}",
                                on_change=lambda e: drafts.current.__setitem__(
                                    g["id"], e.control.value
                                ),
                                on_submit=add_sub,
                            ),
                            ft.IconButton(
                                ft.Icons.ADD,
                                on_click=add_sub,
                                tooltip=t("coach-add"),
                                key=f"add-subgoal-{g['id']}",
                            ),
                        ],
                        wrap=True,
                    ),
                ],
                spacing=4,
            ),
        )

    body: list[ft.Control] = [
        text(t("coach-goals-help"), 13, color=MUTED),
        *([goal_card(g) for g in goals] or [text(t("coach-no-goals"), 14)]),
        ft.Container(
            padding=12,
            bgcolor=SOFT,
            border_radius=8,
            key="new-goal-form",
            content=ft.Column(
                [
                    text(t("coach-new-goal"), 15, bold=True),
                    ft.TextField(
                        label=t("coach-goal-title"),
                        key=f"new-goal-title-{version}",
                        max_length=200,
                        on_change=lambda e: setattr(new_goal, "current", e.control.value),
                    ),
                    ft.TextField(
                        label=t("coach-goal-subgoals"),
                        key=f"new-goal-subgoals-{version}",
                        multiline=True,
                        min_lines=2,
                        on_change=lambda e: setattr(new_subs, "current", e.control.value),
                    ),
                    button(
                        t("coach-add-goal"),
                        add_goal,
                        key="add-goal",
                        icon=ft.Icons.FLAG,
                        primary=True,
                    ),
                ],
                spacing=8,
            ),
        ),
    ]
    return section(t("coach-goals-title"), body, key="goals")


@ft.component
def ScalesSection(cs: CoachState, cc: CoachCtx, pid: int):
    t = cc.t(cs)
    history = (cs.overview or {}).get("scales") or {"scales": [], "series": {}}
    keys = cs.scale_keys or history.get("scales", [])
    first_day = ft.use_ref(date.today().isoformat()).current
    rated_on = ft.use_ref(first_day)
    values, set_values = ft.use_state({})

    async def save(_):
        if await cs.rate(pid, rated_on.current, values):
            set_values({})

    chart_rows = []
    for row in scale_chart(history):
        pts = [(d[5:], v, f"{d}: {v}") for d, v in row["points"]]
        change = row["change"]
        change_text = "" if change is None else (f"+{change}" if change > 0 else str(change))
        chart_rows.append(
            ft.Row(
                [
                    ft.Container(width=200, content=text(t(f"coach-scale-{row['scale']}"), 14)),
                    column_chart(
                        pts,
                        height=50,
                        max_value=10,
                        color="#00695C",
                        key=f"scale-chart-{row['scale']}",
                        bar_width=18,
                    )
                    if pts
                    else text("–", 14, color=MUTED),
                    text(
                        change_text,
                        15,
                        bold=True,
                        color=OK if (change or 0) > 0 else (WARN if (change or 0) < 0 else MUTED),
                    ),
                ],
                wrap=True,
                spacing=12,
                vertical_alignment=ft.CrossAxisAlignment.END,
            )
        )
    form = ft.Container(
        padding=12,
        bgcolor=SOFT,
        border_radius=8,
        key="rating-form",
        content=ft.Column(
            [
                text(t("coach-rate-title"), 15, bold=True),
                ft.TextField(
                    label=t("coach-date"),
                    value=first_day,
                    width=160,
                    key="rating-date",
                    on_change=lambda e: setattr(rated_on, "current", e.control.value),
                ),
                ft.Row(
                    [
                        ft.Dropdown(
                            label=t(f"coach-scale-{k}"),
                            width=210,
                            key=f"rate-{k}",
                            value=str(values[k]) if values.get(k) else None,
                            on_select=lambda e, k=k: set_values(
                                {**values, k: int(e.control.value)}
                            ),
                            options=[
                                ft.DropdownOption(key=str(n), text=str(n)) for n in range(1, 11)
                            ],
                        )
                        for k in keys
                    ],
                    wrap=True,
                    spacing=10,
                    run_spacing=10,
                ),
                button(
                    t("coach-rate-save"), save, key="rating-save", primary=True, icon=ft.Icons.SAVE
                ),
            ],
            spacing=8,
        ),
    )
    body = [text(t("coach-scales-help"), 13, color=MUTED)]
    if any(r["points"] for r in scale_chart(history)):
        body += chart_rows
    else:
        body.append(text(t("coach-no-ratings"), 14))
    body.append(form)
    return section(t("coach-scales-title"), body, key="scales")


# ------------------------------------------------------------------ the page


@ft.component
def ParticipantPage(cs: CoachState, cc: CoachCtx, pid_text: str):
    t = cc.t(cs)
    pid = int(pid_text) if pid_text.isdigit() else 0

    async def load():
        await cs.open_participant(pid)

    ft.use_effect(load, [pid])
    ov = cs.overview if cs.overview and cs.overview["participant"]["id"] == pid else None
    if ov is None:
        return coach_screen(
            cc,
            cs,
            t("coach-participant-loading"),
            [ft.ProgressRing()] if cs.busy else [],
            key="coach-participant",
        )
    p = ov["participant"]
    s = p["summary"]
    status = (
        t("coach-status-exited", reason=t(f"coach-exit-{p['exit_reason']}"))
        + f" ({day(p.get('exited_at'))})"
        if p.get("exit_reason")
        else t("coach-status-active")
        if p["is_active"]
        else t("coach-status-inactive")
    )
    facts = ft.Row(
        [
            text(lang_name(p["language"], t), 15),
            text(status, 15, color=OK if p["is_active"] else WARN, key="participant-status"),
            text(t("coach-enrolled-on", date=day(p["created_at"])), 15, color=MUTED),
            text(t("coach-last-activity", date=day(s["last_activity_at"])), 15, color=MUTED),
            ft.Row(
                [
                    bar(s["progress"], color=OK, width=160),
                    text(f"{round(s['progress'] * 100)} %", 14),
                ],
                spacing=6,
            ),
        ],
        wrap=True,
        spacing=18,
    )

    async def refresh(_):
        await cs.open_participant(pid)

    body = [
        ft.Row(
            [
                facts,
                ft.TextButton(
                    content=t("coach-refresh"),
                    icon=ft.Icons.REFRESH,
                    on_click=refresh,
                    key="refresh",
                ),
            ],
            wrap=True,
            spacing=18,
        ),
        Actions(cs, cc, p),
        activity_section(t, ov),
        checklists_section(t, ov),
        stations_section(t, ov),
        GoalsSection(cs, cc, pid),
        ScalesSection(cs, cc, pid),
    ]
    return coach_screen(cc, cs, p["display_name"], body, key="coach-participant")
