"""Drives Lumen Desktop against a demo service and saves a picture of each section and dialog (scripts/screenshots).

    scripts/screenshots                       # the README's pictures (docs/screenshots/, English and French)
    scripts/screenshots --all --out DIR       # every section and dialog, fr and en, at 1100×720, 1366×768, 1920×1080

``--all`` names each picture ``<size>-<language>-<what>.png``; look at every one before committing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from lumen_desktop import ops, style
from lumen_desktop.context import AppContext
from lumen_desktop.resources import app_icon
from lumen_desktop.settings import Settings
from lumen_desktop.views.main_window import MainWindow
from lumen_server.testing import LiveServer, build_demo_database

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    """Runs the event loop until no background call is pending and ``until`` holds, then a short while more."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not (ops.pending_count() == 0 and until()):
        app.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + 0.6  # let layouts and repaints finish
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


@contextmanager
def demo_service() -> Iterator[tuple[LiveServer, Path]]:
    """The demo service on a free port, on its own demo database in a temporary folder (the windows' settings files
    go there too), stopped and removed at the end."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with LiveServer(build_demo_database(folder / "service" / "lumen.db")) as server:
            yield server, folder


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print("saved", path)


class Shots:
    last: AppContext | None = None  # the newest context of the whole run, across sizes and languages

    def __init__(
        self, app: QApplication, server: LiveServer, folder: Path, out: Path, size: tuple[int, int], prefix: str = ""
    ) -> None:
        self.app, self.server, self.folder, self.out, self.size, self.prefix = app, server, folder, out, size, prefix

    def save(self, widget: QWidget, name: str, language: str) -> None:
        save(self.app, widget, self.out / f"{self.prefix}{name}{'' if self.prefix else '-' + language}.png")

    def context(self, username: str | None, language: str = "en") -> AppContext:
        # One app has one language: the previous picture's translators go, or a French "Annuler" stays.
        if Shots.last is not None:
            Shots.last.i18n.uninstall()
        ini = self.folder / f"{username or 'anonymous'}-{language}-{self.size[0]}.ini"
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
        settings.language = language
        settings.service_address = self.server.address
        ctx = AppContext(settings)
        Shots.last = ctx
        if username:
            ctx.client.auth.sign_in(username, f"demo-{username}")
            ctx.set_me(ctx.client.me())
        return ctx

    def window(self, username: str, section: str, language: str = "en") -> tuple[AppContext, MainWindow]:
        ctx = self.context(username, language)
        window = MainWindow(ctx)
        window.resize(*self.size)
        window.show()
        window.select_section(section)
        settle(self.app)
        return ctx, window


def prepare(server: LiveServer) -> None:
    """The state the pictures show: luc and sophie's requests waiting for marie, orders in jean's history."""
    import httpx

    from lumen_server.demo.people import ACCOUNT_REQUEST
    from lumen_server.testing import bearer

    with httpx.Client(base_url=server.api_url + "/", timeout=30) as http:

        def fill(username: str, *queries: str) -> dict[str, str]:
            headers = bearer(http, username)
            lines = []
            for query in queries:
                item = http.get("products", params={"q": query, "page_size": 1}, headers=headers).json()["items"][0]
                lines.append({"sku": item["sku"], "quantity": item["sale_multiple"] * 4})
            http.post("cart/lines", json={"lines": lines}, headers=headers).raise_for_status()
            return headers

        luc = fill("luc.gagnon", "T90 12 noir", "boite octogonale", "marrette")
        http.patch("cart", json={"po_number": "GAG-2231", "job_name": "Condos Laval"}, headers=luc)
        sent = http.post("cart/submit-for-approval", json={"note": "Pour lundi matin SVP"}, headers=luc)
        talk = {
            "luc.gagnon": "La boîte octogonale peut être remplacée par la carrée si c'est moins cher.\nMerci!",
            "marie.tremblay": "Je compare les prix et je passe la commande demain matin.",
        }
        for username, text in talk.items():  # a conversation on luc's request
            headers = luc if username == "luc.gagnon" else bearer(http, username)
            comment = http.post(f"approvals/{sent.json()['id']}/comments", json={"text": text}, headers=headers)
            comment.raise_for_status()
        sophie = fill("sophie.roy", "disjoncteur 20", "prise decora")
        http.post("cart/submit-for-approval", json={"note": "Chantier Brossard"}, headers=sophie).raise_for_status()
        age_request_of(server, "luc.gagnon", days=2, hours=3)  # the inbox shows which one has waited longest
        jean = fill("jean.dupuis", "EMT 3/4", "connecteur EMT")
        http.post(
            "cart/checkout", json={"po_number": "JD-88", "shipping": {"method": "delivery"}}, headers=jean
        ).raise_for_status()
        fill("jean.dupuis", "panneau LED", "NMD90 14/2")
        fill("luc.gagnon", "THHN 12", "attache")
        http.post(
            "account-requests",
            json=ACCOUNT_REQUEST | {"channel": "cmeq"},
        ).raise_for_status()


def age_request_of(server: LiveServer, username: str, *, days: int, hours: int) -> None:
    """Sends ``username``'s requests back in time (the demo database is SQLite), as if they had waited: the date
    the lists show and the "Sent for approval" line of their history (the comments stay recent)."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    sent = (datetime.now(UTC) - timedelta(days=days, hours=hours)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(server.database) as db:
        requests = "SELECT id FROM approval_requests WHERE requester_id = (SELECT id FROM users WHERE username = ?)"
        db.execute(f"UPDATE approval_requests SET created_at = ? WHERE id IN ({requests})", (sent, username))
        created = f"kind = 'created' AND approval_id IN ({requests})"
        db.execute(f"UPDATE approval_events SET at = ? WHERE {created}", (sent, username))


