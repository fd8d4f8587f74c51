"""The main window's warm-up: what the first opening of a section would do on the GUI thread, done ahead.

Once the window is shown, signed in, ``WindowWarmUp`` runs while the user reads the first page: the sections'
modules are imported (``warm_imports``), the locale data babel formats numbers and dates with is read, then each
section's page is built, put in the window, polished and laid out, hidden; opening a section then only shows it
(a page's first queries run off the GUI thread through ``ops.Op``, so its content is there too). Every step is
small (one module, one locale file, one page's constructor) and each runs in its own turn of the event loop, so
user input is handled between them and the GUI is never late by more than one step.

Building a page sends Qt's own events by the thousand (ChildAdded, ParentChange, Polish, Resize...). The app's
application-wide event filters are Python, so each of those events used to cost a call into Python and a
wrapper for the widget: half of a page's building time. ``without_filters`` takes them off while a page is
built: a page under construction receives no key press and shows no dialog, which is all those filters watch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from itertools import chain

from babel import localedata
from babel.core import get_global
from PySide6.QtCore import QCoreApplication, QObject

from .formatting import LOCALES, Formatter
from .gui_gc import freeze_long_lived
from .idle_steps import IdleSteps, Step
from .warm_imports import import_steps


class WindowWarmUp(IdleSteps):
    """``modules`` imported one per turn (``import_steps``), then ``steps`` one per turn, then what the window built
    frozen out of the garbage collector's scans (``gui_gc.freeze_long_lived``)."""

    def __init__(
        self, modules: Iterable[str], steps: Iterable[Step], parent: QObject | None = None, *, delay_ms: int = 0
    ) -> None:
        settle: Step = ("freeze what lives", freeze_long_lived)
        super().__init__(chain(import_steps(modules), steps, [settle]), parent, delay_ms=delay_ms)


def _locale_chain(locale: str) -> list[str]:
    """The CLDR files babel merges for ``locale``, the root first (en_CA: root, en, en_001, en_CA)."""
    chain = [locale]
    while chain[-1] != "root":
        name = chain[-1]
        parent = get_global("parent_exceptions").get(name)
        chain.append(parent or ("_".join(name.split("_")[:-1]) or "root"))
    return chain[::-1]


def locale_steps(language: str) -> Iterator[Step]:
    """Reads babel's data for ``language`` one file per step, then formats once what the views format."""
    for name in _locale_chain(LOCALES.get(language, "fr_CA")):
        yield f"locale {name}", partial(localedata.load, name)
    formatter = Formatter(language)
    yield f"numbers {language}", lambda: (formatter.number(1234), formatter.money(Decimal("1234.56")))
    yield f"dates {language}", lambda: (formatter.date(date.today()), formatter.datetime(datetime.now().astimezone()))


@contextmanager
def without_filters(filters: Iterable[QObject]) -> Iterator[None]:
    """The application-wide event filters ``filters`` (in the order Qt calls them) off for the block."""
    app = QCoreApplication.instance()
    taken = list(filters) if app is not None else []
    for watcher in taken:
        app.removeEventFilter(watcher)  # type: ignore[union-attr]
    try:
        yield
    finally:
        for watcher in reversed(taken):  # the last installed is called first: the order is kept
            app.installEventFilter(watcher)  # type: ignore[union-attr]
