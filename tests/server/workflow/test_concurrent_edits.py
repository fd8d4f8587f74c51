"""Invariant 5 under real concurrency: two edits of one request read at the same version, sent at the same moment
to a running service, end with exactly one 200 and one 409 — every time, and nothing of the loser is kept."""

from __future__ import annotations

from functools import partial

import httpx

from lumen_server.core.db import Database
from lumen_server.testing import LiveServer, bearer
from tests.server.workflow.support import at_once, products

ROUNDS = 5


def edit_at_once(
    server: LiveServer, path: str, headers: dict[str, str], job_names: list[str]
) -> dict[str, httpx.Response]:
    """Sends one PATCH per job name from its own thread and connection, released together; job name → answer."""

    def patch(own: httpx.Client, name: str) -> httpx.Response:
        return own.patch(path, json={"job_name": name}, headers=headers)

    return at_once(server, {name: partial(patch, name=name) for name in job_names})


def test_simultaneous_edits_at_one_version_one_wins(running_service: tuple[LiveServer, Database]):
    live_server, database = running_service
    (product,) = products(database, 1)
    with httpx.Client(base_url=live_server.address) as http:
        sophie, marie = bearer(http, "sophie.roy"), bearer(http, "marie.tremblay")
        http.post("/api/v1/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=sophie)
        path = f"/api/v1/approvals/{http.post('/api/v1/cart/submit-for-approval', headers=sophie).json()['id']}"

        for round_number in range(ROUNDS):
            etag = http.get(path, headers=marie).headers["ETag"]

            jobs = [f"job {round_number}{side}" for side in "ab"]
            answers = edit_at_once(live_server, path, marie | {"If-Match": etag}, jobs)

            assert sorted(a.status_code for a in answers.values()) == [200, 409], [a.text for a in answers.values()]
            (winner,) = [job for job, answer in answers.items() if answer.status_code == 200]
            (loser,) = [answer.json()["error"] for answer in answers.values() if answer.status_code == 409]
            now = http.get(path, headers=marie).json()
            assert now["job_name"] == winner
            assert loser["code"] == "version_conflict"
            assert now["version"] == int(etag.strip('"')) + 1 == loser["current_version"]
