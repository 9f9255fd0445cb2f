"""The participant's state on the device: plain Python, observable by the UI.

Everything the participant does is first written to the device store (ticks
and an event queue), then sent. The queue is only trimmed by ids the server
has answered for (stored, duplicate or rejected), so a request that fails at
any point (before, during, after the server stored it) loses nothing, and a
resend counts once because the server stores each id once.

Ticks, completions and the queue are shared by the UI's tasks and the sync loop.
Each change is made to the in-memory value in one synchronous step (no await
between reading and writing it), and only then persisted by writing whatever the
value is at that moment (`_persist`). So no task can overwrite a change another
task made while it awaited the store or the network: the sync loop trimming what
was sent can never drop a tick or a completion queued meanwhile. No lock either:
a tick never waits behind a slow network call.
"""

import asyncio
import contextlib
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import flet as ft

from client.api import ApiError, NotSignedIn, Offline, StegvisApi
from client.storage import Store

BATCH_SIZE = 100
MAX_BACKOFF_S = 60.0
# Repaints of a station screen within this many seconds are the same visit.
STATION_VISIT_SECONDS = 120.0

# Sync states shown as a quiet indicator.
SAVED = "saved"  # events wait on the phone
SENT = "sent"  # everything is on the server
OFFLINE = "offline"  # last try failed; we will try again
REVOKED = "revoked"  # the card no longer works


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


