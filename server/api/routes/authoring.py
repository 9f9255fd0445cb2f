"""Authoring: staff write their organisation's stations, checklists and guides (issue 10).

Reading: a coach sees their organisation's items and the shared library.
Changing: language support and admins of the owning organisation; the library
is read-only to organisations (copy it, then adapt the copy). Each change is
audited. Swedish texts are written here; the other languages are made as draft
rows and worked on through /api/texts and the language-support worklist.
"""

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from pydantic import BaseModel, Field
from sqlmodel import select
from starlette.concurrency import run_in_threadpool

from server.api import uploads
from server.api.deps import CurrentCoach, Id, SessionDep, SettingsDep
from server.core.config import SOURCE_LANGUAGE
from server.models import CatalogItem, CatalogText, Step
from server.services import audit, authoring, photos, roles
from server.services.catalog import texts_for
from server.services.printables import station_sheet_pdf
from server.services.qr import StationLabel, station_qr_png, station_url

router = APIRouter(prefix="/authoring", tags=["authoring"])


class StepBody(BaseModel):
    text: str = Field(max_length=authoring.MAX_TEXT_CHARS * 2)
    pictogram: str = "label"


class ItemCreate(BaseModel):
    kind: str
    title: str = Field(max_length=authoring.MAX_TEXT_CHARS * 2)
    summary: str | None = Field(default=None, max_length=authoring.MAX_TEXT_CHARS * 2)
    pictogram: str = "label"
    code: str | None = Field(default=None, max_length=40)
    steps: list[StepBody] = Field(default_factory=list, max_length=20)


class ItemUpdate(BaseModel):
    title: str | None = Field(default=None, max_length=authoring.MAX_TEXT_CHARS * 2)
    summary: str | None = Field(default=None, max_length=authoring.MAX_TEXT_CHARS * 2)
    pictogram: str | None = None
    code: str | None = Field(default=None, max_length=40)


class StepCreate(StepBody):
    position: int | None = Field(default=None, ge=0)


class StepUpdate(BaseModel):
    text: str | None = Field(default=None, max_length=authoring.MAX_TEXT_CHARS * 2)
    pictogram: str | None = None


class StepOrder(BaseModel):
    step_ids: list[int] = Field(max_length=50)


def _http(e: authoring.AuthoringError | photos.PhotoRejected) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


def _step_json(step: Step, texts: dict[str, CatalogText]) -> dict[str, Any]:
    row = texts.get(step.text_id)
    return {
        "id": step.id,
        "slug": step.slug,
        "position": step.position,
        "pictogram": step.pictogram,
        "photo_url": photos.photo_url(step.photo),
        "text_id": step.text_id,
        "text": row.text if row else None,
        "retired": step.position < 0,
    }


def item_json(session, settings, coach, item: CatalogItem, *, steps: bool = True) -> dict:
    owner = roles.item_owner(item)
    active = authoring.active_steps(session, item) if steps else []
    retired = authoring.retired_steps(session, item) if steps else []
    ids = [item.title_id, *([item.summary_id] if item.summary_id else [])]
    ids += [s.text_id for s in active + retired]
    texts = texts_for(session=session, text_ids=ids, language=SOURCE_LANGUAGE)
    out = {
        "id": item.id,
        "slug": item.slug,
        "kind": item.kind,
        "code": item.code,
        "pictogram": item.pictogram,
        "organisation_id": item.organisation_id,
        "library": item.organisation_id is None,
        "copied_from_id": item.copied_from_id,
        "editable": roles.can_change(coach, owner),
        "title": texts[item.title_id].text if item.title_id in texts else item.slug,
        "title_id": item.title_id,
        "summary": texts[item.summary_id].text if item.summary_id in texts else None,
        "summary_id": item.summary_id,
    }
    if item.code:
        out["page_url"] = f"/s/{item.code}"
        out["station_url"] = station_url(settings, item.code)
        out["qr_png"] = f"/api/authoring/items/{item.id}/qr.png"
        out["sheet_pdf"] = f"/api/authoring/items/{item.id}/sheet.pdf"
    if steps:
        out["steps"] = [_step_json(s, texts) for s in active]
        out["retired_steps"] = [_step_json(s, texts) for s in retired]
    return out


