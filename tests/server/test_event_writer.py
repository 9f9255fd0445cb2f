"""The event writer stores many phones' batches in one group (server/api/event_writer.py):
each batch still gets its own answer, and one bad batch never costs the others theirs.
Runs on SQLite and PostgreSQL."""

import uuid
from datetime import UTC, datetime
from functools import partial

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from server.api.event_writer import Job, event_writer
from server.api.routes.progress import _judge, _rows_for, _validated
from server.db import get_engine
from server.models import ProgressEvent
from server.services.rollups import snapshot
from tests.client.fixtures import make_mini_catalog, make_participant


def tick(step="checklist-bill-open"):
    return {
        "id": str(uuid.uuid4()),
        "type": "step_ticked",
        "device_time": datetime.now(UTC).isoformat(),
        "step": step,
        "language": "so",
    }


def job_for(token, events, rows_for=_rows_for) -> Job:
    now = datetime.now(UTC)
    return Job(get_engine(), token, partial(rows_for, _judge(_validated(events), now), now))


def write_as_one_group(jobs):
    """What the writer thread does with the batches waiting at one moment."""
    for job in jobs:
        assert job.future.set_running_or_notify_cancel()
    event_writer._write(get_engine(), jobs)
    return [job.future for job in jobs]


def stored_ids(session) -> set[str]:
    return set(session.exec(select(ProgressEvent.event_id)).all())


def test_two_copies_of_a_batch_in_one_group_store_it_once(client, session):
    make_mini_catalog(session)
    amal = make_participant(session)
    batch = [tick(), tick("checklist-bill-amount")]
    ids = [e["id"] for e in batch]
    first, second = write_as_one_group([job_for(amal.token, batch), job_for(amal.token, batch)])
    assert first.result().stored == set(ids)
    assert second.result().stored == set()  # the phone hears "duplicate" for both
    assert session.exec(select(func.count()).select_from(ProgressEvent)).one() == 2
    day = snapshot(session)["participant_day"]
    assert [row[2] for row in day] == [2]  # counted once for the coach


def test_one_bad_batch_fails_alone_and_the_rest_of_its_group_is_stored(client, session):
    make_mini_catalog(session)
    amal = make_participant(session, name="Amal", org_slug="a")
    nour = make_participant(session, name="Nour", org_slug="b")

    def rows_naming_a_deleted_step(judged, now, s, participant_id):
        # As if the step was removed after the phone's catalogue was cached: the
        # database refuses the row (foreign key), not our checks.
        rows = _rows_for(judged, now, s, participant_id)
        return [{**row, "step_id": 10**6} for row in rows]

    good_a, good_n = [tick()], [tick(), tick("checklist-bill-amount")]
    bad = [tick()]
    futures = write_as_one_group(
        [
            job_for(amal.token, good_a),
            job_for(nour.token, bad, rows_naming_a_deleted_step),
            job_for(nour.token, good_n),
        ]
    )
    assert futures[0].result().stored == {e["id"] for e in good_a}
    assert futures[2].result().stored == {e["id"] for e in good_n}
    with pytest.raises(IntegrityError):
        futures[1].result()
    assert stored_ids(session) == {e["id"] for e in good_a + good_n}


def test_a_revoked_card_in_a_group_is_refused_alone(client, session):
    make_mini_catalog(session)
    amal = make_participant(session)
    mine = [tick()]
    refused, kept = write_as_one_group([job_for("not-a-card", [tick()]), job_for(amal.token, mine)])
    with pytest.raises(Exception) as refusal:
        refused.result()
    assert getattr(refusal.value, "status_code", None) == 401
    assert kept.result().stored == {mine[0]["id"]}
    assert stored_ids(session) == {mine[0]["id"]}


def test_the_fast_sqlite_timestamp_text_is_sqlalchemys_own():
    """Rows the writer stores must read back like rows stored through the ORM."""
    from datetime import UTC, datetime, timedelta, timezone

    from sqlalchemy.dialects import sqlite
    from sqlalchemy.types import DateTime

    from server.api.event_writer import sqlite_time_text

    dialect = sqlite.dialect()
    orm = DateTime(timezone=True).dialect_impl(dialect).bind_processor(dialect)
    for value in (
        datetime(2026, 12, 4, 19, 49, 0, 123456, tzinfo=UTC),
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),  # no microseconds
        datetime(2000, 2, 29, 23, 59, 59, 1, tzinfo=timezone(timedelta(hours=14))),
        datetime(2099, 12, 31, 0, 0),  # naive
    ):
        assert sqlite_time_text(value) == orm(value)
