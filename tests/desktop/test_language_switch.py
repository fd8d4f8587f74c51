"""A switch to French with work open leaves no English anywhere: every section of the window, the request
editor with its outcome line, the catalog's status line, the sign-in dialog's buttons, Qt's own file dialog."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QWidget

from lumen_desktop.views.approvals.editor import RequestEditor
from lumen_desktop.views.catalog import CatalogView
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.sign_in import SignInDialog

from .approval_steps import everything_shown, luc_sends_his_cart
from .helpers import shown_page, signed_in_ctx

SOURCES = Path(__file__).resolve().parents[2] / "translations" / "lumen_fr.ts"
SECTIONS = ("catalog", "cart", "templates", "approvals", "orders")


def english_only_texts() -> set[str]:
    """The app's English texts whose French differs (from the .ts sources), placeholders left out."""
    english: set[str] = set()
    french: set[str] = set()
    for message in ET.parse(SOURCES).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        french.update(normalized(form) for form in forms)
        if all(normalized(form) != normalized(source) for form in forms) and "%" not in source:
            english.add(normalized(source))
    # A word that is the same in both languages somewhere ("Total", "Note") is not a leftover.
    return {text for text in english - french if len(text) > 3}


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&", "")).strip()


def shown_texts(widget: QWidget) -> set[str]:
    texts = set(everything_shown(widget))
    for child in widget.findChildren(QWidget):
        if isinstance(child, QComboBox):
            texts.update(child.itemText(index) for index in range(child.count()))
        if isinstance(child, QLineEdit):
            texts.add(child.placeholderText())
    return {normalized(text) for text in texts if text}


def leftovers(widget: QWidget, english: set[str]) -> set[str]:
    return shown_texts(widget) & english


@pytest.fixture(scope="module")
def english() -> set[str]:
    texts = english_only_texts()
    assert "Add to cart" in texts and "Sign in" in texts  # the list is the app's, read from its sources
    return texts


def test_after_a_switch_no_section_nor_open_editor_shows_english(
    qtbot, make_ctx, fresh_server, tmp_path: Path, monkeypatch, english
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for key in SECTIONS:
        window.select_section(key)
    window.select_section("catalog")
    catalog = shown_page(window, CatalogView)
    qtbot.waitUntil(lambda: catalog.results.rowCount() > 0, timeout=20_000)
    catalog.table.selectRow(0)
    qtbot.waitUntil(lambda: catalog.details.product is not None, timeout=20_000)
    catalog.details.add_to_cart()
    qtbot.waitUntil(lambda: catalog.status.text().startswith("Added"), timeout=20_000)

    editor = RequestEditor(ctx, sent.id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.approval is not None, timeout=20_000)
    editor.open_reject()
    assert editor.reject_dialog is not None
    editor.reject_dialog.reason.setPlainText("Already ordered last week")
    with qtbot.waitSignal(editor.reject_dialog.sig_rejected, timeout=20_000):
        editor.reject_dialog.submit()
    qtbot.waitUntil(lambda: editor.ui.outcome.text().startswith("Request rejected"))

    assert {"Add to cart", "Catalog"} <= leftovers(window, english)  # the walk sees what a person sees
    with qtbot.waitSignal(ctx.i18n.sig_language_changed):
        ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: editor.ui.outcome.text().startswith("Demande refusée"))
    qtbot.waitUntil(lambda: catalog.status.text().endswith("ajouté au panier"))
    for key in SECTIONS:
        window.select_section(key)
        page = window.current_page()
        qtbot.waitUntil(lambda page=page: not leftovers(page, english), timeout=10_000)
    assert not leftovers(window, english)
    assert not leftovers(editor, english)
    catalog.sync.stop()


def test_the_sign_in_button_keeps_its_words_through_switches(qtbot, make_ctx, live_server) -> None:
    ctx = make_ctx(live_server, "en")
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Sign in"
    ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: button.text() == "Se connecter")
    ctx.i18n.set_language("en")
    qtbot.waitUntil(lambda: button.text() == "Sign in")
    for _turn in range(3):  # Qt's own LanguageChange for the button box comes on a later turn of the event loop
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    assert button.text() == "Sign in"


def test_qt_file_dialog_speaks_french(qtbot, make_ctx) -> None:
    make_ctx(None, "fr")
    files = QFileDialog()
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    files.show()
    labels = {normalized(label.text()) for label in files.findChildren(QLabel)}
    assert {"Voir dans :", "Nom de fichier :", "Fichiers de type :"} <= labels, labels
