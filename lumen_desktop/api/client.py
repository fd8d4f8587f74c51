"""The transport under every API call: one ``requests.Session`` shared by the worker threads.

``ApiClient`` owns the base URL, the bearer tokens, the language and the retry policy; the endpoints live in
small call groups reached as attributes (``client.auth``, ``client.catalog``, ``client.cart``,
``client.templates``, ``client.approvals``, ``client.inbox``, ``client.orders``, ``client.account_requests``,
``client.events``) plus ``client.me()``, ``client.set_my_language()`` and ``client.health()``. Every call is
blocking: run it through ``lumen_desktop.ops.Op``, never on the GUI thread.

Policies, decided here once:
- Base URL: the user types the service address (``http://127.0.0.1:8765``); calls go to ``<address>/api/v1``.
- Auth: ``Authorization: Bearer <access token>``. On a 401 the client refreshes ONCE with the refresh token and
  replays the call; when several threads hit the 401 together only the first refreshes (a lock, and a check that
  the token is still the one that failed). A failed refresh raises ``SessionExpired``. ``on_tokens_changed`` is
  called (from the worker thread) with the new ``Tokens`` after sign-in and each refresh, None after sign-out,
  so the keyring copy follows rotations.
- ``Accept-Language`` is ``client.language`` ("fr"/"en"), kept current by the i18n manager.
- Retries with backoff only for idempotent methods (GET/PUT/DELETE/HEAD): a POST or PATCH is never resent,
  not even after a refused connection. Checkout and approve take the caller's ``idempotency_key`` instead.
- Every call has a timeout (``TIMEOUT``); network failures become ``ServiceUnreachable``; error answers
  become ``ApiError`` (see ``errors``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Self

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from .account_requests import AccountRequestCalls
from .approvals import ApprovalCalls, InboxCalls
from .auth import AuthCalls
from .away import AwayCalls
from .cart import CartCalls, TemplateCalls
from .catalog import CatalogCalls
from .errors import ApiError, ServiceUnreachable, SessionExpired
from .events import EventCalls
from .orders import OrderCalls
from .talk import TalkCalls
from .types import Me, Tokens

API_PREFIX = "/api/v1"
TIMEOUT = (3.05, 20.0)  # (connect, read) seconds: a dead service is noticed fast, a slow query may finish
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class IdempotentOnlyRetry(Retry):
    """urllib3 retries refused connections for every method; this refuses to retry anything non-idempotent."""

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        if method is not None and method.upper() not in IDEMPOTENT_METHODS:
            # An exhausted copy: urllib3 ends there as when the retries run out (MaxRetryError, or the response).
            spent = self.new(total=0, raise_on_status=False)
            return Retry.increment(spent, method, url, response, error, _pool, _stacktrace)
        return super().increment(method, url, response, error, _pool, _stacktrace)


def normalize_address(address: str) -> str:
    """``127.0.0.1:8765/`` or ``http://host:8765/api/v1`` → ``http://host:8765``."""
    address = address.strip().rstrip("/")
    if address and "://" not in address:
        address = "http://" + address
    if address.endswith(API_PREFIX):
        address = address[: -len(API_PREFIX)]
    return address


