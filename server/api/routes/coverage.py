"""Speech coverage for coaches: per language, what has audio from which source."""

from typing import Any

from fastapi import APIRouter, HTTPException, Query

from server.api.deps import CurrentCoach, SessionDep
from server.services.coverage import REPORT_LANGUAGES, coverage_report

router = APIRouter(prefix="/coverage", tags=["coverage"])


@router.get("")
def read_coverage(
    coach: CurrentCoach,
    session: SessionDep,
    language: str | None = Query(None, description="One of sv ar fa so ti; all when left out"),
) -> dict[str, Any]:
    """Audio coverage per language and source, with what is missing and what is stale."""
    if language is not None and language not in REPORT_LANGUAGES:
        raise HTTPException(
            422,
            detail=f"Unknown language {language!r}: use one of {', '.join(REPORT_LANGUAGES)}.",
        )
    report = coverage_report(session=session, languages=[language] if language else None)
    return {**report.as_dict(), "summary": report.summary()}
