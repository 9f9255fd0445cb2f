"""Issue 12, point 2: the sign-in limiter slows guessing with doubling waits, per account
and per address, without locking out the owner (known browser) or the office (NAT);
X-Forwarded-For is believed only from STEGVIS_TRUSTED_PROXIES; its state is in the
database (every process and a restarted server see it); throttling is audited."""

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from server.core import security
from server.core.config import get_settings
from server.main import create_app
from server.models import AuditEntry
from server.models.login import LoginThrottle
from server.services import accounts
from server.services.login_throttle import POLICIES
from tests.utils.factories import (
    PASSWORD,
    coach_headers,
    make_coach,
    make_org,
    use_fast_password_hashing,
)

WRONG = "wrong password 123"
ACCOUNT_FREE = POLICIES["account"].free
ADDRESS_FREE = POLICIES["address"].free


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)
    # Unknown emails are checked against a dummy hash made with the real costs.
    monkeypatch.setattr(accounts, "_DUMMY_HASH", security.hash_password("timing equaliser"))


def browser(address: str = "192.0.2.10") -> TestClient:
    """A new browser (empty cookie jar) connecting from `address`."""
    return TestClient(create_app(), client=(address, 50000))


def login(c: TestClient, email: str, password: str, **headers):
    return c.post("/api/auth/login", json={"email": email, "password": password}, headers=headers)


def time_passes(session, scope: str, key: str) -> None:
    """The wait is over (instead of sleeping in a test)."""
    row = session.exec(
        select(LoginThrottle).where(LoginThrottle.scope == scope, LoginThrottle.key == key)
    ).one()
    row.blocked_until = datetime.now(UTC) - timedelta(seconds=1)
    session.add(row)
    session.commit()


def test_waits_double_after_the_free_failures(settings, session):
    coach = make_coach(session)
    with browser() as attacker:
        for _ in range(ACCOUNT_FREE):
            assert login(attacker, coach.email, WRONG).status_code == 401
        waits = []
        for _ in range(4):
            assert login(attacker, coach.email, WRONG).status_code == 401
            r = login(attacker, coach.email, WRONG)  # straight away: must wait
            assert r.status_code == 429
            assert "Too many failed sign-ins" in r.json()["detail"]
            waits.append(int(r.headers["retry-after"]))
            time_passes(session, "account", coach.email)
        assert waits == [2, 4, 8, 16]


def test_the_wait_is_capped(settings, session):
    coach = make_coach(session)
    with browser() as attacker:
        for _ in range(ACCOUNT_FREE + 20):
            login(attacker, coach.email, WRONG)
            time_passes(session, "account", coach.email)
        assert login(attacker, coach.email, WRONG).status_code == 401
        r = login(attacker, coach.email, PASSWORD)
        assert r.status_code == 429
        assert 0 < int(r.headers["retry-after"]) <= POLICIES["account"].cap_s


def test_the_owner_still_signs_in_from_a_known_browser(settings, session):
    coach = make_coach(session)
    with browser("192.0.2.10") as own, browser("198.51.100.7") as attacker:
        assert login(own, coach.email, PASSWORD).status_code == 200  # known from now on
        for _ in range(ACCOUNT_FREE + 3):
            login(attacker, coach.email, WRONG)
        assert login(attacker, coach.email, PASSWORD).status_code == 429
        # The owner's browser is let through with the right password ...
        r = login(own, coach.email, PASSWORD)
        assert r.status_code == 200, r.text
        assert own.get("/api/auth/me").json()["id"] == coach.id
        # ... and so is an app that keeps its device token (the Flet client does).
        device = r.json()["device_token"]
        with browser("198.51.100.99") as app:
            r = login(app, coach.email, PASSWORD, **{"X-Stegvis-Device": device})
            assert r.status_code == 200
            # Someone else's device token is not good for this account.
            other = make_coach(session)
            assert login(app, other.email, PASSWORD).status_code == 200
            r = login(app, coach.email, PASSWORD, **{"X-Stegvis-Device": "made-up"})
            assert r.status_code == 429


def test_a_known_browser_that_keeps_failing_loses_its_pass(settings, session):
    coach = make_coach(session)
    with browser("192.0.2.10") as own, browser("198.51.100.7") as attacker:
        assert login(own, coach.email, PASSWORD).status_code == 200
        for _ in range(ACCOUNT_FREE + 3):
            login(attacker, coach.email, WRONG)
        for _ in range(5):  # someone at the coach's own laptop, guessing
            assert login(own, coach.email, WRONG).status_code == 401
        assert login(own, coach.email, PASSWORD).status_code == 429


