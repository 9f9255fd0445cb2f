"""The participant's personal sign-in card as a PDF, for the coach to print.

POST, not GET: making a card issues a new token, so every earlier card (and the
device signed in with it) stops working at once. The token exists only inside
the PDF's QR code; it is never shown as text nor kept anywhere but as a hash.
"""

from fastapi import APIRouter, Depends, HTTPException, Response, status

from server.api.deps import CurrentCoach, Id, SessionDep, SettingsDep, participant_or_404
from server.api.routes.auth import database_guard, unprocessable
from server.api.routes.participants import ValidDays
from server.services import audit
from server.services.qr import issue_signin_card

router = APIRouter(
    prefix="/participants", tags=["participants"], dependencies=[Depends(database_guard)]
)


@router.post(
    "/{participant_id}/card",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {}}, "description": "the A6 card, one page"},
        404: {"description": "No such participant (or another organisation's)"},
        409: {"description": "Participant is deactivated"},
    },
)
def create_participant_card(
    participant_id: Id,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    valid_days: ValidDays = None,
) -> Response:
    """Reissue the participant's sign-in token and answer their printable card (PDF)."""
    participant = participant_or_404(session, coach, participant_id)
    if not participant.is_active:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "The participant is deactivated: reactivate them first"
        )
    try:
        # A sync handler: FastAPI runs it in a worker thread, so rendering never
        # blocks the event loop.
        pdf = issue_signin_card(
            session=session, participant=participant, settings=settings, valid_days=valid_days
        )
    except ValueError as exc:
        raise unprocessable("participant", str(exc)) from None
    audit.record(session=session, coach=coach, action="card_issued", participant_id=participant.id)
    session.commit()
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="stegvis-card-{participant.id}.pdf"',
            "Cache-Control": "no-store",  # the PDF holds a live token
        },
    )
