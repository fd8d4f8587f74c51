"""``lumen-desktop --smoke-test``: proves that an installed or bundled app really starts, then quits with 0.

It shows the sign-in window as a user would see it first, builds the main window's shell (no user signed in, so
nothing is asked of the service), prints what they say — in the language the app picked, from the compiled
translations inside the package — and quits through the event loop. The wheel test and the PyInstaller build
test read these lines::

    language: fr
    window: Connexion à Lumen
    address: http://127.0.0.1:8765
    menus: Fichier | Affichage | Langue
    qt: Annuler
    money: 1 234,50 $

``address`` is the sign-in window's service address (``settings``: the user's, else this machine's default).
``qt`` is a text of Qt's own dialogs (its qtbase translation, found beside Qt); ``money`` an amount formatted by
babel with the language's locale data (both easy to leave out of a bundle by mistake).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from .app import LumenApp
from .context import AppContext


def _plain(title: str) -> str:
    """A menu title without its shortcut marker (``&Fichier`` → ``Fichier``)."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


def run_smoke_test(ctx: AppContext, flow: LumenApp) -> None:
    """Opens the sign-in window now; once the event loop runs, reports and quits (exit code 1 if it was not shown)."""
    flow.start(silent=False)  # never a remembered session: a smoke test signs nobody in

    def report_and_quit() -> None:
        dialog = flow.sign_in_dialog
        shown = dialog is not None and dialog.isVisible()
        print(f"language: {ctx.i18n.language}")
        print(f"window: {dialog.windowTitle() if dialog is not None else ''}")
        print(f"address: {dialog.address.text() if dialog is not None else ''}")
        from .views.main_window import MainWindow  # not at import: the sign-in dialog shows before it loads

        shell = MainWindow(ctx)
        print("menus: " + " | ".join(_plain(action.text()) for action in shell.menuBar().actions()))
        shell.deleteLater()
        print(f"qt: {QCoreApplication.translate('QPlatformTheme', 'Cancel')}")
        print(f"money: {ctx.formatter.money(Decimal('1234.50'))}", flush=True)
        QApplication.exit(0 if shown else 1)

    QTimer.singleShot(0, report_and_quit)
