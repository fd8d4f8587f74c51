"""The line-amount rule the service and the desktop share (``lumen_common.money``)."""

from __future__ import annotations

from decimal import Decimal

from lumen_common.money import extended, to_cents
from lumen_desktop.models.approval_draft import DraftLine
from lumen_server.core import money as service_money


def test_a_line_amount_is_rounded_half_up_to_the_cent() -> None:
    assert to_cents(Decimal("1.005")) == Decimal("1.01")
    assert extended(3, Decimal("1.005"), 1) == Decimal("3.02")  # 3.015
    assert extended(250, Decimal("123.45"), 1000) == Decimal("30.86")  # per M: 30.8625


def test_the_service_and_the_desktop_use_the_same_rule() -> None:
    assert service_money.extended is extended
    line = DraftLine("A1", "Wire", "ft", 250, None, price_unit=1000, unit_price=Decimal("123.45"))
    assert line.extended == Decimal("30.86")
