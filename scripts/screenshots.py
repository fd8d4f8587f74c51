"""Drives Lumen Desktop against a demo service and saves a picture of each main screen (see scripts/screenshots)."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from lumen_desktop import ops
from lumen_desktop.context import AppContext
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


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


class Shots:
    def __init__(self, app: QApplication, server: LiveServer, folder: Path) -> None:
        self.app, self.server, self.folder = app, server, folder

    def context(self, username: str | None, language: str = "en") -> AppContext:
        ini = self.folder / f"{username or 'anonymous'}-{language}.ini"
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
        settings.language = language
        settings.service_address = self.server.address
        ctx = AppContext(settings)
        if username:
            ctx.client.auth.sign_in(username, f"demo-{username}")
            ctx.set_me(ctx.client.me())
        return ctx

    def window(self, username: str, section: str, language: str = "en") -> tuple[AppContext, MainWindow]:
        ctx = self.context(username, language)
        window = MainWindow(ctx)
        window.resize(1360, 820)
        window.show()
        window.select_section(section)
        settle(self.app)
        return ctx, window


def prepare(server: LiveServer) -> None:
    """The state the pictures show: luc and sophie's requests waiting for marie, orders in jean's history."""
    import httpx

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
        http.post("cart/submit-for-approval", json={"note": "Pour lundi matin SVP"}, headers=luc).raise_for_status()
        sophie = fill("sophie.roy", "disjoncteur 20", "prise decora")
        http.post("cart/submit-for-approval", json={"note": "Chantier Brossard"}, headers=sophie).raise_for_status()
        jean = fill("jean.dupuis", "EMT 3/4", "connecteur EMT")
        http.post(
            "cart/checkout", json={"po_number": "JD-88", "shipping": {"method": "delivery"}}, headers=jean
        ).raise_for_status()
        fill("jean.dupuis", "panneau LED", "NMD90 14/2")
        fill("luc.gagnon", "THHN 12", "attache")
        http.post(
            "account-requests",
            json={
                "customer_number": "100234",
                "first_name": "Sylvie",
                "last_name": "Côté",
                "email": "sylvie.cote@example.com",
                "language": "fr",
                "permission": "order_for_approval",
                "can_see_prices": False,
                "approver_email": "marie.tremblay@example.com",
                "channel": "cmeq",
            },
        ).raise_for_status()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = LiveServer(build_demo_database(folder / "service" / "lumen.db"))
        server.start()
        try:
            prepare(server)
            take_all(Shots(app, server, folder))
        finally:
            server.stop()
    return 0


def take_all(shots: Shots) -> None:
    app = shots.app
    from lumen_desktop.demo_users import DEMO_USERS
    from lumen_desktop.views.sign_in import SignInDialog

    ctx = shots.context(None)
    ctx.demo_users = list(DEMO_USERS)  # as lumen-desktop --demo shows them
    dialog = SignInDialog(ctx)
    dialog.show()
    save(app, dialog, "sign-in")
    dialog.close()

    _ctx, window = shots.window("marie.tremblay", "catalog", "fr")
    view = window.current_page()
    view.search.edit.setText("T90 12")
    settle(app, lambda: view.results.is_loaded and view.results.rowCount() > 0)
    view.table.selectRow(0)
    settle(app, lambda: view.details.product is not None)
    save(app, window, "catalog-fr")
    window.close()

    _ctx, window = shots.window("luc.gagnon", "cart")
    save(app, window, "cart-requester-no-prices")
    window.close()

    _ctx, window = shots.window("jean.dupuis", "cart", "fr")
    save(app, window, "cart-buyer-fr")
    window.close()

    _ctx, window = shots.window("marie.tremblay", "approvals")
    inbox = window.current_page()
    save(app, window, "approvals-inbox")
    inbox.open_request(inbox.model.approval(0).id)
    editor = inbox.editors[inbox.model.approval(0).id]
    editor.resize(1100, 780)
    settle(app, lambda: editor.approval is not None)
    save(app, editor, "approval-editor")
    editor.close()
    window.close()

    _ctx, window = shots.window("luc.gagnon", "approvals")
    save(app, window, "my-requests")
    window.close()

    _ctx, window = shots.window("marie.tremblay", "templates")
    save(app, window, "templates")
    window.close()

    _ctx, window = shots.window("jean.dupuis", "orders")
    save(app, window, "orders")
    window.close()

    from lumen_desktop.views.accounts.request_account import RequestAccountDialog

    form = RequestAccountDialog(shots.context(None), shots.server.address)
    form.show()
    save(app, form, "request-account")
    form.close()

    _ctx, window = shots.window("ecomm", "account_requests")
    save(app, window, "account-requests-staff")
    window.close()


if __name__ == "__main__":
    sys.exit(main())
