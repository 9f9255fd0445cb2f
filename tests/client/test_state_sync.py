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


async def signed_in_state(folder, url, token, lang="ar") -> AppState:
    st = new_state(folder, url)
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


def test_progress_from_the_server_is_merged_with_unsent_ticks(
    settings, session, live_server, tmp_path
):
    make_mini_catalog(session)
    me = make_participant(session)

    async def run():
        phone1 = await signed_in_state(tmp_path / "phone1", live_server.url, me.token)
        bill = phone1.item("bill")
        await phone1.set_tick(bill, "checklist-bill-open", True)
        await phone1.set_tick(bill, "checklist-bill-amount", True)
        assert await phone1.flush()
        # A second phone (or a reinstall) with its own unsent untick.
        phone2 = await signed_in_state(tmp_path / "phone2", live_server.url, me.token)
        live_server.stop()
        await phone2.set_tick(bill, "checklist-bill-date", True)
        live_server.start()
        phone2_queue = list(phone2.queue)
        assert await phone2.pull_progress()
        assert phone2.queue == phone2_queue
        assert phone2.progress(bill) == (3, 3)

    asyncio.run(run())


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
