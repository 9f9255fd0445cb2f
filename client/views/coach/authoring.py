"""Authoring (/coach/authoring, /coach/authoring/<id>), issue 10: the organisation's
own stations, checklists and guides beside the shared library; create one, copy a
library item to adapt it; edit the Swedish texts, pictograms and photos of its
steps, reorder and retire steps; preview the station page, print its QR code.

Texts: locales/<lang>/authoring.ftl in the coach's UI language.
"""

import flet as ft

from client.api import item_sheet_pdf
from client.authoring_state import KINDS, Authoring
from client.coach_state import CoachState
from client.views.coach.common import (
    BRAND,
    LINE,
    MUTED,
    SOFT,
    WARN,
    CoachCtx,
    CoachText,
    banner,
    button,
    coach_screen,
    coach_text,
    section,
    text,
)


def au_text(lang: str) -> CoachText:
    return coach_text(lang, "authoring.ftl")


def message_bar(st, t: CoachText) -> ft.Control | None:
    return banner(st, t, key="au-message", size=15, close_label="au-close")


def pictogram(api, name: str, size: int = 36) -> ft.Control:
    return ft.Image(
        src=api.absolute(f"/static/pictograms/{name}.svg"), width=size, height=size, color=BRAND
    )


def item_row(au: Authoring, cc: CoachCtx, t: CoachText, item: dict) -> ft.Control:
    go = cc.page.navigate

    async def copy(_):
        if await au.copy(item["id"]):
            go(f"/coach/authoring/{au.item['id']}")

    kind = t(f"au-kind-{item['kind']}")
    info = [text(item["title"], 17, bold=True), text(kind, 14, color=MUTED)]
    if item.get("code"):
        info.append(text(t("au-code", code=item["code"]), 14, color=MUTED))
    actions = []
    if item.get("editable"):  # the unit's own; the library too for library editors
        actions.append(
            button(
                t("au-open"),
                lambda _: go(f"/coach/authoring/{item['id']}"),
                key=f"au-open-{item['id']}",
                icon=ft.Icons.EDIT,
                primary=True,
            )
        )
    if item.get("library"):
        actions.append(
            button(
                t("au-copy"),
                copy,
                key=f"au-copy-{item['id']}",
                icon=ft.Icons.CONTENT_COPY,
                disabled=au.busy,
            )
        )
    action = ft.Row(actions, spacing=6, tight=True)
    return ft.Container(
        key=f"au-item-{item['id']}",
        padding=10,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        content=ft.Row(
            [
                pictogram(au.api, item["pictogram"]),
                ft.Row(info, wrap=True, spacing=10, expand=True),
                action,
            ],
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
        ),
    )


@ft.component
def AuthoringView(cs: CoachState, cc: CoachCtx):
    au = ft.use_memo(lambda: Authoring(api=cs.api, on_expired=cs.sign_out), [])
    return AuthoringList(cs, cc, au)


@ft.component
def AuthoringList(cs: CoachState, cc: CoachCtx, au: Authoring):
    t = au_text(cs.language)
    kind, set_kind = ft.use_state("station")
    title = ft.use_ref("")

    async def first():
        if not au.loaded:
            await au.load()

    ft.on_mounted(first)

    async def create(_):
        if await au.create(kind, title.current or ""):
            cc.page.navigate(f"/coach/authoring/{au.item['id']}")

    def choose(k):
        return lambda _: set_kind(k)

    def typed(e):
        title.current = e.control.value

    new_form = section(
        t("au-new-title"),
        [
            ft.Row(
                [
                    ft.Chip(
                        label=t(f"au-kind-{k}"),
                        selected=kind == k,
                        on_select=choose(k),
                        key=f"au-kind-{k}",
                    )
                    for k in KINDS
                ],
                wrap=True,
                spacing=6,
            ),
            ft.TextField(label=t("au-title-label"), on_change=typed, key="au-new-name"),
            button(
                t("au-create"),
                create,
                key="au-create",
                icon=ft.Icons.ADD,
                primary=True,
                disabled=au.busy,
            ),
        ],
        key="au-new",
    )
    own = [item_row(au, cc, t, i) for i in au.own] or [text(t("au-none-yet"), 15, color=MUTED)]
    body: list[ft.Control] = [text(t("au-intro"), 15, color=MUTED)]
    msg = message_bar(au, t)
    if msg:
        body.append(msg)
    body += [
        new_form,
        section(t("au-own-title"), own, key="au-own"),
        section(
            t("au-library-title"),
            [
                text(t("au-library-help"), 14, color=MUTED),
                *[item_row(au, cc, t, i) for i in au.library],
            ],
            key="au-library",
        ),
    ]
    return coach_screen(cc, cs, t("au-title"), body, key="coach-authoring")


