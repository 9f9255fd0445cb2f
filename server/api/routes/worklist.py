"""The language-support worklist (issue 10): per language, what is missing, stale or
unreviewed, searchable and filterable; and the next text to record."""

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Response, status

from server.api.deps import CurrentCoach, SessionDep
from server.services import worklist as wl

router = APIRouter(prefix="/worklist", tags=["language support"])


def _http(e: wl.WorklistError) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


@router.get("")
def read_worklist(
    coach: CurrentCoach,
    session: SessionDep,
    language: str = Query(description="en ar fa so ti"),
    need: str | None = Query(None, description=", ".join(wl.NEEDS)),
    q: str | None = Query(None, max_length=100, description="search text, Swedish or item"),
    item_id: int | None = None,
    scope: str = Query("editable", description="editable (default) or all"),
) -> dict[str, Any]:
    """What is left to do in one language: counts per need and the rows, in station order."""
    try:
        return wl.worklist(
            session=session,
            coach=coach,
            language=language,
            need=need,
            q=q,
            item_id=item_id,
            scope=scope,
        )
    except wl.WorklistError as e:
        raise _http(e) from None


@router.get("/next")
def read_next_to_record(
    coach: CurrentCoach,
    session: SessionDep,
    language: str = Query(description="ar fa so ti"),
    after: str | None = Query(None, max_length=120, description="the text just recorded"),
    item_id: int | None = None,
):
    """The next text to record (no audio, or audio for an older wording); 204 when done."""
    try:
        row = wl.next_to_record(
            session=session, coach=coach, language=language, after=after, item_id=item_id
        )
    except wl.WorklistError as e:
        raise _http(e) from None
    if row is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return row
