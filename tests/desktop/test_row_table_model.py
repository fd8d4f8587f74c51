"""The table models' shared base: a row's texts are formatted once, not on every paint, and again as soon as the
row, its state or the language changes; numbers are right-aligned; what the approver changed reads the same."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumen_desktop.api import Approval
from lumen_desktop.formatting import Formatter
from lumen_desktop.models.approval_changes import ApprovalChangesModel, LineChange
from lumen_desktop.models.approval_draft import LineState
from lumen_desktop.models.keyed_table import RIGHT_ALIGNED


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
            **Approval.blank().raw,
            "status": "approved",
            "lines": [{**line, "quantity": placed}, {**line, "sku": "BOX-4", "quantity": 10}],
            "requested_lines": [{**line, "quantity": requested}, {**line, "sku": "BOX-4", "quantity": 10}],
        }
    )


def shown(model: ApprovalChangesModel, row: int) -> list[str]:
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
