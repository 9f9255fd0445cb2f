"""Recording packs (issue 10): export an organisation's reviewed texts and human
recordings in one language as one file; import one into another organisation,
first as a preview of what would change, then for real."""

from datetime import date

from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from server.api.deps import CurrentCoach, SessionDep, SettingsDep
from server.api.routes.authoring import read_upload
from server.services import packs

router = APIRouter(prefix="/packs", tags=["recording packs"])


def _http(e: packs.PackRejected) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


@router.get("/export")
def read_pack_export(
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    language: str = Query(description="ar fa so ti"),
) -> Response:
    """The organisation's reviewed texts and human recordings in one language (a zip)."""
    try:
        data = packs.export_pack(session=session, settings=settings, coach=coach, language=language)
    except packs.PackRejected as e:
        raise _http(e) from None
    name = f"stegvis-pack-{language}-{date.today().isoformat()}.zip"
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/import")
async def create_pack_import(
    request: Request,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    apply: bool = Query(False, description="false: only show what would change"),
) -> dict:
    """Import a pack: texts whose Swedish source is the same wording get its translation
    and recording. apply=false (the default) changes nothing and lists what would change."""
    data = await read_upload(request, packs.MAX_PACK_BYTES, packs.too_large)
    try:
        report = await run_in_threadpool(
            packs.import_pack,
            session=session,
            settings=settings,
            coach=coach,
            data=data,
            apply=apply,
        )
    except packs.PackRejected as e:
        raise _http(e) from None
    return report.as_dict()
