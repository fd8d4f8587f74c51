"""The dialog of an error nobody caught: what happened in plain words, "Copy details" for support, "Open log
folder", and the technical details behind a toggle. ``ErrorPresenter`` shows it for ``error_log.ErrorReporter``:
one dialog at a time, further errors of the same burst added to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from ..error_log import ErrorReporter
from ..i18n import Retranslating


class ErrorDialog(Retranslating, QDialog):
    def __init__(self, reporter: ErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reporter = reporter
        self._errors: list[str] = []
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumWidth(520)
        self.details.hide()
        self.buttons = QDialogButtonBox()
        self.show_details = QPushButton()
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_details)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.open_log_folder)
        for button in (self.show_details, self.copy, self.open_folder):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QGridLayout(self)
        layout.addWidget(icon, 0, 0, 2, 1)
        layout.addWidget(self.heading, 0, 1)
        layout.addWidget(self.explanation, 1, 1)
        layout.addWidget(self.details, 2, 0, 1, 2)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        layout.setRowStretch(2, 1)
        layout.setColumnStretch(1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lumen"))
        self.heading.setText(
            self.tr("Something went wrong")
            if len(self._errors) <= 1
            else self.tr("Something went wrong (%n errors)", "", len(self._errors))
        )
        self.explanation.setText(
            self.tr(
                "Lumen met an unexpected error. Your cart and your edits are kept; you can carry on. If it happens "
                "again, copy the details and send them to your Lumen contact."
            )
        )
        self.show_details.setText(self.tr("Hide details") if self.show_details.isChecked() else self.tr("Details"))
        self.copy.setText(self.tr("Copy details"))
        self.open_folder.setText(self.tr("Open log folder"))

    def add(self, details: str) -> None:
        """One more error of this burst."""
        self._errors.append(details)
        self.details.setPlainText("\n\n".join(self._errors))
        self.retranslate()

    def details_text(self) -> str:
        return self.details.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._reporter.log_folder)))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()
        self.adjustSize()


class ErrorPresenter(QObject):
    """Lives on the GUI thread; shows the reporter's errors (queued there from any thread)."""

    def __init__(self, reporter: ErrorReporter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reporter = reporter
        self.dialog: ErrorDialog | None = None
        reporter.sig_unexpected.connect(self.show_error)

    @Slot(str)
    def show_error(self, details: str) -> None:
        if self.dialog is None:
            dialog = ErrorDialog(self._reporter, QApplication.activeWindow())
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            dialog.add(details)
            dialog.open()
        else:
            self.dialog.add(details)

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self._reporter.dialog_closed()
