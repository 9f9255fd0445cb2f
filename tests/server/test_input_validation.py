"""Issue 12, point 5 (and issue 8's ids): nonsense dates, ranges and numbers get a clear
4xx that says what is wrong, never a 500 and never a silent 1970; nothing changes."""

import json
import re
import uuid
from datetime import date

import pytest

from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


@pytest.fixture
def unit(client, session):
    org = make_org(session)
    coach = make_coach(session, org, is_admin=True)
    p = make_participant(session, org, coach=coach)
    return coach_headers(client, coach), p


REPORT = "/api/reports/organisation"


@pytest.mark.parametrize(
    "params, says",
    [
        ({"to": "0"}, "YYYY-MM-DD"),  # was taken as 1970-01-01
        ({"from": "1700000000"}, "YYYY-MM-DD"),
        ({"to": "1970-01-01"}, "between 2000-01-01 and 2100-12-31"),
        ({"from": "2026-13-01"}, "month"),
        ({"from": "2026-02-30"}, "day"),
        ({"to": "9999-12-31"}, "between"),
        ({"from": "2026-05-01", "to": "2026-01-01"}, "'from' is after 'to'"),
        ({"from": "2020-01-01", "to": "2026-01-01"}, "longer than three years"),
    ],
)
def test_nonsense_report_periods_are_422(client, unit, params, says):
    headers, _ = unit
    r = client.get(REPORT, params=params, headers=headers)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, list) and detail[0]["loc"][0] == "query"
    assert says in detail[0]["msg"]


def test_a_sensible_period_is_reported(client, unit):
    headers, _ = unit
    r = client.get(REPORT, params={"from": "2026-01-01", "to": "2026-06-30"}, headers=headers)
    assert r.status_code == 200
    assert (r.json()["from"], r.json()["to"]) == ("2026-01-01", "2026-06-30")


@pytest.mark.parametrize("bad", [0, "0", "1999-12-31", "2026-02-30", "yesterday", 1.5e9])
def test_nonsense_exit_dates_are_422_and_change_nothing(client, session, unit, bad):
    headers, p = unit
    r = client.post(
        f"/api/participants/{p.id}/exit", json={"reason": "work", "date": bad}, headers=headers
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "date"]
    session.refresh(p)
    assert p.is_active and p.exited_at is None


def test_nonsense_scale_dates_are_422(client, unit):
    headers, p = unit
    for bad in (0, "0", "1900-01-01"):
        r = client.post(
            f"/api/participants/{p.id}/scales",
            json={"rated_on": bad, "ratings": {"swedish": 5}},
            headers=headers,
        )
        assert r.status_code == 422, r.text
    r = client.get(f"/api/participants/{p.id}/scales", headers=headers)
    assert r.json()["ratings"] == []


def test_an_event_from_1970_is_rejected_not_stored(client, session, unit):
    _, p = unit
    event = {"id": str(uuid.uuid4()), "type": "station_opened", "device_time": 0}
    r = client.post(
        "/api/progress/events", json={"events": [event]}, headers=participant_headers(session, p)
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == []
    assert "device_time" in body["rejected"][0]["error"]


# --- ids out of range, on every route that takes one --------------------------------------

HUGE = [2**64, 2**63, 2**31, 0, -1]


def _id_routes(client) -> list[tuple[str, str, set[str]]]:
    """(method, path, names of its integer path parameters) for every such route."""
    routes = []
    for path, ops in client.app.openapi()["paths"].items():
        for method, op in ops.items():
            ints = {
                p["name"]
                for p in op.get("parameters", [])
                if p["in"] == "path" and p["schema"].get("type") == "integer"
            }
            if ints:
                routes.append((method, path, ints))
    return routes


def test_every_route_with_an_id_answers_huge_ids_with_422(client, session, unit):
    headers, _ = unit
    routes = _id_routes(client)
    assert len(routes) >= 25  # the coach's and the participant's routes with ids
    p_headers = participant_headers(session, unit[1])
    for method, path, ints in routes:
        for value in HUGE:
            url = re.sub(
                r"\{(\w+)\}", lambda m, v=value, i=ints: str(v) if m[1] in i else "x", path
            )
            answers = []
            for h in (headers, p_headers):  # the wrong kind of sign-in may be refused first
                r = client.request(method, url, headers=h, json={})
                assert r.status_code in (401, 403, 422), (method, url, r.status_code, r.text)
                if r.status_code == 422:
                    assert r.json()["detail"][0]["loc"][0] == "path"
                answers.append(r.status_code)
            assert 422 in answers, (method, url, answers)


def test_the_largest_id_is_just_not_found(client, unit):
    headers, _ = unit
    r = client.get(f"/api/participants/{2**31 - 1}", headers=headers)
    assert r.status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/api/participants?coach_id=18446744073709551616",
        "/api/participants?offset=18446744073709551616",
        "/api/participants?coach_id=2147483648",
        "/api/audit?participant_id=18446744073709551616",
        "/api/audit?coach_id=2147483648",
        "/api/audit?offset=9223372036854775808",
    ],
)
def test_huge_numbers_in_queries_are_422(client, unit, url):
    headers, _ = unit
    r = client.get(url, headers=headers)
    assert r.status_code == 422, r.text


@pytest.mark.parametrize("coach_id", [2**64, 2**31])
def test_huge_ids_in_bodies_are_422(client, session, unit, coach_id):
    headers, p = unit
    r = client.post(
        "/api/participants",
        json={"display_name": "Ny", "language": "so", "coach_id": coach_id},
        headers=headers,
    )
    assert r.status_code == 422
    r = client.patch(f"/api/participants/{p.id}", json={"coach_id": coach_id}, headers=headers)
    assert r.status_code == 422
    session.refresh(p)
    assert p.coach_id is not None


def test_today_is_a_valid_exit_date(client, unit):
    headers, p = unit
    r = client.post(
        f"/api/participants/{p.id}/exit",
        json={"reason": "work", "date": date.today().isoformat()},
        headers=headers,
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2026-03-01T09:30:00+01:00", True),
        (" 2026-03-01T09:30:00Z ", True),
        ("2000-01-01T00:30:00+02:00", True),  # the moment's own date counts, not UTC's
        ("2100-12-31T23:59:59-05:00", True),
        ("1999-12-31T23:30:00-02:00", False),
        ("2101-01-01T00:00:00Z", False),
        ("0001-01-01T00:00:00+14:00", False),
        ("1700000000", False),  # seconds since 1970, as text
        (1700000000, False),
        ("2026-03-01", False),  # a day is no moment
        ("2026-13-01T10:00:00", False),
    ],
)
def test_an_events_moment_is_written_out_and_plausible(written, kept):
    """The rules of a moment (server/models/_dates.py), checked in pydantic's own code,
    the same from a request's bytes and from parsed JSON."""
    from pydantic import ValidationError

    from server.api.routes.progress import EventIn

    event = {"id": str(uuid.uuid4()), "type": "step_ticked", "device_time": written}
    for read in (EventIn.model_validate, lambda e: EventIn.model_validate_json(json.dumps(e))):
        if kept:
            assert read(event).device_time.year in range(2000, 2101)
        else:
            with pytest.raises(ValidationError) as refused:
                read(event)
            assert refused.value.errors()[0]["loc"] == ("device_time",)