def test_one_coachs_typos_do_not_lock_the_office_out(settings, session):
    org = make_org(session)
    office = "203.0.113.5"  # everyone at the unit shares one address (NAT)
    coaches = [make_coach(session, org) for _ in range(ACCOUNT_FREE + 2)]
    with browser(office) as c:
        # Many coaches mistype a few times each: together more than an account allows.
        for coach in coaches:
            for _ in range(3):
                assert login(c, coach.email, WRONG).status_code == 401
        late = make_coach(session, org)
        assert login(c, late.email, PASSWORD).status_code == 200


def test_many_accounts_from_one_address_slow_that_address(settings, session):
    with browser("198.51.100.7") as attacker:
        for n in range(ADDRESS_FREE):
            assert login(attacker, f"guess{n}@example.org", WRONG).status_code == 401
        assert login(attacker, "guess-x@example.org", WRONG).status_code == 401
        r = login(attacker, "guess-y@example.org", WRONG)
        assert r.status_code == 429
    coach = make_coach(session)
    # The same address: a new browser waits too; a known browser is let through.
    with browser("198.51.100.7") as c:
        assert login(c, coach.email, PASSWORD).status_code == 429
    # Another address is not affected.
    with browser("192.0.2.44") as c:
        assert login(c, coach.email, PASSWORD).status_code == 200


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(settings, session):
    with browser("127.0.0.1") as attacker:
        for n in range(ADDRESS_FREE + 1):
            # A new forged address each time: not believed from an untrusted peer.
            xff = {"X-Forwarded-For": f"10.9.{n}.1"}
            login(attacker, f"guess{n}@example.org", WRONG, **xff)
        r = login(attacker, "next@example.org", WRONG, **{"X-Forwarded-For": "10.99.0.1"})
        assert r.status_code == 429


def test_trusted_proxy_gives_each_client_its_own_address(settings, session, monkeypatch):
    monkeypatch.setenv("STEGVIS_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    get_settings.cache_clear()
    coach = make_coach(session)
    with browser("127.0.0.1") as proxy:
        # The guesser behind the proxy is slowed down ...
        for n in range(ADDRESS_FREE + 1):
            # What a client puts left of the real address is forged: ignored.
            xff = {"X-Forwarded-For": f"6.6.6.{n}, 198.51.100.7, 10.1.2.3"}
            login(proxy, f"guess{n}@example.org", WRONG, **xff)
        r = login(proxy, "x@example.org", WRONG, **{"X-Forwarded-For": "198.51.100.7"})
        assert r.status_code == 429
        # ... while another client behind the same proxy signs in.
        r = login(proxy, coach.email, PASSWORD, **{"X-Forwarded-For": "192.0.2.80"})
        assert r.status_code == 200


def test_state_is_shared_by_every_server_and_survives_a_restart(settings, session):
    coach = make_coach(session)
    # Two app instances on one database: like two server processes, or one restarted.
    with browser("198.51.100.7") as first:
        for _ in range(ACCOUNT_FREE + 1):
            login(first, coach.email, WRONG)
    with browser("198.51.100.8") as second:
        assert login(second, coach.email, PASSWORD).status_code == 429
    assert session.exec(select(LoginThrottle)).all()  # kept in the database


def test_a_success_clears_the_account_count(settings, session):
    coach = make_coach(session)
    with browser() as c:
        for _ in range(ACCOUNT_FREE):
            login(c, coach.email, WRONG)
        assert login(c, coach.email, PASSWORD).status_code == 200
    with browser() as c:
        for _ in range(ACCOUNT_FREE):
            assert login(c, coach.email, WRONG).status_code == 401


def test_throttling_an_account_is_audited_once_per_streak(settings, session):
    org = make_org(session)
    admin = make_coach(session, org, is_admin=True)
    coach = make_coach(session, org)
    with browser("198.51.100.7") as attacker:
        for _ in range(ACCOUNT_FREE + 4):
            login(attacker, coach.email, WRONG)
            time_passes(session, "account", coach.email)
    with browser("192.0.2.10") as c:
        r = c.get(
            "/api/audit",
            params={"action": "login_throttled"},
            headers=coach_headers(c, admin),
        )
    assert r.status_code == 200, r.text
    entries = r.json()["entries"]
    assert [(e["action"], e["coach_id"]) for e in entries] == [("login_throttled", coach.id)]
    rows = session.exec(select(AuditEntry).where(AuditEntry.action == "login_throttled")).all()
    assert len(rows) == 1
