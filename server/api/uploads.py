"""Reading an uploaded file (multipart field 'file', or the raw body) with its size cap
applied while streaming: one reader for recordings, photos and recording packs."""

from fastapi import HTTPException, Request, status
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

# Multipart framing around the file (boundaries, part headers) is small.
MULTIPART_SLACK = 64 * 1024


class _TooLarge(Exception):
    pass


async def read_upload(
    request: Request,
    cap: int,
    too_large,
    missing_field: str = "Send the file in a form field named 'file'.",
) -> bytes:
    """The uploaded bytes, capped while streaming. `too_large()` makes the error (with
    status_code and detail) for a body over the cap."""
    limit = cap + MULTIPART_SLACK

    def refuse() -> HTTPException:
        error = too_large()
        return HTTPException(error.status_code, detail=error.detail)

    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise refuse()  # refused before a byte of the body is read
    received = 0

    async def limited():
        nonlocal received
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit:
                raise _TooLarge
            yield chunk

    try:
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            parser = MultiPartParser(request.headers, limited(), max_files=1, max_fields=10)
            try:
                form = await parser.parse()
            except MultiPartException as e:
                raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=e.message) from e
            try:
                upload = form.get("file")
                if not isinstance(upload, UploadFile):
                    raise HTTPException(422, detail=missing_field)
                data = await upload.read()
            finally:
                await form.close()
        else:
            data = b"".join([chunk async for chunk in limited()])
    except _TooLarge:
        raise refuse() from None
    return data
