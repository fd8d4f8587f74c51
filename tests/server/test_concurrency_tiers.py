"""Two-tier approval under races, against the real service: SQLite with one worker, PostgreSQL with several.

The first approver clicking twice at once passes the request on once; at the second tier, two approvals at once
place one order, and the first approver's late repeat changes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import httpx

from lumen_server.testing import bearer
from tests.server.test_concurrency import Service, at_once, service

__all__ = ["service"]  # a fixture, imported for pytest

DELIVERY = {"shipping": {"method": "delivery"}}
RACES = 5


def big_request(client: httpx.Client, product_sku: str, quantity: int) -> str:
    luc = bearer(client, "luc.gagnon")
    client.delete("/cart", headers=luc).raise_for_status()
    client.post("/cart/lines", json={"lines": [{"sku": product_sku, "quantity": quantity}]}, headers=luc)
    approval = client.post("/cart/submit-for-approval", headers=luc)
    assert approval.status_code == 201, approval.text
    return f"/approvals/{approval.json()['id']}"


def test_racing_approvals_pass_on_once_and_place_one_order(service: Service):
    (product,) = service.products(1)
    with service.client() as client:
        marie, jean = bearer(client, "marie.tremblay"), bearer(client, "jean.dupuis")
        price = Decimal(client.get(f"/products/{product.sku}", headers=jean).json()["price"]) / product.price_unit
        quantity = int(Decimal(6000) / price) + 1  # over the demo rule's 5 000 $
        for race in range(RACES):
            path = big_request(client, product.sku, quantity)

            def approve(c: httpx.Client, who: dict[str, str], key: str, path: str = path) -> httpx.Response:
                return c.post(f"{path}/approve", json=DELIVERY, headers=who | {"Idempotency-Key": key})

            first = at_once(
                service,
                [partial(approve, who=marie, key=f"m-a-{race}"), partial(approve, who=marie, key=f"m-b-{race}")],
            )
            assert [answer.status_code for answer in first] == [202, 202], [a.text for a in first]
            passed = client.get(path, headers=marie).json()
            assert [h["action"] for h in passed["history"]] == ["created", "first_approval"]
            assert (passed["tier"], passed["approver"]["username"]) == (2, "jean.dupuis")

            second = at_once(
                service,
                [
                    partial(approve, who=jean, key=f"j-a-{race}"),
                    partial(approve, who=jean, key=f"j-b-{race}"),
                    partial(approve, who=marie, key=f"m-c-{race}"),
                ],
            )
            jean_codes = sorted(answer.status_code for answer in second[:2])
            assert jean_codes == [201, 409], [a.text for a in second]
            assert second[2].status_code == 202  # marie's repeat: the request as it is, nothing placed by her
            loser = next(answer for answer in second[:2] if answer.status_code == 409)
            assert loser.json()["error"]["code"] == "already_decided"
            done = client.get(path, headers=jean).json()
            assert done["status"] == "approved"
            assert [h["action"] for h in done["history"]] == ["created", "first_approval", "approved"]
            winner = next(answer for answer in second[:2] if answer.status_code == 201)
            assert done["order_number"] == winner.json()["number"]
