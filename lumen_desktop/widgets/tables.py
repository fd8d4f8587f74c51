"""Tables of records set up the way every list in the app behaves, so they all read and select alike.

``ColumnFitter`` sizes a table's columns the way a person would: each column as wide as its header and the
rows on screen need (the rows the viewport shows and a few more, measured once per reset, language change or
change in those rows: lists load page by page and are never measured over every row, so a page costs ``data()``
calls for what is visible, not for what was loaded), the descriptive column (a name, a job) taking the width
left over and never less than ``DESCRIPTIVE_CHARACTERS`` characters; when the view is too narrow for all that,
the widest of the other columns give way first (their text is elided, the tooltip still has it) so no horizontal
scrollbar appears.
Once the user drags a column border the widths are theirs: the header's state is kept in the settings, one
entry per table (``state_key``) and column count, and restored next time.
"""

from __future__ import annotations

from typing import TypedDict, Unpack

from PySide6.QtCore import QAbstractItemModel, QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from ..settings import Settings
from ..style import row_height

# Sizing looks at the rows the viewport shows plus this many below them (Qt measures the visible ones first).
SAMPLE_MARGIN = 3
# ... and at least this many rows, for a view not laid out yet.
SAMPLE_MINIMUM = 10
# The descriptive column always shows at least this many characters of its text.
DESCRIPTIVE_CHARACTERS = 30
# No other column grows past this many characters just because one row is long (its tooltip has the rest).
WIDEST_CHARACTERS = 40
# What a cell's padding and the grid take besides the text.
CELL_PADDING = 14