@ft.observable
@dataclass
class AppState:
    store: Store
    api: StegvisApi
    language: str | None = None
    token: str | None = None
    profile: dict | None = None
    # A card taken on trust while the server could not be asked: {"queued": ids of the
    # events that were waiting before it}; None once the server has answered.
    card_unchecked: dict | None = None
    catalog: dict | None = None
    ticks: dict = field(default_factory=dict)  # step key -> True
    completed: dict = field(default_factory=dict)  # item slug -> times completed
    queue: list = field(default_factory=list)  # events not yet answered by the server
    rejected: list = field(default_factory=list)  # server said no: kept for diagnosis
    sync_status: str = SENT
    failures: int = 0
    loaded: bool = False

    def __post_init__(self):
        self._flush_lock = asyncio.Lock()
        self._wake: asyncio.Event | None = None
        self._station_opened_at: dict[str, float] = {}
        self._sync_task: asyncio.Task | None = None
        # Events queued while a pull_progress waits for its answer (which may
        # predate them even once they are sent and gone from the queue).
        self._pulls_in_flight = 0
        self._queued_during_pulls: list[dict] = []

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        """Everything from the device store; no network needed."""
        s = self.store
        self.language = await s.get("language")
        self.token = await s.get("token")
        self.profile = await s.get("profile")
        self.card_unchecked = await s.get("card_unchecked")
        self.ticks = dict(await s.get("ticks") or {})
        self.completed = dict(await s.get("completed") or {})
        self.queue = list(await s.get("queue") or [])
        self.rejected = list(await s.get("rejected") or [])
        self.api.token = self.token
        if self.language:
            cached = await s.get(f"catalog.{self.language}")
            self.catalog = cached["data"] if cached else None
        self.sync_status = REVOKED if await s.get("revoked") else (SAVED if self.queue else SENT)
        self.loaded = True

    @property
    def signed_in(self) -> bool:
        return bool(self.token)

    @property
    def rtl(self) -> bool:
        from client.i18n import LANGS

        return bool(self.language and LANGS[self.language].rtl)

    # ----------------------------------------------------------------- language

    async def choose_language(self, code: str) -> None:
        self.language = code
        await self.store.set("language", code)
        cached = await self.store.get(f"catalog.{code}")
        self.catalog = cached["data"] if cached else None
        await self.refresh_catalog()

    async def refresh_catalog(self) -> bool:
        """Fetch the catalog if it changed; the cached copy serves when offline."""
        if not self.language:
            return False
        key = f"catalog.{self.language}"
        cached = await self.store.get(key)
        try:
            data, etag = await self.api.catalog(self.language, cached and cached.get("etag"))
        except Offline:
            self.sync_status = OFFLINE if self.sync_status != REVOKED else REVOKED
            return False
        if data is not None:
            await self.store.set(key, {"etag": etag, "data": data})
            self.catalog = data
        elif cached:
            self.catalog = cached["data"]
        return True

    async def cache_audio(self) -> int:
        """Download the participant's-language audio of the catalog to the device.

        Where the device can keep it: the installed app's folder, or the browser's
        Cache Storage in the static web app (served from there by the service worker)."""
        if not self.catalog or not self.store.keeps_audio:
            return 0
        cache_urls = getattr(self.store, "cache_urls", None)
        if cache_urls is not None:  # the browser: its Cache Storage fetches and keeps them
            return await cache_urls([self.api.absolute(u) for u in audio_urls(self.catalog)])
        fetched = 0
        for url in audio_urls(self.catalog):
            name = url.rsplit("/", 1)[-1]
            if self.store.audio_path(name) is not None:
                continue
            try:
                data = await self.api.fetch_bytes(url)
            except (Offline, ApiError):
                continue  # try again next time; the URL still plays online
            await self.store.save_audio(name, data)
            fetched += 1
        return fetched

    def audio_src(self, url: str | None) -> str | None:
        """Local file when cached (app), else the server URL (web: HTTP cache)."""
        if not url:
            return None
        local = self.store.audio_path(url.rsplit("/", 1)[-1])
        return str(local) if local else self.api.absolute(url)

    # ------------------------------------------------------------------ sign-in

    async def sign_in(self, card_token: str) -> bool:
        """True when the card works, or cannot be asked about yet (no network, a server
        too busy): then it is taken on trust, the screens open, and the sync loop asks
        the server before it sends anything. False (and the revoked state) when the
        server refuses the card."""
        try:
            profile = await self.api.sign_in(card_token)
        except Offline:
            await self._take_card_unchecked(card_token)
            return True
        except NotSignedIn:
            await self._mark_revoked()
            return False
        except ApiError as exc:
            if exc.status in (401, 403, 404):
                await self._mark_revoked()
                return False
            raise
        trusted = self.card_unchecked if card_token == self.token else None
        await self._signed_in(card_token, profile, earlier_queue=trusted and trusted["queued"])
        return True

    async def check_card(self) -> bool:
        """Ask the server about a card taken on trust; True once it is known to work."""
        if not self.card_unchecked:
            return bool(self.token)
        try:
            profile = await self.api.sign_in(self.token)
        except NotSignedIn:
            await self._mark_revoked()
            return False
        except ApiError as exc:
            if exc.status in (401, 403, 404):
                await self._mark_revoked()
                return False
            self.failures += 1
            self.sync_status = OFFLINE
            return False
        await self._signed_in(self.token, profile, earlier_queue=self.card_unchecked["queued"])
        return True

    async def _take_card_unchecked(self, card_token: str) -> None:
        if card_token == self.token and not self.card_unchecked:
            return  # this phone's own card, already checked: nothing new to ask
        if not self.card_unchecked:
            # Events already waiting may be the previous card holder's; which they are
            # is known only once the server names this card's person.
            self.card_unchecked = {"queued": [e["id"] for e in self.queue]}
            await self.store.set("card_unchecked", self.card_unchecked)
        self.token = card_token
        self.api.token = card_token
        await self.store.set("token", card_token)
        await self.store.remove("revoked")
        self.sync_status = OFFLINE
        self.wake()

    async def _signed_in(self, card_token: str, profile: dict, earlier_queue) -> None:
        if self.profile and self.profile.get("id") != profile.get("id"):
            # Another person on this phone: do not mix their progress. With a card taken
            # on trust, what was done since is this person's and stays.
            await self._forget_progress(keep_queue_except=earlier_queue)
        self.token = card_token
        self.api.token = card_token
        self.profile = profile
        self.card_unchecked = None
        await self.store.set("token", card_token)
        await self.store.set("profile", profile)
        await self.store.remove("revoked")
        await self.store.remove("card_unchecked")
        if not self.language and profile.get("language"):
            self.language = profile["language"]
            await self.store.set("language", self.language)
        self.sync_status = SAVED if self.queue else SENT
        self.wake()

    async def _mark_revoked(self) -> None:
        # Queued events stay: a new card for the same person can still send them.
        self.token = None
        self.api.token = None
        self.sync_status = REVOKED
        self.card_unchecked = None
        await self.store.remove("token")
        await self.store.remove("card_unchecked")
        await self.store.set("revoked", True)

    async def _forget_progress(self, keep_queue_except: list | None = None) -> None:
        """Drop the previous person's progress (all of the queue, or only the events
        that were waiting before a card taken on trust); pull_progress rebuilds the
        ticks from the server and what stays queued."""
        if keep_queue_except is None:
            kept = []
        else:
            earlier = set(keep_queue_except)
            kept = [e for e in self.queue if e["id"] not in earlier]
        self.ticks, self.completed, self.queue = {}, {}, kept
        for key in ("ticks", "completed"):
            await self.store.remove(key)
        await self._persist("queue")

    # ----------------------------------------------------------------- catalog

    def items(self, kind: str | None = None) -> list[dict]:
        if not self.catalog:
            return []
        return [i for i in self.catalog["items"] if kind is None or i["kind"] == kind]

    def item(self, slug: str) -> dict | None:
        return next((i for i in self.items() if i["slug"] == slug), None)

    def station(self, code: str) -> dict | None:
        code = code.strip().lower()
        return next(
            (i for i in self.items("station") if (i.get("code") or "").lower() == code), None
        )

    def progress(self, item: dict) -> tuple[int, int]:
        steps = item["steps"]
        return sum(1 for s in steps if self.ticks.get(s["key"])), len(steps)

    def is_done(self, item: dict) -> bool:
        done, total = self.progress(item)
        return total > 0 and done == total

    # ---------------------------------------------------------------- actions

    async def set_tick(self, item: dict, step_key: str, ticked: bool) -> bool:
        """Tick or untick a step; True when this tick finished the checklist.

        The tick, the completion it makes and their events change memory in one
        synchronous step, then are persisted."""
        was_done = self.is_done(item)
        ticks = dict(self.ticks)
        if ticked:
            ticks[step_key] = True
        else:
            ticks.pop(step_key, None)
        self.ticks = ticks
        events = [
            self._event(
                "step_ticked" if ticked else "step_unticked", step=step_key, item=item["slug"]
            )
        ]
        finished = not was_done and self.is_done(item)
        if finished and item["kind"] == "checklist":
            events.append(self._count_completed(item, "checklist_completed"))
        self._enqueue(events)
        await self._persist("ticks", "completed", "queue")
        self.wake()
        return finished

    async def mark_completed(self, item: dict, kind: str) -> None:
        self._enqueue([self._count_completed(item, kind)])
        await self._persist("completed", "queue")
        self.wake()

    def _count_completed(self, item: dict, kind: str) -> dict:
        """One more completion of the item (in memory); its event, to queue."""
        completed = dict(self.completed)
        completed[item["slug"]] = completed.get(item["slug"], 0) + 1
        self.completed = completed
        return self._event(kind, item=item["slug"])

    async def reset_item(self, item: dict) -> None:
        """Start a checklist again (untick everything)."""
        for step in item["steps"]:
            if self.ticks.get(step["key"]):
                await self.set_tick(item, step["key"], False)

    async def station_opened(self, slug: str, *, now: float | None = None) -> bool:
        """Record that a station's page was opened, once per visit.

        A screen may be built again many times while it is shown (every state
        change repaints it); without this each repaint would count as an open
        and the coach's "how often did they open it" would be noise."""
        now = time.monotonic() if now is None else now
        last = self._station_opened_at.get(slug)
        if last is not None and now - last < STATION_VISIT_SECONDS:
            return False
        self._station_opened_at[slug] = now
        await self.record("station_opened", item=slug)
        return True

    async def record(self, type_: str, **fields: Any) -> dict:
        """Queue an event on the device (persisted before anything is sent)."""
        event = self._event(type_, **fields)
        self._enqueue([event])
        await self._persist("queue")
        self.wake()
        return event

    def _event(self, type_: str, **fields: Any) -> dict:
        return {
            "id": str(uuid.uuid4()),
            "type": type_,
            "device_time": _now_iso(),
            "language": self.language,
            **{k: v for k, v in fields.items() if v is not None},
        }

    def _enqueue(self, events: list[dict]) -> None:
        self.queue = [*self.queue, *events]
        if self._pulls_in_flight:
            self._queued_during_pulls.extend(events)
        if self.sync_status != REVOKED:
            self.sync_status = SAVED

    async def _persist(self, *keys: str) -> None:
        """Write the current values (not a copy taken before an await). A write can
        land after a later one (a round trip to the browser's storage): if the value
        changed while ours was on its way, write again, so the newest one stays.
        Every change assigns a new object, so `is` tells a change."""
        for key in keys:
            while True:
                value = getattr(self, key)
                await self.store.set(key, value)
                if getattr(self, key) is value:
                    break

    # -------------------------------------------------------------------- sync

    async def flush(self) -> bool:
        """Send queued events in batches; True when the queue is empty afterwards."""
        if not self.token:
            return not self.queue
        if self.card_unchecked and not await self.check_card():
            return False  # whose events these are is not known yet
        async with self._flush_lock:
            while self.queue:
                batch = list(self.queue[:BATCH_SIZE])
                try:
                    result = await self.api.send_events(batch)
                except NotSignedIn:
                    await self._mark_revoked()
                    return False
                except (Offline, ApiError):
                    # ApiError too: a 4xx on the whole batch (e.g. an old server) must
                    # not drop events; back off and keep them.
                    self.failures += 1
                    self.sync_status = OFFLINE
                    return False
                answered = set(result.get("stored", [])) | set(result.get("duplicates", []))
                # Rejections point at their place in the batch (an id may be malformed).
                bad = [
                    {**r, "event": batch[r["index"]]}
                    for r in result.get("rejected", [])
                    if isinstance(r.get("index"), int) and 0 <= r["index"] < len(batch)
                ]
                if bad:
                    self.rejected = [*self.rejected, *bad][-200:]
                    await self._persist("rejected")
                answered |= {r["event"]["id"] for r in bad}
                if not answered & {e["id"] for e in batch}:
                    # The server answered for nothing we sent: stop rather than loop.
                    self.failures += 1
                    self.sync_status = OFFLINE
                    return False
                # Trim by id, in memory at once: events queued while the request
                # ran (or while the store writes) stay queued.
                self.queue = [e for e in self.queue if e["id"] not in answered]
                await self._persist("queue")
            self.failures = 0
            self.sync_status = SENT
            return True

    def next_delay(self) -> float:
        """Exponential backoff with jitter, capped: seconds until the next try."""
        if self.failures == 0:
            return MAX_BACKOFF_S / 2
        base = min(MAX_BACKOFF_S, 2.0**self.failures)
        return base / 2 + random.uniform(0, base / 2)

    async def pull_progress(self) -> bool:
        """Ticks from the server (another device, or after reinstall), then ours on top.

        The server's answer may predate events the sync loop sent while the request
        was out, and those have left the queue by the time it arrives: so the
        events laid over it are the queue as it was when the request went out plus
        everything queued since, in order. The device's word is newer either way."""
        if not self.token or (self.card_unchecked and not await self.check_card()):
            return False
        queued_before = list(self.queue)
        since = len(self._queued_during_pulls)
        self._pulls_in_flight += 1
        try:
            me = await self.api.my_progress()
        except NotSignedIn:
            await self._mark_revoked()
            return False
        except (Offline, ApiError):
            return False
        finally:
            self._pulls_in_flight -= 1
            queued_since = self._queued_during_pulls[since:]
            if not self._pulls_in_flight:
                self._queued_during_pulls = []
        device_events = [*queued_before, *queued_since]
        ticks = {k: True for k in me.get("ticked", [])}
        for ev in device_events:
            if ev["type"] == "step_ticked":
                ticks[ev["step"]] = True
            elif ev["type"] == "step_unticked":
                ticks.pop(ev["step"], None)
        completed = dict(me.get("completed", {}))
        for slug, n in self.completed.items():
            completed[slug] = max(n, completed.get(slug, 0))
        self.ticks, self.completed = ticks, completed
        await self._persist("ticks", "completed")
        return True

    def wake(self) -> None:
        """Send soon. Starts the sync loop again if it is not running: a web session
        that reconnects (a deep link opened in the same tab) keeps its state but
        not its background tasks, and its events must not wait on the phone."""
        loop_alive = self._sync_task is not None and not self._sync_task.done()
        if not loop_alive and self.token:
            with contextlib.suppress(RuntimeError):  # no running loop: plain-Python callers
                self._sync_task = asyncio.get_running_loop().create_task(self.run_sync_loop())
                return
        if self._wake is not None:
            self._wake.set()

    async def run_sync_loop(self) -> None:
        """Background loop for the UI: send when woken, retry with backoff."""
        self._sync_task = asyncio.current_task()
        self._wake = asyncio.Event()
        while True:
            if self.token and self.queue:
                await self.flush()
            delay = self.next_delay() if self.queue else MAX_BACKOFF_S
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
            self._wake.clear()


def audio_urls(catalog: dict) -> list[str]:
    """Every audio URL in the catalog's own language (not the Swedish ones)."""
    urls: list[str] = []
    for item in catalog.get("items", []):
        for block in (item.get("title"), item.get("summary"), *item.get("steps", [])):
            if block and block.get("audio"):
                urls.append(block["audio"])
    return list(dict.fromkeys(urls))
