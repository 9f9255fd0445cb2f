"""A participant's page, and their data rights: export and erasure.

Each of these is logged in the audit log (viewed / exported / erased). Another
organisation's participant, or an erased one, answers 404 like one that never existed.
"""

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from server.api.deps import CurrentCoach, Id, SessionDep, participant_or_404
from server.api.routes.auth import database_guard
from server.models.coaching import ParticipantOverview
from server.services import coaching, data_rights

router = APIRouter(
    prefix="/participants", tags=["participants"], dependencies=[Depends(database_guard)]
)


@router.get("/{participant_id}/overview", response_model=ParticipantOverview)
def read_participant_overview(
    participant_id: Id,
    coach: CurrentCoach,
    session: SessionDep,
    weeks: Annotated[int, Query(ge=1, le=104, description="weeks in the activity chart")] = 26,
) -> ParticipantOverview:
    """The participant's page in one request: checklists, stations (per step and language),
    weekly activity, goal plan and scale history. Logged as "viewed"."""
    participant = participant_or_404(session, coach, participant_id)
    return coaching.overview(session=session, participant=participant, by=coach, weeks=weeks)


@router.get(
    "/{participant_id}/export",
    responses={200: {"content": {"application/json": {}}, "description": "one JSON file"}},
)
def read_participant_export(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> Response:
    """Everything stored about the participant as one JSON file with a readable `summary`.
    Logged as "exported"."""
    participant = participant_or_404(session, coach, participant_id)
    document = data_rights.export_participant(session=session, participant=participant, by=coach)
    name = f"stegvis-participant-{participant_id}.json"
    return Response(
        json.dumps(document, ensure_ascii=False, indent=2),
        media_type="application/json; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.delete("/{participant_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_participant(participant_id: Id, coach: CurrentCoach, session: SessionDep) -> None:
    """Erase the participant's data on request; aggregated counts stay. Logged as "erased"."""
    participant = participant_or_404(session, coach, participant_id)
    data_rights.erase_participant(session=session, participant=participant, by=coach)
