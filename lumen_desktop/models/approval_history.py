"""The history of an approval request (who, when, what) as a read-only table.

``describe(entry)`` turns one ``history`` item of ``GET /approvals/{id}`` into words: "Sent for approval
(3 lines)", "Changed: 1234: 10 → 20; 5678 added (5); PO number: A → B", "Approved: order C-0001234",
"Approved (1 of 2); sent on to Jean Dupuis" and "Approved (2 of 2): order C-0001234" (two-tier approval),
"Rejected: reason", "Cancelled by the requester". Event details never carry prices (the service keeps them
out), so this table is the same for everyone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ..api import HistoryEntry
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..formatting import Formatter
from .keyed_table import RowTableModel


class ApprovalHistoryModel(RowTableModel[HistoryEntry]):
    COLUMNS = ("when", "who", "what")
    COLUMN_TITLES = CodeWords(
        "ApprovalHistoryModel",
        {
            "when": QT_TRANSLATE_NOOP("ApprovalHistoryModel", "When"),
            "who": QT_TRANSLATE_NOOP("ApprovalHistoryModel", "Who"),
            "what": QT_TRANSLATE_NOOP("ApprovalHistoryModel", "What"),
        },
    )

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent, columns=self.COLUMNS)
        self._formatter = formatter

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.redraw()

    # --- words ------------------------------------------------------------------------------------------------------
    def describe(self, entry: HistoryEntry) -> str:
        """What happened, in the user's language."""
        details = entry.details
        if entry.action == "created":
            count = details.get("line_count")
            if isinstance(count, int):
                return self.tr("Sent for approval (%n line(s))", "", count)
            return self.tr("Sent for approval")
        if entry.action == "edited":
            return self.tr("Changed: %1").replace("%1", "; ".join(self._changes(details)))
        if entry.action == "first_approval":
            following = details.get("next_approver")
            name = following.get("full_name", "") if isinstance(following, dict) else ""
            return self.tr("Approved (1 of 2); sent on to %1").replace("%1", str(name))
        if entry.action == "approved":
            text = self.tr("Approved: order %1").replace("%1", str(details.get("order_number", "")))
            if details.get("tier") == 2:
                text = self.tr("Approved (2 of 2): order %1").replace("%1", str(details.get("order_number", "")))
            merged = details.get("merged_with")
            if isinstance(merged, list) and merged:
                text += " " + self.tr("(with %n other request(s))", "", len(merged))
            changes = {k: v for k, v in details.items() if k not in ("lines", "tier", "of", "merged_with")}
            return "; ".join([text, *self._changes(changes)])
        if entry.action == "rejected":
            return self.tr("Rejected: %1").replace("%1", str(details.get("reason", "")))
        if entry.action == "cancelled":
            return self.tr("Cancelled by the requester")
        if entry.action == "reminded":
            return self.tr("Reminder e-mailed to %1").replace("%1", self._names(details.get("to")))
        if entry.action == "escalated":
            return self.tr("Offered to %1 (still waiting)").replace("%1", self._names(details.get("offered_to")))
        if entry.action == "commented":
            first_line = str(details.get("text", "")).split("\n")[0]
            return self.tr("Comment: %1").replace("%1", first_line if len(first_line) <= 80 else first_line[:79] + "…")
        return entry.action

    def who(self, entry: HistoryEntry) -> str:
        """ "Jean Dupuis", or "Jean Dupuis for Marie Tremblay" when he acted for the approver."""
        for_whom = entry.details.get("on_behalf_of")
        if isinstance(for_whom, dict) and for_whom.get("full_name"):
            return self.tr("%1 for %2").replace("%1", entry.actor).replace("%2", str(for_whom["full_name"]))
        return entry.actor

    def _names(self, people: Any) -> str:
        names = [str(p.get("full_name", "")) for p in people or [] if isinstance(p, dict)]
        return ", ".join(name for name in names if name)

    def _changes(self, details: dict[str, Any]) -> list[str]:
        parts = [self._line_change(c) for c in details.get("lines") or [] if isinstance(c, dict)]
        if "po_number" in details:
            parts.append(self._field_change(self.tr("PO number"), details["po_number"]))
        if "job_name" in details:
            parts.append(self._field_change(self.tr("Job name"), details["job_name"]))
        return parts

    def _line_change(self, change: dict[str, Any]) -> str:
        sku, kind = str(change.get("sku", "")), change.get("change")
        if kind == "added":
            return self.tr("%1 added (%2)").replace("%1", sku).replace("%2", self._quantity(change.get("new")))
        if kind == "removed":
            return self.tr("%1 removed").replace("%1", sku)
        old, new = self._quantity(change.get("old")), self._quantity(change.get("new"))
        return self.tr("%1: %2 → %3").replace("%1", sku).replace("%2", old).replace("%3", new)

    def _field_change(self, label: str, change: Any) -> str:
        if not isinstance(change, dict):
            return label
        old, new = str(change.get("old") or "—"), str(change.get("new") or "—")
        return self.tr("%1: %2 → %3").replace("%1", label).replace("%2", old).replace("%3", new)

    def _quantity(self, value: Any) -> str:
        return self._formatter.number(value) if isinstance(value, int) else "—"

    # --- Qt model -----------------------------------------------------------------------------------------------------
    def cell(self, row: int, key: str, role: int) -> Any:
        return self.text(row, self.column_of(key)) if role == Qt.ItemDataRole.ToolTipRole else None

    def display(self, entry: HistoryEntry, key: str) -> str:
        if key == "when":
            return self._formatter.datetime(entry.at)
        if key == "who":
            return self.who(entry)
        return self.describe(entry)
