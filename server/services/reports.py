"""The organisation report: participants by gender and exit reason, checklists completed,
stations used by language, for a period.

Small-count rule
----------------
On screen (JSON, for the organisation's own signed-in coaches) counts are exact.
In the CSV export, which is meant to travel outside the organisation view (to
ESF follow-up, to the municipality), every count under 5 (0 included) is
written "<5"; and where exactly one cell of a breakdown is hidden, that
breakdown's total is written "-" so the hidden cell cannot be found by
subtraction.

Everything is read from participant rows (a few hundred per organisation) and
the organisation's daily counts (bounded by days x catalog x languages), never
from the raw events.
"""

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from server.models import CatalogItem, CatalogText, Organisation, Participant
from server.models.accounts import EXIT_REASONS, GENDERS
from server.models.coaching import DailyCount

SMALL = 5
TITLE_LANGUAGE = "sv"


def _start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def _titles(session: Session, items: list[CatalogItem]) -> dict[int, str]:
    ids = {i.title_id: i.id for i in items}
    rows = (
        session.execute(
            select(CatalogText.text_id, CatalogText.text).where(
                col(CatalogText.text_id).in_(list(ids)), CatalogText.language == TITLE_LANGUAGE
            )
        ).all()
        if ids
        else []
    )
    out = {i.id: i.slug for i in items}
    out.update({ids[t]: text for t, text in rows})
    return out


def organisation_report(*, session: Session, organisation_id: int, start: date, end: date) -> dict:
    """The report as exact numbers (the on-screen table). See the module docstring."""
    org = session.get(Organisation, organisation_id)
    p = Participant
    # Took part in the period: enrolled by its end, not exited before its start.
    took_part = [
        p.organisation_id == organisation_id,
        col(p.created_at) < _start(end + timedelta(days=1)),
        or_(col(p.exited_at).is_(None), col(p.exited_at) >= start),
    ]
    by_gender = dict.fromkeys(GENDERS, 0)
    for gender, n in session.execute(
        select(p.gender, func.count()).where(*took_part).group_by(p.gender)
    ).all():
        by_gender[gender] = by_gender.get(gender, 0) + n

    exits = {(r, g): 0 for r in EXIT_REASONS for g in GENDERS}
    for reason, gender, n in session.execute(
        select(p.exit_reason, p.gender, func.count())
        .where(
            p.organisation_id == organisation_id,
            col(p.exited_at) >= start,
            col(p.exited_at) <= end,
        )
        .group_by(p.exit_reason, p.gender)
    ).all():
        exits[(reason, gender)] = exits.get((reason, gender), 0) + n
    by_reason = dict.fromkeys(EXIT_REASONS, 0)
    for (reason, _), n in exits.items():
        by_reason[reason] = by_reason.get(reason, 0) + n

    d = DailyCount
    in_period = [d.organisation_id == organisation_id, d.day >= start, d.day <= end]
    completed = dict(
        session.execute(
            select(d.item_id, func.sum(d.count))
            .where(*in_period, d.kind == "checklist_completed")
            .group_by(d.item_id)
        ).all()
    )
    station_rows = session.execute(
        select(d.item_id, d.language, d.kind, func.sum(d.count))
        .join(CatalogItem, col(CatalogItem.id) == d.item_id)
        .where(
            *in_period,
            CatalogItem.kind == "station",
            col(d.kind).in_(("station_opened", "audio_played")),
        )
        .group_by(d.item_id, d.language, d.kind)
    ).all()

    items = (
        session.execute(
            select(CatalogItem)
            .where(col(CatalogItem.kind).in_(("checklist", "station")))
            .order_by(CatalogItem.position, CatalogItem.id)
        )
        .scalars()
        .all()
    )
    titles = _titles(session, list(items))
    stations: dict[tuple[int, str], dict[str, int]] = {}
    for item_id, language, kind, n in station_rows:
        cell = stations.setdefault((item_id, language), {"opens": 0, "plays": 0})
        cell["opens" if kind == "station_opened" else "plays"] += int(n)
    slug = {i.id: i.slug for i in items}
    position = {i.id: n for n, i in enumerate(items)}
    return {
        "organisation": {"id": org.id, "name": org.name},
        "from": start.isoformat(),
        "to": end.isoformat(),
        "participants": {
            "total": sum(by_gender.values()),
            "by_gender": [{"gender": g, "count": n} for g, n in by_gender.items()],
        },
        "exits": {
            "total": sum(by_reason.values()),
            "by_reason": [{"reason": r, "count": n} for r, n in by_reason.items()],
            "by_reason_and_gender": [
                {"reason": r, "gender": g, "count": n} for (r, g), n in exits.items()
            ],
        },
        "checklists_completed": {
            "total": int(sum(completed.values())),
            "by_checklist": [
                {
                    "item_id": i.id,
                    "slug": i.slug,
                    "title": titles[i.id],
                    "count": int(completed.get(i.id, 0)),
                }
                for i in items
                if i.kind == "checklist"
            ],
        },
        "stations_by_language": [
            {
                "item_id": item_id,
                "slug": slug[item_id],
                "title": titles[item_id],
                "language": language,
                **cell,
            }
            for (item_id, language), cell in sorted(
                stations.items(), key=lambda kv: (position[kv[0][0]], kv[0][1])
            )
        ],
        "small_count_rule": (
            "Exact counts on screen for the organisation's own coaches; in the CSV export "
            "counts under 5 are written '<5'."
        ),
    }


def shown(n: int) -> str:
    """A count as exported outside the organisation view."""
    return str(n) if n >= SMALL else f"<{SMALL}"


def _breakdown(writer, section: str, cells: list[tuple[str, str, int]], total: int) -> None:
    hidden = sum(1 for *_, n in cells if n < SMALL)
    for group, sub, n in cells:
        writer.writerow([section, group, sub, shown(n)])
    # One hidden cell could be recovered from an exact total: hide the total then.
    writer.writerow([section, "total", "", "-" if hidden == 1 else shown(total)])


def report_csv(report: dict) -> str:
    """The report as CSV with the small-count rule applied (see the module docstring)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "group", "subgroup", "count"])
    w.writerow(["period", report["from"], report["to"], ""])
    _breakdown(
        w,
        "participants_by_gender",
        [(c["gender"], "", c["count"]) for c in report["participants"]["by_gender"]],
        report["participants"]["total"],
    )
    _breakdown(
        w,
        "exits_by_reason",
        [(c["reason"], "", c["count"]) for c in report["exits"]["by_reason"]],
        report["exits"]["total"],
    )
    for c in report["exits"]["by_reason_and_gender"]:
        w.writerow(["exits_by_reason_and_gender", c["reason"], c["gender"], shown(c["count"])])
    _breakdown(
        w,
        "checklists_completed",
        [(c["slug"], "", c["count"]) for c in report["checklists_completed"]["by_checklist"]],
        report["checklists_completed"]["total"],
    )
    for c in report["stations_by_language"]:
        w.writerow(["station_opens_by_language", c["slug"], c["language"], shown(c["opens"])])
        w.writerow(["station_plays_by_language", c["slug"], c["language"], shown(c["plays"])])
    return out.getvalue()
