"""Builds the app: lifespan, middleware, routers. Nothing else."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from server.api.main import api_router
from server.core.config import get_settings


def create_app() -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield

    app = FastAPI(title="Stegvis", version="0.1.0", lifespan=lifespan)
    app.include_router(api_router)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    _ = settings
    return app