def _item(session, coach, item_id: int, *, change: bool) -> CatalogItem:
    try:
        return authoring.owned_item(session=session, coach=coach, item_id=item_id, change=change)
    except authoring.AuthoringError as e:
        raise _http(e) from None


def _step(session, coach, step_id: int) -> tuple[Step, CatalogItem]:
    try:
        return authoring.owned_step(session=session, coach=coach, step_id=step_id)
    except authoring.AuthoringError as e:
        raise _http(e) from None


@router.get("/items")
def read_items(
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    kind: str | None = Query(None, description="station, checklist or guide"),
) -> list[dict[str, Any]]:
    """The organisation's own items first, then the shared library's."""
    q = select(CatalogItem).where(roles.visible_item_filter(coach.organisation_id))
    if kind:
        q = q.where(CatalogItem.kind == kind)
    items = sorted(
        session.exec(q),
        key=lambda i: (i.organisation_id is None, i.kind, i.position, i.id),
    )
    return [item_json(session, settings, coach, i, steps=False) for i in items]


@router.get("/items/{item_id}")
def read_item(item_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """One item with its current and retired steps, Swedish texts, photos and QR links."""
    return item_json(session, settings, coach, _item(session, coach, item_id, change=False))


@router.post("/items", status_code=status.HTTP_201_CREATED)
def create_item(body: ItemCreate, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """A new station, checklist or guide of the coach's organisation."""
    try:
        item = authoring.create_item(
            session=session,
            coach=coach,
            kind=body.kind,
            title=body.title,
            summary=body.summary,
            pictogram=body.pictogram,
            code=body.code,
            steps=[authoring.StepIn(s.text, s.pictogram) for s in body.steps],
        )
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.post("/items/{item_id}/copy", status_code=status.HTTP_201_CREATED)
def copy_item(item_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """Copy a library item (texts, reviews and recordings too) into the organisation."""
    try:
        item = authoring.copy_item(session=session, settings=settings, coach=coach, item_id=item_id)
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.patch("/items/{item_id}")
def update_item(
    item_id: Id, body: ItemUpdate, coach: CurrentCoach, session: SessionDep, settings: SettingsDep
):
    """Change the title, summary, pictogram or station code."""
    item = _item(session, coach, item_id, change=True)
    try:
        item = authoring.update_item(
            session=session,
            coach=coach,
            item=item,
            title=body.title,
            summary=body.summary,
            pictogram=body.pictogram,
            code=body.code,
        )
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.post("/items/{item_id}/steps", status_code=status.HTTP_201_CREATED)
def create_step(
    item_id: Id, body: StepCreate, coach: CurrentCoach, session: SessionDep, settings: SettingsDep
):
    """Add a step (at the end, or at `position`)."""
    item = _item(session, coach, item_id, change=True)
    try:
        authoring.add_step(
            session=session,
            coach=coach,
            item=item,
            text=body.text,
            pictogram=body.pictogram,
            position=body.position,
        )
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.put("/items/{item_id}/order")
def update_step_order(
    item_id: Id, body: StepOrder, coach: CurrentCoach, session: SessionDep, settings: SettingsDep
):
    """Reorder the current steps: every current step id once, in the new order."""
    item = _item(session, coach, item_id, change=True)
    try:
        authoring.reorder_steps(session=session, coach=coach, item=item, step_ids=body.step_ids)
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.patch("/steps/{step_id}")
def update_step(
    step_id: Id, body: StepUpdate, coach: CurrentCoach, session: SessionDep, settings: SettingsDep
):
    """Change a step's Swedish text (translations go back to draft) or pictogram."""
    step, item = _step(session, coach, step_id)
    try:
        authoring.update_step(
            session=session,
            coach=coach,
            step=step,
            item=item,
            text=body.text,
            pictogram=body.pictogram,
        )
    except authoring.AuthoringError as e:
        raise _http(e) from None
    return item_json(session, settings, coach, item)


@router.delete("/steps/{step_id}")
def delete_step(step_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """Retire a step: off the pages, kept with its history for the reports."""
    step, item = _step(session, coach, step_id)
    authoring.retire_step(session=session, coach=coach, step=step, item=item)
    return item_json(session, settings, coach, item)


async def read_upload(request: Request, cap: int, too_large=photos.too_large) -> bytes:
    """The uploaded bytes (multipart field 'file', or the raw body), capped while streaming."""
    return await uploads.read_upload(
        request, cap, too_large, "Send the picture in a form field named 'file'."
    )


@router.post("/steps/{step_id}/photo")
async def create_step_photo(
    step_id: Id, request: Request, coach: CurrentCoach, session: SessionDep, settings: SettingsDep
):
    """Upload a photo for a step: resized, EXIF and location removed, shown on its page."""
    step, item = await run_in_threadpool(_step, session, coach, step_id)
    data = await read_upload(request, photos.MAX_UPLOAD_BYTES)
    try:
        stored = await run_in_threadpool(
            photos.store_photo, photo_dir=settings.photo_dir, data=data
        )
    except photos.PhotoRejected as e:
        raise _http(e) from None

    def save() -> dict:
        step.photo = stored.name
        session.add(step)
        audit.record(
            session=session,
            coach=coach,
            action="photo_added",
            subject=f"{item.kind} {item.slug} step {step.slug}",
        )
        session.commit()
        return item_json(session, settings, coach, item)

    return await run_in_threadpool(save)


@router.delete("/steps/{step_id}/photo")
def delete_step_photo(step_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """Back to the pictogram (the file stays: other steps or history may use it)."""
    step, item = _step(session, coach, step_id)
    if step.photo:
        step.photo = None
        session.add(step)
        audit.record(
            session=session,
            coach=coach,
            action="step_changed",
            subject=f"{item.kind} {item.slug} step {step.slug}: photo removed",
        )
        session.commit()
    return item_json(session, settings, coach, item)


@router.get("/pictograms")
def read_pictograms(coach: CurrentCoach, q: str | None = Query(None, max_length=60)):
    """The bundled pictograms, searchable by name or a Swedish word ('buss', 'låda')."""
    return [
        {"name": n, "url": f"/static/pictograms/{n}.svg"} for n in authoring.search_pictograms(q)
    ]


@router.get("/items/{item_id}/qr.png")
def read_item_qr(item_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """The station's QR code as a PNG to print (it opens /s/<code>)."""
    item = _item(session, coach, item_id, change=False)
    if not item.code:
        raise HTTPException(404, detail="Only stations have a QR code.")
    png = station_qr_png(station_url(settings, item.code))
    return Response(
        png,
        media_type="image/png",
        headers={"Content-Disposition": f'inline; filename="{item.code}.png"'},
    )


@router.get("/items/{item_id}/sheet.pdf")
def read_item_sheet(item_id: Id, coach: CurrentCoach, session: SessionDep, settings: SettingsDep):
    """The station's printable A4 sheet: its name, pictogram, QR code and short URL."""
    item = _item(session, coach, item_id, change=False)
    if not item.code:
        raise HTTPException(404, detail="Only stations have a QR code.")
    title = texts_for(session=session, text_ids=[item.title_id], language=SOURCE_LANGUAGE)
    label = StationLabel(
        code=item.code,
        title_sv=title[item.title_id].text if item.title_id in title else item.slug,
        pictogram=item.pictogram,
    )
    pdf = station_sheet_pdf(stations=[label], settings=settings)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="stegvis-{item.code}.pdf"'},
    )