class FitOptions(TypedDict, total=False):
    """What else ``ColumnFitter`` takes besides the column that stretches (its defaults are ColumnFitter's)."""

    state_key: str
    settings: Settings | None
    descriptive_characters: int


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted to their content and to the view's width (see the module's docstring)."""

    def __init__(
        self,
        view: QTableView,
        *,
        stretch_column: int | None,
        state_key: str = "",
        settings: Settings | None = None,
        descriptive_characters: int = DESCRIPTIVE_CHARACTERS,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._descriptive_characters = descriptive_characters
        self._stretch_column = stretch_column
        self._state_key = state_key
        self._settings = settings if state_key else None
        self._natural: dict[int, int] = {}  # what each column needs, long texts capped
        self._full: dict[int, int] = {}  # what each column needs for its longest text
        self._measured_rows = -1  # rows seen at the last measurement; -1: never measured
        self._sample = SAMPLE_MINIMUM  # how many rows the last measurement looked at
        self._user_sized = False
        self._fitting = False
        self._model: QAbstractItemModel | None = None
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_MINIMUM)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._section_resized)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        self._refit_later = QTimer(self)
        self._refit_later.setSingleShot(True)
        self._refit_later.setInterval(0)
        self._refit_later.timeout.connect(self.fit)
        self.watch_model()

    # --- what views call -------------------------------------------------------------------------------------
    def watch_model(self) -> None:
        """Follows the view's current model (call again after ``setModel``)."""
        model = self._view.model()
        if model is self._model:
            return
        if self._model is not None:
            for signal in (self._model.modelReset, self._model.layoutChanged, self._model.headerDataChanged):
                signal.disconnect(self._remeasure)
            self._model.rowsInserted.disconnect(self._rows_inserted)
            self._model.dataChanged.disconnect(self._data_changed)
        self._model = model
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
                signal.connect(self._remeasure)
            model.rowsInserted.connect(self._rows_inserted)
            model.dataChanged.connect(self._data_changed)  # names that arrive after the rows (an import)
        self._remeasure()

    @property
    def descriptive_column(self) -> int | None:
        """The column that takes the width left over (a name, a job), if any."""
        return self._stretch_column

    @property
    def settled(self) -> bool:
        """No refit is waiting (the columns show what the model holds now)."""
        return not self._refit_later.isActive()

    @property
    def user_sized(self) -> bool:
        """The user has set the widths (dragged a border now or in an earlier session)."""
        return self._user_sized

    def fit(self) -> None:
        """Sizes the columns now (also done on each reset, on the first pages of rows and on every resize)."""
        model, header = self._view.model(), self._view.horizontalHeader()
        if model is None or header.count() == 0:
            return
        self._restore_state()
        if self._measured_rows < 0 or self._sample < min(self.sample_rows(), self._measured_rows):
            self._measure()  # never measured, or the view grew taller and shows rows that were not measured
        self._fitting = True
        try:
            self._apply_modes()
            if not self._user_sized:
                for column, width in self._widths().items():
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    # --- measuring -------------------------------------------------------------------------------------------
    def _remeasure(self, *_args: object) -> None:
        self._measured_rows = -1
        self._refit_later.start()

    def _rows_inserted(self, _parent: object, first: int, _last: int) -> None:
        # Rows that land among the measured ones change what a column needs; later pages are more of the same.
        if first < self._sample or self._measured_rows < self._sample:
            self._remeasure()

    def _data_changed(self, top_left: QModelIndex, *_args: object) -> None:
        if top_left.row() < self._sample:
            self._remeasure()

    def sample_rows(self) -> int:
        """How many rows a measurement looks at: those the viewport has room for, and ``SAMPLE_MARGIN`` more."""
        row = max(1, self._view.verticalHeader().defaultSectionSize())
        return max(SAMPLE_MINIMUM, self._view.viewport().height() // row + 1 + SAMPLE_MARGIN)

    def _measure(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        widest = view.fontMetrics().averageCharWidth() * WIDEST_CHARACTERS + CELL_PADDING
        self._sample = self.sample_rows()
        header.setResizeContentsPrecision(self._sample)  # Qt's sizeHintForColumn: the visible rows first
        self._natural, self._full = {}, {}
        for column in range(header.count()):
            content = max(header.sectionSizeHint(column), view.sizeHintForColumn(column) + 2)
            self._full[column] = content
            self._natural[column] = content if column == self._stretch_column else min(content, widest)
        model = view.model()
        self._measured_rows = model.rowCount() if model is not None else 0

    def descriptive_minimum(self) -> int:
        """The width the descriptive column never goes under."""
        return self._view.fontMetrics().averageCharWidth() * (self._descriptive_characters + 4) + CELL_PADDING

    def _widths(self) -> dict[int, int]:
        header = self._view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        others = {c: self._natural.get(c, header.defaultSectionSize()) for c in shown if c != self._stretch_column}
        available = self._view.viewport().width()
        whole = {c: self._full.get(c, width) for c, width in others.items()}
        if sum(whole.values()) + self.descriptive_minimum() <= available:
            others = whole  # room enough: long texts in the other columns show whole too
        if self._stretch_column is None or self._stretch_column not in shown:
            return self._shrunk(others, available)
        # The descriptive column never needs more than its own text, nor gets less than its minimum.
        minimum = min(self.descriptive_minimum(), self._natural.get(self._stretch_column, 0) or available)
        room = available - minimum
        fitted = self._shrunk(others, room) if sum(others.values()) > room else others
        fitted[self._stretch_column] = max(available - sum(fitted.values()), minimum)
        return fitted

    def _shrunk(self, widths: dict[int, int], room: int) -> dict[int, int]:
        """``widths`` with the widest cut down first until they fit in ``room`` (never under a few letters)."""
        if sum(widths.values()) <= room or not widths:
            return dict(widths)
        floor = self._view.fontMetrics().averageCharWidth() * 4 + CELL_PADDING
        ordered = sorted(widths.values())
        cap, below, count = floor, 0, len(ordered)
        for index, width in enumerate(ordered):
            # Cap everything from ``index`` on at the same width: does what is left fit?
            candidate = (room - below) // (count - index)
            if candidate <= width:
                cap = max(candidate, floor)
                break
            below += width
        return {column: min(width, cap) for column, width in widths.items()}

    def _apply_modes(self) -> None:
        header = self._view.horizontalHeader()
        for column in range(header.count()):
            stretch = column == self._stretch_column
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
        if self._stretch_column is None:
            header.setStretchLastSection(True)

    # --- the user's widths -----------------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"{self._state_key}/{self._view.horizontalHeader().count()}"

    def _restore_state(self) -> None:
        if self._settings is None or self._user_sized:
            return
        state = self._settings.header_state(self._settings_key())
        if state is not None and self._view.horizontalHeader().restoreState(state):
            self._user_sized = True

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if self._fitting or self._view.horizontalHeader().count() == 0:
            return
        if QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            return  # Qt's own stretching, not the user dragging a border
        self.remember_widths()

    def remember_widths(self) -> None:
        """The widths as they are now become the user's: kept, and restored for this table next time."""
        self._user_sized = True
        if self._settings is not None:
            self._settings.set_header_state(self._settings_key(), QByteArray(self._view.horizontalHeader().saveState()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._fitting:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tip_for_elided(event)
        return False

    def _tip_for_elided(self, event: QHelpEvent) -> bool:
        """A cell cut short ("Électricité Ga…") shows its whole text on hover, unless the model has a tooltip."""
        index = self._view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data() or "")
        if self._view.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= self._view.visualRect(index).width():
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, self._view.viewport(), self._view.visualRect(index))
        return True


def set_up_rows(view: QTableView) -> None:
    """Rows as high as the category tree's and the sidebar's: one line of text with the same breathing room."""
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(row_height(view))
    rows.setDefaultSectionSize(row_height(view))
    view.setWordWrap(False)


def fit_columns(view: QTableView, *, stretch_column: int | None, **options: Unpack[FitOptions]) -> ColumnFitter:
    """Attaches a ``ColumnFitter`` to a table built elsewhere (a QTableView or QTableWidget) and sets its rows."""
    existing = view.findChild(ColumnFitter)
    if existing is not None:
        existing.watch_model()
        return existing
    set_up_rows(view)
    return ColumnFitter(view, stretch_column=stretch_column, **options)


class ListTable(QTableView):
    """A read-only list: whole rows selected one at a time, one line per row, no row numbers, columns fitted by a
    ``ColumnFitter`` with ``stretch_column`` (the descriptive one) taking the width left over."""

    def __init__(
        self,
        model: QAbstractItemModel,
        *,
        stretch_column: int | None,
        parent: QWidget | None = None,
        **options: Unpack[FitOptions],
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.fitter = fit_columns(self, stretch_column=stretch_column, **options)
