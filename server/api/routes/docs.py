"""The interactive API docs at /docs, with Swagger UI served from our own origin.

FastAPI's default page loads Swagger UI from a CDN: a third-party request from
a coach's browser. The `swagger-ui-bundle` package (PyPI) ships the same
files; we serve them here, and the page's policy allows nothing else.
Turned off with STEGVIS_DOCS=false (then /docs and /redoc are plain 404s).
"""

from pathlib import Path

import swagger_ui_bundle
from fastapi import APIRouter, HTTPException, Response, status
from fastapi.responses import FileResponse, HTMLResponse

ASSETS = Path(swagger_ui_bundle.swagger_ui_path)
# Only what the page loads; nothing else from the package folder is reachable.
FILES = {
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "init.js": "text/javascript; charset=utf-8",
    "favicon-32x32.png": "image/png",
}
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stegvis API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script></body></html>
"""
# An external script, not an inline one, so the policy needs no 'unsafe-inline'.
INIT = """window.ui = SwaggerUIBundle({
  url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  layout: "BaseLayout"
});
"""
CACHE = {"Cache-Control": "public, max-age=86400"}

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def read_docs() -> Response:
    """Swagger UI for the OpenAPI schema, all from this server."""
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": POLICY})


@router.get("/docs/assets/{name}")
def read_docs_asset(name: str) -> Response:
    """One of Swagger UI's bundled files."""
    if name not in FILES:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such file")
    if name == "init.js":
        return Response(INIT, media_type=FILES[name], headers=CACHE)
    return FileResponse(ASSETS / name, media_type=FILES[name], headers=CACHE)
