"""All routers, put together in one place."""

from fastapi import APIRouter

from server.api.routes import (
    auth,
    catalog,
    coaches,
    coverage,
    organisations,
    participants,
    progress,
    recordings,
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
api_router.include_router(coverage.router)
