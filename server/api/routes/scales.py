"""Step movement: a fixed set of 1-10 scales, rated together on a date, charted over time.

Numbers only: there is no free-text field anywhere on a rating (no health records).
"""

from fastapi import APIRouter, Depends, HTTPException, status

from server.api.deps import CurrentCoach, Id, SessionDep, participant_or_404
from server.api.routes.auth import database_guard, unprocessable
from server.models.coaching import (
    SCALES,
    ScaleHistory,
    ScaleRating,
    ScaleRatingIn,
    ScaleRatingPublic,
)
from server.services import coaching
from server.services.accounts import AccountError

router = APIRouter(tags=["step movement"], dependencies=[Depends(database_guard)])


@router.get("/scales", response_model=list[str])
def read_scales(coach: CurrentCoach) -> list[str]:
    """The scale keys, in the order the chart and the rating form show them."""
    return list(SCALES)


@router.get("/participants/{participant_id}/scales", response_model=ScaleHistory)
def read_scale_history(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> ScaleHistory:
    """Every rating of the participant in date order, and one series per scale for the chart."""
    participant_or_404(session, coach, participant_id)
    return coaching.scale_history(session=session, participant_id=participant_id)


@router.post(
    "/participants/{participant_id}/scales",
    response_model=ScaleRatingPublic,
    status_code=status.HTTP_201_CREATED,
)
def create_scale_rating(
    participant_id: Id, body: ScaleRatingIn, coach: CurrentCoach, session: SessionDep
) -> ScaleRatingPublic:
    """Record ratings (1-10) given together on a date; unknown scales or values are a 422."""
    participant = participant_or_404(session, coach, participant_id)
    try:
        row = coaching.record_scales(
            session=session,
            participant=participant,
            rated_on=body.rated_on,
            ratings=body.ratings,
            by=coach,
        )
    except AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return coaching.scale_public(row)


@router.delete(
    "/participants/{participant_id}/scales/{rating_id}", status_code=status.HTTP_204_NO_CONTENT
)
def delete_scale_rating(
    participant_id: Id, rating_id: Id, coach: CurrentCoach, session: SessionDep
) -> None:
    """Remove a rating entered by mistake."""
    participant_or_404(session, coach, participant_id)
    row = session.get(ScaleRating, rating_id)
    if row is None or row.participant_id != participant_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such rating")
    session.delete(row)
    session.commit()
