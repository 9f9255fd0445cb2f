"""The coach's state (issue 5): plain Python, observable by the coach screens.

Every server call goes through `_run`, which turns what went wrong into a
Fluent message id the screen shows (`message`), so no screen ever shows a
stack trace. A session that expired (401) signs the coach out locally.

Also here: the participant's own view of their goal plan (`MyGoals`), and the
small pure functions the charts use, so they are tested without a screen.
"""

import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import flet as ft

from client.api import (
    ApiError,
    CoachApi,
    NotSignedIn,
    Offline,
    RateLimited,
    StegvisApi,
    my_goals,
    tick_my_subgoal,
)
from client.storage import Store

T = TypeVar("T")

EXIT_REASONS = ("work", "studies", "work_practice", "seeking_work", "other")
GENDERS = ("unspecified", "woman", "man", "non_binary")
COACH_LANGS = ("sv", "en")
SHOW = ("active", "exited", "all")

TOKEN_KEY = "coach.token"
# Issue 12: this device's token from an earlier sign-in; with it the coach is let in
# while someone else's wrong guesses slow the account down. Kept after signing out.
DEVICE_KEY = "coach.device"
LANG_KEY = "coach.lang"


@ft.observable
@dataclass
class CoachState:
    store: Store
    api: CoachApi
    coach: dict | None = None
    language: str = "sv"
    message: str | None = None  # a coach.ftl id: what went wrong or what just happened
    message_args: dict = field(default_factory=dict)
    error: bool = False
    busy: bool = False
    loaded: bool = False
    # the participant list
    query: str = ""
    show: str = "active"
    rows: list = field(default_factory=list)
    total: int = 0
    coaches: list = field(default_factory=list)
    # one participant's page
    overview: dict | None = None
    card_status: dict | None = None  # the open participant's card (issue 12)
    scale_keys: list = field(default_factory=list)
    # the organisation report
    report: dict | None = None

    # ------------------------------------------------------------------ plumbing

    def say(self, msg_id: str | None, *, error: bool = False, **args: Any) -> None:
        self.message, self.message_args, self.error = msg_id, args, error

    async def _run(
        self, call: Callable[[], Awaitable[T]], *, not_found: str = "coach-error-not-found"
    ) -> T | None:
        """Run a server call; None (and a message) when it failed."""
        self.busy = True
        try:
            return await call()
        except RateLimited as exc:
            self.say(
                "coach-error-rate-limited", error=True, minutes=max(1, -(-exc.retry_after // 60))
            )
        except NotSignedIn:
            if self.coach is not None:
                await self._forget_session()
                self.say("coach-error-session-expired", error=True)
            else:
                self.say("coach-error-wrong-login", error=True)
        except Offline:
            self.say("coach-error-offline", error=True)
        except ApiError as exc:
            if exc.status == 404:
                self.say(not_found, error=True)
            elif exc.status == 409:
                self.say("coach-error-deactivated", error=True)
            else:
                self.say("coach-error-refused", error=True, detail=_readable(str(exc)))
        finally:
            self.busy = False
        return None

    async def _forget_session(self) -> None:
        self.coach = None
        self.api.token = None
        self.rows, self.total, self.overview, self.report = [], 0, None, None
        await self.store.remove(TOKEN_KEY)

    # ------------------------------------------------------------------ session

    @property
    def signed_in(self) -> bool:
        return self.coach is not None

    async def load(self) -> None:
        """The saved session (if it still works) and the coach's UI language."""
        lang = await self.store.get(LANG_KEY)
        self.language = lang if lang in COACH_LANGS else "sv"
        token = await self.store.get(TOKEN_KEY)
        if token:
            self.api.token = token
            try:
                self.coach = await self.api.me()
            except NotSignedIn:
                await self._forget_session()
            except ApiError:
                self.say("coach-error-offline", error=True)
        self.loaded = True

    async def set_language(self, code: str) -> None:
        if code in COACH_LANGS:
            self.language = code
            await self.store.set(LANG_KEY, code)

    async def sign_in(self, email: str, password: str) -> bool:
        if not email.strip() or not password:
            self.say("coach-error-fill-in", error=True)
            return False
        self.coach = None  # a 401 here is a wrong password, not an expired session
        device = await self.store.get(DEVICE_KEY)
        body = await self._run(lambda: self.api.login(email.strip(), password, device=device))
        if body is None:
            return False
        if body.get("device_token"):
            await self.store.set(DEVICE_KEY, body["device_token"])
        self.api.token = body["access_token"]
        await self.store.set(TOKEN_KEY, body["access_token"])
        self.coach = body["coach"]
        self.say(None)
        return True

    async def sign_out(self, *, everywhere: bool = False) -> None:
        """Sign out here (or on every device); locally signed out even if offline."""
        if self.coach is not None:
            call = self.api.logout_all if everywhere else self.api.logout
            # Expired or offline: the token is dropped here all the same.
            with contextlib.suppress(ApiError):
                await call()
        await self._forget_session()
        self.say("coach-signed-out-everywhere" if everywhere else "coach-signed-out")

    # ---------------------------------------------------------------- the list

    def _filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {"q": self.query.strip() or None, "sort": "name"}
        if self.show == "active":
            f["active"] = "true"
        elif self.show == "exited":
            f["exited"] = "true"
        return f

    async def load_participants(self) -> bool:
        asked = (self.query, self.show)
        got = await self._run(lambda: self.api.participants(**self._filters()))
        if got is None:
            return False
        if asked != (self.query, self.show):
            return False  # typed on meanwhile: a newer answer is on its way
        self.total, self.rows = got
        return True

    async def search(self, query: str) -> None:
        self.query = query
        await self.load_participants()

    async def set_show(self, show: str) -> None:
        self.show = show if show in SHOW else "active"
        await self.load_participants()

    async def load_coaches(self) -> None:
        got = await self._run(self.api.coaches)
        if got is not None:
            self.coaches = got

    async def enrol(
        self,
        *,
        display_name: str,
        language: str,
        coach_id: int | None = None,
        gender: str | None = None,
    ) -> dict | None:
        if not display_name.strip():
            self.say("coach-error-name-needed", error=True)
            return None
        created = await self._run(
            lambda: self.api.enrol(
                display_name=display_name.strip(),
                language=language,
                coach_id=coach_id,
                gender=None if gender in (None, "unspecified") else gender,
            )
        )
        if created:
            self.say("coach-enrolled", name=created["display_name"])
        return created

    # ------------------------------------------------------ one participant

    async def open_participant(self, pid: int) -> bool:
        if self.overview and self.overview["participant"]["id"] != pid:
            self.overview = None  # never show one person's page under another's name
        got = await self._run(lambda: self.api.overview(pid))
        if got is None:
            return False
        self.overview = got
        self.card_status = await self._run(lambda: self.api.card_status(pid))
        if not self.scale_keys:
            self.scale_keys = await self._run(self.api.scales) or list(got["scales"]["scales"])
        return True

    async def card(self, pid: int) -> bytes | None:
        """A new card (PDF). The old card stops working; the screen says so."""
        pdf = await self._run(lambda: self.api.card_pdf(pid))
        if pdf is not None:
            self.say("coach-card-ready")
            self.card_status = await self._run(lambda: self.api.card_status(pid))
        return pdf

    async def renew_card(self, pid: int) -> bool:
        """The card in the participant's hand works a full lifetime from today."""
        got = await self._run(lambda: self.api.renew_card(pid))
        if got is None:
            return False
        self.card_status = got
        self.say("coach-card-renewed", until=got["expires_at"][:10] if got["expires_at"] else "")
        return True

    async def deactivate(self, pid: int) -> bool:
        ok = await self._run(lambda: self.api.deactivate(pid)) is not None
        if ok:
            self.say("coach-deactivated")
            await self.open_participant(pid)
        return ok

    async def record_exit(self, pid: int, reason: str, on: str) -> bool:
        if reason not in EXIT_REASONS:
            self.say("coach-error-exit-reason", error=True)
            return False
        try:
            date.fromisoformat(on)
        except ValueError:
            self.say("coach-error-date", error=True)
            return False
        ok = await self._run(lambda: self.api.record_exit(pid, reason, on)) is not None
        if ok:
            self.say("coach-exit-recorded")
            await self.open_participant(pid)
        return ok

    async def add_goal(self, pid: int, title: str, subgoals: list[str]) -> bool:
        title = title.strip()
        subs = [s.strip() for s in subgoals if s.strip()]
        if not title:
            self.say("coach-error-goal-title", error=True)
            return False
        ok = await self._run(lambda: self.api.add_goal(pid, title, subs)) is not None
        if ok:
            await self.open_participant(pid)
        return ok

    async def add_subgoal(self, pid: int, goal_id: int, title: str) -> bool:
        if not title.strip():
            self.say("coach-error-goal-title", error=True)
            return False
        ok = await self._run(lambda: self.api.add_subgoal(goal_id, title.strip())) is not None
        if ok:
            await self.open_participant(pid)
        return ok

    async def record_goal(self, pid: int, kind: str, target_id: int, wav: bytes) -> bool:
        """A goal (kind "goals") or sub-goal ("subgoals") in the coach's own voice
        (Swedish); it plays on the participant's phone instead of the computer voice."""
        if not wav:
            self.say("coach-goal-no-sound", error=True)
            return False
        path = f"/api/{kind}/{target_id}/recording"
        got = await self._run(
            lambda: self.api._json(
                "POST",
                path,
                params={"language": "sv"},
                files={"file": (f"{kind}-{target_id}.wav", wav, "audio/wav")},
            )
        )
        if got is None:
            return False
        await self.open_participant(pid)
        self.say("coach-goal-recorded")
        return True

    async def tick_subgoal(self, pid: int, subgoal_id: int, done: bool) -> bool:
        ok = await self._run(lambda: self.api.set_subgoal_done(subgoal_id, done)) is not None
        if ok:
            await self.open_participant(pid)
        return ok

    async def rate(self, pid: int, rated_on: str, ratings: dict[str, int | None]) -> bool:
        given = {k: int(v) for k, v in ratings.items() if v not in (None, "")}
        if not given:
            self.say("coach-error-no-ratings", error=True)
            return False
        if any(not 1 <= v <= 10 for v in given.values()):
            self.say("coach-error-rating-range", error=True)
            return False
        try:
            date.fromisoformat(rated_on)
        except ValueError:
            self.say("coach-error-date", error=True)
            return False
        ok = await self._run(lambda: self.api.rate_scales(pid, rated_on, given)) is not None
        if ok:
            self.say("coach-rating-saved")
            await self.open_participant(pid)
        return ok

    async def export(self, pid: int) -> bytes | None:
        return await self._run(lambda: self.api.export(pid))

    async def erase(self, pid: int) -> bool:
        ok = await self._run(lambda: self.api.erase(pid)) is not None
        if ok:
            self.overview = None
            self.say("coach-erased")
            await self.load_participants()
        return ok

    # ---------------------------------------------------------------- report

    async def load_report(self, start: str, end: str) -> bool:
        try:
            if date.fromisoformat(start) > date.fromisoformat(end):
                self.say("coach-error-period", error=True)
                return False
        except ValueError:
            self.say("coach-error-date", error=True)
            return False
        got = await self._run(lambda: self.api.report(start, end))
        if got is None:
            return False
        self.report = got
        self.say(None)
        return True

    async def report_csv(self, start: str, end: str) -> bytes | None:
        return await self._run(lambda: self.api.report_csv(start, end))


def _readable(detail: str) -> str:
    """FastAPI's 422 list as one short line for the screen."""
    if detail.startswith("[{"):
        import ast

        try:
            items = ast.literal_eval(detail)
            return "; ".join(str(i.get("msg", "")) for i in items if isinstance(i, dict))
        except (ValueError, SyntaxError):
            pass
    return detail[:200]


# ------------------------------------------------- the participant's own goal plan


@ft.observable
@dataclass
class MyGoals:
    """The signed-in participant's goals, ticked off in their client; the coach sees when."""

    api: StegvisApi
    goals: list = field(default_factory=list)
    failed: bool = False
    loaded: bool = False

    async def load(self) -> bool:
        try:
            self.goals = await my_goals(self.api)
        except ApiError:
            self.failed = True
            return False
        self.failed, self.loaded = False, True
        return True

    async def tick(self, subgoal_id: int, done: bool) -> bool:
        try:
            self.goals = await tick_my_subgoal(self.api, subgoal_id, done)
        except ApiError:
            self.failed = True
            return False
        self.failed = False
        return True


# ------------------------------------------------------------ for the charts


def fmt_duration(ms: int) -> str:
    """Listening time as m:ss (h:mm:ss past an hour): numbers, not words."""
    s = max(0, int(ms or 0)) // 1000
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def shares(values: dict[str, int]) -> list[tuple[str, int, float]]:
    """(key, value, share of the largest) largest first: bar lengths for a bar chart."""
    top = max(values.values(), default=0)
    return [
        (k, v, (v / top) if top else 0.0)
        for k, v in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def station_reading(station: dict) -> dict[str, Any]:
    """What a station's numbers suggest, for the coach to judge language vs task.

    replays_per_open: audio plays per opening (one listen per step is normal);
    hardest_step: the step played most, and whether that holds in every language
    it was heard in (then the task is the likelier difficulty); swedish_share:
    the share of listening done in Swedish.
    """
    opens = max(1, station.get("opens") or 0)
    steps = station.get("steps") or []
    per_lang_top: dict[str, str] = {}
    for lang in {u["language"] for s in steps for u in s["languages"]}:
        counts = {
            s["title"]: next((u["plays"] for u in s["languages"] if u["language"] == lang), 0)
            for s in steps
        }
        if any(counts.values()):
            per_lang_top[lang] = max(counts, key=counts.get)
    hardest = max(steps, key=lambda s: s["plays"], default=None)
    listened = sum(u["listened_ms"] for u in station.get("languages") or [])
    sv_ms = sum(u["listened_ms"] for u in station.get("languages") or [] if u["language"] == "sv")
    return {
        "replays_per_open": round((station.get("plays") or 0) / opens, 1),
        "hardest_step": hardest["title"] if hardest and hardest["plays"] else None,
        "same_step_in_every_language": bool(per_lang_top)
        and len(per_lang_top) > 1
        and len(set(per_lang_top.values())) == 1,
        "swedish_share": round(sv_ms / listened, 2) if listened else 0.0,
    }


def scale_chart(history: dict) -> list[dict[str, Any]]:
    """One row per scale: its points in date order, and the change from first to last."""
    rows = []
    for key in history.get("scales", []):
        points = history.get("series", {}).get(key, [])
        rows.append(
            {
                "scale": key,
                "points": [(p["date"], p["value"]) for p in points],
                "change": (points[-1]["value"] - points[0]["value"]) if len(points) > 1 else None,
            }
        )
    return rows
