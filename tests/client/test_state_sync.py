"""The client's state and sync, as plain Python, against a real server on loopback."""

import asyncio

import httpx
from sqlmodel import Session, func, select

from client.api import StegvisApi
from client.state import OFFLINE, REVOKED, SAVED, SENT, AppState
from client.storage import FileStore
from server.db import _engine_for
from server.models import Participant, ProgressEvent
from server.services.auth import issue_participant_token, revoke_participant_tokens
from tests.client.fixtures import make_mini_catalog, make_participant


def server_events(settings) -> list[ProgressEvent]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(s.exec(select(ProgressEvent).order_by(ProgressEvent.id)))


def server_count(settings) -> int:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return s.exec(select(func.count()).select_from(ProgressEvent)).one()


def new_state(folder, url, transport=None) -> AppState:
    return AppState(store=FileStore(folder), api=StegvisApi(url, transport=transport))


def without_sync_loop(st: AppState) -> None:
    """The test sends (flush) at the moments it chooses; no background loop races it."""
    st._sync_task = asyncio.get_running_loop().create_future()  # "running": wake() adds none


async def signed_in_state(folder, url, token, lang="ar", *, sync_loop=True) -> AppState:
    st = new_state(folder, url)
    if not sync_loop:
        without_sync_loop(st)
    await st.load()
    assert await st.sign_in(token)
    await st.choose_language(lang)
    return st


def test_ticks_and_queue_survive_a_restart_while_offline(settings, session, live_server, tmp_path):
    make_mini_catalog(session)
    me = make_participant(session)
    folder = tmp_path / "phone"

    async def before_restart():
        st = await signed_in_state(folder, live_server.url, me.token)
        bill = st.item("bill")
        assert bill["title"]["text"] == "دفع فاتورة"
        live_server.stop()  # the bus goes into a tunnel
        await st.set_tick(bill, "checklist-bill-open", True)
        await st.set_tick(bill, "checklist-bill-amount", True)
        assert st.sync_status == SAVED
        assert await st.flush() is False
        assert st.sync_status == OFFLINE and st.next_delay() > 0
        return [e["id"] for e in st.queue]

    queued = asyncio.run(before_restart())
    assert len(queued) == 2 and server_count(settings) == 0

    async def after_restart():
        st = new_state(folder, live_server.url)  # the app was closed and opened again
        await st.load()
        assert [e["id"] for e in st.queue] == queued
        bill = st.item("bill")  # the catalog came from the phone, not the network
        assert st.progress(bill) == (2, 3)
        live_server.start()
        assert await st.flush() is True
        assert st.queue == [] and st.sync_status == SENT
        assert (await FileStore(folder).get("queue")) == []

    asyncio.run(after_restart())
    events = server_events(settings)
    assert [e.event_id for e in events] == queued
    assert {e.kind for e in events} == {"step_ticked"} and events[0].language == "ar"


