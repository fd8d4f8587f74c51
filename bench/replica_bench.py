"""Desktop replica benchmark (not a test): a ~100,000-product catalog served by a real lumen-server, synced into
the desktop's local replica and searched there, each figure beside a baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/replica_bench.py [--products 100000] [--cache DIR]

Rows: search-as-you-type over 1,000 typed prefixes (vs raw FTS5 ``MATCH … ORDER BY rank LIMIT 50`` on the same
file); the first full sync through ``CatalogSync`` (vs downloading the same pages alone); the GUI thread's worst
lateness during that sync (a 10 ms ``QTimer``; vs the same timer with nothing running); page 2,000 of the whole
catalog (vs ``OFFSET`` on the same file); typing fast (last key to final results, vs every prefix computed to
the end); the process's RSS after the sync and the searches (vs before the sync); and a bulk load indexed per
chunk (what later syncs do) vs the way a first sync loads (FTS index per batch, B-tree indexes once at the end).
The service's database (demo + ``--products`` seeded) is kept in ``--cache`` and reused by the next run.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from lumen_common.search_terms import fts5_expression, parse_query
from lumen_desktop import ops
from lumen_desktop.context import AppContext
from lumen_desktop.models.catalog_results import CatalogResultsModel
from lumen_desktop.models.catalog_sync import PAGE_LIMIT, CatalogSync
from lumen_desktop.settings import Settings
from lumen_desktop.store.catalog import ROW_COLUMNS, WRITE_CHUNK, CatalogReplica, _upsert
from lumen_desktop.store.catalog_feed import fetch_changes
from lumen_desktop.store.catalog_schema import finish_bulk_load, indexed_upto, start_bulk_load
from lumen_desktop.store.db import open_store
from lumen_server.testing import LiveServer, build_demo_database, database_for

USER = "marie.tremblay"
LANGUAGE = "fr"
TYPED = (
    "disjoncteur 15A",
    "disjoncteur 20A 2P",
    "fil T90 #12 noir",
    'boîte 1/2"',
    "boîte 3/4 po",
    "câble teck 4c",
    "ruban électrique",
    "milwaukee",
    "QO120",
    "5320-W",
    "prise 15A 125V",
    "luminaire DEL",
    "connecteur",
    "interrupteur",
    "THHN 12AWG",
)


def server_database(cache: Path, products: int) -> Path:
    path = cache / f"server-{products}.db"
    if not path.exists():
        from lumen_server.catalog.seed import seed_catalog

        start = time.perf_counter()
        build_demo_database(path)
        database = database_for(path)
        with database.session() as session:
            seed_catalog(session, products=products)
        database.dispose()
        print(f"seeded the demo + {products:,} products in {time.perf_counter() - start:.1f} s ({path})")
    return path


class Lateness:
    """A 10 ms timer on the GUI thread: how late each tick comes (actual - expected)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self.late, self._last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last - 0.010) * 1000))
        self._last = now

    @property
    def worst(self) -> float:
        return max(self.late, default=0.0)

    @property
    def over_50(self) -> int:
        return sum(1 for late in self.late if late > 50)


