"""Authoring and the language-support worklist (issue 10), as plain observable state.

`Authoring` (/coach/authoring): the organisation's stations, checklists and
guides beside the shared library; create one, copy a library item to adapt it,
edit its Swedish texts, pictograms and photos, reorder and retire steps.

`Worklist` (/coach/worklist): per language what is missing (text, audio), stale
(recorded for an older wording) or unreviewed, with search and filter, and
"record the next one", so one sitting records a whole station.

Every server call goes through `_run`, which turns a failure into a message id
of locales/<lang>/authoring.ftl, so the screens never show a stack trace.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import flet as ft

from client.api import (
    ApiError,
    CoachApi,
    NotSignedIn,
    Offline,
    add_step,
    authoring_item,
    authoring_items,
    copy_item,
    create_item,
    export_pack,
    import_pack,
    next_to_record,
    pictograms,
    reorder_steps,
    retire_step,
    update_item,
    update_step,
    update_support_text,
    upload_recording,
    upload_step_photo,
    worklist,
)

T = TypeVar("T")
KINDS = ("station", "checklist", "guide")
NEEDS = ("missing_text", "missing_audio", "stale_audio", "unreviewed")
WORK_LANGS = ("so", "ti", "ar", "fa", "en")


class _Runs:
    """Shared plumbing: a busy flag and failures as message ids."""

    message: str | None
    message_args: dict
    error: bool
    busy: bool
    on_expired: Callable[[], Awaitable[None]] | None

    def say(self, msg_id: str | None, *, error: bool = False, **args: Any) -> None:
        self.message, self.message_args, self.error = msg_id, args, error

    async def _run(self, call: Callable[[], Awaitable[T]]) -> T | None:
        self.busy = True
        try:
            return await call()
        except NotSignedIn:
            self.say("au-error-session", error=True)
            if self.on_expired is not None:
                await self.on_expired()
        except Offline:
            self.say("au-error-offline", error=True)
        except ApiError as exc:
            detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            self.say("au-error-refused", error=True, detail=detail)
        finally:
            self.busy = False
        return None


@ft.observable
@dataclass
class Authoring(_Runs):
    api: CoachApi
    on_expired: Callable[[], Awaitable[None]] | None = None
    items: list = field(default_factory=list)
    item: dict | None = None  # the item open in the editor
    icons: list = field(default_factory=list)  # pictogram search results
    loaded: bool = False
    busy: bool = False
    message: str | None = None
    message_args: dict = field(default_factory=dict)
    error: bool = False

    @property
    def own(self) -> list[dict]:
        return [i for i in self.items if not i.get("library")]

    @property
    def library(self) -> list[dict]:
        return [i for i in self.items if i.get("library")]

    async def load(self) -> bool:
        got = await self._run(lambda: authoring_items(self.api))
        if got is None:
            return False
        self.items, self.loaded = got, True
        return True

    async def open(self, item_id: int) -> bool:
        got = await self._run(lambda: authoring_item(self.api, item_id))
        if got is None:
            return False
        self.item = got
        return True

    async def _changed(self, got: dict | None, msg: str) -> bool:
        if got is None:
            return False
        self.item = got
        self.say(msg)
        await self.load()
        return True

    async def create(self, kind: str, title: str, pictogram: str = "label") -> bool:
        if not title.strip():
            self.say("au-error-empty", error=True)
            return False
        got = await self._run(
            lambda: create_item(self.api, kind=kind, title=title.strip(), pictogram=pictogram)
        )
        return await self._changed(got, "au-created")

    async def copy(self, item_id: int) -> bool:
        return await self._changed(
            await self._run(lambda: copy_item(self.api, item_id)), "au-copied"
        )

    async def rename(self, title: str) -> bool:
        if not title.strip():
            self.say("au-error-empty", error=True)
            return False
        iid = self.item["id"]
        got = await self._run(lambda: update_item(self.api, iid, title=title.strip()))
        return await self._changed(got, "au-saved")

    async def add_step(self, text: str, pictogram: str = "label") -> bool:
        if not text.strip():
            self.say("au-error-empty", error=True)
            return False
        iid = self.item["id"]
        got = await self._run(lambda: add_step(self.api, iid, text.strip(), pictogram))
        return await self._changed(got, "au-step-added")

    async def edit_step(
        self, step_id: int, text: str | None = None, pictogram: str | None = None
    ) -> bool:
        if text is not None and not text.strip():
            self.say("au-error-empty", error=True)
            return False
        got = await self._run(
            lambda: update_step(self.api, step_id, text=text, pictogram=pictogram)
        )
        return await self._changed(got, "au-saved")

    async def move(self, step_id: int, delta: int) -> bool:
        ids = [s["id"] for s in self.item["steps"]]
        i = ids.index(step_id)
        j = i + delta
        if not 0 <= j < len(ids):
            return False
        ids[i], ids[j] = ids[j], ids[i]
        iid = self.item["id"]
        return await self._changed(
            await self._run(lambda: reorder_steps(self.api, iid, ids)), "au-saved"
        )

    async def retire(self, step_id: int) -> bool:
        return await self._changed(
            await self._run(lambda: retire_step(self.api, step_id)), "au-step-retired"
        )

    async def photo(self, step_id: int, data: bytes, file_name: str) -> bool:
        got = await self._run(lambda: upload_step_photo(self.api, step_id, data, file_name))
        return await self._changed(got, "au-photo-saved")

    async def search_icons(self, q: str) -> None:
        got = await self._run(lambda: pictograms(self.api, q.strip() or None))
        self.icons = (got or [])[:24]


@ft.observable
@dataclass
class Worklist(_Runs):
    api: CoachApi
    on_expired: Callable[[], Awaitable[None]] | None = None
    language: str = "so"
    need: str | None = None
    q: str = ""
    rows: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    current: dict | None = None  # the text being recorded now ("record the next")
    done_all: bool = False
    loaded: bool = False
    busy: bool = False
    message: str | None = None
    message_args: dict = field(default_factory=dict)
    error: bool = False

    async def load(self) -> bool:
        asked = (self.language, self.need, self.q)
        got = await self._run(
            lambda: worklist(self.api, self.language, need=self.need, q=self.q.strip() or None)
        )
        if got is None or asked != (self.language, self.need, self.q):
            return False
        self.rows, self.counts, self.loaded = got["rows"], got["counts"], True
        return True

    async def choose_language(self, language: str) -> None:
        self.language, self.current, self.done_all = language, None, False
        await self.load()

    async def set_need(self, need: str | None) -> None:
        self.need = need if need in NEEDS else None
        await self.load()

    async def search(self, q: str) -> None:
        self.q = q
        await self.load()

    async def record_next(self, after: str | None = None) -> dict | None:
        """Open the next text to record; None (and done_all) when all are recorded."""
        got = await self._run(lambda: next_to_record(self.api, self.language, after))
        self.current = got
        self.done_all = got is None and not self.error
        return got

    async def save_take(self, wav: bytes) -> bool:
        """Upload the take for the current text, then move on to the next one."""
        if self.current is None:
            return False
        if not wav:
            self.say("au-error-no-sound", error=True)
            return False
        tid = self.current["text_id"]
        got = await self._run(
            lambda: upload_recording(self.api, tid, self.language, wav, f"{tid}.wav", "audio/wav")
        )
        if got is None:
            return False
        self.say("au-recorded")
        await self.record_next(after=tid)
        await self.load()
        return True

    # ------------------------------------------------------------ recording packs

    pack_preview: dict | None = None  # what the chosen pack would change
    pack_data: bytes | None = None
    pack_name: str = ""

    async def export(self) -> bytes | None:
        """This language's reviewed texts and recordings as one file, for another unit."""
        data = await self._run(lambda: export_pack(self.api, self.language))
        if data:
            self.say("au-pack-exported")
        return data

    async def preview_pack(self, data: bytes, file_name: str) -> bool:
        """What importing the pack would change here; nothing changes yet."""
        got = await self._run(lambda: import_pack(self.api, data, file_name, apply=False))
        if got is None:
            return False
        self.pack_preview, self.pack_data, self.pack_name = got, data, file_name
        return True

    async def apply_pack(self) -> bool:
        if self.pack_data is None:
            return False
        data, name = self.pack_data, self.pack_name
        got = await self._run(lambda: import_pack(self.api, data, name, apply=True))
        if got is None:
            return False
        self.pack_preview, self.pack_data = None, None
        c = got["counts"]
        self.say("au-pack-imported", texts=c["text"] + c["review"], recordings=c["recording"])
        await self.load()
        return True

    async def write(self, text_id: str, text: str) -> bool:
        """Write the missing wording of a text (it stays a draft until reviewed)."""
        if not text.strip():
            self.say("au-error-empty", error=True)
            return False
        got = await self._run(
            lambda: update_support_text(self.api, text_id, self.language, text=text.strip())
        )
        if got is None:
            return False
        self.say("au-saved")
        await self.load()
        return True
