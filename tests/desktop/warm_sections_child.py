"""Run by ``test_warm_sections`` in a fresh Python (imports are what it checks): signs in against the service at
``argv[1]`` as ``argv[2]``, shows the window as the app does, and prints what was imported when, as JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import lumen_desktop.__main__  # noqa: F401 — what the app imports before it shows anything

at_start = {"orm": "sqlalchemy.orm" in sys.modules, "main_window": "lumen_desktop.views.main_window" in sys.modules}

from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lumen_desktop.app import LumenApp  # noqa: E402
from lumen_desktop.context import AppContext  # noqa: E402
from lumen_desktop.sections import sections_for  # noqa: E402
from lumen_desktop.settings import Settings  # noqa: E402
from lumen_desktop.warm_imports import import_order, imports_of  # noqa: E402


def wait_for(signal: SignalInstance, done: bool) -> None:
    """Runs the event loop until ``signal`` fires (unless ``done`` already); fails after 60 s."""
    if done:
        return
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(60_000, lambda: (print("timed out", file=sys.stderr), sys.exit(3)))
    loop.exec()


def main() -> None:
    address, username = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "lumen.ini"), QSettings.Format.IniFormat))
    settings.service_address, settings.language, settings.last_section = address, "en", "catalog"
    ctx = AppContext(settings)
    flow = LumenApp(ctx, quit_when_cancelled=False)
    flow.start(silent=False)  # the sign-in dialog: the main window's modules are warmed up behind it
    assert flow.warm_up is not None
    wait_for(flow.warm_up.sig_done, flow.warm_up.done)
    after_dialog = {"main_window": "lumen_desktop.views.main_window" in sys.modules}
    ctx.client.auth.sign_in(username, f"demo-{username}")
    me = ctx.client.me()
    ctx.set_me(me)
    sections = [s for s in sections_for(me) if s.key != "catalog"]
    before_show = {s.key: [m for m in s.modules if m in sys.modules] for s in sections}
    approvals = next(s.modules for s in sections if s.key == "approvals")
    plan = [(module, imports_of(module)) for module in import_order(approvals)]
    known = set(sys.modules)
    from lumen_desktop.views.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    entering = sorted(set(sys.modules) - known)
    assert window.warm_up is not None
    wait_for(window.warm_up.sig_done, window.warm_up.done)
    opened: dict[str, list[str]] = {}
    for section in sections:
        known = set(sys.modules)
        window.select_section(section.key)
        opened[section.key] = sorted(name for name in set(sys.modules) - known)
    print(
        json.dumps(
            {
                "at_start": at_start,
                "after_dialog": after_dialog,
                "entering": entering,
                "before_show": before_show,
                "plan": plan,
                "opened": opened,
                "failed": window.warm_up.failed,
            }
        ),
        flush=True,
    )
    window.hide()
    app.processEvents()


if __name__ == "__main__":
    main()
