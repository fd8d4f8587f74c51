""" "Import material list…": a CSV or XLSX file → a preview that checks every code and quantity → "Add N lines".

The file is read in an ``Op`` on the "store" pool; each code is looked up in the catalog (``MaterialListModel``).
Unknown codes and wrong multiples are flagged before anything is added, and only the valid rows are sent, in one
``POST /cart/lines`` (all or nothing: the service's per-line refusals come back on the rows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...api import ApiError, Cart, ServiceUnreachable
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.cart_import import MaterialListModel
from ...models.cart_import_file import ListRow, MaterialListError, read_material_list
from ...models.cart_session import CartSession
from ...ops import Op
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError
from ...widgets.tables import fit_columns


class ImportMaterialListDialog(Retranslating, QDialog):
    sig_lines_queued = Signal(int)
    """The service was unreachable: this many lines wait in the cart queue (sent when it is back)."""
    sig_lines_added = Signal(object)
    """The valid lines were added; the cart as the service answered it (api.Cart, or None)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model: MaterialListModel | None = None
        self._path: Path | None = None
        self._sent_rows: list[int] = []
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("materialListPreview")
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setObjectName("materialListSummary")
        self.round_button = QPushButton()
        self.round_button.hide()
        self.round_button.clicked.connect(self._round_up)
        self.error = FieldError()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addLinesButton")
        self.add_button.setEnabled(False)
        self.buttons = DialogButtons(self, self.add_lines, self.add_button)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.round_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        if parent is not None:  # as wide as most of the window it comes from, for long product names
            self.resize(max(980, int(parent.window().width() * 0.85)), 560)
        ctx.i18n.sig_language_changed.connect(self._language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import material list"))
        self.choose_button.setText(self.tr("&Choose a file…"))
        self.hint.setText(
            self.tr(
                "A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) "
                "and a quantity column. Nothing is added before you confirm."
            )
        )
        self.round_button.setText(self.tr("&Round up to the sale multiples"))
        self._update_summary()

    def _language_changed(self, _language: str) -> None:
        if self.model is not None:
            self.model.set_formatter(self._ctx.formatter)

    # --- reading the file ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import material list"), "", self.tr("Material lists (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Reads ``path`` (off the GUI thread), then checks its codes against the catalog."""
        self._path = Path(path)
        self.file_label.setText(self._path.name)
        self.error.clear_message()
        self.add_button.setEnabled(False)
        target = self._path
        Op(self, lambda: read_material_list(target), self._file_read).on_failure(self._file_failed).run(pool="store")

    def _file_read(self, rows: list[ListRow]) -> None:
        self.model = MaterialListModel(rows, self._ctx.formatter, self)
        self.model.dataChanged.connect(lambda *_args: self._update_summary())
        self.model.sig_resolved.connect(self._update_summary)
        self.table.setModel(self.model)
        # What is wrong with a line is what the user came to read: the check stretches and wraps, whole.
        fit_columns(self.table, stretch_column=self.model.column_of("status"), descriptive_characters=36)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.resolve(self._ctx.client)
        self._update_summary()

    def _file_failed(self, exc: Exception) -> None:
        code = exc.code if isinstance(exc, MaterialListError) else "unreadable"
        messages = {
            "empty": self.tr("This file has no line with a code."),
            "no_code_column": self.tr("No code column found: name one “SKU”, “UPC”, “MPN” or “Code”."),
            "no_quantity_column": self.tr("No quantity column found: name it “Quantity” or “Qty” (“Quantité”)."),
            "too_many_rows": self.tr("At most 1,000 lines at a time: split the list."),
        }
        self.error.show_message(messages.get(code, self.tr("This file can't be read as a CSV or Excel file.")))

    # --- adding -------------------------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        model = self.model
        if model is None:
            self.summary.setText("")
            self.add_button.setText(self.tr("&Add lines"))
            return
        valid, problems = len(model.valid_rows()), model.problem_count()
        if model.is_resolving:
            self.summary.setText(self.tr("Checking the codes…"))
        else:
            self.summary.setText(
                self.tr("%n line(s) ready", "", valid) + " — " + self.tr("%n need(s) attention", "", problems)
                if problems
                else self.tr("%n line(s) ready", "", valid)
            )
        self.round_button.setVisible(any(row.status == "not_multiple" for row in model.rows()))
        self.add_button.setText(self.tr("&Add %n line(s)", "", valid))
        self.add_button.setEnabled(valid > 0 and not model.is_resolving)

    def _round_up(self) -> None:
        if self.model is not None:
            self.model.round_up_multiples()

    def add_lines(self) -> None:
        """Sends the valid rows in one ``POST /cart/lines``."""
        if self.model is None or self.model.is_resolving:
            return
        self._sent_rows = self.model.valid_rows()
        lines = self.model.valid_lines()
        if not lines:
            return
        self.error.clear_message()
        if not self._ctx.connection.is_online:
            self._queue(self._sent_rows)
            return
        self.add_button.setEnabled(False)
        client = self._ctx.client
        Op(self, lambda: client.cart.add_lines(lines), self._added).on_failure(self._add_failed).run()

    def _queue(self, rows: list[int]) -> None:
        """The service went away: the lines wait in the cart queue, like any cart change made offline."""
        assert self.model is not None
        lines = []
        for index in rows:
            row = self.model.rows()[index]
            if row.product is not None and row.quantity is not None:
                product = row.product
                lines.append(
                    {
                        "sku": product.sku,
                        "quantity": row.quantity,
                        "name": product.name,
                        "uom": product.uom,
                        "sale_multiple": product.sale_multiple,
                    }
                )
        if lines:
            CartSession.of(self._ctx).add_lines(lines)
        self.sig_lines_queued.emit(len(lines))
        self.accept()

    def _added(self, cart: Cart | None) -> None:
        self.sig_lines_added.emit(cart)
        self.accept()

    def _add_failed(self, exc: Exception) -> None:
        self._update_summary()
        if isinstance(exc, ApiError) and exc.lines and self.model is not None:
            self.model.show_refusals(self._sent_rows, exc.lines)
            self.error.show_message(self.tr("The service refused the lines marked in red; nothing was added."))
        elif isinstance(exc, ServiceUnreachable) and self.model is not None:
            self._queue(self._sent_rows)
        else:
            show_error_beside(self, exc, self.error)  # an expired session: the app asks to sign in again
