"""The service's scheduler: a task in each worker's event loop that runs the periodic jobs (today: reminders and
escalation of pending requests) every ``Settings.scheduler_interval_seconds``.

Every worker ticks, but one at a time does the work: the tick's transaction first takes a database lock without
waiting (PostgreSQL: ``pg_try_advisory_xact_lock``, released at commit); a worker that does not get it skips this
tick. On SQLite the tick's write transaction holds the database's single writer lock, so ticks run one after the
other, and each step is recorded once anyway (see ``approvals.reminders``). Tests call :func:`tick` with the "now"
they want; nothing waits for the clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import datetime

from sqlalchemy import text

from lumen_server.approvals.reminders import TickResult, send_due_reminders
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, is_sqlite
from lumen_server.scheduler.clock import Clock

log = logging.getLogger(__name__)

# The advisory lock's key: any 64-bit number no other part of the service uses ("LUMEN-SC").
SCHEDULER_LOCK_KEY = 0x4C554D454E2D5343


def tick(database: Database, settings: Settings, *, now: datetime) -> TickResult | None:
    """One pass of the periodic jobs at ``now``; None when another worker holds the lock (it does this tick)."""
    with database.session() as session:
        if not is_sqlite(database.engine):
            took = session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": SCHEDULER_LOCK_KEY})
            if not took:
                return None
        result = send_due_reminders(session, settings, now=now)
    if result.reminded or result.escalated:
        log.info("Reminded requests %s, escalated requests %s", list(result.reminded), list(result.escalated))
    return result


async def _run(database: Database, settings: Settings, clock: Clock) -> None:
    while True:
        # The first tick one interval after start: a worker starting up is not slowed by it.
        await asyncio.sleep(settings.scheduler_interval_seconds)
        try:
            await asyncio.to_thread(tick, database, settings, now=clock())
        except Exception:  # a database hiccup must not stop the scheduler: the next tick tries again
            log.exception("The scheduler's tick failed")


@contextlib.asynccontextmanager
async def running_scheduler(database: Database, settings: Settings, clock: Clock) -> AsyncIterator[None]:
    """Runs the scheduler for the lifetime of the block (the app's lifespan); interval 0 turns it off."""
    if settings.scheduler_interval_seconds <= 0:
        yield
        return
    task = asyncio.create_task(_run(database, settings, clock), name="lumen-scheduler")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
