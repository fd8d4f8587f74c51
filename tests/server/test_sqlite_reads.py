"""SQLite in WAL mode: a read transaction never waits for the writer. A reader started while a write transaction
is open (its changes not yet committed) finishes, sees the last committed state, and the writer then commits.
Threads and events show the order; nothing is timed.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select, update

from lumen_server.catalog.models import Product
from lumen_server.core.db import Database, WriteInReadTransaction

# A guard against a hung test, never a measure: every wait below ends on an event long before this.
GUARD_SECONDS = 60


@pytest.fixture
def database(demo_database: Path):
    database = Database(f"sqlite:///{demo_database}", pool_size=4)
    yield database
    database.dispose()


def test_a_reader_finishes_while_a_writer_holds_its_transaction(database: Database):
    with database.read_session() as session:
        product_id, before = session.execute(select(Product.id, Product.name_en).order_by(Product.id).limit(1)).one()
    writer_holds, reader_done = threading.Event(), threading.Event()
    seen: list[str] = []
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with database.session() as session:
                session.execute(update(Product).where(Product.id == product_id).values(name_en="Renamed"))
                writer_holds.set()
                # The transaction (and SQLite's write lock) stays open until the reader has finished.
                assert reader_done.wait(GUARD_SECONDS), "the reader did not finish while the writer held the lock"
        except BaseException as error:
            failures.append(error)
            writer_holds.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert writer_holds.wait(GUARD_SECONDS)
    with database.read_session() as session:
        seen.append(session.scalar(select(Product.name_en).where(Product.id == product_id)) or "")
    reader_done.set()
    writer.join(GUARD_SECONDS)
    assert not failures, failures
    assert seen == [before]  # the snapshot committed before the writer began
    with database.read_session() as session:
        assert session.scalar(select(Product.name_en).where(Product.id == product_id)) == "Renamed"


def test_two_writers_take_turns_and_lose_no_update(database: Database):
    """The second writer's read (before its write) waits for the first writer's commit, so it reads the new value."""
    with database.read_session() as session:
        product_id, multiple = session.execute(
            select(Product.id, Product.sale_multiple).order_by(Product.id).limit(1)
        ).one()
    first_holds, second_started = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with database.session() as session:
                value = session.scalars(select(Product.sale_multiple).where(Product.id == product_id)).one()
                first_holds.set()
                assert second_started.wait(GUARD_SECONDS)
                session.execute(update(Product).where(Product.id == product_id).values(sale_multiple=value + 1))
        except BaseException as error:
            failures.append(error)
            first_holds.set()

    def second() -> None:
        try:
            second_started.set()
            with database.session() as session:
                value = session.scalars(select(Product.sale_multiple).where(Product.id == product_id)).one()
                session.execute(update(Product).where(Product.id == product_id).values(sale_multiple=value + 1))
        except BaseException as error:
            failures.append(error)

    one = threading.Thread(target=first)
    one.start()
    assert first_holds.wait(GUARD_SECONDS)
    two = threading.Thread(target=second)
    two.start()
    one.join(GUARD_SECONDS)
    two.join(GUARD_SECONDS)
    assert not failures, failures
    with database.read_session() as session:
        assert session.scalar(select(Product.sale_multiple).where(Product.id == product_id)) == multiple + 2


def test_a_read_transaction_that_tries_to_write_is_refused(database: Database):
    with pytest.raises(WriteInReadTransaction), database.read_session() as session:
        product = session.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
        product.name_en = "Changed in a read"
        session.flush()
