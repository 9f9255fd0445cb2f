"""The organisation report: exact on screen, "<5" in the CSV export. SQLite and PostgreSQL."""

import csv
import io
import uuid
from datetime import UTC, date, datetime

import pytest

from tests.client.fixtures import make_mini_catalog
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


def ev(type_, **extra):
    return {
        "id": str(uuid.uuid4()),
        "type": type_,
        "device_time": datetime.now(UTC).isoformat(),
    } | extra


@pytest.fixture
def unit(client, session):
    make_mini_catalog(session)
    org, other = make_org(session), make_org(session)
    coach = make_coach(session, org)
    headers = coach_headers(client, coach)
    people = []
    # 6 women, 2 men, 1 unspecified; in another organisation 3 more women.
    for gender, n in (("woman", 6), ("man", 2), ("unspecified", 1)):
        for _ in range(n):
            r = client.post(
                "/api/participants",
                headers=headers,
                json={"display_name": f"P{len(people)}", "language": "ar", "gender": gender},
            )
            people.append(r.json())
    for _ in range(3):
        make_participant(session, other)
    # Exits: 5 to work (4 women, 1 man), 1 to studies.
    today = date.today().isoformat()
    for p, reason in zip(people[:6], ["work"] * 4 + ["studies"] + ["work"], strict=True):
        client.post(
            f"/api/participants/{p['id']}/exit",
            headers=headers,
            json={"reason": reason, "date": today},
        )
    # Activity from two participants who stay.
    for p in people[6:8]:
        card = participant_headers(session, _participant(session, p["id"]))
        events = [ev("checklist_completed", item="bill", language="ar")]
        events += [ev("station_opened", item="gardin", language="ar") for _ in range(3)]
        events += [ev("station_opened", item="gardin", language="sv")]
        client.post("/api/progress/events", json={"events": events}, headers=card)
    # The other organisation's activity must not show.
    stranger = make_participant(session, other)
    client.post(
        "/api/progress/events",
        json={"events": [ev("checklist_completed", item="bill", language="fa")]},
        headers=participant_headers(session, stranger),
    )
    return headers


def _participant(session, pid):
    from server.models import Participant

    return session.get(Participant, pid)


def test_on_screen_report_has_exact_counts_of_own_organisation(client, unit):
    r = client.get("/api/reports/organisation", headers=unit)
    assert r.status_code == 200, r.text
    rep = r.json()
    genders = {c["gender"]: c["count"] for c in rep["participants"]["by_gender"]}
    assert genders == {"woman": 6, "man": 2, "non_binary": 0, "unspecified": 1}
    assert rep["participants"]["total"] == 9
    reasons = {c["reason"]: c["count"] for c in rep["exits"]["by_reason"]}
    assert (reasons["work"], reasons["studies"], reasons["other"]) == (5, 1, 0)
    cells = {(c["reason"], c["gender"]): c["count"] for c in rep["exits"]["by_reason_and_gender"]}
    assert cells[("work", "woman")] == 5 and cells[("studies", "woman")] == 1
    done = {c["slug"]: c["count"] for c in rep["checklists_completed"]["by_checklist"]}
    assert done == {"bill": 2, "laundry": 0}  # not the other organisation's
    opens = {(c["slug"], c["language"]): c["opens"] for c in rep["stations_by_language"]}
    assert opens == {("gardin", "ar"): 6, ("gardin", "sv"): 2}


def test_period_excludes_what_happened_outside_it(client, unit):
    last_year = date.today().year - 1
    r = client.get(
        f"/api/reports/organisation?from={last_year}-01-01&to={last_year}-12-31", headers=unit
    )
    rep = r.json()
    assert rep["participants"]["total"] == 0  # nobody was enrolled yet
    assert rep["exits"]["total"] == 0
    assert rep["stations_by_language"] == []
    bad = client.get("/api/reports/organisation?from=2026-05-01&to=2026-04-01", headers=unit)
    assert bad.status_code == 422


def test_csv_export_hides_counts_under_five(client, unit):
    r = client.get("/api/reports/organisation?format=csv", headers=unit)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = {(s, g, sub): n for s, g, sub, n in list(csv.reader(io.StringIO(r.text)))[1:]}
    assert rows[("participants_by_gender", "woman", "")] == "6"
    assert rows[("participants_by_gender", "man", "")] == "<5"
    assert rows[("participants_by_gender", "unspecified", "")] == "<5"
    assert rows[("participants_by_gender", "total", "")] == "9"  # three cells hidden
    assert rows[("exits_by_reason", "work", "")] == "5"
    # Several exit reasons are hidden (1 and the zeros), so the total stays.
    assert rows[("exits_by_reason", "total", "")] == "6"
    assert rows[("exits_by_reason_and_gender", "studies", "woman")] == "<5"
    assert rows[("checklists_completed", "bill", "")] == "<5"
    assert rows[("station_opens_by_language", "gardin", "ar")] == "6"
    assert rows[("station_opens_by_language", "gardin", "sv")] == "<5"
    for value in rows.values():
        assert value in ("", "-", "<5") or not value.isdigit() or int(value) >= 5


def test_csv_total_hidden_when_one_cell_alone_is_hidden():
    from server.services.reports import report_csv

    report = {
        "from": "2026-01-01",
        "to": "2026-12-31",
        "participants": {
            "total": 12,
            "by_gender": [{"gender": "woman", "count": 9}, {"gender": "man", "count": 3}],
        },
        "exits": {"total": 0, "by_reason": [], "by_reason_and_gender": []},
        "checklists_completed": {"total": 0, "by_checklist": []},
        "stations_by_language": [],
    }
    rows = list(csv.reader(io.StringIO(report_csv(report))))
    assert ["participants_by_gender", "man", "", "<5"] in rows
    assert ["participants_by_gender", "total", "", "-"] in rows  # 12 - 9 would reveal 3


def test_report_reads_only_rollups(client, unit, session):
    """Deleting the raw events leaves the report unchanged: it never scans them."""
    from sqlalchemy import delete

    from server.models import ProgressEvent

    before = client.get("/api/reports/organisation", headers=unit).json()
    session.execute(delete(ProgressEvent))
    session.commit()
    assert client.get("/api/reports/organisation", headers=unit).json() == before
    assert before["checklists_completed"]["total"] == 2
