"""A participant's data: exported as one file, erased on request.

Export: one JSON document with everything stored about the participant
(profile, sign-in cards' dates, progress events, goal plan, scale ratings,
recordings of them) and `summary`, a plain-text account in Swedish that a coach
can read out or print for the participant.

Erasure removes their events, per-participant rollups, goal plan, scale
ratings and sign-in tokens, and anonymises the participant row: the name is
replaced, the coach link cut, the language reset. What stays is what the
organisation's aggregated reports count (organisation, enrolment and exit
dates, exit reason, gender) and the organisation's daily counts, which hold no
identity. Stegvis records no audio of participants (human recordings are of
staff reading catalog texts), so there are none to export or erase; the
export says so.
"""

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlmodel import Session, col

from server.models import (
    AccessToken,
    CatalogItem,
    Coach,
    Organisation,
    Participant,
    ProgressEvent,
    Step,
)
from server.models.coaching import SCALES, Goal, ScaleRating, SubGoal
from server.services import audit, coaching
from server.services.rollups import aware, fold_pending, rebuild_rollups

EXPORT_FORMAT = "stegvis-participant-export/1"
ERASED_NAME = "(raderad)"
NO_RECORDINGS = (
    "Stegvis spelar inte in deltagare: ljudinspelningar görs av personal som läser "
    "katalogtexter. Det finns därför inga inspelningar av deltagaren."
)
SCALE_NAMES_SV = {
    "everyday_autonomy": "Vardagen på egen hand",
    "swedish": "Svenska",
    "health_self_rated": "Hälsa (som deltagaren själv upplever den)",
    "work_skills": "Arbetsfärdigheter",
    "social_contacts": "Sociala kontakter",
    "job_search": "Jobbsökande",
}
EXIT_REASONS_SV = {
    "work": "arbete",
    "studies": "studier",
    "work_practice": "praktik",
    "seeking_work": "arbetssökande",
    "other": "annat",
}


def _iso(value) -> str | None:
    return (
        aware(value).isoformat()
        if isinstance(value, datetime)
        else (value.isoformat() if value is not None else None)
    )


def export_participant(*, session: Session, participant: Participant, by: Coach) -> dict:
    """Everything stored about the participant, as one JSON-ready dict; logs the export."""
    pid = participant.id
    org = session.get(Organisation, participant.organisation_id)
    coach = session.get(Coach, participant.coach_id) if participant.coach_id else None
    slugs = dict(session.execute(select(CatalogItem.id, CatalogItem.slug)).all())
    step_keys = dict(session.execute(select(Step.id, Step.text_id)).all())
    events = [
        {
            "id": e.event_id,
            "type": e.kind,
            "item": slugs.get(e.item_id),
            "step": step_keys.get(e.step_id),
            "language": e.language,
            "listened_ms": e.listened_ms,
            "device_time": _iso(e.device_time),
            "received_at": _iso(e.received_at),
        }
        for e in session.execute(
            select(ProgressEvent)
            .where(ProgressEvent.participant_id == pid)
            .order_by(ProgressEvent.device_time, ProgressEvent.id)
        ).scalars()
    ]
    cards = [
        {"issued_at": _iso(t.created_at), "revoked_at": _iso(t.revoked_at)}
        for t in session.execute(
            select(AccessToken).where(AccessToken.participant_id == pid).order_by(AccessToken.id)
        ).scalars()
    ]
    goals = [
        g.model_dump(mode="json") for g in coaching.goal_plan(session=session, participant_id=pid)
    ]
    scales = coaching.scale_history(session=session, participant_id=pid)
    profile = {
        "id": pid,
        "display_name": participant.display_name,
        "language": participant.language,
        "organisation": org.name if org else None,
        "coach": coach.display_name if coach else None,
        "enrolled_at": _iso(participant.created_at),
        "is_active": participant.is_active,
        "gender": participant.gender,
        "exit_reason": participant.exit_reason,
        "exited_at": _iso(participant.exited_at),
    }
    now = datetime.now(UTC)
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "profile": profile,
        "sign_in_cards": cards,
        "events": events,
        "goals": goals,
        "scale_ratings": [r.model_dump(mode="json") for r in scales.ratings],
        "recordings": [],
        "recordings_note": NO_RECORDINGS,
    }
    document["summary"] = summary_text(document)
    audit.record(session=session, coach=by, action="exported", participant_id=pid)
    session.commit()
    return document


def summary_text(doc: dict) -> str:
    """A plain Swedish account of the export, for people rather than programs."""
    p = doc["profile"]
    kinds: dict[str, int] = {}
    for e in doc["events"]:
        kinds[e["type"]] = kinds.get(e["type"], 0) + 1
    lines = [
        f"Uppgifter om {p['display_name']} i Stegvis",
        f"Utdrag gjort {doc['exported_at'][:10]}.",
        "",
        f"Organisation: {p['organisation']}",
        f"Coach: {p['coach'] or 'ingen'}",
        f"Språk: {p['language']}",
        f"Inskriven: {(p['enrolled_at'] or '')[:10]}",
        f"Kön (för ESF-uppföljning): {p['gender']}",
    ]
    if p["exit_reason"]:
        lines.append(
            f"Avslutad {p['exited_at']}: {EXIT_REASONS_SV.get(p['exit_reason'], p['exit_reason'])}"
        )
    lines += [
        "",
        f"Inloggningskort: {len(doc['sign_in_cards'])} utfärdade.",
        f"Aktiviteter i appen: {len(doc['events'])} händelser.",
    ]
    for kind, n in sorted(kinds.items()):
        lines.append(f"  - {kind}: {n}")
    lines.append("")
    lines.append(f"Genomförandeplan: {len(doc['goals'])} mål.")
    for g in doc["goals"]:
        lines.append(f"  Mål: {g['title']} ({g['done']} av {g['total']} delmål klara)")
        for s in g["subgoals"]:
            mark = "x" if s["done_at"] else " "
            lines.append(f"    [{mark}] {s['title']}")
    lines.append("")
    lines.append(f"Skattningar (1-10): {len(doc['scale_ratings'])} tillfällen.")
    for r in doc["scale_ratings"]:
        values = ", ".join(
            f"{SCALE_NAMES_SV[k]} {v}" for k, v in r["ratings"].items() if v is not None
        )
        lines.append(f"  {r['rated_on']}: {values}")
    lines += ["", doc["recordings_note"]]
    return "\n".join(lines) + "\n"


def erase_participant(*, session: Session, participant: Participant, by: Coach) -> None:
    """Erase the participant's data (see the module docstring for what stays); logs it."""
    pid = participant.id
    # The organisation's daily counts keep the erased participant's events: fold in
    # any still pending before the events go.
    fold_pending(session)
    session.execute(delete(ProgressEvent).where(col(ProgressEvent.participant_id) == pid))
    session.execute(delete(SubGoal).where(col(SubGoal.participant_id) == pid))
    session.execute(delete(Goal).where(col(Goal.participant_id) == pid))
    session.execute(delete(ScaleRating).where(col(ScaleRating.participant_id) == pid))
    session.execute(delete(AccessToken).where(col(AccessToken.participant_id) == pid))
    participant.display_name = ERASED_NAME
    participant.language = "sv"
    participant.coach_id = None
    participant.is_active = False
    participant.erased_at = datetime.now(UTC)
    session.add(participant)
    audit.record(session=session, coach=by, action="erased", participant_id=pid)
    # Empties the per-participant rollups in the same transaction, and commits.
    rebuild_rollups(session, pid)


assert set(SCALE_NAMES_SV) == set(SCALES)
