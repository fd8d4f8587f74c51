"""``lumen-desktop [--demo] [--service URL] [--smoke-test] [lumen://approvals/ID]``: sets up Qt, the context and
the flow, then runs the event loop.

One app per person and service (``single_instance``): a launch while one runs hands its link over (the running
window opens the request, after sign-in if needed) and exits at once. ``lumen-desktop lumen://approvals/17`` from a
shell or a click on the e-mail's link (the system runs ``lumen-desktop %u``) open request 17 (see ``links``).

``--demo`` first starts the embedded demo service (``demo_service``) behind a small progress dialog, waits for
its health check off the GUI thread, then opens the sign-in dialog pointed at it with the demo users listed;
the child service stops when the app quits. The demo runs the service too, so it needs both extras
(``pip install "lumen[desktop,server]"``); without them it says so and exits. ``--smoke-test``: see ``smoke``.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from . import error_log, ops, style
from .app import LumenApp
from .context import AppContext
from .demo_service import DemoService, missing_service_packages
from .demo_users import DEMO_USERS
from .links import LinkOpener, register_url_scheme
from .resources import app_icon
from .settings import APPLICATION, ORGANIZATION, Settings
from .single_instance import InstanceServer, hand_over, server_name
from .smoke import run_smoke_test
from .views.error_dialog import ErrorPresenter

WATCHDOG_MS = 3_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lumen-desktop", description="Lumen Desktop")
    parser.add_argument("--demo", action="store_true", help="start the embedded demo service and use it")
    parser.add_argument("--service", metavar="URL", help="address of the Lumen service, e.g. http://host:8765")
    parser.add_argument(
        "--smoke-test", action="store_true", help="show the sign-in window, print its title and menus, quit (exit 0)"
    )
    parser.add_argument("link", nargs="?", default="", help="a lumen:// link to open, e.g. lumen://approvals/17")
    return parser.parse_args(argv)


def _start_demo(ctx: AppContext, flow: LumenApp) -> DemoService | None:
    missing = missing_service_packages()
    if missing:
        text = QCoreApplication.translate(
            "Main", "The demo runs the Lumen service on this computer, which needs: %1. Install both parts with:"
        ).replace("%1", ", ".join(missing))
        command = 'pip install "lumen[desktop,server]"'
        print(f"{text}\n    {command}", file=sys.stderr, flush=True)
        QMessageBox.critical(None, QCoreApplication.translate("Main", "Lumen demo"), f"{text}\n\n{command}")
        return None
    demo = DemoService()
    demo.start()
    ctx.client.address = demo.address
    ctx.demo_users = list(DEMO_USERS)
    progress = QProgressDialog(
        QCoreApplication.translate("Main", "Starting the Lumen demo service…"),
        QCoreApplication.translate("Main", "Cancel"),
        0,
        0,
    )
    progress.setWindowTitle(QCoreApplication.translate("Main", "Lumen demo"))
    progress.canceled.connect(QApplication.quit)
    progress.show()

    def ready(_result: object) -> None:
        progress.canceled.disconnect()
        progress.close()
        # For whoever started the demo from a terminal: where the service is and where its mail goes.
        print(
            QCoreApplication.translate("Main", "Lumen demo service listening on %1/api/v1 (mail: %2, log: %3)")
            .replace("%1", demo.address)
            .replace("%2", str(demo.data_dir / "outbox"))
            .replace("%3", str(demo.log_path)),
            flush=True,
        )
        flow.start(silent=False)
        watchdog.start()

    def failed(exc: Exception) -> None:
        progress.canceled.disconnect()
        progress.close()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Main", "Lumen demo"),
            QCoreApplication.translate("Main", "The demo service could not start: %1").replace("%1", str(exc)),
        )
        QApplication.quit()

    # If the demo service dies (killed, crashed), it is reaped and started again; the banner shows the gap.
    watchdog = QTimer(progress.parent() or QApplication.instance())
    watchdog.setInterval(WATCHDOG_MS)
    watchdog.timeout.connect(lambda: ops.Op(None, demo.restart_if_dead).run(pool="store"))
    ops.Op(progress, demo.wait_until_healthy, ready).on_failure(failed).run()
    return demo


def quit_on_terminal_signals(app: QApplication, flow: LumenApp) -> None:
    """Ctrl+C or a polite kill quits like the File menu would (unsaved work asks first), so the demo service is
    stopped too."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: QTimer.singleShot(0, flow.request_quit))
    # Python runs signal handlers only between bytecodes: a timer lets it in while Qt's loop waits.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("urllib3").setLevel(logging.ERROR)  # its retry warnings are expected, the banner tells
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication(sys.argv[:1])
    ErrorPresenter(error_log.install(), parent=app)  # after QApplication: it must live on the GUI thread
    app.setWindowIcon(app_icon())
    style.apply(app)
    settings = Settings()
    if args.service:
        settings.service_address = args.service
    instance: InstanceServer | None = None
    if not args.smoke_test and not args.demo:
        name = server_name(settings.service_address)
        if hand_over(name, args.link):
            return 0  # the running app opens the link
        instance = InstanceServer(app)
        instance.listen(name)
    if sys.platform == "win32":
        register_url_scheme()
    ctx = AppContext(settings)
    flow = LumenApp(ctx)
    links = LinkOpener(ctx, flow)
    if instance is not None:
        instance.sig_message.connect(links.open)
    quit_on_terminal_signals(app, flow)
    demo = None
    if args.smoke_test:
        run_smoke_test(ctx, flow)
    elif args.demo:
        demo = _start_demo(ctx, flow)
        if demo is None:  # the service's packages are missing: said above
            ctx.client.close()
            return 2
    else:
        flow.start()
        if args.link:
            links.open(args.link)
    code = app.exec()
    if instance is not None:
        instance.close()
    ops.wait_for_all(10_000)
    if demo is not None:
        demo.stop()
    ctx.client.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
