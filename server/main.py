"""Builds the app: lifespan, middleware, routers. Nothing else."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from server.api.main import api_router
from server.api.routes import media, station_pages
from server.core.config import get_settings


def create_app() -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.mount_client:
            # Flet's session manager (timeouts, cleanup) runs for the app's life.
            from flet_web.fastapi import app_manager

            await app_manager.start()
        yield
        if settings.mount_client:
            await app_manager.shutdown()

    app = FastAPI(title="Stegvis", version="0.1.0", lifespan=lifespan)
    app.include_router(api_router)
    # The QR hot path: HTML station pages, their audio and static files, friendly errors.
    app.include_router(station_pages.router)
    app.include_router(media.router)
    station_pages.install_error_pages(app)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    if settings.mount_client:
        _mount_client(app, settings)
    return app


def _mount_client(app: FastAPI, settings) -> None:
    """The participant's Flet web client at /app: same process, same port."""
    from pathlib import Path

    import flet_web.fastapi as flet_fastapi

    from client.app import build_main

    assets = Path(__file__).resolve().parents[1] / "client" / "assets"
    app.mount(
        "/app",
        flet_fastapi.app(
            build_main(settings.public_base_url),
            assets_dir=str(assets),
            no_cdn=True,  # fonts and scripts from us only: privacy, and offline use
            app_name="Stegvis",
            app_short_name="Stegvis",
        ),
    )
