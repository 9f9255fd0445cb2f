"""The only place the client speaks HTTP to the server (JSON API).

Errors are sorted into what the app can act on: Offline (try again later,
keep everything queued), NotSignedIn (the card was revoked or is unknown:
ask the coach for a new one), ApiError (the server refused the request).
"""

from typing import Any

import httpx


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
        transport: httpx.AsyncBaseTransport | None = None,
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
        try:
            # A client per call: calls are rare (a sync every few seconds at most)
            # and this stays correct across event loops (tests, Flet sessions).
            async with httpx.AsyncClient(timeout=self.timeout, transport=self.transport) as c:
                resp = await c.request(method, self.absolute(path), headers=headers, **kw)
        except httpx.HTTPError as exc:
            raise Offline(f"network: {exc.__class__.__name__}") from exc
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


def _detail(resp: httpx.Response) -> str:
    try:
        detail = resp.json().get("detail")
    except ValueError:
        detail = None
    return str(detail or f"HTTP {resp.status_code}")


def _raise_for(resp: httpx.Response) -> None:
    if resp.status_code >= 400:
        raise ApiError(_detail(resp), resp.status_code)
