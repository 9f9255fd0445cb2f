"""Builds the app: lifespan, middleware, routers. Nothing else."""

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from server.api import middleware, openapi
from server.api.deps import SESSION_COOKIE
from server.api.main import api_router
from server.api.routes import docs, media, photos, progress, station_pages
from server.core.config import get_settings
from server.core.gc_tuning import tune_for_serving
from server.core.limits import INGEST_PATH, BodyLimit, RequestGate
from server.db import get_engine
from server.services.rollup_worker import RollupWorker


def create_app(*, served: bool = False) -> FastAPI:
    """The app. `served`: it is the long-running app of a server process (`stegvis
    serve`; see `create_served_app`), not one of a test's many."""
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.mount_client:
            # Flet's session manager (timeouts, cleanup) runs for the app's life.
            from flet_web.fastapi import app_manager

            await app_manager.start()
        app.state.rollup_worker.start()
        if served:
            tune_for_serving()  # everything start-up made is built now
        yield
        await app.state.rollup_worker.stop()
        if settings.mount_client:
            await app_manager.shutdown()

    # Issue 12: FastAPI's own /docs and /redoc load from a CDN; ours are served locally.
    # No OpenTelemetry: Stegvis exports no traces or metrics (participants' requests
    # stay on the server), and FastAPI's check for a configured provider cost every
    # request an environment lookup (4 % of a batch's time on the event loop).
    no_telemetry = {"tracing": False, "metrics": False, "logs": False}
    app = FastAPI(
        title="Stegvis",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        telemetry=no_telemetry,
    )
    app.state.rollup_worker = RollupWorker()
    # Middleware runs outermost-last-added: security headers, CSRF, then (issue 8) bodies
    # refused before anything reads them, then only as many requests into the database
    # parts as there are connections (server/core/limits.py).
    app.add_middleware(RequestGate, settings=settings)
    app.add_middleware(BodyLimit, settings=settings, cookie_name=SESSION_COOKIE)
    middleware.install(app, settings, cookie_name=SESSION_COOKIE)  # CSRF, headers, log filter
    openapi.install(app)  # the 422 body as it really is
    if settings.docs:
        app.include_router(docs.router)
    # The ingest's own lane, ahead of the API's routers: a plain route, without
    # FastAPI's nested router matching and dependency machinery (a fifth of the event
    # loop's time per batch). The APIRoute behind it still documents it.
    app.add_route(INGEST_PATH, progress.create_events, methods=["POST"],
                  include_in_schema=False)  # fmt: skip
    app.include_router(api_router)
    # The QR hot path: HTML station pages, their audio and static files, friendly errors.
    app.include_router(station_pages.router)
    app.include_router(media.router)
    app.include_router(photos.router)  # issue 10: step photos
    station_pages.install_error_pages(app)

    @app.get("/livez", include_in_schema=False)
    async def livez() -> dict[str, str]:
        """Live: the process answers (for a supervisor deciding whether to restart it)."""
        return {"status": "ok"}

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        """Ready: the process answers and its database does (for a load balancer)."""
        try:
            with get_engine().connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return JSONResponse(
                {"status": "unavailable", "database": "down"},
                status_code=503,
                headers={"Retry-After": "10"},
            )
        return JSONResponse({"status": "ok", "database": "ok"})

    if settings.mount_client:
        _mount_client(app, settings)
    return app


def create_served_app() -> FastAPI:
    """The app of a server process (uvicorn's factory in `stegvis serve`, once per
    worker process): with the garbage collector set for a long run."""
    return create_app(served=True)


def _mount_client(app: FastAPI, settings) -> None:
    """/app: the participant's static app (its Python runs in the phone's browser, from
    files built once by `stegvis build-client`) and the coach area in Flet server mode
    (coaches' laptops; the only Flet sessions this server holds). Same process, port."""
    from pathlib import Path

    import flet_web.fastapi as flet_fastapi

    from client.app import build_main
    from server.api.routes.client_app import ClientApp

    assets = Path(__file__).resolve().parents[1] / "client" / "assets"
    coach_area = flet_fastapi.app(
        build_main(settings.public_base_url),
        assets_dir=str(assets),
        no_cdn=True,  # fonts and scripts from us only: privacy, and offline use
        app_name="Stegvis",
        app_short_name="Stegvis",
    )
    app.mount("/app", SameOriginOnly(ClientApp(settings.client_build_dir, coach_area)))


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
