"""Roles (issue 10): only language support and admins of the owning organisation change
texts, reviews and recordings; the shared library is read-only to organisations; every
change is in the audit log with who and when."""

import pytest
from sqlmodel import select

from server.models import CatalogItem, CatalogText, Step
from server.models.coaching import AuditEntry
from tests.utils.audio import make_samples, tools_missing
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_library_editor,
    make_org,
)
from tests.utils.speech_catalog import seed_speech_catalog

LIBRARY_STEP = "station-gardin-fetch"
A_STEP = "station-oa-gardin-s1"


def own_station(session, org) -> None:
    """Org A's own station with one step, texts in sv and so (as authoring makes them)."""
    item = CatalogItem(
        organisation_id=org.id,
        slug="oa-gardin",
        kind="station",
        code="agard1",
        pictogram="curtains",
        title_id="station-oa-gardin-title",
    )
    session.add(item)
    session.flush()
    session.add(Step(item_id=item.id, slug="s1", position=0, pictogram="box", text_id=A_STEP))
    for tid, sv, so in (
        ("station-oa-gardin-title", "Gardiner i Arvika", "Daahyada Arvika"),
        (A_STEP, "Hämta lådan från hylla 3", "Ka keen sanduuqa armaajada 3"),
    ):
        session.add(CatalogText(text_id=tid, language="sv", text=sv, review_status="source"))
        session.add(CatalogText(text_id=tid, language="so", text=so, review_status="draft"))
    session.commit()


@pytest.fixture
def world(client, session):
    seed_speech_catalog(session)
    org_a, org_b = make_org(session), make_org(session)
    own_station(session, org_a)
    return org_a, org_b


def patch(client, headers, text_id, language="so", text="Qoraal cusub"):
    return client.patch(f"/api/texts/{text_id}/{language}", json={"text": text}, headers=headers)


def text_of(session, text_id, language="so"):
    session.expire_all()
    return session.exec(
        select(CatalogText.text).where(
            CatalogText.text_id == text_id, CatalogText.language == language
        )
    ).one()


def test_a_plain_coach_of_org_b_gets_403_on_org_a_and_library_texts(client, session, world):
    org_a, org_b = world
    b_coach = coach_headers(client, make_coach(session, org_b))
    before = (text_of(session, A_STEP), text_of(session, LIBRARY_STEP))
    for text_id in (A_STEP, LIBRARY_STEP):
        r = patch(client, b_coach, text_id)
        assert r.status_code == 403, r.text
        review = client.patch(
            f"/api/texts/{text_id}/so", json={"review_status": "reviewed"}, headers=b_coach
        )
        assert review.status_code == 403
        upload = client.post(
            f"/api/texts/{text_id}/so/recording",
            content=b"RIFF....",
            headers={**b_coach, "Content-Type": "audio/wav"},
        )
        assert upload.status_code == 403
        assert (
            client.delete(f"/api/texts/{text_id}/so/recording", headers=b_coach).status_code == 403
        )
    assert "library" in patch(client, b_coach, LIBRARY_STEP).json()["detail"]
    assert "another organisation" in patch(client, b_coach, A_STEP).json()["detail"]
    # Nothing changed, nothing audited.
    assert (text_of(session, A_STEP), text_of(session, LIBRARY_STEP)) == before
    assert session.exec(select(AuditEntry)).all() == []


def test_admin_of_org_b_cannot_change_org_a_or_the_library_either(client, session, world):
    _, org_b = world
    b_admin = coach_headers(client, make_coach(session, org_b, is_admin=True))
    assert patch(client, b_admin, A_STEP).status_code == 403
    assert patch(client, b_admin, LIBRARY_STEP).status_code == 403
    # Another organisation's text is not shown in B's lists nor readable one by one.
    listed = client.get("/api/texts", params={"language": "so"}, headers=b_admin).json()
    ids = {row["text_id"] for row in listed}
    assert LIBRARY_STEP in ids and A_STEP not in ids
    assert all(row["editable"] is False for row in listed)
    assert client.get(f"/api/texts/{A_STEP}/so", headers=b_admin).status_code == 403


