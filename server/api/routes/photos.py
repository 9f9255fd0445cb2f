"""Step photos behind the station pages (issue 10): content-addressed, cached for a year."""

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse

from server.api.routes.media import COMMON_HEADERS, IMMUTABLE, _safe_file
from server.core.config import get_settings
from server.services.photos import NAME_RE

router = APIRouter(tags=["media"], include_in_schema=False)


@router.api_route("/photos/{file_name}", methods=["GET", "HEAD"])
def read_photo(file_name: str) -> FileResponse:
    """One step photo by its content-hashed name (already small and stripped of EXIF)."""
    if not NAME_RE.match(file_name):
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    path = _safe_file(get_settings().photo_dir, file_name, {".jpg": "image/jpeg"}, max_depth=1)
    return FileResponse(
        path, media_type="image/jpeg", headers={"Cache-Control": IMMUTABLE, **COMMON_HEADERS}
    )
