"""The organisation report (on-screen JSON or CSV download) and the audit log.

Small-count rule: the JSON is for the organisation's own signed-in coaches and
shows exact counts; the CSV download is meant for use outside the organisation
view, so there every count under 5 is "<5" (details in server/services/reports.py).
"""

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from server.api.deps import MAX_ID, CurrentCoach, Id, SessionDep
from server.api.routes.auth import database_guard, unprocessable
from server.models._dates import Day
from server.models.coaching import AUDIT_ACTIONS, AuditEntryPublic, AuditPage
from server.services import audit, reports
from server.services.rollups import aware

router = APIRouter(tags=["reports"], dependencies=[Depends(database_guard)])

MAX_PERIOD = timedelta(days=3 * 366)


@router.get(
    "/reports/organisation",
    response_model=None,
    responses={200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv"}},
)
def read_organisation_report(
    coach: CurrentCoach,
    session: SessionDep,
    start: Annotated[
        Day | None, Query(alias="from", description="first day, YYYY-MM-DD (default: 1 Jan)")
    ] = None,
    end: Annotated[
        Day | None,
        Query(alias="to", description="last day, included, YYYY-MM-DD (default: today)"),
    ] = None,
    format: Annotated[Literal["json", "csv"], Query()] = "json",
) -> Response | dict:
    """The organisation's report for a period: exact JSON, or CSV with counts under 5 as "<5".

    JSON keys: organisation, from, to, participants {total, by_gender[]}, exits
    {total, by_reason[], by_reason_and_gender[]}, checklists_completed {total,
    by_checklist[]}, stations_by_language [{slug, title, language, opens, plays}].
    """
    today = datetime.now(UTC).date()
    end = end or today
    start = start or date(end.year, 1, 1)
    if start > end:
        raise unprocessable("from", "'from' is after 'to'.", where="query")
    if end - start > MAX_PERIOD:
        raise unprocessable("from", "The period is longer than three years.", where="query")
    report = reports.organisation_report(
        session=session, organisation_id=coach.organisation_id, start=start, end=end
    )
    if format == "csv":
        name = f"stegvis-report-{start.isoformat()}-{end.isoformat()}.csv"
        return Response(
            reports.report_csv(report),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    return report


@router.get(
    "/audit",
    response_model=AuditPage,
    responses={403: {"description": "Not an organisation admin"}},
)
def read_audit(
    coach: CurrentCoach,
    session: SessionDep,
    action: Annotated[Literal[AUDIT_ACTIONS] | None, Query()] = None,  # type: ignore[valid-type]
    participant_id: Id | None = None,
    coach_id: Id | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> AuditPage:
    """Who viewed, exported or erased whose data in the organisation, newest first (admins only)."""
    if not coach.is_admin:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "Only an organisation admin can read the audit log"
        )
    total, rows = audit.list_entries(
        session=session,
        organisation_id=coach.organisation_id,
        action=action,
        participant_id=participant_id,
        coach_id=coach_id,
        limit=limit,
        offset=offset,
    )
    return AuditPage(
        total=total,
        entries=[
            AuditEntryPublic(
                id=e.id,
                at=aware(e.at),
                action=e.action,
                coach_id=e.coach_id,
                coach_name=name,
                participant_id=e.participant_id,
                subject=e.subject,
            )
            for e, name in rows
        ],
    )