class LoseTheAnswer(httpx.AsyncBaseTransport):
    """Forwards the request to the real server, then drops the response on the floor."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.armed = True

    async def handle_async_request(self, request):
        response = await self.inner.handle_async_request(request)
        if self.armed and request.url.path == "/api/progress/events":
            await response.aread()
            self.armed = False
            raise httpx.ReadError("connection reset after the server answered")
        return response


def test_a_batch_resent_after_a_lost_answer_counts_once(settings, session, live_server, tmp_path):
    make_mini_catalog(session)
    me = make_participant(session)
    transport = LoseTheAnswer()

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token)
        st.api.transport = transport
        laundry = st.item("laundry")
        finished = False
        for step in laundry["steps"]:
            finished = await st.set_tick(laundry, step["key"], True)
        assert finished  # the success moment
        assert len(st.queue) == 3  # two ticks + checklist_completed
        assert await st.flush() is False  # the server stored them; we never heard
        assert len(st.queue) == 3
        assert server_count(settings) == 3
        assert await st.flush() is True  # resent: all duplicates, queue trimmed
        assert st.queue == []

    asyncio.run(run())
    kinds = [e.kind for e in server_events(settings)]
    assert kinds == ["step_ticked", "step_ticked", "checklist_completed"]


def test_server_going_down_between_batches_loses_nothing(
    settings, session, live_server, tmp_path, monkeypatch
):
    import client.state

    monkeypatch.setattr(client.state, "BATCH_SIZE", 10)
    make_mini_catalog(session)
    me = make_participant(session)

    class DownAfterFirstBatch(httpx.AsyncBaseTransport):
        def __init__(self):
            self.inner = httpx.AsyncHTTPTransport()
            self.batches = 0

        async def handle_async_request(self, request):
            response = await self.inner.handle_async_request(request)
            if request.url.path == "/api/progress/events":
                self.batches += 1
                if self.batches == 1:
                    live_server.stop()  # the server dies right after the first batch
            return response

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token)
        bill = st.item("bill")
        for i in range(25):
            await st.set_tick(bill, bill["steps"][i % 3]["key"], i % 2 == 0)
        all_ids = [e["id"] for e in st.queue]
        st.api.transport = DownAfterFirstBatch()
        assert await st.flush() is False
        assert len(st.queue) == 15 and st.sync_status == OFFLINE
        assert server_count(settings) == 10
        live_server.start()
        st.api.transport = None
        assert await st.flush() is True
        return all_ids

    all_ids = asyncio.run(run())
    assert sorted(e.event_id for e in server_events(settings)) == sorted(all_ids)


def test_revoked_card_keeps_events_and_a_new_card_sends_them(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token, lang="ti")
        station = st.station("GARDIN")
        assert station is not None
        await st.record("station_opened", item=station["slug"])
        revoke_participant_tokens(session=session, participant_id=me.participant_id)
        assert await st.flush() is False
        assert st.sync_status == REVOKED and not st.signed_in
        assert len(st.queue) == 1  # kept on the phone
        # Reopening the app remembers the revoked state (friendly screen, not a crash).
        again = new_state(tmp_path / "phone", live_server.url)
        await again.load()
        assert again.sync_status == REVOKED and not again.signed_in
        assert await again.sign_in(me.token) is False  # the old card stays dead
        participant = session.get(Participant, me.participant_id)
        new_card = issue_participant_token(session=session, participant=participant)
        assert await again.sign_in(new_card) is True
        assert await again.flush() is True and again.sync_status == SENT

    asyncio.run(run())
    events = server_events(settings)
    assert [(e.kind, e.language) for e in events] == [("station_opened", "ti")]


class ServerBusy(httpx.AsyncBaseTransport):
    """The server sheds load: 503 with Retry-After to everything, until let through."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.busy = True

    async def handle_async_request(self, request):
        if self.busy:
            return httpx.Response(503, headers={"Retry-After": "1"}, json={"detail": "busy"})
        return await self.inner.handle_async_request(request)


