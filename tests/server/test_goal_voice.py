"""Goals and sub-goals are heard: a computer voice (Swedish) as soon as the coach
saves them, the coach's own recording (in the participant's language) above it."""

import pytest
from sqlmodel import select

from server.models import AudioClip
from tests.utils.audio import make_samples, tools_missing
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_participant,
    participant_headers,
    use_fast_password_hashing,
)

pytestmark = pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing()))


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return make_samples(tmp_path_factory.mktemp("goal-voice"), text="Jag ska ta bussen själv")


def _plan(client, session, participant):
    r = client.get("/api/participant/goals", headers=participant_headers(session, participant))
    assert r.status_code == 200
    return r.json()


def test_goal_is_spoken_then_the_coachs_recording_wins_and_goes_stale_on_rename(
    client, session, samples
):
    coach = make_coach(session)
    p = make_participant(session, coach=coach, language="ar")
    headers = coach_headers(client, coach)
    r = client.post(
        f"/api/participants/{p.id}/goals",
        json={"title": "Ta bussen själv", "subgoals": ["Hitta hållplatsen", "Köp en biljett"]},
        headers=headers,
    )
    assert r.status_code == 201
    goal = r.json()

    # The computer voice was made after the response: the participant hears every line.
    plan = _plan(client, session, p)
    lines = [plan[0], *plan[0]["subgoals"]]
    assert all(line["audio"] for line in lines), plan
    for line in lines:
        audio = client.get(line["audio"])
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"
        assert len(audio.content) > 1000
    assert {c.source for c in session.exec(select(AudioClip))} == {"espeak"}

    # The coach records the first sub-goal in Arabic, in their own voice: it wins.
    sub = goal["subgoals"][0]
    r = client.post(
        f"/api/subgoals/{sub['id']}/recording?language=ar",
        content=samples["wav"].read_bytes(),
        headers={**headers, "Content-Type": "audio/wav"},
    )
    assert r.status_code == 201, r.text
    human = r.json()["url"]
    plan = _plan(client, session, p)
    assert plan[0]["subgoals"][0]["audio"] == human
    coach_view = client.get(f"/api/participants/{p.id}/goals", headers=headers).json()
    assert coach_view[0]["subgoals"][0]["audio_source"] == "human"

    # Renamed: the recording says the old words, so it stops playing; a fresh computer
    # voice of the new words takes over until it is recorded again.
    r = client.patch(
        f"/api/subgoals/{sub['id']}", json={"title": "Hitta rätt hållplats"}, headers=headers
    )
    assert r.status_code == 200
    now = _plan(client, session, p)[0]["subgoals"][0]["audio"]
    assert now and now != human
    name = now.rsplit("/", 1)[1]
    clip = session.exec(select(AudioClip).where(AudioClip.file_name == name)).one()
    assert clip.source == "espeak"


def test_goal_recordings_are_checked(client, session, samples):
    coach, stranger = make_coach(session), make_coach(session)
    p = make_participant(session, coach=coach, language="so")
    goal = client.post(
        f"/api/participants/{p.id}/goals",
        json={"title": "Laga mat hemma", "subgoals": []},
        headers=coach_headers(client, coach),
    ).json()
    wav = samples["wav"].read_bytes()
    # Another organisation's coach: as if the goal did not exist.
    r = client.post(
        f"/api/goals/{goal['id']}/recording?language=so",
        content=wav,
        headers={**coach_headers(client, stranger), "Content-Type": "audio/wav"},
    )
    assert r.status_code == 404
    headers = {**coach_headers(client, coach), "Content-Type": "audio/wav"}
    r = client.post(f"/api/goals/{goal['id']}/recording?language=xx", content=wav, headers=headers)
    assert r.status_code == 422 and "language" in r.text
    r = client.post(
        f"/api/goals/{goal['id']}/recording?language=so", content=b"not audio", headers=headers
    )
    assert 400 <= r.status_code < 500
    # Somali: no engine speaks it, so the coach's recording is the only voice, and it plays.
    r = client.post(f"/api/goals/{goal['id']}/recording?language=so", content=wav, headers=headers)
    assert r.status_code == 201
    assert _plan(client, session, p)[0]["audio"] == r.json()["url"]
