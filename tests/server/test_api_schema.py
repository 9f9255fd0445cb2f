"""Issue 12, point 6: Schemathesis (property-based) against the app's own OpenAPI schema,
in process: every operation, generated valid and invalid input, signed in as a coach
(an admin) or as a participant. No answer may be a server error, and every answer
with a documented body (the 422s included) must match what the schema says.

Bounded: a few examples per operation (STEGVIS_SCHEMATHESIS_EXAMPLES, default 8), so
the whole run stays within a minute or two on a small machine.
"""

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from server.main import create_app
from tests.utils.factories import (
    coach_token,
    make_coach,
    make_org,
    make_participant,
    participant_token,
    use_fast_password_hashing,
)

EXAMPLES = int(os.environ.get("STEGVIS_SCHEMATHESIS_EXAMPLES", "8"))


@pytest.fixture
def api(settings, session, monkeypatch):
    """The app on a fresh database with an organisation, an admin coach and a participant."""
    use_fast_password_hashing(monkeypatch)
    app = create_app()
    org = make_org(session)
    coach = make_coach(session, org, is_admin=True)
    make_participant(session, org, coach=coach)
    p = make_participant(session, org, coach=coach)
    with TestClient(app) as c:
        tokens = {"coach": coach_token(c, coach), "participant": participant_token(session, p)}
    return app, tokens


def _who(path: str) -> str:
    # The participant's own device: /api/participant/..., /api/progress/...
    return "participant" if path.startswith(("/api/participant/", "/api/progress")) else "coach"


CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def test_api_never_fails_and_answers_as_documented(api):
    app, tokens = api
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 40

    for operation in operations:
        # Valid input (must not fail) and invalid input (must be a documented 4xx).
        strategy = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )

        @given(case=strategy)
        @hypothesis_settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,  # the same examples every run: a failure is reproducible
        )
        def check(case):
            headers = {"Authorization": f"Bearer {tokens[_who(case.path)]}"}
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS)

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # every operation's, not just the first
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