class ApiClient:
    """One client for the whole contract; safe to share between the worker threads."""

    def __init__(self, address: str = "", language: str = "fr", retries: int = 2) -> None:
        self.address = address
        self.language = language
        self.on_tokens_changed: Callable[[Tokens | None], None] | None = None
        self._tokens: Tokens | None = None
        self._token_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._session = requests.Session()
        retry = IdempotentOnlyRetry(
            total=retries,
            backoff_factor=0.3,
            status_forcelist=(502, 503, 504),
            allowed_methods=IDEMPOTENT_METHODS,
            raise_on_status=False,
            respect_retry_after_header=False,
        )
        adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=8)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self.auth = AuthCalls(self)
        self.catalog = CatalogCalls(self)
        self.cart = CartCalls(self)
        self.templates = TemplateCalls(self)
        self.approvals = ApprovalCalls(self)
        self.inbox = InboxCalls(self)
        self.orders = OrderCalls(self)
        self.account_requests = AccountRequestCalls(self)
        self.events = EventCalls(self)
        self.away = AwayCalls(self)
        self.talk = TalkCalls(self)

    # --- address and tokens -----------------------------------------------------------------------------------
    @property
    def address(self) -> str:
        return self._address

    @address.setter
    def address(self, value: str) -> None:
        self._address = normalize_address(value)

    @property
    def api_url(self) -> str:
        return self._address + API_PREFIX

    @property
    def tokens(self) -> Tokens | None:
        with self._token_lock:
            return self._tokens

    @property
    def is_signed_in(self) -> bool:
        return self.tokens is not None

    def set_tokens(self, tokens: Tokens | None) -> None:
        """Adopts new tokens (sign-in, refresh, or None at sign-out) and tells ``on_tokens_changed``."""
        with self._token_lock:
            self._tokens = tokens
        if self.on_tokens_changed is not None:
            self.on_tokens_changed(tokens)

    def close(self) -> None:
        self._session.close()

    # --- the two calls that belong to no group ----------------------------------------------------------------
    def me(self) -> Me:
        """``GET /me``: the signed-in user. Also the cheapest authenticated "is the service back?" probe."""
        return Me.from_json(self.get_json("/me"))

    def set_my_language(self, language: str) -> Me:
        """``PATCH /me {language}``: the account's language, which the service writes this person's e-mails in."""
        return Me.from_json(self.send_json("PATCH", "/me", {"language": language}))

    def health(self, timeout: float = 2.0) -> dict[str, Any]:
        """``GET /health`` (public): answers once the service is ready."""
        answer: dict[str, Any] = self.request("GET", "/health", auth=False, timeout=timeout).json()
        return answer

    # --- transport ----------------------------------------------------------------------------------------------
    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.request("GET", path, params=params).json()

    def send_json(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> Any:
        """A call with a JSON body whose answer is JSON, or None for an empty answer (204)."""
        response = self.request(method, path, json=body, headers=headers)
        return response.json() if response.content else None

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        ok: Iterable[int] = (),
        timeout: float | tuple[float, float] = TIMEOUT,
        stream: bool = False,
    ) -> requests.Response:
        """Sends one call; answers the response when it is 2xx (or listed in ``ok``, e.g. 304), raises else.

        ``stream``: the body is read as it arrives (``GET /events``); the caller closes the response."""
        used = self.tokens if auth else None
        response = self._send(method, path, params, json, headers, used, timeout, stream)
        if response.status_code == 401 and auth:
            response.close()
            self._refresh_after_401(used)
            response = self._send(method, path, params, json, headers, self.tokens, timeout, stream)
            if response.status_code == 401:
                raise SessionExpired(_error_message(response))
        if response.status_code < 300 or response.status_code in set(ok):
            return response
        raise ApiError.from_response(response.status_code, _json_or_none(response), response.text)

    def _send(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        body: Any,
        extra_headers: dict[str, str] | None,
        tokens: Tokens | None,
        timeout: float | tuple[float, float],
        stream: bool = False,
    ) -> requests.Response:
        headers = {"Accept": "application/json", "Accept-Language": self.language}
        if tokens is not None:
            headers["Authorization"] = f"Bearer {tokens.access_token}"
        headers.update(extra_headers or {})
        if params:
            params = {key: value for key, value in params.items() if value is not None and value != ""}
        try:
            return self._session.request(
                method, self.api_url + path, params=params, json=body, headers=headers, timeout=timeout, stream=stream
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise ServiceUnreachable(self.address, _reason(exc)) from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema) as exc:
            raise ServiceUnreachable(self.address, "invalid address") from exc

    def _refresh_after_401(self, failed: Tokens | None) -> None:
        """Refreshes once for all the threads that saw the same token refused; raises ``SessionExpired``."""
        with self._refresh_lock:
            current = self.tokens
            if current is not None and current is not failed:
                return  # another thread refreshed while this one waited: just replay with the new token
            if current is None or not current.refresh_token:
                raise SessionExpired()
            try:
                self.auth.refresh(current.refresh_token)
            except ApiError as exc:
                if exc.status >= 500:
                    raise
                self.set_tokens(None)
                raise SessionExpired(exc.message) from exc


def _json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _error_message(response: requests.Response) -> str:
    body = _json_or_none(response)
    error = body.get("error") if isinstance(body, dict) else None
    return str(error.get("message", "")) if isinstance(error, dict) else ""


def _reason(exc: Exception) -> str:
    if isinstance(exc, requests.Timeout):
        return "timeout"
    return type(exc.__cause__ or exc).__name__ if exc.__cause__ else "connection failed"