def run_until(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def run_for(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def prefixes(samples: list[str], count: int) -> list[str]:
    """What a person typing ``samples`` one key at a time searches for, from the second key on."""
    typed: list[str] = []
    for sample in samples:
        typed += [sample[:n] for n in range(2, len(sample) + 1) if sample[:n].strip()]
    return typed[:count]


def download_alone(ctx: AppContext) -> float:
    """The same pages fetched and read as the sync reads them (``fetch_changes``), written nowhere."""
    start, cursor = time.perf_counter(), None
    while True:
        page = fetch_changes(ctx.client, cursor, PAGE_LIMIT)
        if not page["has_more"]:
            return time.perf_counter() - start
        cursor = page["next_cursor"]


def rss_mb() -> float:
    """This process's resident memory now (Linux ``/proc``)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def per_chunk_vs_first_sync(replica: CatalogReplica, folder: Path) -> tuple[float, float]:
    with replica.store.session() as session:
        found = session.execute(text(f"SELECT {', '.join(ROW_COLUMNS)} FROM catalog_products"))
        rows = [dict(row._mapping) for row in found]
    results = []
    for first_sync in (False, True):
        store = open_store(folder / f"load-{first_sync}.sqlite3")
        CatalogReplica(lambda store=store: store).store  # noqa: B018  (creates the replica tables)
        start = time.perf_counter()
        if first_sync:  # what a first sync does: B-tree indexes built once at the end, FTS per batch of rows
            with store.session() as session:
                start_bulk_load(session.connection())
        for first in range(0, len(rows), WRITE_CHUNK):
            with store.session() as session:
                connection = session.connection()
                _upsert(connection, rows[first : first + WRITE_CHUNK], indexed_upto=indexed_upto(connection))
        if first_sync:
            with store.session() as session:
                finish_bulk_load(session.connection())
        results.append(time.perf_counter() - start)
        store.close()
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "lumen-replica-bench")
    parser.add_argument("--prefixes", type=int, default=1000)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    database = server_database(args.cache, args.products)
    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, str, str, str, str]] = []  # what, goal, measured, baseline, ratio
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        server = LiveServer(database)
        server.start()
        settings = Settings(QSettings(str(folder / "desktop.ini"), QSettings.Format.IniFormat))
        settings.language, settings.service_address = LANGUAGE, server.address
        ctx = AppContext(settings)
        ctx.client.auth.sign_in(USER, f"demo-{USER}")
        ctx.set_me(ctx.client.me())
        store_path = folder / "replica.sqlite3"
        replica = CatalogReplica(lambda: open_store(store_path))
        try:
            http_s = download_alone(ctx)
            lateness = Lateness()
            lateness.start()
            run_for(3000)
            lateness.stop()
            idle_worst, idle_over = lateness.worst, lateness.over_50

            rss_before = rss_mb()
            sync = CatalogSync(ctx, replica)
            progress: list[tuple[int, int]] = []
            sync.sig_progress.connect(lambda done, total: progress.append((done, total)))
            lateness.start()
            start = time.perf_counter()
            sync.sync_now()
            run_until(sync.sig_synced, 300_000)
            sync_s = time.perf_counter() - start
            lateness.stop()
            sync_worst, sync_over = lateness.worst, lateness.over_50
            synced = replica.count()
            print(f"synced {synced:,} products; last progress {progress[-1] if progress else None}")
            rows.append(
                (
                    "first full sync (s)",
                    "≤ 8",
                    f"{sync_s:.1f}",
                    f"{http_s:.1f} (fetch + read alone)",
                    f"{sync_s / http_s:.2f}x",
                )
            )
            rows.append(
                (
                    "GUI lateness during sync (ms)",
                    "≤ 50",
                    f"{sync_worst:.0f} ({sync_over} ticks > 50)",
                    f"{idle_worst:.0f} ({idle_over}) idle",
                    f"{sync_worst / max(idle_worst, 0.1):.1f}x",
                )
            )
            resync_ms = timed(lambda: (sync.sync_now(), run_until(sync.sig_synced, 60_000)))
            rows.append(("no-change resync (ms)", "≤ 200", f"{resync_ms:.0f}", "", ""))

            # search-as-you-type: the replica's search (page 1, capped count, exact codes) vs raw FTS5
            rng = random.Random(12)
            with replica.store.session() as session:
                names = [
                    str(n)
                    for n in session.scalars(text("SELECT name FROM catalog_products ORDER BY random() LIMIT 40"))
                ]
                codes = [
                    str(c) for c in session.scalars(text("SELECT sku FROM catalog_products ORDER BY random() LIMIT 10"))
                ]
            samples = list(TYPED) + [" ".join(n.split()[:3]) for n in names] + codes
            rng.shuffle(samples)
            typed = prefixes(samples * 3, args.prefixes)
            raw = sqlite3.connect(store_path)
            ours, baseline = [], []
            for prefix in typed:
                ours.append(timed(lambda prefix=prefix: replica.search_page(prefix, None, None, 50)))
                terms = parse_query(prefix)
                if terms:
                    match = fts5_expression(terms)
                    sql = "SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? ORDER BY rank LIMIT 50"
                    baseline.append(timed(lambda match=match, sql=sql: raw.execute(sql, (match,)).fetchall()))
            p50, p95, worst = statistics.median(ours), percentile(ours, 0.95), max(ours)
            b50, b95 = statistics.median(baseline), percentile(baseline, 0.95)
            rows.append(
                (
                    f"search as you type, {len(typed)} prefixes (ms)",
                    "p95 ≤ 10",
                    f"p50 {p50:.1f} p95 {p95:.1f} max {worst:.1f}",
                    f"raw FTS5 p50 {b50:.1f} p95 {b95:.1f}",
                    f"{p95 / b95:.1f}x (p95)",
                )
            )

            rss_after = rss_mb()
            rows.append(
                (
                    f"app RSS, {synced:,} products synced and searched (MB)",
                    "≤ 250",
                    f"{rss_after:.0f}",
                    f"{rss_before:.0f} before the sync",
                    f"{rss_after / rss_before:.2f}x",
                )
            )

            # deep page: page 2,000 of the whole catalog by name, keyset vs OFFSET
            after = None
            for _ in range(1999):
                after = replica.search_page("", None, after, 50).next_key
            deep = [timed(lambda: replica.search_page("", None, after, 50)) for _ in range(20)]
            offset_sql = "SELECT * FROM catalog_products ORDER BY name, sku LIMIT 50 OFFSET ?"
            offset = [timed(lambda: raw.execute(offset_sql, (1999 * 50,)).fetchall()) for _ in range(20)]
            rows.append(
                (
                    "page 2,000 (ms)",
                    "≤ 20",
                    f"median {statistics.median(deep):.1f} max {max(deep):.1f}",
                    f"OFFSET median {statistics.median(offset):.1f}",
                    f"{statistics.median(deep) / statistics.median(offset):.2f}x",
                )
            )

            # typing fast, offline: every prefix asked back to back; the last one's results, vs all to the end
            server.stop()
            model = CatalogResultsModel(ctx, replica)
            model.set_query("zz")
            run_until(model.sig_loaded, 30_000)
            assert model.offline, "the service is stopped: the model must search the replica"
            latest, serial_all = [], []
            for sample in TYPED:
                keys = [sample[:n] for n in range(1, len(sample) + 1)]
                serial_all.append(sum(timed(lambda k=k: replica.search_page(k, None, None, 50)) for k in keys))
                for key in keys:
                    model.set_query(key)
                    QCoreApplication.processEvents()
                start = time.perf_counter()
                while not (model.query == sample.strip() and model.is_loaded):
                    run_until(model.sig_loaded, 5000)
                latest.append((time.perf_counter() - start) * 1000)
            rows.append(
                (
                    "typing fast: last key to results (ms)",
                    "≤ 50",
                    f"median {statistics.median(latest):.1f} max {max(latest):.1f}",
                    f"every prefix to the end: median {statistics.median(serial_all):.0f}",
                    f"{max(latest) / statistics.median(serial_all):.2f}x (max)",
                )
            )
            raw.close()
            per_chunk, as_first_sync = per_chunk_vs_first_sync(replica, folder)
            rows.append(
                (
                    f"bulk load {synced:,} rows (s)",
                    "",
                    f"indexed per chunk {per_chunk:.1f}",
                    f"as a first sync {as_first_sync:.1f}",
                    f"{per_chunk / as_first_sync:.2f}x",
                )
            )
            sync.stop()
        finally:
            server.stop()
            QTimer.singleShot(0, lambda: None)
            ops.wait_for_all()
            QCoreApplication.processEvents()
            replica.close()
            ctx.client.close()
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    header = ("what", "goal", "measured", "baseline (same run)", "ratio")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    del app


if __name__ == "__main__":
    main()
