"""The organisation report for a period: on screen (exact counts, the organisation's
own view) and as CSV (counts under 5 shown as "<5" by the server)."""

from datetime import date

import flet as ft

from client.coach_state import CoachState, shares
from client.i18n import LANGS
from client.views.coach.common import (
    LANG_COLORS,
    LINE,
    MUTED,
    CoachCtx,
    bar,
    button,
    coach_screen,
    section,
    text,
)


def table(headers: list[str], rows: list[list], *, key: str) -> ft.Control:
    return ft.DataTable(
        key=key,
        border=ft.Border.all(1, LINE),
        heading_row_height=36,
        data_row_min_height=32,
        data_row_max_height=40,
        column_spacing=24,
        columns=[
            ft.DataColumn(
                label=text(h, 13, bold=True),
                numeric=i > 0 and h != "" and all(isinstance(r[i], int) for r in rows),
            )
            for i, h in enumerate(headers)
        ],
        rows=[ft.DataRow(cells=[ft.DataCell(text(c, 14)) for c in r]) for r in rows],
    )


def bars(pairs: dict[str, int], label, *, colors=None) -> list[ft.Control]:
    return [
        ft.Row(
            [
                ft.Container(width=180, content=text(label(k), 14)),
                bar(share, width=240, color=(colors or {}).get(k, "#0B3D91")),
                text(v, 14, bold=True),
            ],
            spacing=10,
        )
        for k, v, share in shares(pairs)
    ]


@ft.component
def ReportView(cs: CoachState, cc: CoachCtx):
    t = cc.t(cs)
    today = date.today()
    # The typed period lives in refs; the fields get only their first text.
    first = ft.use_ref((date(today.year, 1, 1).isoformat(), today.isoformat())).current
    start = ft.use_ref(first[0])
    end = ft.use_ref(first[1])

    async def show(_=None):
        await cs.load_report(start.current, end.current)

    async def csv(_):
        data = await cs.report_csv(start.current, end.current)
        if data:
            await cc.save(data, f"stegvis-report-{start.current}-{end.current}.csv")

    async def first_load():
        if cs.report is None:
            await show()

    ft.on_mounted(first_load)
    period = ft.Row(
        [
            ft.TextField(
                label=t("coach-from"),
                value=first[0],
                width=160,
                key="report-from",
                on_change=lambda e: setattr(start, "current", e.control.value),
                on_submit=show,
            ),
            ft.TextField(
                label=t("coach-to"),
                value=first[1],
                width=160,
                key="report-to",
                on_change=lambda e: setattr(end, "current", e.control.value),
                on_submit=show,
            ),
            button(
                t("coach-report-show"),
                show,
                key="report-show",
                primary=True,
                icon=ft.Icons.BAR_CHART,
            ),
            button(t("coach-report-csv"), csv, key="report-csv", icon=ft.Icons.DOWNLOAD),
        ],
        wrap=True,
        spacing=10,
        run_spacing=8,
    )
    body: list[ft.Control] = [period, text(t("coach-report-small-counts"), 13, color=MUTED)]
    r = cs.report
    if r:
        gender = {g["gender"]: g["count"] for g in r["participants"]["by_gender"]}
        reasons = {x["reason"]: x["count"] for x in r["exits"]["by_reason"]}
        body += [
            text(
                t(
                    "coach-report-period",
                    org=r["organisation"]["name"],
                    start=r["from"],
                    end=r["to"],
                ),
                15,
                key="report-period",
            ),
            section(
                t("coach-report-participants", total=r["participants"]["total"]),
                bars(gender, lambda g: t(f"coach-gender-{g}")),
                key="report-gender",
            ),
            section(
                t("coach-report-exits", total=r["exits"]["total"]),
                [
                    *bars(reasons, lambda x: t(f"coach-exit-{x}")),
                    *(
                        [
                            table(
                                [t("coach-exit-reason"), t("coach-field-gender"), t("coach-count")],
                                [
                                    [
                                        t(f"coach-exit-{c['reason']}"),
                                        t(f"coach-gender-{c['gender']}"),
                                        c["count"],
                                    ]
                                    for c in r["exits"]["by_reason_and_gender"]
                                ],
                                key="report-exits-table",
                            )
                        ]
                        if r["exits"]["by_reason_and_gender"]
                        else []
                    ),
                ],
                key="report-exits",
            ),
            section(
                t("coach-report-checklists", total=r["checklists_completed"]["total"]),
                [
                    table(
                        [t("coach-checklist"), t("coach-count")],
                        [
                            [c["title"], c["count"]]
                            for c in r["checklists_completed"]["by_checklist"]
                        ],
                        key="report-checklists-table",
                    ),
                ],
                key="report-checklists",
            ),
            section(
                t("coach-report-stations"),
                [
                    text(t("coach-report-stations-help"), 13, color=MUTED),
                    *bars(
                        {s["language"]: s["opens"] for s in _by_language(r)},
                        lambda c: LANGS[c].native_name if c in LANGS else c or "–",
                        colors=LANG_COLORS,
                    ),
                    table(
                        [
                            t("coach-station"),
                            t("coach-language"),
                            t("coach-opens"),
                            t("coach-plays"),
                        ],
                        [
                            [s["title"], s["language"] or "–", s["opens"], s["plays"]]
                            for s in r["stations_by_language"]
                        ],
                        key="report-stations-table",
                    ),
                ],
                key="report-stations",
            ),
        ]
    return coach_screen(cc, cs, t("coach-report-title"), body, key="coach-report")


def _by_language(report: dict) -> list[dict]:
    totals: dict[str, int] = {}
    for s in report["stations_by_language"]:
        totals[s["language"]] = totals.get(s["language"], 0) + s["opens"]
    return [{"language": k, "opens": v} for k, v in totals.items()]
