"""Catalog texts for language-support staff: what needs review, correct, mark reviewed.

One row per text carries the text, its Swedish source, where it appears, its
review state and its audio (what plays, from which source, what is stale), so
a reviewer reads, corrects, marks and records in one place.
"""

from typing import Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from server.api.deps import CurrentCoach, SessionDep
from server.core.config import SOURCE_LANGUAGE
from server.models import TextEventPublic
from server.services import audit, authoring, review, roles

router = APIRouter(prefix="/texts", tags=["texts"])


class TextUpdate(BaseModel):
    """A correction and/or a review mark; leave out what does not change."""

    text: str | None = Field(default=None, max_length=review.MAX_TEXT_CHARS)
    review_status: str | None = Field(default=None, description="'reviewed' or 'draft'")
    base_sha: str | None = Field(
        default=None, description="text_sha of the wording you edited; 409 if it has changed"
    )


def _http(e: review.ReviewError) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


def guard_text(session, coach, text_id: str, *, change: bool) -> roles.Owner:
    """Issue 10: 403 unless the coach may see (change=False) or change the text."""
    try:
        if change:
            return roles.ensure_can_change_text(session=session, coach=coach, text_id=text_id)
        return roles.ensure_can_see_text(session=session, coach=coach, text_id=text_id)
    except roles.Forbidden as e:
        raise HTTPException(e.status_code, detail=e.detail) from None


def _one(session, text_id: str, language: str) -> dict[str, Any]:
    rows = review.text_rows(session=session, language=language, text_ids=[text_id])
    if not rows:
        raise HTTPException(404, detail=f"There is no text {text_id!r} in language {language!r}.")
    events = review.history(session=session, text_id=text_id, language=language)
    return {
        **rows[0],
        "history": [TextEventPublic.model_validate(e, from_attributes=True) for e in events],
    }


@router.get("")
def read_texts(
    coach: CurrentCoach,
    session: SessionDep,
    language: str = Query(description="Language code: sv en ar fa so ti"),
    status: str | None = Query(None, description="source, draft or reviewed"),
) -> list[dict[str, Any]]:
    """Read-aloud texts in one language (e.g. status=draft: what needs review)."""
    try:
        rows = review.text_rows(session=session, language=language, status=status)
    except review.ReviewError as e:
        raise _http(e) from None
    # Issue 10: the organisation's own texts and the library's, each saying if it may change.
    owners = roles.text_owners(session=session)
    out = []
    for row in rows:
        owner = owners.get(row["text_id"], roles.LIBRARY)
        if roles.can_see(coach, owner):
            out.append(
                {**row, "owner": owner.organisation_id, "editable": roles.can_change(coach, owner)}
            )
    return out


@router.get("/{text_id}/{language}")
def read_text(text_id: str, language: str, coach: CurrentCoach, session: SessionDep):
    """One text with its Swedish source, review state, audio and history."""
    owner = guard_text(session, coach, text_id, change=False)
    try:
        review.get_text(session=session, text_id=text_id, language=language)
    except review.ReviewError as e:
        raise _http(e) from None
    return {
        **_one(session, text_id, language),
        "owner": owner.organisation_id,
        "editable": roles.can_change(coach, owner),
    }


@router.patch("/{text_id}/{language}")
def update_text(
    text_id: str, language: str, body: TextUpdate, coach: CurrentCoach, session: SessionDep
):
    """Correct the text and/or mark it reviewed (kept with who and when)."""
    owner = guard_text(session, coach, text_id, change=True)
    # Written by update_text's commit, only when something changed (issue 10).
    audit.record(
        session=session, coach=coach, action="text_changed", subject=f"text {text_id}/{language}"
    )
    before = None
    if language == SOURCE_LANGUAGE and body.text is not None:
        before = review.get_text(session=session, text_id=text_id, language=language).text
    try:
        row = review.update_text(
            session=session,
            text_id=text_id,
            language=language,
            change=review.Change(body.text, body.review_status, body.base_sha),
            by=coach.email,
        )
    except review.ReviewError as e:
        raise _http(e) from None
    if before is not None and row.text != before:
        # Issue 10: a changed Swedish source sends every translation back for review.
        authoring.translations_follow(session=session, text_id=text_id, by=coach.email)
        session.commit()
    return {**_one(session, text_id, language), "owner": owner.organisation_id, "editable": True}
