"""The signed-in coach's organisation. Organisations are made with `stegvis create-coach`."""

from fastapi import APIRouter, Depends

from server.api.deps import CurrentCoach, SessionDep
from server.api.routes.auth import database_guard
from server.models import Organisation, OrganisationPublic

router = APIRouter(
    prefix="/organisations", tags=["organisations"], dependencies=[Depends(database_guard)]
)


@router.get("/me", response_model=OrganisationPublic)
def read_organisation(coach: CurrentCoach, session: SessionDep) -> OrganisationPublic:
    """The organisation the signed-in coach belongs to."""
    return OrganisationPublic.model_validate(session.get(Organisation, coach.organisation_id))
