"""The shared printer: a PrintableDocument becomes a real, paginated PDF with exactly the texts given."""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from lumen_desktop.printing import PrintableDocument, PrintPdfButton, document_html, safe_file_name, write_pdf


def page_text(page: PageObject) -> str:
    return page.extract_text().replace("\t", " ")  # pypdf reads some spaces as tabs


def pdf_text(path: Path) -> str:
    return "\n".join(page_text(page) for page in PdfReader(str(path)).pages)


def order_document(rows: int = 3) -> PrintableDocument:
    return PrintableDocument(
        title="Commande C-0001234",
        header=[("Numéro de bon de commande (BC)", "PO-<42> & co")],
        columns=["Code Lumen", "Produit", "Quantité", "Montant"],
        rows=[[f"LU-{100000 + i}", "Fil THHN 12 AWG", "1\u00a0000", "412,50\u00a0$"] for i in range(rows)],
        totals=[("Sous-total", "1\u00a0234,56\u00a0$"), ("Total", "1\u00a0419,40\u00a0$")],
        notes=["Livrer au chantier\nporte arrière"],
        numeric_columns=frozenset({2, 3}),
    )


def test_a_document_becomes_a_pdf_with_its_texts(qapp, tmp_path: Path):
    path = write_pdf(order_document(), tmp_path / "order.pdf")

    text = pdf_text(path)
    for expected in ("Commande C-0001234", "PO-<42> & co", "LU-100002", "Sous-total", "porte arrière"):
        assert expected in text
    metadata = PdfReader(str(path)).metadata
    assert metadata is not None and metadata.title == "Commande C-0001234"


def test_a_long_table_runs_over_several_pages_with_its_column_titles_on_each(qapp, tmp_path: Path):
    path = write_pdf(order_document(rows=150), tmp_path / "long.pdf")

    pages = PdfReader(str(path)).pages
    assert len(pages) > 1
    assert all(page_text(page).startswith("Code Lumen") for page in pages[1:])
    assert "LU-100149" in page_text(pages[-1])


def test_nothing_the_caller_left_out_appears(qapp, tmp_path: Path):
    no_prices = PrintableDocument(title="Panier", columns=["Code Lumen", "Quantité"], rows=[["LU-1", "250"]])

    path = write_pdf(no_prices, tmp_path / "cart.pdf")

    assert "$" not in pdf_text(path)
    assert "<script>" not in document_html(PrintableDocument(title="<script>"))


def test_the_print_menu_offers_pdf_and_printing(qtbot):
    button = PrintPdfButton(order_document)
    qtbot.addWidget(button)

    assert button.text() == "Print / PDF…"
    assert [action.text() for action in button.menu().actions()] == ["Save as PDF…", "Print preview…", "Print…"]
    assert safe_file_name("Commande C-0001234") == "Commande C-0001234.pdf"
    assert safe_file_name("a/b:c") == "a b c.pdf"
    assert safe_file_name("Demande d'approbation de Luc Gagnon") == "Demande d'approbation de Luc Gagnon.pdf"
    assert safe_file_name("Demande d’approbation — Côté") == "Demande d’approbation — Côté.pdf"


def test_save_as_pdf_writes_the_file_in_the_background(qtbot, tmp_path: Path):
    button = PrintPdfButton(order_document)
    qtbot.addWidget(button)
    target = tmp_path / "Commande C-0001234.pdf"
    with qtbot.waitSignal(button.sig_pdf_saved, timeout=10_000) as saved:
        button.save_pdf_to(order_document(), target)
    assert saved.args == [str(target)]
    assert "Commande C-0001234" in pdf_text(target)


def test_save_as_pdf_proposes_the_documents_folder_and_a_readable_name_then_says_where(
    qtbot, tmp_path: Path, monkeypatch
):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    button = PrintPdfButton(lambda: PrintableDocument(title="Demande d'approbation de Luc Gagnon"))
    qtbot.addWidget(button)
    button.save_pdf_action.trigger()
    dialog = button.file_dialog
    assert dialog is not None and dialog.isVisible()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == home / "Documents"  # the user's, not the process's working folder
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    assert Path(dialog.selectedFiles()[0]) == home / "Documents" / "Demande d'approbation de Luc Gagnon.pdf"

    target = tmp_path / "Demande d'approbation de Luc Gagnon.pdf"
    with qtbot.waitSignal(button.sig_pdf_saved, timeout=10_000):
        dialog.fileSelected.emit(str(target))  # what choosing the file and clicking Save emits
    assert target.exists()
    box = button.saved_box
    assert box is not None and box.isVisible() and str(target) in box.text()
    assert any(b.text() == "&Open" for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    box.close()
    dialog.close()


def test_print_preview_shows_the_document(qtbot):
    button = PrintPdfButton(order_document)
    qtbot.addWidget(button)
    button.preview_action.trigger()
    preview = button.preview_dialog
    assert preview is not None and preview.isVisible() and preview.windowTitle() == "Commande C-0001234"
    preview.close()
