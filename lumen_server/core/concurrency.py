"""How many requests one worker serves at once: the others queue, in arrival order, until one finishes.

Without a bound, every waiting request held a pooled database connection while it waited for a thread, the
pool ran dry, and the 31st request timed out after 30 s with a 500. With at most ``max_concurrent_requests``
requests inside the application, each holding at most one connection at a time, a pool of that size never makes
anyone wait, and the thread pool is sized so that every admitted request finds a thread.
"""

from __future__ import annotations

import asyncio

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

# Paths answered without the database, and that must answer even when the service is saturated; and the event
# stream, open for hours, which would hold its turn for ever (it reads the database briefly, off its turn).
UNQUEUED_SUFFIXES = ("/health", "/events")


class RequestQueue:
    """ASGI middleware admitting ``limit`` HTTP requests at a time; the rest wait (no timeout of its own)."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].endswith(UNQUEUED_SUFFIXES):
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created in the worker's own event loop
            self._slots = asyncio.Semaphore(self.limit)
            # Every admitted request runs its sync endpoint and dependencies one at a time in a worker thread;
            # a few more threads serve the endpoints that hop threads (e.g. checkout) and the health check.
            limiter = anyio.to_thread.current_default_thread_limiter()
            limiter.total_tokens = max(limiter.total_tokens, self.limit + 8)
        async with self._slots:
            await self.app(scope, receive, send)