MATERIAL_LIST = "Code,Quantité\nLU-101817,300\nLU-100425,2\nLU-999999,1\n604910101293,1\nLU-101817,150\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="every section and dialog, each size and language")
    parser.add_argument("--out", type=Path, default=OUT, help="where the pictures go (default: docs/screenshots)")
    parser.add_argument("--sizes", default="1100x720,1366x768,1920x1080", help="with --all: window sizes")
    parser.add_argument("--languages", default="fr,en", help="with --all: languages")
    parser.add_argument("--talk", action="store_true", help="only the comment threads, each size and language")
    parser.add_argument("--standin", action="store_true", help="only the away dialog and the inbox, 1100×720, fr/en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    style.apply(app)
    app.setWindowIcon(app_icon())
    with demo_service() as (server, folder):
        prepare(server)
        if args.talk:
            for size_text in args.sizes.split(","):
                width, height = (int(part) for part in size_text.split("x"))
                for language in args.languages.split(","):
                    take_talk(
                        Shots(app, server, folder, args.out, (width, height), f"{size_text}-{language}-"), language
                    )
            return 0
        if args.standin:
            for language in ("fr", "en"):
                take_standin(Shots(app, server, folder, args.out, (1100, 720)), language)
            return 0
        if not args.all:
            take_readme(Shots(app, server, folder, args.out, (1366, 768)))
            return 0
        for size_text in args.sizes.split(","):
            width, height = (int(part) for part in size_text.split("x"))
            for language in args.languages.split(","):
                shots = Shots(app, server, folder, args.out, (width, height), f"{size_text}-{language}-")
                take_every(shots, language)
    return 0


def take_readme(shots: Shots) -> None:
    """A few small pictures for the README: the main sections, at the laptop size."""
    app = shots.app
    _ctx, window = shots.window("marie.tremblay", "catalog", "fr")
    view = window.current_page()
    view.search.edit.setText("T90 12")
    settle(app, lambda: view.results.is_loaded and view.results.rowCount() > 0)
    view.table.selectRow(0)
    settle(app, lambda: view.details.product is not None)
    shots.save(window, "catalog", "fr")
    window.close()
    _ctx, window = shots.window("luc.gagnon", "cart", "en")
    shots.save(window, "cart-requester-no-prices", "en")
    window.close()
    _ctx, window = shots.window("marie.tremblay", "approvals", "en")
    inbox = window.current_page()
    shots.save(window, "approvals-inbox", "en")
    inbox.open_request(inbox.model.approval(0).id)
    editor = inbox.editors[inbox.model.approval(0).id]
    settle(app, lambda: editor.approval is not None)
    shots.save(editor, "approval-editor", "en")
    editor.close()
    window.close()
    sign_in(shots, "fr", save_as="sign-in")


def take_talk(shots: Shots, language: str) -> None:
    """The conversation on luc's request: in marie's editor (at the window size) and in luc's My requests."""
    app = shots.app
    _ctx, window = shots.window("marie.tremblay", "approvals", language)
    inbox = window.current_page()
    rows = range(inbox.model.rowCount())
    request_id = next(
        inbox.model.approval(r).id for r in rows if inbox.model.approval(r).requester.username == "luc.gagnon"
    )
    editor = inbox.open_request(request_id)
    editor.resize(*shots.size)
    settle(app, lambda: editor.approval is not None and editor.ui.comments.current is not None)
    shots.save(editor, "comment-thread-editor", language)
    editor.close()
    window.close()
    _ctx, window = shots.window("luc.gagnon", "approvals", language)
    page = window.current_page()
    settle(app, lambda: page.details.comments.current is not None)
    shots.save(window, "comment-thread-my-requests", language)


def take_standin(shots: Shots, language: str) -> None:
    """Marie's inbox by waiting time (the oldest highlighted) and her "Away…" dialog."""
    _ctx, window = shots.window("marie.tremblay", "approvals", language)
    inbox = window.current_page()
    settle(shots.app, lambda: inbox.model.rowCount() > 0)
    shots.save(window, "approvals-waiting", language)
    dialog = inbox.open_away_dialog()
    settle(shots.app, lambda: dialog.stand_in.count() > 0)
    shots.save(dialog, "away-dialog", language)
    dialog.close()
    window.close()


def sign_in(shots: Shots, language: str, save_as: str = "sign-in") -> None:
    from lumen_desktop.demo_users import DEMO_USERS
    from lumen_desktop.views.sign_in import SignInDialog

    ctx = shots.context(None, language)
    ctx.demo_users = list(DEMO_USERS)  # as lumen-desktop --demo shows them
    dialog = SignInDialog(ctx)
    dialog.show()
    shots.save(dialog, save_as, language)
    dialog.close()


def error_dialog(shots: Shots, language: str) -> None:
    """The dialog of an error nobody caught, closed and with its details shown."""
    from lumen_desktop.error_log import LOG_FILE_NAME, ErrorReporter
    from lumen_desktop.views.error_dialog import ErrorDialog

    shots.context(None, language)
    reporter = ErrorReporter(shots.folder / "log" / LOG_FILE_NAME)
    try:
        raise RuntimeError("an example of a bug, for the screenshot")
    except RuntimeError as exc:
        details = reporter.details(exc)
    dialog = ErrorDialog(reporter)
    dialog.add(details)
    dialog.show()
    shots.save(dialog, "error-dialog", language)
    dialog.show_details.setChecked(True)
    shots.save(dialog, "error-dialog-details", language)
    dialog.close()


def take_every(shots: Shots, language: str) -> None:
    """Each section and each dialog the seed story opens, in ``language`` at ``shots.size``."""
    from PySide6.QtWidgets import QFileDialog

    from lumen_desktop.views.accounts.request_account import RequestAccountDialog

    app = shots.app
    sign_in(shots, language)
    error_dialog(shots, language)

    form = RequestAccountDialog(shots.context(None, language), shots.server.address)
    form.show()
    for name, value in {
        "customer_number": "100234",
        "first_name": "Annie",
        "last_name": "Côté",
        "email": "annie.cote@example.com",
        "approver_email": "luc.gagnon@example.com",
    }.items():
        form.inputs[name].setText(value)
    form.permission.setCurrentIndex(form.permission.findData("order_for_approval"))
    form.submit()
    settle(app, lambda: bool(form.flagged_fields()))
    shots.save(form, "request-account-refused", language)
    form.close()

    for username in ("marie.tremblay", "luc.gagnon"):
        _ctx, window = shots.window(username, "catalog", language)
        view = window.current_page()
        view.search.edit.setText("disjoncteur 15")
        settle(app, lambda view=view: view.results.is_loaded and view.results.rowCount() > 0)
        view.table.selectRow(0)
        settle(app, lambda view=view: view.details.product is not None)
        shots.save(window, f"catalog-{username.split('.')[0]}", language)
        window.close()

    _ctx, window = shots.window("jean.dupuis", "cart", language)
    shots.save(window, "cart-buyer", language)
    cart = window.current_page()
    material = shots.folder / "material.csv"
    material.write_text(MATERIAL_LIST, encoding="utf-8")
    dialog = cart.open_import()
    dialog.open_file(material)
    settle(app, lambda: dialog.model is not None)
    shots.save(dialog, "import-preview", language)
    dialog.close()
    window.close()

    _ctx, window = shots.window("luc.gagnon", "cart", language)
    shots.save(window, "cart-requester", language)
    cart = window.current_page()
    cart.details.note.setPlainText(
        "Pour lundi matin SVP - Luc" if language == "fr" else "For Monday morning please - Luc"
    )
    send = cart.open_send_for_approval()
    shots.save(send, "send-for-approval", language)
    send.close()
    window.close()

    _ctx, window = shots.window("marie.tremblay", "approvals", language)
    inbox = window.current_page()
    shots.save(window, "approvals-inbox", language)
    request_id = inbox.model.approval(0).id
    inbox.open_request(request_id)
    editor = inbox.editors[request_id]
    settle(app, lambda: editor.approval is not None)
    shots.save(editor, "approval-editor", language)
    editor.open_approve()
    settle(app)
    shots.save(editor.approve_dialog, "approve-dialog", language)
    editor.approve_dialog.close()
    editor.open_reject()
    settle(app)
    shots.save(editor.reject_dialog, "reject-dialog", language)
    editor.reject_dialog.close()
    files = QFileDialog(editor, "PDF")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.setNameFilter("PDF (*.pdf)")
    files.show()
    shots.save(files, "save-pdf-dialog", language)
    files.close()
    editor.close()
    window.close()

    for username, section, name in (
        ("luc.gagnon", "approvals", "my-requests"),
        ("marie.tremblay", "templates", "templates"),
        ("jean.dupuis", "orders", "orders"),
        ("ecomm", "account_requests", "account-requests-staff"),
    ):
        _ctx, window = shots.window(username, section, language)
        shots.save(window, name, language)
        if section == "account_requests":  # the chosen request, written out under the queue
            window.current_page().table.selectRow(0)
            settle(app)
            shots.save(window, f"{name}-chosen", language)
        window.close()

    # The service goes away while marie works in the catalog: the notice floats over the page's bottom.
    _ctx, window = shots.window("marie.tremblay", "catalog", language)
    shots.server.stop()
    try:
        window.refresh_action.trigger()
        settle(app, window.banner.isVisible)
        shots.save(window, "offline-catalog", language)
    finally:
        shots.server.start()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