def test_a_card_scanned_with_no_network_opens_the_app_and_is_checked_later(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        # The catalog came with the first visit; the card is scanned in a tunnel.
        st = new_state(tmp_path / "phone", live_server.url)
        without_sync_loop(st)
        await st.load()
        await st.choose_language("ar")
        live_server.stop()
        assert await st.sign_in(me.token) is True  # the screens open, nothing lost
        assert st.signed_in and st.sync_status == OFFLINE and st.profile is None
        bill = st.item("bill")
        await st.set_tick(bill, "checklist-bill-open", True)
        assert await st.flush() is False and len(st.queue) == 1
        # Closed and opened again, still with no network: the card is still there.
        again = new_state(tmp_path / "phone", live_server.url)
        without_sync_loop(again)
        await again.load()
        assert again.signed_in and again.card_unchecked is not None
        live_server.start()
        assert await again.flush() is True  # asks about the card first, then sends
        assert again.profile["id"] == me.participant_id and again.card_unchecked is None
        assert (await FileStore(tmp_path / "phone").get("card_unchecked")) is None

    asyncio.run(run())
    events = server_events(settings)
    assert [(e.participant_id, e.kind) for e in events] == [(me.participant_id, "step_ticked")]


def test_a_card_scanned_while_the_server_sheds_load_is_taken_on_trust(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        busy = ServerBusy()
        st = new_state(tmp_path / "phone", live_server.url, transport=busy)
        without_sync_loop(st)
        await st.load()
        assert await st.sign_in(me.token) is True  # a 503 is not a refused card
        assert st.signed_in and st.sync_status == OFFLINE
        busy.busy = False
        assert await st.pull_progress() is True
        assert st.profile["id"] == me.participant_id and st.language == "ar"

    asyncio.run(run())


def test_a_card_taken_on_trust_that_the_server_refuses_keeps_what_was_done(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token, sync_loop=False)
        bill = st.item("bill")
        live_server.stop()
        assert await st.sign_in("a-card-that-was-never-printed-0123") is True
        await st.set_tick(bill, "checklist-bill-open", True)
        live_server.start()
        assert await st.flush() is False
        assert st.sync_status == REVOKED and not st.signed_in
        assert len(st.queue) == 1  # kept: a card that works can still send it
        assert await st.sign_in(me.token) is True
        assert await st.flush() is True

    asyncio.run(run())
    assert [e.participant_id for e in server_events(settings)] == [me.participant_id]


def test_another_persons_card_taken_on_trust_keeps_their_ticks_not_the_previous_ones(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    amal = make_participant(session)
    hodan = make_participant(session, name="Hodan", language="so", org_slug="kista")

    async def run():
        # A shared phone: Amal's tick waits unsent when Hodan's card is scanned offline.
        st = await signed_in_state(tmp_path / "phone", live_server.url, amal.token, sync_loop=False)
        bill = st.item("bill")
        live_server.stop()
        await st.set_tick(bill, "checklist-bill-open", True)
        assert await st.sign_in(hodan.token) is True
        await st.set_tick(bill, "checklist-bill-amount", True)
        live_server.start()
        assert await st.flush() is True
        assert st.profile["id"] == hodan.participant_id
        # Amal's tick is not sent under Hodan's name, and her ticks leave the screen.
        assert await st.pull_progress() is True
        assert set(st.ticks) == {"checklist-bill-amount"}

    asyncio.run(run())
    events = server_events(settings)
    assert [(e.participant_id, e.kind) for e in events] == [(hodan.participant_id, "step_ticked")]


class HoldTheProgressAnswer(httpx.AsyncBaseTransport):
    """Lets the server answer GET /api/progress/me, then holds that answer back until
    the test releases it: the test decides what happens meanwhile, not the clock."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.answered = asyncio.Event()
        self.release = asyncio.Event()

    async def handle_async_request(self, request):
        response = await self.inner.handle_async_request(request)
        if request.url.path == "/api/progress/me":
            await response.aread()
            self.answered.set()
            await self.release.wait()
        return response


class RefuseEvents(httpx.AsyncBaseTransport):
    """The server is reachable, but sending events fails (say, the network drops)."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request):
        if request.url.path == "/api/progress/events":
            raise httpx.ConnectError("no network for the batch")
        return await self.inner.handle_async_request(request)


async def two_ticks_on_the_server(folder, url, token):
    phone1 = await signed_in_state(folder, url, token, sync_loop=False)
    bill = phone1.item("bill")
    await phone1.set_tick(bill, "checklist-bill-open", True)
    await phone1.set_tick(bill, "checklist-bill-amount", True)
    assert await phone1.flush()
    return bill


def test_progress_from_the_server_is_merged_with_unsent_ticks(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        bill = await two_ticks_on_the_server(tmp_path / "phone1", live_server.url, me.token)
        # A second phone (or a reinstall) with its own unsent tick.
        phone2 = await signed_in_state(tmp_path / "phone2", live_server.url, me.token)
        phone2.api.transport = RefuseEvents()
        await phone2.set_tick(bill, "checklist-bill-date", True)
        assert await phone2.flush() is False
        phone2_queue = list(phone2.queue)
        assert await phone2.pull_progress()
        assert phone2.queue == phone2_queue  # nothing sent, nothing dropped
        assert phone2.progress(bill) == (3, 3)  # the server's two and the phone's one
        phone2.api.transport = None
        assert await phone2.flush()

    asyncio.run(run())
    assert [e.kind for e in server_events(settings)] == ["step_ticked"] * 3


def test_a_tick_sent_while_progress_is_pulled_stays_ticked(
    settings, session, live_server, tmp_path
):
    """The race the sync loop made flaky: the server answers the pull, then the phone
    sends a new tick (acknowledged, queue empty), then the older answer arrives. The
    tick must neither vanish from the screen nor be lost for the coach."""
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        bill = await two_ticks_on_the_server(tmp_path / "phone1", live_server.url, me.token)
        phone2 = await signed_in_state(
            tmp_path / "phone2", live_server.url, me.token, sync_loop=False
        )
        hold = HoldTheProgressAnswer()
        phone2.api.transport = hold
        pull = asyncio.create_task(phone2.pull_progress())
        try:
            await hold.answered.wait()  # the server said: two ticks
            await phone2.set_tick(bill, "checklist-bill-date", True)
            assert await phone2.flush() and phone2.queue == []  # acknowledged meanwhile
        finally:
            hold.release.set()  # (also when a check failed: no task left waiting)
        assert await pull
        assert phone2.progress(bill) == (3, 3)
        # A later pull (the server has it all now) agrees.
        assert await phone2.pull_progress()
        assert phone2.progress(bill) == (3, 3)

    asyncio.run(run())
    assert [e.kind for e in server_events(settings)] == ["step_ticked"] * 3


class HoldOneQueueWrite(FileStore):
    """A device store whose next write of the queue waits for the test: the window in
    which, on the web, the write is a round trip to the browser's storage."""

    def __init__(self, folder):
        super().__init__(folder)
        self.armed = False
        self.holding = asyncio.Event()
        self.release = asyncio.Event()

    async def set(self, key, value):
        if key == "queue" and self.armed:
            self.armed = False
            self.holding.set()
            await self.release.wait()
        await super().set(key, value)


def test_a_completion_made_while_a_batch_is_trimmed_is_never_lost(
    settings, session, live_server, tmp_path
):
    """Issue 9's lost completion: the sync loop trimmed the sent events from the queue
    while the last tick's completion was being queued, and wrote the queue without it."""
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        store = HoldOneQueueWrite(tmp_path / "phone")
        st = AppState(store=store, api=StegvisApi(live_server.url))
        without_sync_loop(st)
        await st.load()
        assert await st.sign_in(me.token)
        await st.choose_language("sv")
        bill = st.item("bill")
        await st.set_tick(bill, "checklist-bill-open", True)
        await st.set_tick(bill, "checklist-bill-amount", True)
        store.armed = True
        sending = asyncio.create_task(st.flush())
        await store.holding.wait()  # the two ticks are stored; the trim is being written
        try:
            last = asyncio.create_task(st.set_tick(bill, "checklist-bill-date", True))
            await asyncio.sleep(0)  # the tick runs as far as it can
            # The network drops: the new events stay on the phone, in the queue.
            st.api.transport = RefuseEvents()
        finally:
            store.release.set()
        assert await last  # "Well done" on the screen ...
        assert await sending is False
        assert [e["type"] for e in st.queue] == ["step_ticked", "checklist_completed"]
        again = new_state(tmp_path / "phone", live_server.url)
        await again.load()  # ... and on the device, should the app close now
        assert [e["type"] for e in again.queue] == ["step_ticked", "checklist_completed"]
        st.api.transport = None
        assert await st.flush() and st.queue == []

    asyncio.run(run())
    kinds = [e.kind for e in server_events(settings)]
    assert kinds == ["step_ticked"] * 3 + ["checklist_completed"]


def test_catalog_is_fetched_once_and_served_from_the_phone(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token, lang="fa")
        version = st.catalog["version"]
        assert await st.refresh_catalog()  # a 304: same catalog
        assert st.catalog["version"] == version
        live_server.stop()
        assert await st.refresh_catalog() is False
        assert st.item("bus")["steps"][1]["text"] == "دکمه توقف را فشار دهید"
        live_server.start()

    asyncio.run(run())


def test_audio_of_the_participants_language_is_on_the_phone_for_offline_use(
    settings, session, live_server, tmp_path
):
    """The installed app: after the first sync the audio plays from the phone, also with
    the server gone; a second sync downloads nothing again."""
    from server.models import AudioClip
    from tests.utils.stations import make_mp3

    make_mini_catalog(session)
    me = make_participant(session)
    settings.audio_dir.mkdir(parents=True, exist_ok=True)
    arabic = list(session.exec(select(AudioClip).where(AudioClip.language == "ar")))
    for clip in arabic:
        (settings.audio_dir / clip.file_name).write_bytes(make_mp3("مرحبا", "ar"))

    async def run():
        st = await signed_in_state(tmp_path / "phone", live_server.url, me.token, lang="ar")
        assert await st.cache_audio() == len(arabic)
        assert await st.cache_audio() == 0  # already on the phone
        live_server.stop()
        step = st.item("gardin")["steps"][0]
        local = st.audio_src(step["audio"])
        assert local is not None and not local.startswith("http")
        with open(local, "rb") as f:
            assert f.read() == (settings.audio_dir / step["audio"].rsplit("/", 1)[-1]).read_bytes()
        live_server.start()

    asyncio.run(run())
