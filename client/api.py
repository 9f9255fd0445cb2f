"""The only place the client speaks HTTP to the server (JSON API).

Errors are sorted into what the app can act on: Offline (try again later,
keep everything queued), NotSignedIn (the card was revoked or is unknown:
ask the coach for a new one), ApiError (the server refused the request).
"""

import json as jsonlib
import sys
from typing import Any
from urllib.parse import urlencode

# In the phone's browser the client runs in Pyodide (a web worker): no sockets, so
# requests go through the browser's fetch (and the service worker in front of it).
IN_BROWSER = sys.platform == "emscripten"


class ApiError(Exception):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Offline(ApiError):
    """No network, server down, timeout or a 5xx: nothing was decided, try later."""


class NotSignedIn(ApiError):
    """401: the sign-in card is revoked or unknown."""


class StegvisApi:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 15.0,
        transport=None,  # an httpx.AsyncBaseTransport (tests), CPython only
    ):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.transport = transport  # tests put a failing transport in front of a real server

    def absolute(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base_url + path

    async def _request(self, method: str, path: str, *, token: str | None = None, **kw):
        headers = kw.pop("headers", {})
        bearer = token or self.token
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        resp = await _http(
            method,
            self.absolute(path),
            headers=headers,
            timeout=self.timeout,
            transport=self.transport,
            **kw,
        )
        if resp.status_code == 401:
            raise NotSignedIn(_detail(resp), 401)
        if resp.status_code >= 500 or resp.status_code == 429:
            raise Offline(f"server said {resp.status_code}", resp.status_code)
        return resp

    async def sign_in(self, card_token: str) -> dict[str, Any]:
        """Check a card's token; the participant's profile if it is live."""
        resp = await self._request(
            "POST", "/api/auth/participant", json={"token": card_token}, token=card_token
        )
        if resp.status_code in (404, 405):
            # Accounts API not mounted on this server: the progress read-back also
            # proves the token and names the participant.
            resp = await self._request("GET", "/api/progress/me", token=card_token)
            _raise_for(resp)
            return resp.json()["participant"]
        _raise_for(resp)
        body = resp.json()
        return body.get("participant", body)

    async def catalog(self, lang: str, etag: str | None = None) -> tuple[dict | None, str | None]:
        """(catalog, etag); catalog is None when the server says it is unchanged."""
        headers = {"If-None-Match": etag} if etag else {}
        resp = await self._request("GET", "/api/catalog", params={"lang": lang}, headers=headers)
        if resp.status_code == 304:
            return None, etag
        _raise_for(resp)
        return resp.json(), resp.headers.get("etag")

    async def send_events(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        resp = await self._request("POST", "/api/progress/events", json={"events": events})
        _raise_for(resp)
        return resp.json()

    async def my_progress(self) -> dict[str, Any]:
        resp = await self._request("GET", "/api/progress/me")
        _raise_for(resp)
        return resp.json()

    async def fetch_bytes(self, path: str) -> bytes:
        resp = await self._request("GET", path)
        _raise_for(resp)
        return resp.content


class Response:
    """What the app reads of an answer, the same from httpx (CPython) and fetch (browser)."""

    def __init__(self, status_code: int, headers: dict[str, str], content: bytes):
        self.status_code = status_code
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.content = content

    def json(self) -> Any:
        return jsonlib.loads(self.content)


async def _http(
    method: str,
    url: str,
    *,
    headers: dict,
    timeout: float,
    transport=None,
    params: dict | None = None,
    json: Any = None,
    files: dict | None = None,
) -> Response:
    """One request; Offline when nothing came back (no network, refused, timed out)."""
    if IN_BROWSER:
        return await _fetch(
            method, url, headers=headers, timeout=timeout, params=params, json=json, files=files
        )
    import httpx

    try:
        # A client per call: calls are rare (a sync every few seconds at most)
        # and this stays correct across event loops (tests, Flet sessions).
        async with httpx.AsyncClient(timeout=timeout, transport=transport) as c:
            resp = await c.request(
                method, url, headers=headers, params=params, json=json, files=files
            )
    except httpx.HTTPError as exc:
        raise Offline(f"network: {exc.__class__.__name__}") from exc
    return Response(resp.status_code, dict(resp.headers), resp.content)


async def _fetch(
    method: str,
    url: str,
    *,
    headers: dict,
    timeout: float,
    params: dict | None,
    json: Any,
    files: dict | None,
) -> Response:
    """The browser's fetch from Pyodide (pyodide.http.pyfetch)."""
    import js  # Pyodide's bridge to the browser
    from pyodide.http import pyfetch

    if files:
        raise ApiError("uploads are made from the coach area (server mode)", 400)
    if params:
        url += ("&" if "?" in url else "?") + urlencode(params)
    body = None
    if json is not None:
        body = jsonlib.dumps(json)
        headers = {**headers, "Content-Type": "application/json"}
    try:
        resp = await pyfetch(
            url,
            method=method,
            headers=headers,
            body=body,
            cache="no-store",
            signal=js.AbortSignal.timeout(int(timeout * 1000)),
        )
        content = await resp.bytes()
    except Exception as exc:  # fetch rejects with a TypeError/AbortError: no answer came
        raise Offline(f"network: {exc.__class__.__name__}") from exc
    return Response(resp.status, dict(resp.headers), content)


def _detail(resp: Response) -> str:
    try:
        detail = resp.json().get("detail")
    except ValueError:
        detail = None
    return str(detail or f"HTTP {resp.status_code}")


def _raise_for(resp: Response) -> None:
    if resp.status_code >= 400:
        raise ApiError(_detail(resp), resp.status_code)


# --- the participant's own goal plan (issue 5) -----------------------------------------


async def my_goals(api: StegvisApi) -> list[dict[str, Any]]:
    """The signed-in participant's goals with sub-goals (GET /api/participant/goals)."""
    resp = await api._request("GET", "/api/participant/goals")
    _raise_for(resp)
    return resp.json()


async def tick_my_subgoal(api: StegvisApi, subgoal_id: int, done: bool) -> list[dict[str, Any]]:
    """Tick (or untick) one of the participant's sub-goals; answers the whole plan."""
    resp = await api._request(
        "POST" if done else "DELETE", f"/api/participant/goals/{subgoal_id}/done"
    )
    _raise_for(resp)
    return resp.json()


# --- the coach's side (issue 5) ---------------------------------------------------------


class RateLimited(ApiError):
    """429 on sign-in: too many failed attempts; retry_after in seconds."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message, 429)
        self.retry_after = retry_after


class CoachApi(StegvisApi):
    """The coach's calls. Same transport and error kinds as the participant's, except
    that a 429 is RateLimited (a person is waiting at the sign-in form, not a sync loop)."""

    async def _call(self, method: str, path: str, **kw) -> "Response":
        headers = kw.pop("headers", {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        resp = await _http(
            method,
            self.absolute(path),
            headers=headers,
            timeout=self.timeout,
            transport=self.transport,
            **kw,
        )
        if resp.status_code == 401:
            raise NotSignedIn(_detail(resp), 401)
        if resp.status_code == 429:
            retry = resp.headers.get("retry-after", "")
            raise RateLimited(_detail(resp), int(retry) if retry.isdigit() else 60)
        if resp.status_code >= 500:
            raise Offline(_detail(resp), resp.status_code)
        _raise_for(resp)
        return resp

    async def _json(self, method: str, path: str, **kw) -> Any:
        resp = await self._call(method, path, **kw)
        return resp.json() if resp.content else None

    # accounts
    async def login(self, email: str, password: str, device: str | None = None) -> dict[str, Any]:
        """{access_token, expires_at, coach, device_token}; NotSignedIn on a wrong email or
        password. `device`: the device_token of an earlier sign-in from this device."""
        headers = {"X-Stegvis-Device": device} if device else {}
        return await self._json(
            "POST", "/api/auth/login", json={"email": email, "password": password}, headers=headers
        )

    async def me(self) -> dict[str, Any]:
        return await self._json("GET", "/api/auth/me")

    async def logout(self) -> None:
        await self._call("POST", "/api/auth/logout")

    async def logout_all(self) -> None:
        await self._call("POST", "/api/auth/logout-all")

    async def coaches(self) -> list[dict[str, Any]]:
        return await self._json("GET", "/api/coaches")

    # participants
    async def participants(self, **filters: Any) -> tuple[int, list[dict[str, Any]]]:
        """(total matching, rows) with the list's summary columns."""
        params = {k: v for k, v in filters.items() if v is not None and v != ""}
        resp = await self._call("GET", "/api/participants", params=params)
        rows = resp.json()
        return int(resp.headers.get("x-total-count", len(rows))), rows

    async def enrol(self, **body: Any) -> dict[str, Any]:
        return await self._json(
            "POST", "/api/participants", json={k: v for k, v in body.items() if v is not None}
        )

    async def update_participant(self, pid: int, **changes: Any) -> dict[str, Any]:
        return await self._json("PATCH", f"/api/participants/{pid}", json=changes)

    async def card_pdf(self, pid: int) -> bytes:
        """A new sign-in card (PDF); every earlier card of this participant stops working."""
        return (await self._call("POST", f"/api/participants/{pid}/card")).content

    async def card_status(self, pid: int) -> dict[str, Any] | None:
        """The current card: issued, works until (None: no card that works)."""
        try:
            return await self._json("GET", f"/api/participants/{pid}/token")
        except ApiError as exc:
            if exc.status == 404:
                return None
            raise

    async def renew_card(self, pid: int) -> dict[str, Any]:
        """The current card works a full lifetime from today, without reprinting it."""
        return await self._json("POST", f"/api/participants/{pid}/token/renew")

    async def deactivate(self, pid: int) -> dict[str, Any]:
        return await self._json("POST", f"/api/participants/{pid}/deactivate")

    async def record_exit(self, pid: int, reason: str, on: str) -> dict[str, Any]:
        return await self._json(
            "POST", f"/api/participants/{pid}/exit", json={"reason": reason, "date": on}
        )

    async def overview(self, pid: int, weeks: int = 26) -> dict[str, Any]:
        return await self._json("GET", f"/api/participants/{pid}/overview", params={"weeks": weeks})

    async def export(self, pid: int) -> bytes:
        return (await self._call("GET", f"/api/participants/{pid}/export")).content

    async def erase(self, pid: int) -> bool:
        await self._call("DELETE", f"/api/participants/{pid}")
        return True

    # goal plan
    async def add_goal(self, pid: int, title: str, subgoals: list[str]) -> dict[str, Any]:
        return await self._json(
            "POST", f"/api/participants/{pid}/goals", json={"title": title, "subgoals": subgoals}
        )

    async def add_subgoal(self, goal_id: int, title: str) -> dict[str, Any]:
        return await self._json("POST", f"/api/goals/{goal_id}/subgoals", json={"title": title})

    async def set_subgoal_done(self, subgoal_id: int, done: bool) -> dict[str, Any]:
        return await self._json("PATCH", f"/api/subgoals/{subgoal_id}", json={"done": done})

    # step movement
    async def scales(self) -> list[str]:
        return await self._json("GET", "/api/scales")

    async def rate_scales(self, pid: int, rated_on: str, ratings: dict[str, int]) -> dict:
        return await self._json(
            "POST",
            f"/api/participants/{pid}/scales",
            json={"rated_on": rated_on, "ratings": ratings},
        )

    # reports
    async def report(self, start: str, end: str) -> dict[str, Any]:
        return await self._json(
            "GET", "/api/reports/organisation", params={"from": start, "to": end}
        )

    async def report_csv(self, start: str, end: str) -> bytes:
        resp = await self._call(
            "GET", "/api/reports/organisation", params={"from": start, "to": end, "format": "csv"}
        )
        return resp.content


# --- language support (issue 3): texts to review, recordings, coverage -------------------


def _text_path(text_id: str, language: str) -> str:
    from urllib.parse import quote

    return f"/api/texts/{quote(text_id, safe='')}/{quote(language, safe='')}"


async def support_texts(
    api: CoachApi, language: str, status: str | None = None
) -> list[dict[str, Any]]:
    """Read-aloud texts in one language: text, Swedish source, review state, audio."""
    params = {"language": language, **({"status": status} if status else {})}
    return await api._json("GET", "/api/texts", params=params)


async def support_text(api: CoachApi, text_id: str, language: str) -> dict[str, Any]:
    return await api._json("GET", _text_path(text_id, language))


async def update_support_text(
    api: CoachApi, text_id: str, language: str, **change: Any
) -> dict[str, Any]:
    """PATCH text / review_status / base_sha (a 409 when someone changed it meanwhile)."""
    body = {k: v for k, v in change.items() if v is not None}
    return await api._json("PATCH", _text_path(text_id, language), json=body)


async def upload_recording(
    api: CoachApi, text_id: str, language: str, data: bytes, file_name: str, content_type: str
) -> dict[str, Any]:
    """A human recording for the text (multipart field "file"); replaces the current one."""
    return await api._json(
        "POST",
        _text_path(text_id, language) + "/recording",
        files={"file": (file_name, data, content_type)},
    )


async def withdraw_recording(api: CoachApi, text_id: str, language: str) -> dict[str, Any]:
    return await api._json("DELETE", _text_path(text_id, language) + "/recording")


async def decide_computer_audio(
    api: CoachApi,
    text_id: str,
    language: str,
    decision: str,
    file_name: str,
    note: str | None = None,
) -> dict[str, Any]:
    """approved / rejected / unapproved for the computer-voice clip the person heard."""
    return await api._json(
        "PUT",
        _text_path(text_id, language) + "/computer-audio/decision",
        json={"decision": decision, "file_name": file_name, "note": note},
    )


async def speech_coverage(api: CoachApi, language: str | None = None) -> dict[str, Any]:
    return await api._json(
        "GET", "/api/coverage", params={"language": language} if language else None
    )


# --- authoring and the language-support worklist (issue 10) -----------------------------


async def authoring_items(api: CoachApi) -> list[dict[str, Any]]:
    """The organisation's own stations, checklists and guides, then the shared library's."""
    return await api._json("GET", "/api/authoring/items")


async def authoring_item(api: CoachApi, item_id: int) -> dict[str, Any]:
    return await api._json("GET", f"/api/authoring/items/{int(item_id)}")


async def create_item(api: CoachApi, **body: Any) -> dict[str, Any]:
    """kind, title, pictogram (and summary, code, steps); the new item."""
    return await api._json("POST", "/api/authoring/items", json=body)


async def copy_item(api: CoachApi, item_id: int) -> dict[str, Any]:
    return await api._json("POST", f"/api/authoring/items/{int(item_id)}/copy")


async def update_item(api: CoachApi, item_id: int, **change: Any) -> dict[str, Any]:
    body = {k: v for k, v in change.items() if v is not None}
    return await api._json("PATCH", f"/api/authoring/items/{int(item_id)}", json=body)


async def add_step(
    api: CoachApi, item_id: int, text: str, pictogram: str = "label", position: int | None = None
) -> dict[str, Any]:
    body = {
        "text": text,
        "pictogram": pictogram,
        **({"position": position} if position is not None else {}),
    }
    return await api._json("POST", f"/api/authoring/items/{int(item_id)}/steps", json=body)


async def update_step(api: CoachApi, step_id: int, **change: Any) -> dict[str, Any]:
    body = {k: v for k, v in change.items() if v is not None}
    return await api._json("PATCH", f"/api/authoring/steps/{int(step_id)}", json=body)


async def reorder_steps(api: CoachApi, item_id: int, step_ids: list[int]) -> dict[str, Any]:
    return await api._json(
        "PUT", f"/api/authoring/items/{int(item_id)}/order", json={"step_ids": step_ids}
    )


async def retire_step(api: CoachApi, step_id: int) -> dict[str, Any]:
    return await api._json("DELETE", f"/api/authoring/steps/{int(step_id)}")


async def upload_step_photo(
    api: CoachApi, step_id: int, data: bytes, file_name: str
) -> dict[str, Any]:
    return await api._json(
        "POST",
        f"/api/authoring/steps/{int(step_id)}/photo",
        files={"file": (file_name, data, "application/octet-stream")},
    )


async def remove_step_photo(api: CoachApi, step_id: int) -> dict[str, Any]:
    return await api._json("DELETE", f"/api/authoring/steps/{int(step_id)}/photo")


async def pictograms(api: CoachApi, q: str | None = None) -> list[dict[str, Any]]:
    return await api._json("GET", "/api/authoring/pictograms", params={"q": q} if q else None)


async def worklist(api: CoachApi, language: str, **filters: Any) -> dict[str, Any]:
    """need (missing_text / missing_audio / stale_audio / unreviewed), q, item_id, scope."""
    params = {"language": language, **{k: v for k, v in filters.items() if v}}
    return await api._json("GET", "/api/worklist", params=params)


async def next_to_record(
    api: CoachApi, language: str, after: str | None = None, item_id: int | None = None
) -> dict[str, Any] | None:
    """The next text to record in station order; None when everything is recorded."""
    params = {
        "language": language,
        **({"after": after} if after else {}),
        **({"item_id": item_id} if item_id else {}),
    }
    return await api._json("GET", "/api/worklist/next", params=params)


async def item_qr_png(api: CoachApi, item_id: int) -> bytes:
    """The station's QR code (PNG) to print."""
    resp = await api._call("GET", f"/api/authoring/items/{int(item_id)}/qr.png")
    return resp.content


async def item_sheet_pdf(api: CoachApi, item_id: int) -> bytes:
    """The station's printable A4 sheet: name, pictogram, QR code, short URL."""
    resp = await api._call("GET", f"/api/authoring/items/{int(item_id)}/sheet.pdf")
    return resp.content


async def export_pack(api: CoachApi, language: str) -> bytes:
    """The organisation's reviewed texts and human recordings in one language (a zip)."""
    resp = await api._call("GET", "/api/packs/export", params={"language": language})
    return resp.content


async def import_pack(
    api: CoachApi, data: bytes, file_name: str, apply: bool = False
) -> dict[str, Any]:
    """What a pack would change (apply=False), or change it; the report either way."""
    return await api._json(
        "POST",
        "/api/packs/import",
        params={"apply": "true" if apply else "false"},
        files={"file": (file_name, data, "application/zip")},
    )
