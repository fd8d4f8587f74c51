"""Printing and PDF for every section (cart, approval requests, orders): one neutral document, two outputs.

The caller builds a ``PrintableDocument`` whose texts are ALREADY translated and formatted (money through the
formatter, dates, quantities) — this module never formats a value and never decides what may be shown: a caller
printing for a user without ``can_see_prices`` simply passes no price column and no totals rows, so no price can
reach the paper. Then::

    write_pdf(document, "/tmp/cart.pdf")                 # a PDF file (Letter size); widget-free, so in an Op
    print_document(parent, document)                     # the system print dialog, then the printer
    button = PrintPdfButton(lambda: view.printable_document(), lambda: "cart.pdf")   # "Print / PDF…" menu

``PrintPdfButton`` is the standard "Print / PDF…" tool button: a menu with "Save as PDF…" (a file dialog in the
user's Documents folder, named after the document's title as people write it, apostrophes and accents kept; then
"Saved to …" with **Open**), "Print preview…" and "Print…". It asks its ``document_factory`` for the document
only when the user picks an entry, so the print always matches what the screen shows at that moment. Layout is
an HTML table rendered by ``QTextDocument``, which paginates long tables and repeats the column titles on every
page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QDir, QMarginsF, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from .i18n import Retranslating
from .ops import Op
from .style import PRINT_HEADER

MARGINS_MM = QMarginsF(15, 15, 15, 15)
RESOLUTION_DPI = 300
LINES_TABLE_ATTRIBUTES = 'width="100%" cellspacing="0" cellpadding="4" border="0.5" style="border-collapse:collapse"'


@dataclass(frozen=True)
class PrintableDocument:
    """A titled table ready to print; every string already translated and formatted by the caller.

    ``numeric_columns`` are the indexes of right-aligned columns (quantities, money). ``totals`` rows are
    (label, value) pairs printed right-aligned under the table; ``notes`` are paragraphs printed at the end.
    """

    title: str
    header: Sequence[tuple[str, str]] = ()
    columns: Sequence[str] = ()
    rows: Sequence[Sequence[str]] = ()
    totals: Sequence[tuple[str, str]] = ()
    notes: Sequence[str] = ()
    numeric_columns: frozenset[int] = field(default_factory=frozenset)
    footer: str = ""


def document_html(document: PrintableDocument) -> str:
    """The document as simple HTML that ``QTextDocument`` lays out well (every text escaped)."""
    parts = [f"<h2>{escape(document.title)}</h2>"]
    if document.header:
        parts.append('<table cellspacing="0" cellpadding="2">')
        for label, value in document.header:
            parts.append(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>")
        parts.append("</table><p></p>")
    if document.columns:
        parts.append(f"<table {LINES_TABLE_ATTRIBUTES}>")
        parts.append("<thead><tr>")
        for index, title in enumerate(document.columns):
            parts.append(f'<th align="{_align(document, index)}" bgcolor="{PRINT_HEADER}">{escape(title)}</th>')
        parts.append("</tr></thead>")
        for row in document.rows:
            cells = "".join(
                f'<td align="{_align(document, index)}">{escape(text)}</td>' for index, text in enumerate(row)
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    if document.totals:
        parts.append('<p></p><table align="right" cellspacing="0" cellpadding="3">')
        for index, (label, value) in enumerate(document.totals):
            last = index == len(document.totals) - 1
            label_html, value_html = escape(label), escape(value)
            if last:
                label_html, value_html = f"<b>{label_html}</b>", f"<b>{value_html}</b>"
            parts.append(f'<tr><td align="right">{label_html}</td><td align="right">{value_html}</td></tr>')
        parts.append("</table>")
    for note in document.notes:
        paragraph = escape(note).replace("\n", "<br>")
        parts.append(f"<p>{paragraph}</p>")
    if document.footer:
        parts.append(f"<p><small>{escape(document.footer)}</small></p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _align(document: PrintableDocument, column: int) -> str:
    return "right" if column in document.numeric_columns else "left"


def _text_document(document: PrintableDocument) -> QTextDocument:
    text = QTextDocument()
    text.setDocumentMargin(0)
    text.setHtml(document_html(document))
    return text


def write_pdf(document: PrintableDocument, path: str | Path) -> Path:
    """Writes ``document`` as a Letter-size PDF at ``path`` and answers the path.

    No widget is involved, so it runs in an ``Op`` on the "store" pool: the folder may be a slow network share.
    """
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setTitle(document.title)
    writer.setCreator("Lumen Desktop")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    text = _text_document(document)
    text.print_(writer)
    return target


def print_document(parent: QWidget | None, document: PrintableDocument) -> bool:
    """Shows the print dialog and prints ``document``; answers False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(document.title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _text_document(document).print_(printer)
    return True


FORBIDDEN_IN_FILE_NAMES = set('<>:"/\\|?*')  # what Windows, macOS or Linux refuse in a file name


def safe_file_name(text: str, default: str = "document") -> str:
    """A file name made from a title as a person reads it ("Demande d'approbation de Luc Gagnon" →
    "Demande d'approbation de Luc Gagnon.pdf"): only what file systems refuse is left out."""
    cleaned = "".join(" " if ch in FORBIDDEN_IN_FILE_NAMES else ch for ch in text if ch.isprintable())
    cleaned = " ".join(cleaned.split()).strip(" .")
    return (cleaned or default) + ".pdf"


def documents_folder() -> Path:
    """The user's Documents folder (their home when the system has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or QDir.homePath())


def default_pdf_path(document: PrintableDocument) -> Path:
    """Where "Save as PDF…" proposes to save ``document``."""
    return documents_folder() / safe_file_name(document.title)


class PrintPdfButton(Retranslating, QToolButton):
    """The standard "Print / PDF…" button: a menu offering "Save as PDF…" and "Print…"."""

    sig_pdf_saved = Signal(str)
    """A PDF was written (its path)."""

    def __init__(
        self,
        document_factory: Callable[[], PrintableDocument],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document_factory = document_factory
        self.setObjectName("printPdfButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.save_pdf_action = menu.addAction("", self.save_pdf)
        self.preview_action = menu.addAction("", self.open_print_preview)
        self.print_action = menu.addAction("", self.open_print_dialog)
        self.setMenu(menu)
        self.file_dialog: QFileDialog | None = None
        self.saved_box: QMessageBox | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Print / PDF…"))
        self.save_pdf_action.setText(self.tr("Save as PDF…"))
        self.preview_action.setText(self.tr("Print preview…"))
        self.print_action.setText(self.tr("Print…"))

    def save_pdf(self) -> QFileDialog:
        """Asks where to save (the Documents folder, the document's title as name), then writes the PDF."""
        document = self._document_factory()
        target = default_pdf_path(document)
        dialog = QFileDialog(
            self.window(), self.tr("Save as PDF"), str(target.parent), self.tr("PDF documents (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(target.name)
        dialog.fileSelected.connect(lambda path: self.save_pdf_to(document, path))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_pdf_to(self, document: PrintableDocument, path: str | Path) -> None:
        """Writes the PDF off the GUI thread; ``sig_pdf_saved`` says when it is on disk."""
        if not str(path).lower().endswith(".pdf"):
            path = f"{path}.pdf"
        Op(self, lambda: write_pdf(document, path), self._pdf_saved).on_failure(
            lambda exc: self._pdf_failed(path, exc)
        ).run(pool="store")

    def _pdf_saved(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("PDF saved"),
            self.tr("Saved to %1").replace("%1", str(path)),
            QMessageBox.StandardButton.Close,
            self.window(),
        )
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        self.saved_box = box
        box.open()
        self.sig_pdf_saved.emit(str(path))

    def _pdf_failed(self, path: str | Path, exc: Exception) -> None:
        QMessageBox.warning(
            self.window(),
            self.tr("PDF not saved"),
            self.tr("The PDF could not be saved to %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
        )

    def open_print_preview(self) -> QPrintPreviewDialog:
        """The print preview of the current document, from which it can be printed."""
        document = self._document_factory()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        dialog = QPrintPreviewDialog(printer, self.window())
        dialog.setWindowTitle(document.title)
        dialog.paintRequested.connect(lambda target: _text_document(document).print_(target))
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def open_print_dialog(self) -> None:
        """Opens the print dialog for the current document."""
        print_document(self.window(), self._document_factory())