@ft.component
def StepEditor(au: Authoring, cc: CoachCtx, t: CoachText, step: dict, n: int, last: bool):
    sid = step["id"]
    draft = ft.use_ref(step["text"] or "")
    icons_open, set_icons_open = ft.use_state(False)
    query = ft.use_ref("")

    def typed(e):
        draft.current = e.control.value

    async def save(_):
        await au.edit_step(sid, text=draft.current)

    async def up(_):
        await au.move(sid, -1)

    async def down(_):
        await au.move(sid, 1)

    async def retire(_):
        await au.retire(sid)

    async def photo(_):
        files = cc.files or ft.FilePicker()
        cc.files = files
        chosen = await files.pick_files(
            dialog_title=t("au-photo"), file_type=ft.FilePickerFileType.IMAGE, with_data=True
        )
        if chosen:
            await au.photo(sid, chosen[0].bytes or b"", chosen[0].name)

    async def search(_):
        await au.search_icons(query.current or "")

    def set_query(e):
        query.current = e.control.value

    def pick_icon(name):
        async def handler(_):
            set_icons_open(False)
            await au.edit_step(sid, pictogram=name)

        return handler

    picture = (
        ft.Image(
            src=au.api.absolute(step["photo_url"]),
            width=96,
            height=72,
            fit=ft.BoxFit.COVER,
            border_radius=6,
        )
        if step.get("photo_url")
        else pictogram(au.api, step["pictogram"], 48)
    )
    rows: list[ft.Control] = [
        ft.Row(
            [
                text(str(n), 22, bold=True, color=BRAND),
                picture,
                ft.TextField(
                    value=step["text"] or "",
                    multiline=True,
                    min_lines=1,
                    max_lines=4,
                    label=t("au-step-text"),
                    on_change=typed,
                    expand=True,
                    key=f"au-step-text-{sid}",
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        ft.Row(
            [
                button(t("au-save"), save, key=f"au-step-save-{sid}", icon=ft.Icons.SAVE),
                ft.IconButton(
                    ft.Icons.ARROW_UPWARD,
                    on_click=up,
                    disabled=n == 1,
                    tooltip=t("au-up"),
                    key=f"au-up-{sid}",
                ),
                ft.IconButton(
                    ft.Icons.ARROW_DOWNWARD,
                    on_click=down,
                    disabled=last,
                    tooltip=t("au-down"),
                    key=f"au-down-{sid}",
                ),
                button(t("au-photo"), photo, key=f"au-photo-{sid}", icon=ft.Icons.PHOTO_CAMERA),
                button(
                    t("au-pictogram"),
                    lambda _: set_icons_open(not icons_open),
                    key=f"au-icons-{sid}",
                    icon=ft.Icons.IMAGE_SEARCH,
                ),
                button(
                    t("au-retire"),
                    retire,
                    key=f"au-retire-{sid}",
                    icon=ft.Icons.ARCHIVE,
                    danger=True,
                ),
            ],
            wrap=True,
            spacing=6,
            run_spacing=6,
        ),
    ]
    if icons_open:
        rows.append(
            ft.Row(
                [
                    ft.TextField(
                        label=t("au-icon-search"),
                        on_change=set_query,
                        width=240,
                        on_submit=search,
                        key=f"au-icon-q-{sid}",
                    ),
                    button(t("au-search"), search, key=f"au-icon-go-{sid}", icon=ft.Icons.SEARCH),
                ],
                wrap=True,
            )
        )
        rows.append(
            ft.Row(
                [
                    ft.Container(
                        content=pictogram(au.api, icon["name"], 40),
                        on_click=pick_icon(icon["name"]),
                        tooltip=icon["name"],
                        padding=4,
                        border_radius=6,
                        border=ft.Border.all(1, LINE),
                        key=f"au-icon-{sid}-{icon['name']}",
                    )
                    for icon in au.icons
                ],
                wrap=True,
                spacing=6,
                run_spacing=6,
            )
        )
    return ft.Container(
        key=f"au-step-{sid}",
        padding=10,
        border=ft.Border.all(1, LINE),
        border_radius=8,
        content=ft.Column(rows, spacing=8),
    )


@ft.component
def AuthoringItemView(cs: CoachState, cc: CoachCtx, item_id: str):
    au = ft.use_memo(lambda: Authoring(api=cs.api, on_expired=cs.sign_out), [])
    return AuthoringItem(cs, cc, au, item_id)


@ft.component
def AuthoringItem(cs: CoachState, cc: CoachCtx, au: Authoring, item_id: str):
    t = au_text(cs.language)
    new_step = ft.use_ref("")
    title = ft.use_ref(None)

    async def first():
        if item_id.isdigit():
            await au.open(int(item_id))

    ft.on_mounted(first)
    item = au.item
    if item is None:
        body = [message_bar(au, t) or ft.ProgressRing()]
        return coach_screen(cc, cs, t("au-title"), body, key="coach-authoring-item")

    async def rename(_):
        if title.current is not None:
            await au.rename(title.current)

    def typed_title(e):
        title.current = e.control.value

    def typed_step(e):
        new_step.current = e.control.value

    async def add(_):
        if await au.add_step(new_step.current or ""):
            new_step.current = ""

    async def print_qr(_):
        pdf = await au._run(lambda: item_sheet_pdf(au.api, item["id"]))
        if pdf:
            await cc.save(pdf, f"stegvis-{item['code']}.pdf")

    body: list[ft.Control] = []
    msg = message_bar(au, t)
    if msg:
        body.append(msg)
    if not item["editable"]:
        body.append(text(t("au-read-only"), 15, color=WARN))
    head = [
        ft.Row(
            [
                pictogram(au.api, item["pictogram"], 56),
                ft.TextField(
                    value=item["title"],
                    label=t("au-title-label"),
                    expand=True,
                    on_change=typed_title,
                    key="au-item-title",
                ),
                button(t("au-save"), rename, key="au-item-save", icon=ft.Icons.SAVE),
            ],
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
        ),
        text(t(f"au-kind-{item['kind']}"), 15, color=MUTED),
    ]
    if item.get("code"):
        head.append(
            ft.Row(
                [
                    text(t("au-code", code=item["code"]), 18, bold=True, key="au-item-code"),
                    ft.Button(
                        content=t("au-preview"),
                        icon=ft.Icons.OPEN_IN_NEW,
                        key="au-preview",
                        url=au.api.absolute(item["page_url"]),
                    ),
                    button(t("au-print-qr"), print_qr, key="au-print-qr", icon=ft.Icons.QR_CODE_2),
                ],
                wrap=True,
                spacing=8,
            )
        )
    body.append(section(t("au-item-title"), head, key="au-head"))
    steps = item.get("steps") or []
    editors = [
        StepEditor(
            au,
            cc,
            t,
            s,
            n,
            n == len(steps),
            key=f"au-ed-{s['id']}-{s['text']}"
            f"-{s['pictogram']}-{s.get('photo_url')}-{s['position']}",
        )
        for n, s in enumerate(steps, start=1)
    ]
    add_row = ft.Row(
        [
            ft.TextField(
                label=t("au-new-step"), on_change=typed_step, expand=True, key="au-new-step"
            ),
            button(t("au-add-step"), add, key="au-add-step", icon=ft.Icons.ADD, primary=True),
        ]
    )
    body.append(section(t("au-steps-title", count=len(steps)), [*editors, add_row], key="au-steps"))
    if item.get("retired_steps"):
        body.append(
            section(
                t("au-retired-title"),
                [
                    ft.Container(
                        bgcolor=SOFT,
                        padding=8,
                        border_radius=6,
                        content=text(s["text"] or s["text_id"], 14, color=MUTED),
                    )
                    for s in item["retired_steps"]
                ],
                key="au-retired",
            )
        )
    body.append(
        ft.TextButton(
            content=t("au-back"),
            icon=ft.Icons.ARROW_BACK,
            on_click=lambda _: cc.page.navigate("/coach/authoring"),
            key="au-back",
        )
    )
    return coach_screen(cc, cs, item["title"], body, key="coach-authoring-item")
