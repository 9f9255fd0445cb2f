"""All routers, put together in one place."""

from fastapi import APIRouter

from server.api.routes import (
    auth,
    cards,
    catalog,
    clip_reviews,
    coaches,
    coverage,
    organisations,
    participant_data,
    participants,
    plans,
    progress,
    recordings,
    reports,
    scales,
    texts,
)

api_router = APIRouter(prefix="/api")
api_router.include_router(catalog.router)
api_router.include_router(progress.router)

api_router.include_router(auth.router)
api_router.include_router(organisations.router)
api_router.include_router(coaches.router)
api_router.include_router(participants.router)
api_router.include_router(participants.self_router)

# Speech: human recordings, review of texts, coverage (issue 3).
api_router.include_router(recordings.router)
api_router.include_router(texts.router)
api_router.include_router(clip_reviews.router)  # computer voices: approve/reject
api_router.include_router(coverage.router)

# The coach's side (issue 5): participant page, data rights, goal plan, scales, reports.
api_router.include_router(participant_data.router)
api_router.include_router(plans.router)
api_router.include_router(plans.self_router)
api_router.include_router(scales.router)
api_router.include_router(reports.router)
api_router.include_router(cards.router)  # printable sign-in cards
