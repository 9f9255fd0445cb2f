"""All routers, put together in one place."""

from fastapi import APIRouter, Depends

from server.api.deps import require_coach_role
from server.api.routes import (
    auth,
    authoring,
    cards,
    catalog,
    clip_reviews,
    coaches,
    coverage,
    organisations,
    packs,
    participant_data,
    participants,
    plans,
    progress,
    recordings,
    reports,
    scales,
    texts,
    worklist,
)

# Issue 10: routes about participants need the coach (or admin) role.
COACH_ONLY = [Depends(require_coach_role)]

api_router = APIRouter(prefix="/api")
api_router.include_router(catalog.router)
api_router.include_router(progress.router)

api_router.include_router(auth.router)
api_router.include_router(organisations.router)
api_router.include_router(coaches.router)
api_router.include_router(participants.router, dependencies=COACH_ONLY)
api_router.include_router(participants.self_router)

# Speech: human recordings, review of texts, coverage (issue 3).
api_router.include_router(recordings.router)
api_router.include_router(texts.router)
api_router.include_router(clip_reviews.router)  # computer voices: approve/reject
api_router.include_router(coverage.router)

# The coach's side (issue 5): participant page, data rights, goal plan, scales, reports.
api_router.include_router(participant_data.router, dependencies=COACH_ONLY)
api_router.include_router(plans.router, dependencies=COACH_ONLY)
api_router.include_router(plans.self_router)
api_router.include_router(scales.router, dependencies=COACH_ONLY)
api_router.include_router(reports.router, dependencies=COACH_ONLY)
api_router.include_router(cards.router, dependencies=COACH_ONLY)  # printable sign-in cards

# Issue 10: each organisation writes its own stations, checklists and guides.
api_router.include_router(authoring.router)
api_router.include_router(worklist.router)
api_router.include_router(packs.router)
