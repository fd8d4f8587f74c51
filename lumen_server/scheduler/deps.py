"""The clock as the routers ask for it: the app's own (``create_app(..., clock=…)``), else the real time."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Request

from lumen_server.approvals.working_time import local_date
from lumen_server.core.db import utcnow
from lumen_server.scheduler.clock import Clock


def get_clock(request: Request) -> Clock:
    clock: Clock = getattr(request.app.state, "clock", utcnow)
    return clock


def get_today(clock: Annotated[Clock, Depends(get_clock)]) -> date:
    """Today for the customers (America/Toronto), by the service's clock."""
    return local_date(clock())


ClockDep = Annotated[Clock, Depends(get_clock)]
TodayDep = Annotated[date, Depends(get_today)]
