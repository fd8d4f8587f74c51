"""The two exception families every API call can raise, so views catch exactly what they mean.

- ``ApiError``: the service answered with an error status. It carries the contract's error body
  ``{"error": {"code", "message", "field", "lines"?}}``: ``code`` is the stable snake_case reason to branch on,
  ``message`` is already in the user's language (show it as is), ``field`` names the input at fault (show the
  message next to that input), ``lines`` lists every bad line of an all-or-nothing bulk edit, ``request_id`` is
  a 5xx's reference in the service's log.
- ``SessionExpired`` (an ``ApiError``, status 401): the access token was refused and the one silent refresh failed
  too. The app reacts centrally (it asks to sign in again); views only need to stop their spinners.
- ``ServiceUnreachable``: no HTTP answer at all (refused connection, DNS, timeout, TLS). It is deliberately NOT an
  ``ApiError`` — there is no code or message from the service — and it drives the connection banner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LineError:
    """One bad line of a bulk edit (``POST /cart/lines``, template or approval line edits)."""

    index: int
    sku: str | None
    field: str | None
    code: str
    message: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineError:
        return cls(
            index=int(data.get("index", -1)),
            sku=data.get("sku"),
            field=data.get("field"),
            code=str(data.get("code", "")),
            message=str(data.get("message", "")),
        )


class ApiError(Exception):
    """The service answered with an error status; see the module docstring for the fields."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        lines: list[LineError] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.lines = lines or []
        self.request_id = request_id  # a 5xx's reference in the service's log

    @classmethod
    def from_response(cls, status: int, body: Any, fallback_text: str = "") -> ApiError:
        """Builds the error from a response body, tolerating bodies that do not follow the contract."""
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            # Not the contract's shape (a proxy's HTML page, FastAPI's default 404...): keep what we can.
            return cls(status, f"http_{status}", fallback_text.strip()[:300] or f"HTTP {status}")
        lines = [LineError.from_json(line) for line in error.get("lines") or [] if isinstance(line, dict)]
        return cls(
            status=status,
            code=str(error.get("code") or f"http_{status}"),
            message=str(error.get("message") or ""),
            field=error.get("field"),
            lines=lines,
            request_id=str(error["request_id"]) if error.get("request_id") else None,
        )


class SessionExpired(ApiError):
    """The refresh token was refused (expired, revoked or absent): the user must sign in again."""

    def __init__(self, message: str = "") -> None:
        super().__init__(401, "session_expired", message)


class ServiceUnreachable(Exception):
    """No answer from the service (connection refused, DNS failure, timeout...). Not an ``ApiError``."""

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(f"{address}: {reason}")
        self.address = address
        self.reason = reason
