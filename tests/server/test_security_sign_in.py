"""Sign-in throttling against a real service process, on SQLite and on PostgreSQL with several workers.

Two client addresses on loopback: the attacker's connections come from 127.0.0.1, the owner's from 127.0.0.2
(the service trusts no proxy header, it counts the TCP peer).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from lumen_server.cli import prepare_database
from lumen_server.core.config import Settings
from lumen_server.testing import LiveServer

BURST = 50
OWNER_ADDRESS, ATTACKER_ADDRESS = "127.0.0.2", "127.0.0.1"
DEFAULTS = Settings()


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """An untouched demo service: on SQLite (one worker), or on a new PostgreSQL database with four workers."""
    if request.param == "sqlite":
        yield request.getfixturevalue("fresh_server")
        return
    url: str = request.getfixturevalue("fresh_postgres_url")
    prepare_database(Settings(database_url=url, demo=True)).dispose()
    with LiveServer(tmp_path / "pg-server" / "lumen.db", database_url=url, workers=4) as server:
        yield server


def client_from(server: LiveServer, address: str) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=address, limits=httpx.Limits(max_connections=BURST + 5))
    return httpx.Client(base_url=server.api_url, transport=transport, timeout=60, headers={"Accept-Language": "en"})


def sign_in(client: httpx.Client, username: str, password: str) -> httpx.Response:
    return client.post("auth/token", json={"username": username, "password": password})


def all_at_once(client: httpx.Client, username: str, passwords: list[str]) -> list[httpx.Response]:
    start = threading.Barrier(len(passwords))

    def attempt(password: str) -> httpx.Response:
        start.wait()
        return sign_in(client, username, password)

    with ThreadPoolExecutor(len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


def test_fifty_simultaneous_wrong_passwords_get_at_most_the_limit_checked_and_the_owner_still_signs_in(
    service: LiveServer,
):
    with client_from(service, ATTACKER_ADDRESS) as attacker, client_from(service, OWNER_ADDRESS) as owner:
        answers = all_at_once(attacker, "jean.dupuis", [f"guess-{n}" for n in range(BURST)])

        statuses = Counter(answer.status_code for answer in answers)
        assert set(statuses) <= {401, 429}, statuses
        assert statuses[401] <= DEFAULTS.login_max_failures, statuses
        assert statuses[429] >= BURST - DEFAULTS.login_max_failures
        refused = next(answer for answer in answers if answer.status_code == 429)
        assert 0 < int(refused.headers["Retry-After"]) <= DEFAULTS.login_failure_window_seconds
        error = refused.json()["error"]
        assert error["code"] == "too_many_attempts"
        assert refused.headers["Retry-After"] in error["message"]

        # The attacker is stopped even with the right password...
        assert sign_in(attacker, "jean.dupuis", "demo-jean.dupuis").status_code == 429
        # ...the owner, from their own address, is not.
        assert sign_in(owner, "jean.dupuis", "demo-jean.dupuis").status_code == 200


def test_a_strangers_five_wrong_tries_do_not_lock_the_owner_out(service: LiveServer):
    with client_from(service, ATTACKER_ADDRESS) as stranger, client_from(service, OWNER_ADDRESS) as owner:
        for _ in range(DEFAULTS.login_max_failures):
            assert sign_in(stranger, "marie.tremblay", "wrong password").status_code == 401
        french = stranger.post(
            "auth/token",
            json={"username": "marie.tremblay", "password": "wrong again"},
            headers={"Accept-Language": "fr"},
        )
        assert french.status_code == 429
        assert french.json()["error"]["message"].startswith("Trop de tentatives")

        assert sign_in(owner, "marie.tremblay", "demo-marie.tremblay").status_code == 200


def test_one_client_cannot_try_a_few_passwords_on_every_username(fresh_server: LiveServer):
    usernames = [f"user{n}" for n in range(DEFAULTS.login_max_failures_per_address)]
    with client_from(fresh_server, ATTACKER_ADDRESS) as client, client_from(fresh_server, OWNER_ADDRESS) as owner:
        for username in usernames:
            assert sign_in(client, username, "password1").status_code == 401
        # Under the per-username limit for this one, but the address has used up its attempts.
        refused = sign_in(client, "sophie.roy", "password1")
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) > 0
        assert sign_in(owner, "sophie.roy", "demo-sophie.roy").status_code == 200


def test_successful_sign_ins_do_not_use_up_the_addresss_attempts(fresh_server: LiveServer):
    """An office behind one address: its people signing in all day are not counted as failures."""
    with client_from(fresh_server, ATTACKER_ADDRESS) as office:
        for _ in range(DEFAULTS.login_max_failures_per_address + 5):
            assert sign_in(office, "luc.gagnon", "demo-luc.gagnon").status_code == 200


def test_simultaneous_sign_ins_with_the_right_password_all_succeed(fresh_server: LiveServer):
    """More right-password sign-ins at once than the failure limit (a script, several devices): they wait for the
    checks under way instead of being refused."""
    count = 3 * DEFAULTS.login_max_failures
    with client_from(fresh_server, ATTACKER_ADDRESS) as client:
        answers = all_at_once(client, "paul.bergeron", ["demo-paul.bergeron"] * count)
    assert [answer.status_code for answer in answers] == [200] * count
