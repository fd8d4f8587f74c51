"""What the Qt views cost on the GUI thread (not a test), each figure against a baseline of the same run:

- ``data()`` calls for the catalog's first page and for each later 50-row page, against the cells visible;
- the time a 50-row page takes to go into the shown results table (``rowsInserted`` and the refit that follows),
  against the same insertion into a model whose ``rowsInserted`` goes to one empty slot;
- the first opening of each section on the GUI thread, against switching to a section already opened, after
  the window has been idle (the sections are warmed up then) and, with ``--cold``, without the warm-up;
- the GUI's worst lateness (a 10 ms timer) while the sections warm up, against the same timer when idle;
- start of the process to a signed-in main window (silent sign-in with a remembered session), against a process
  that only shows an empty Qt window; whether the ORM was imported when the sign-in dialog appeared;
- the app's RSS after syncing and searching the demo catalog (the 100k-product replica is another bench's job).

Against a real ``lumen_server.testing.LiveServer`` on the demo data; every measurement runs in a fresh process
(imports are what is measured), Qt offscreen.

    .venv/bin/python bench/gui_bench.py [--runs 3] [--cold]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

import httpx

USERNAME = "marie.tremblay"  # an approver: catalog, cart, templates, approvals, orders
SETTLE_MS = 1_500  # idle time after the window is shown before sections are opened (the warm-up runs then)


# --- the child processes -------------------------------------------------------------------------------------------
def _memory_keyring() -> None:
    import keyring

    from lumen_desktop.testing import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def _start_app(options: argparse.Namespace, last_section: str) -> tuple[Any, Any, Any]:
    """The app as ``__main__`` starts it, with a remembered session: answers (QApplication, ctx, flow)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from lumen_desktop import style
    from lumen_desktop.app import LumenApp
    from lumen_desktop.context import AppContext
    from lumen_desktop.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style.apply(app)
    settings = Settings(QSettings(str(Path(options.folder) / "bench.ini"), QSettings.Format.IniFormat))
    settings.service_address = options.address
    settings.remembered_username = USERNAME
    settings.remember_me = True
    settings.language = "en"
    settings.last_section = last_section
    ctx = AppContext(settings)
    ctx.secrets.save_refresh_token(ctx.client.address, USERNAME, options.token)
    flow = LumenApp(ctx, quit_when_cancelled=False)
    return app, ctx, flow


def _wait(app: Any, condition: Any, timeout_s: float = 180.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.002)


