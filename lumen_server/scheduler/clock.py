"""The service's clock: what time it is, injectable so tests say "now" instead of waiting for it (the routers get it
through ``scheduler.deps``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
