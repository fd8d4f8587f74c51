"""The table models' shared base: a row's texts are formatted once, not on every paint, and again as soon as the
row, its state or the language changes; numbers are right-aligned; what the approver changed reads the same; in a
table of order lines only the quantity is edited, and the line columns read the same in the cart and a request; a
list loaded whole ends as the service's latest answer when it is asked again while a load runs."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt

from lumen_desktop.api import Approval, Cart
from lumen_desktop.formatting import Formatter
from lumen_desktop.models.approval_changes import ApprovalChangesModel, LineChange
from lumen_desktop.models.approval_draft import ApprovalDraft, LineState
from lumen_desktop.models.approval_lines import ApprovalLinesModel
from lumen_desktop.models.cart_lines import CartLinesModel
from lumen_desktop.models.cart_pending import shown_cart
from lumen_desktop.models.keyed_table import RIGHT_ALIGNED
from lumen_desktop.models.service_list import ServiceListModel


class CountedChanges(ApprovalChangesModel):
    """The approver's-changes model, counting the texts it formats."""

    def __init__(self, formatter: Formatter) -> None:
        super().__init__(formatter)
        self.formatted = 0

    def display(self, change: LineChange, key: str) -> str:
        self.formatted += 1
        return super().display(change, key)


def approval(requested: int, placed: int) -> Approval:
    line = {"sku": "WIRE-12", "name": "Copper wire", "uom": "ft", "sale_multiple": 250}
    return Approval.from_json(
        {
            **Approval.blank().model_dump(mode="json"),
            "status": "approved",
            "lines": [{**line, "quantity": placed}, {**line, "sku": "BOX-4", "quantity": 10}],
            "requested_lines": [{**line, "quantity": requested}, {**line, "sku": "BOX-4", "quantity": 10}],
        }
    )


def shown(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_row_is_formatted_once_and_again_when_it_changes(qapp) -> None:
    model = CountedChanges(Formatter("en"))
    model.set_approval(approval(requested=1000, placed=1250))
    assert shown(model, 0) == ["WIRE-12", "Copper wire", "1,000", "1,250", "ft", "Quantity changed"]
    assert model.formatted == model.columnCount()  # one row asked for: only its cells were formatted

    for _paint in range(3):
        shown(model, 0)
    assert model.formatted == model.columnCount()  # painting again formats nothing

    model.set_formatter(Formatter("fr"))  # the language changed: the texts follow
    assert shown(model, 0)[2:4] == ["1\N{NO-BREAK SPACE}000", "1\N{NO-BREAK SPACE}250"]
    assert model.formatted == 2 * model.columnCount()

    model.set_approval(approval(requested=1000, placed=1000))  # new rows: nothing stale is shown
    assert shown(model, 0)[3] == "1\N{NO-BREAK SPACE}000" and shown(model, 0)[5] == ""
    assert model.change(0).kind is LineState.UNCHANGED


def test_numbers_are_right_aligned_and_changed_rows_marked(qapp) -> None:
    model = ApprovalChangesModel(Formatter("en"))
    model.set_approval(approval(requested=1000, placed=1250))
    alignment = Qt.ItemDataRole.TextAlignmentRole
    assert model.index(0, model.column_of("requested")).data(alignment) == RIGHT_ALIGNED
    assert model.index(0, model.column_of("name")).data(alignment) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # changed by the approver
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # as requested
    assert model.index(2, 0).data() is None  # past the last row


WIRE = {"sku": "WIRE-12", "name": "Copper wire", "uom": "ft", "quantity": 500, "sale_multiple": 250}
PRICED = {"unit_price": "412.50", "price_unit": 1000, "extended": "206.25"}


def editable(model: CartLinesModel | ApprovalLinesModel, row: int) -> list[str]:
    """The keys of the columns the user may edit in ``row``."""
    editing = Qt.ItemFlag.ItemIsEditable
    return [key for column, key in enumerate(model.columns) if model.flags(model.index(row, column)) & editing]


def test_a_cart_line_reads_as_a_request_line_and_only_its_quantity_is_edited(qapp) -> None:
    cart = CartLinesModel(Formatter("en"), show_prices=True)
    cart.set_cart(
        shown_cart(
            Cart.from_json(
                {"lines": [{**WIRE, **PRICED}], "po_number": "", "job_name": "", "note": "", "version": "1"}
            ),
            [],
        ),
        {},
    )
    request = ApprovalLinesModel(
        ApprovalDraft.of(
            Approval.from_json({**Approval.blank().model_dump(mode="json"), "lines": [{**WIRE, **PRICED}]})
        ),
        Formatter("en"),
        can_see_prices=True,
        editable=True,
    )
    same = ["sku", "name", "quantity", "uom", "unit_price", "extended"]
    assert cart.columns[:6] == request.columns[:6] == same
    assert (
        shown(cart, 0)[:6] == shown(request, 0)[:6] == ["WIRE-12", "Copper wire", "500", "ft", "$412.50 / M", "$206.25"]
    )
    assert editable(cart, 0) == editable(request, 0) == ["quantity"]

    assert not cart.setData(cart.index(0, cart.column_of("name")), "Other wire")
    assert not request.setData(request.index(0, request.column_of("sku")), "BOX-4")
    assert request.setData(request.index(0, request.column_of("quantity")), 750)
    assert shown(request, 0)[2] == "750"


def test_a_request_line_is_not_edited_once_removed_or_when_the_request_is_read_only(qapp) -> None:
    draft = ApprovalDraft.of(
        Approval.from_json({**Approval.blank().model_dump(mode="json"), "lines": [WIRE, {**WIRE, "sku": "BOX-4"}]})
    )
    model = ApprovalLinesModel(draft, Formatter("en"), can_see_prices=False, editable=True)
    assert model.columns == ["sku", "name", "quantity", "uom", "change"]  # no price column without prices
    model.toggle_removed(1)
    assert editable(model, 0) == ["quantity"] and editable(model, 1) == []
    model.set_editable(False)
    assert editable(model, 0) == []


class Names(ServiceListModel[str]):
    """A list the "service" answers with whatever ``answer`` holds when it is asked; each call waits for ``gate``."""

    def __init__(self) -> None:
        super().__init__(columns=["name"])
        self.answer = ["old"]
        self.asked = 0
        self.gate = threading.Event()

    def fetch(self) -> Callable[[], list[str]]:
        self.asked += 1
        answer, gate = list(self.answer), self.gate
        return lambda: answer if gate.wait(10) else []

    def take(self, rows: list[str]) -> None:
        self._rows = sorted(rows)

    def display(self, item: str, key: str) -> str:
        return item


def test_a_list_asked_again_while_it_loads_ends_as_the_latest_answer(qtbot) -> None:
    model = Names()
    loaded: list[list[str]] = []
    model.sig_loaded.connect(lambda: loaded.append([model.index(row, 0).data() for row in range(model.rowCount())]))
    model.load()
    model.answer = ["new", "newer"]  # the list changed on the service while the first answer was on its way
    model.load()
    assert model.is_loading and model.asked == 1  # the second load waits for the first one: never two at once

    model.gate.set()
    qtbot.waitUntil(lambda: len(loaded) == 2 and not model.is_loading, timeout=10_000)
    assert loaded == [["old"], ["new", "newer"]] and model.asked == 2
