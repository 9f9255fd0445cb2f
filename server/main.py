"""Builds the app: lifespan, middleware, routers. Nothing else."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from server.api.main import api_router
from server.api.routes import media, photos, station_pages
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
    app.include_router(photos.router)  # issue 10: step photos
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
    from starlette.middleware.gzip import GZipMiddleware

    from client.app import build_main

    assets = Path(__file__).resolve().parents[1] / "client" / "assets"
    flet_app = flet_fastapi.app(
        build_main(settings.public_base_url),
        assets_dir=str(assets),
        no_cdn=True,  # fonts and scripts from us only: privacy, and offline use
        app_name="Stegvis",
        app_short_name="Stegvis",
    )
    # The web client is ~15 MB of JS/wasm: compressed it is a third of that on mobile data.
    app.mount("/app", GZipMiddleware(SameOriginOnly(flet_app), minimum_size=1024))


class SameOriginOnly:
    """Adds a Content-Security-Policy that keeps the Flet web client on our own origin.

    Flutter's engine still asks a CDN for a Rive script even with no_cdn; the
    policy stops that request in the browser, so a participant's phone never
    talks to a third party. Flutter needs eval/wasm and blob: workers.
    """

    POLICY = (
        "default-src 'self'; "
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' blob:; "
        "style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; "
        "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'"
    )

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-security-policy", self.POLICY.encode()))
                headers.append((b"referrer-policy", b"no-referrer"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_policy)
