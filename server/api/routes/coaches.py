"""Coaches of the signed-in coach's organisation; an organisation admin adds them."""

from fastapi import APIRouter, Depends, HTTPException, status

from server.api.deps import CurrentCoach, Id, SessionDep
from server.api.routes.auth import database_guard, unprocessable
from server.models import Coach, CoachCreate, CoachPublic, Organisation
from server.models.accounts import CoachUpdate
from server.services import accounts

NOT_FOUND = "No such coach"

router = APIRouter(prefix="/coaches", tags=["coaches"], dependencies=[Depends(database_guard)])


def _require_admin(coach: Coach) -> None:
    if not coach.is_admin:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "Only an organisation admin can manage coaches"
        )


def _own(session, by: Coach, coach_id: int) -> Coach:
    coach = accounts.get_coach(
        session=session, organisation_id=by.organisation_id, coach_id=coach_id
    )
    if coach is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return coach


@router.get("", response_model=list[CoachPublic])
def read_coaches(coach: CurrentCoach, session: SessionDep) -> list[CoachPublic]:
    """The coaches of the signed-in coach's organisation."""
    rows = accounts.list_coaches(session=session, organisation_id=coach.organisation_id)
    return [CoachPublic.model_validate(c) for c in rows]


@router.post(
    "",
    response_model=CoachPublic,
    status_code=status.HTTP_201_CREATED,
    responses={
        403: {"description": "Not an organisation admin"},
        409: {"description": "Email taken"},
    },
)
def create_coach(body: CoachCreate, coach: CurrentCoach, session: SessionDep) -> CoachPublic:
    """Add a coach to the admin's own organisation (organisation admins only)."""
    _require_admin(coach)
    organisation = session.get(Organisation, coach.organisation_id)
    try:
        created = accounts.create_coach(
            session=session,
            organisation=organisation,
            email=body.email,
            display_name=body.display_name,
            password=body.password,
            is_admin=body.is_admin,
            is_coach=body.is_coach,
            is_language_support=body.is_language_support,
        )
    except accounts.DuplicateError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    except accounts.AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return CoachPublic.model_validate(created)


@router.get("/{coach_id}", response_model=CoachPublic)
def read_coach(coach_id: Id, coach: CurrentCoach, session: SessionDep) -> CoachPublic:
    """One coach of the signed-in coach's organisation."""
    return CoachPublic.model_validate(_own(session, coach, coach_id))


@router.patch(
    "/{coach_id}",
    response_model=CoachPublic,
    responses={403: {"description": "Not an organisation admin"}},
)
def update_coach(
    coach_id: Id, body: CoachUpdate, coach: CurrentCoach, session: SessionDep
) -> CoachPublic:
    """Rename, make admin, or deactivate a coach of the admin's organisation (admins only)."""
    # 404 before 403: a non-admin learns nothing about other organisations' ids either.
    target = _own(session, coach, coach_id)
    _require_admin(coach)
    try:
        updated = accounts.update_coach(session=session, coach=target, data=body, by=coach)
    except accounts.AccountError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    return CoachPublic.model_validate(updated)