def _idle(app: Any, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


class _Lateness:
    """A 10 ms timer's worst lateness (how long the GUI thread could not answer)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.worst = 0.0
        self.over_50 = 0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self.over_50, self._last = 0.0, 0, time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - 10
        self._last = now
        self.worst = max(self.worst, late)
        self.over_50 += late > 50


def child_startup(options: argparse.Namespace) -> dict[str, Any]:
    started = options.started
    if options.bare:
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1100, 720)
        window.show()
        app.processEvents()
        return {"shown_s": time.time() - started}
    _memory_keyring()
    app, _ctx, flow = _start_app(options, last_section="catalog")
    shown: dict[str, Any] = {}
    flow.sig_main_window_shown.connect(lambda _window: shown.setdefault("at", time.time()))
    flow.start(silent=True)
    dialog_at = time.time()
    orm_at_dialog = "sqlalchemy.orm" in sys.modules
    _wait(app, lambda: "at" in shown)
    app.processEvents()  # its first paint
    painted = time.time()
    return {
        "dialog_s": dialog_at - started,
        "shown_s": shown["at"] - started,
        "painted_s": painted - started,
        "orm_at_dialog": orm_at_dialog,
    }


def child_sections(options: argparse.Namespace) -> dict[str, Any]:
    _memory_keyring()
    if options.cold:
        import lumen_desktop.sections as sections

        if hasattr(sections, "WARM_UP"):
            sections.WARM_UP = False  # type: ignore[attr-defined]
    from lumen_desktop import ops

    app, _ctx, flow = _start_app(options, last_section="orders")
    windows: list[Any] = []
    flow.sig_main_window_shown.connect(windows.append)
    meter = _Lateness()
    flow.start(silent=True)
    _wait(app, lambda: bool(windows))
    meter.start()
    _idle(app, SETTLE_MS)
    warm_up = getattr(windows[0], "warm_up", None)
    _wait(app, lambda: (warm_up is None or warm_up.done) and ops.pending_count() == 0)
    meter.stop()
    slowest = list(warm_up.slowest) if warm_up is not None else [0.0, ""]
    steps = [(name, round(ms, 1)) for name, ms in warm_up.took] if warm_up is not None else []
    warming = (meter.worst, meter.over_50)
    meter.start()
    _idle(app, 1_000)
    meter.stop()
    idle = (meter.worst, meter.over_50)
    window = windows[0]
    first, again, new_modules = {}, {}, {}
    for key in window.section_keys():
        if key == "orders":
            continue
        modules, known = len(sys.modules), set(sys.modules)
        profile = cProfile.Profile() if os.environ.get("BENCH_PROFILE") in (key, "all") else None
        if profile is not None:
            profile.enable()
        start = time.perf_counter()
        window.select_section(key)
        created = (time.perf_counter() - start) * 1000
        if profile is not None:
            profile.disable()
            with open(f"/tmp/gui-bench-profile-{key}.txt", "w") as out:
                pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
        app.processEvents()
        first[key] = (created, (time.perf_counter() - start) * 1000, len(sys.modules) - modules)
        new_modules[key] = sorted(set(sys.modules) - known)
        _wait(app, lambda: ops.pending_count() == 0)
        _idle(app, 100)
        start = time.perf_counter()
        window.select_section("orders")
        created = (time.perf_counter() - start) * 1000
        app.processEvents()
        again[key] = (created, (time.perf_counter() - start) * 1000)
        _wait(app, lambda: ops.pending_count() == 0)
    window.close()
    return {
        "first": first,
        "again": again,
        "warming_late": warming,
        "idle_late": idle,
        "new_modules": new_modules,
        "slowest_step": slowest,
        "steps": steps,
    }


def child_table(options: argparse.Namespace) -> dict[str, Any]:
    _memory_keyring()
    from PySide6.QtCore import QModelIndex

    import lumen_desktop.views.catalog.view as catalog_view
    from lumen_desktop import ops
    from lumen_desktop.models.catalog_results import CatalogResultsModel
    from lumen_desktop.widgets import tables

    class Counted(CatalogResultsModel):
        """The catalog's results model, counting what the view asks of it."""

        calls = 0
        rows: ClassVar[set[int]] = set()
        insert_ms = 0.0

        def data(self, index: Any, role: int = 0) -> object:
            type(self).calls += 1
            type(self).rows.add(index.row())
            return super().data(index, role)

        def endInsertRows(self) -> None:
            start = time.perf_counter()
            super().endInsertRows()
            type(self).insert_ms += (time.perf_counter() - start) * 1000

    catalog_view.CatalogResultsModel = Counted  # type: ignore[misc]
    fitting = {"ms": 0.0}
    fit = tables.ColumnFitter.fit

    def timed_fit(self: Any) -> None:
        start = time.perf_counter()
        fit(self)
        fitting["ms"] += (time.perf_counter() - start) * 1000

    tables.ColumnFitter.fit = timed_fit  # type: ignore[method-assign]
    app, ctx, flow = _start_app(options, last_section="catalog")
    windows: list[Any] = []
    flow.sig_main_window_shown.connect(windows.append)
    flow.start(silent=True)
    _wait(app, lambda: bool(windows))
    window = windows[0]
    page = window.current_page()
    table, results = page.table, page.results

    def settle() -> None:
        _wait(app, lambda: results.is_loaded and table.fitter.settled and ops.pending_count() == 0)
        _idle(app, 200)

    settle()
    header = table.verticalHeader()
    visible_rows = min(results.rowCount(), table.viewport().height() // max(1, header.defaultSectionSize()) + 1)
    visible_cells = visible_rows * results.columnCount()
    # The first page again, counted from its reset (the sizing and the first paint included).
    Counted.calls, Counted.rows = 0, set()
    results.reload()
    settle()
    first_calls, first_rows = Counted.calls, max(Counted.rows, default=-1) + 1
    pages: list[tuple[int, float]] = []
    while results.canFetchMore(QModelIndex()) and len(pages) < 3:
        before = results.rowCount()
        results.fetchMore(QModelIndex())
        Counted.calls, Counted.insert_ms, fitting["ms"] = 0, 0.0, 0.0
        _wait(app, lambda before=before: results.rowCount() > before and results.is_loaded)
        settle()  # the refit and repaint the insertion asked for
        pages.append((Counted.calls, Counted.insert_ms + fitting["ms"]))
    # Baseline: the same 50-row insertion into a model no view shows, its rowsInserted going to one empty slot.
    alone = Counted(ctx, None)
    alone.rowsInserted.connect(lambda *_args: None)
    alone._rows = []  # type: ignore[attr-defined]
    empty_slot = []
    for _ in range(5):
        Counted.insert_ms = 0.0
        first = alone.rowCount()
        alone.beginInsertRows(QModelIndex(), first, first + 49)
        alone._rows.extend(results.product(row % results.rowCount()) for row in range(50))  # type: ignore[attr-defined]
        alone.endInsertRows()
        empty_slot.append(Counted.insert_ms)
    # RSS once the replica is synced and searched (the demo catalog).
    for query in ("disj", "cable", "led", ""):
        page.search.sig_search.emit(query)
        settle()
    _wait(app, lambda: ops.pending_count() == 0)
    rss_kb = next(
        int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmRSS:")
    )
    widths = [table.columnWidth(c) for c in range(results.columnCount())]
    window.close()
    return {
        "visible_rows": visible_rows,
        "visible_cells": visible_cells,
        "first_calls": first_calls,
        "first_rows_touched": first_rows,
        "pages": pages,
        "empty_slot_ms": statistics.median(empty_slot),
        "rss_mb": rss_kb / 1024,
        "products": results.total,
        "widths": widths,
    }


# --- the parent: the server, the runs, the table --------------------------------------------------------------------
def _token(address: str) -> str:
    answer = httpx.post(
        f"{address}/api/v1/auth/token", json={"username": USERNAME, "password": f"demo-{USERNAME}"}, timeout=30
    )
    answer.raise_for_status()
    return str(answer.json()["refresh_token"])


def _child(kind: str, address: str, folder: Path, *extra: str) -> dict[str, Any]:
    data = folder / f"{kind}-{time.monotonic_ns()}"
    data.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(data))
    command = [sys.executable, __file__, "--child", kind, "--address", address, "--folder", str(data)]
    command += [f"--token={_token(address)}", *extra, "--started", repr(time.time())]  # (a token may start with "-")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _ms(values: list[float]) -> str:
    return f"{min(values):.1f}/{statistics.median(values):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="also open the sections without the warm-up")
    parser.add_argument(
        "--only-sections", action="store_true", help="only the sections' rows (profile one with BENCH_PROFILE=key)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--address", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--token", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-warm", dest="no_warm", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        options.cold = options.no_warm
        children = {"startup": child_startup, "sections": child_sections, "table": child_table}
        print(json.dumps(children[options.child](options)), flush=True)
        os._exit(0)  # no Qt teardown at exit: the figures are printed
    from lumen_server.testing import LiveServer, build_demo_database

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with LiveServer(build_demo_database(folder / "server" / "lumen.db")) as server:
            report(server.address, folder, options)


def report(address: str, folder: Path, options: argparse.Namespace) -> None:
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}, {options.runs} runs (min/median)"
    )
    everything = not options.only_sections
    tables = [_child("table", address, folder) for _ in range(options.runs)] if everything else []
    starts = [_child("startup", address, folder) for _ in range(options.runs)] if everything else []
    bares = [_child("startup", address, folder, "--bare") for _ in range(options.runs)] if everything else []
    warm = [_child("sections", address, folder) for _ in range(options.runs)]
    cold = [_child("sections", address, folder, "--no-warm") for _ in range(options.runs)] if options.cold else []
    print(f"{'what':<46}{'figure':>16}{'baseline':>16}{'ratio':>9}")

    def row(what: str, figure: list[float], baseline: list[float], unit: str = "") -> None:
        ratio = statistics.median(figure) / max(statistics.median(baseline), 1e-9)
        print(f"{what:<46}{_ms(figure) + unit:>16}{_ms(baseline) + unit:>16}{ratio:>8.2f}x")

    if tables:
        visible = [float(t["visible_cells"]) for t in tables]
        row(
            f"data() calls, first page ({tables[0]['visible_rows']} rows visible)",
            [float(t["first_calls"]) for t in tables],
            visible,
        )
        row(
            "rows touched by data(), first page",
            [float(t["first_rows_touched"]) for t in tables],
            [float(t["visible_rows"]) for t in tables],
        )
        row("data() calls per later 50-row page", [float(c) for t in tables for c, _ in t["pages"]], visible)
        row(
            "rowsInserted+refit per 50-row page, ms",
            [ms for t in tables for _, ms in t["pages"]],
            [float(t["empty_slot_ms"]) for t in tables],
        )
    for label, runs in (("warm", warm), ("cold", cold)):
        for key in runs[0]["first"] if runs else []:
            modules = max(r["first"][key][2] for r in runs)
            row(
                f"open {key} ({label}, {modules} new modules), ms",
                [r["first"][key][0] for r in runs],
                [r["again"][key][0] for r in runs],
            )
            row("  ... and its first paint, ms", [r["first"][key][1] for r in runs], [r["again"][key][1] for r in runs])
        if runs:
            row(
                f"worst GUI lateness while warming ({label}), ms",
                [r["warming_late"][0] for r in runs],
                [r["idle_late"][0] for r in runs],
            )
            if label == "warm":
                steps = ", ".join(f"{r['slowest_step'][1]} {r['slowest_step'][0]:.1f} ms" for r in runs)
                print(f"  slowest warm-up step of each run: {steps}")
                if os.environ.get("BENCH_STEPS"):
                    print(f"  the warm-up's steps after the imports, ms: {runs[0]['steps']}")
    if starts:
        row("start to signed-in window (silent), s", [s["painted_s"] for s in starts], [b["shown_s"] for b in bares])
        row("start to sign-in dialog, s", [s["dialog_s"] for s in starts], [b["shown_s"] for b in bares])
        print(f"ORM imported when the sign-in dialog shows: {[s['orm_at_dialog'] for s in starts]}")
        print(
            f"app RSS after syncing and searching the demo catalog ({tables[0]['products']} products): "
            f"{_ms([t['rss_mb'] for t in tables])} MB; results column widths {tables[0]['widths']}"
        )


if __name__ == "__main__":
    main()