def test_only_language_support_and_admins_of_org_a_change_its_texts_and_it_is_audited(
    client, session, world
):
    org_a, _ = world
    plain = make_coach(session, org_a)
    support = make_coach(session, org_a, is_language_support=True, is_coach=False)
    admin = make_coach(session, org_a, is_admin=True)

    r = patch(client, coach_headers(client, plain), A_STEP)
    assert r.status_code == 403 and "language-support" in r.json()["detail"]
    assert patch(client, coach_headers(client, plain), LIBRARY_STEP).status_code == 403

    r = patch(client, coach_headers(client, support), A_STEP, text="Keen sanduuqa 3")
    assert r.status_code == 200, r.text
    assert r.json()["editable"] is True and r.json()["owner"] == org_a.id
    assert text_of(session, A_STEP) == "Keen sanduuqa 3"
    # ... but the library stays read-only to an organisation's own staff too.
    assert patch(client, coach_headers(client, support), LIBRARY_STEP).status_code == 403

    admin_h = coach_headers(client, admin)
    r = client.patch(f"/api/texts/{A_STEP}/so", json={"review_status": "reviewed"}, headers=admin_h)
    assert r.status_code == 200, r.text

    entries = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(e.coach_id, e.action, e.subject, e.organisation_id) for e in entries] == [
        (support.id, "text_changed", f"text {A_STEP}/so", org_a.id),
        (admin.id, "text_changed", f"text {A_STEP}/so", org_a.id),
    ]
    assert all(e.at is not None for e in entries)
    # The organisation admin reads who changed what in the audit log.
    log = client.get("/api/audit", params={"action": "text_changed"}, headers=admin_h)
    assert log.status_code == 200, log.text
    assert [e["subject"] for e in log.json()["entries"]] == [f"text {A_STEP}/so"] * 2


def test_the_library_is_kept_by_library_editors_only(client, session, world):
    editor = coach_headers(client, make_library_editor(session, make_org(session)))
    r = patch(client, editor, LIBRARY_STEP, text="Keen sanduuq")
    assert r.status_code == 200, r.text
    assert text_of(session, LIBRARY_STEP) == "Keen sanduuq"
    # A library editor has no say over an organisation's own texts.
    assert patch(client, editor, A_STEP).status_code == 403


def test_a_language_support_only_account_sees_texts_but_no_participants(client, session, world):
    org_a, _ = world
    support = coach_headers(
        client, make_coach(session, org_a, is_language_support=True, is_coach=False)
    )
    assert client.get("/api/texts", params={"language": "so"}, headers=support).status_code == 200
    r = client.get("/api/participants", headers=support)
    assert r.status_code == 403 and "coach role" in r.json()["detail"]
    me = client.get("/api/auth/me", headers=support).json()
    assert me["roles"] == ["language_support"]


def test_an_admin_gives_a_coach_the_language_support_role_and_it_is_audited(client, session, world):
    org_a, _ = world
    admin = make_coach(session, org_a, is_admin=True)
    coach = make_coach(session, org_a)
    h = coach_headers(client, admin)
    r = client.patch(f"/api/coaches/{coach.id}", json={"is_language_support": True}, headers=h)
    assert r.status_code == 200 and r.json()["roles"] == ["coach", "language_support"]
    # Library editing is never granted by an organisation.
    r = client.patch(f"/api/coaches/{coach.id}", json={"is_library_editor": True}, headers=h)
    assert r.status_code == 200 and r.json()["is_library_editor"] is False
    assert patch(client, coach_headers(client, coach), A_STEP).status_code == 200
    entry = session.exec(select(AuditEntry).where(AuditEntry.action == "roles_changed")).one()
    assert entry.coach_id == admin.id and "is_language_support=True" in entry.subject


@pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing()))
def test_language_support_of_org_a_records_its_text_and_the_upload_is_audited(
    client, session, world, tmp_path
):
    org_a, org_b = world
    support = make_coach(session, org_a, is_language_support=True)
    wav = make_samples(tmp_path)["wav"].read_bytes()
    h = coach_headers(client, support)
    r = client.post(
        f"/api/texts/{A_STEP}/so/recording",
        files={"file": ("take.wav", wav, "audio/wav")},
        headers=h,
    )
    assert r.status_code == 201, r.text
    assert client.delete(f"/api/texts/{A_STEP}/so/recording", headers=h).status_code == 200
    actions = [
        (e.action, e.coach_id)
        for e in session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    ]
    assert actions == [("recorded", support.id), ("rec_withdrawn", support.id)]
