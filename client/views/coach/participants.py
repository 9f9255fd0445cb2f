"""The participant list (search, filter, a row per person with the summary at a
glance) and the enrol form."""

import flet as ft

from client.coach_state import GENDERS, SHOW, CoachState
from client.i18n import LANGS, PARTICIPANT_LANGS
from client.views.coach.common import (
    BRAND,
    LINE,
    MUTED,
    OK,
    SOFT,
    CoachCtx,
    bar,
    button,
    coach_screen,
    day,
    section,
    text,
)


def cell(label: str, value: ft.Control, width: int) -> ft.Control:
    return ft.Container(
        width=width, content=ft.Column([text(label, 12, color=MUTED), value], spacing=2)
    )


def participant_row(cc: CoachCtx, cs: CoachState, row: dict) -> ft.Control:
    t = cc.t(cs)
    s = row["summary"]
    pid = row["id"]
    if row.get("exit_reason"):
        status = t("coach-status-exited", reason=t(f"coach-exit-{row['exit_reason']}"))
    elif not row["is_active"]:
        status = t("coach-status-inactive")
    else:
        status = LANGS.get(row["language"]).native_name if row["language"] in LANGS else ""
    return ft.Container(
        key=f"row-{pid}",
        padding=12,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        bgcolor=ft.Colors.WHITE if row["is_active"] else SOFT,
        ink=True,
        on_click=lambda _: cc.page.navigate(f"/coach/participant/{pid}"),
        content=ft.Row(
            [
                ft.Container(
                    width=240,
                    content=ft.Column(
                        [
                            text(row["display_name"], 18, bold=True, color=BRAND),
                            text(status, 13, color=MUTED),
                        ],
                        spacing=2,
                    ),
                ),
                cell(
                    t("coach-col-last-activity"),
                    text(
                        day(s["last_activity_at"]) if s["last_activity_at"] else t("coach-never"),
                        15,
                    ),
                    120,
                ),
                cell(
                    t("coach-col-checklists"),
                    text(
                        t(
                            "coach-done-of-started",
                            done=s["checklists_done"],
                            started=s["checklists_started"],
                        ),
                        15,
                    ),
                    150,
                ),
                cell(t("coach-col-stations"), text(s["stations_used"], 15), 90),
                cell(
                    t("coach-col-progress"),
                    ft.Row(
                        [
                            bar(s["progress"], color=OK, width=150),
                            text(f"{round(s['progress'] * 100)} %", 13),
                        ],
                        spacing=6,
                    ),
                    220,
                ),
            ],
            wrap=True,
            spacing=12,
            run_spacing=6,
        ),
    )


@ft.component
def ParticipantList(cs: CoachState, cc: CoachCtx):
    t = cc.t(cs)

    async def first_load():
        await cs.load_participants()

    ft.on_mounted(first_load)

    async def on_search(e):
        await cs.search(e.control.value)

    async def on_show(e):
        await cs.set_show(e.control.data)

    filters = ft.Row(
        [
            # value is only the starting text: see client/views/coach/common.py on typing.
            ft.TextField(
                label=t("coach-search"),
                value=ft.use_ref(cs.query).current,
                key="coach-search",
                width=320,
                prefix_icon=ft.Icons.SEARCH,
                on_change=on_search,
                dense=True,
            ),
            ft.Row(
                [
                    ft.Button(
                        content=t(f"coach-show-{name}"),
                        data=name,
                        on_click=on_show,
                        key=f"show-{name}",
                        bgcolor=BRAND if cs.show == name else None,
                        color=ft.Colors.WHITE if cs.show == name else None,
                    )
                    for name in SHOW
                ],
                spacing=6,
                wrap=True,
            ),
            button(
                t("coach-enrol"),
                lambda _: cc.page.navigate("/coach/enrol"),
                key="open-enrol",
                icon=ft.Icons.PERSON_ADD,
                primary=True,
            ),
        ],
        wrap=True,
        spacing=12,
        run_spacing=8,
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
    )
    rows = [participant_row(cc, cs, r) for r in cs.rows]
    body = [
        filters,
        text(
            t("coach-list-count", shown=len(cs.rows), total=cs.total),
            14,
            color=MUTED,
            key="coach-list-count",
        ),
        *(rows or [text(t("coach-list-empty"), 16)]),
    ]
    return coach_screen(cc, cs, t("coach-participants-title"), body, key="coach-list")


@ft.component
def EnrolView(cs: CoachState, cc: CoachCtx):
    t = cc.t(cs)
    name = ft.use_ref("")
    lang, set_lang = ft.use_state("ar")
    coach_id, set_coach_id = ft.use_state("")
    gender, set_gender = ft.use_state("unspecified")

    async def first_load():
        await cs.load_coaches()

    ft.on_mounted(first_load)

    async def submit(_=None):
        created = await cs.enrol(
            display_name=name.current,
            language=lang,
            coach_id=int(coach_id) if coach_id else None,
            gender=gender,
        )
        if created:
            cc.page.navigate(f"/coach/participant/{created['id']}")

    form = section(
        t("coach-enrol-title"),
        [
            text(t("coach-enrol-privacy"), 14, color=MUTED),
            ft.TextField(
                label=t("coach-field-name"),
                key="enrol-name",
                max_length=80,
                on_change=lambda e: setattr(name, "current", e.control.value),
                on_submit=submit,
            ),
            ft.Dropdown(
                label=t("coach-field-language"),
                value=lang,
                key="enrol-language",
                width=320,
                on_select=lambda e: set_lang(e.control.value),
                options=[
                    ft.DropdownOption(key=c, text=f"{LANGS[c].native_name} ({c})")
                    for c in PARTICIPANT_LANGS
                ],
            ),
            ft.Dropdown(
                label=t("coach-field-coach"),
                value=coach_id,
                key="enrol-coach",
                width=320,
                on_select=lambda e: set_coach_id(e.control.value or ""),
                options=[
                    ft.DropdownOption(key="", text=t("coach-field-coach-me")),
                    *[
                        ft.DropdownOption(key=str(c["id"]), text=c["display_name"])
                        for c in cs.coaches
                        if c.get("is_active", True)
                    ],
                ],
            ),
            ft.Dropdown(
                label=t("coach-field-gender"),
                value=gender,
                key="enrol-gender",
                width=320,
                on_select=lambda e: set_gender(e.control.value),
                options=[ft.DropdownOption(key=g, text=t(f"coach-gender-{g}")) for g in GENDERS],
            ),
            text(t("coach-field-gender-why"), 13, color=MUTED),
            ft.Row(
                [
                    button(
                        t("coach-enrol-submit"),
                        submit,
                        key="enrol-submit",
                        primary=True,
                        icon=ft.Icons.PERSON_ADD,
                        disabled=cs.busy,
                    ),
                    ft.TextButton(
                        content=t("coach-cancel"),
                        on_click=lambda _: cc.page.navigate("/coach"),
                        key="enrol-cancel",
                    ),
                ],
                wrap=True,
            ),
        ],
        key="enrol-form",
    )
    return coach_screen(cc, cs, t("coach-enrol-title"), [form], key="coach-enrol")
