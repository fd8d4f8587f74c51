"""Sections open without importing anything: the window imports their modules after it is shown, one module per
turn of the event loop, and the sign-in dialog shows before the local store's ORM and the main window load.

Imports are per process, so the story runs in a fresh Python (``warm_sections_child.py``) against the real
service, and its findings are checked here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lumen_server.testing import LiveServer

CHILD = Path(__file__).with_name("warm_sections_child.py")


def run_child(server: LiveServer, username: str, tmp_path: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, str(CHILD), server.address, username],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("username", ["marie.tremblay", "luc.gagnon"])
def test_a_section_opened_after_the_warm_up_imports_nothing(live_server, tmp_path: Path, username: str) -> None:
    found = run_child(live_server, username, tmp_path)
    # The app starts light: no ORM and no main window before the sign-in dialog shows...
    assert found["at_start"] == {"orm": False, "main_window": False}
    # ... they load behind the dialog, so signing in does not wait for them.
    assert found["after_dialog"] == {"main_window": True}
    assert not [name for name in found["entering"] if name.startswith("lumen_desktop.")], found["entering"]
    # The other sections were not imported when the window showed; the warm-up imported them, so opening each
    # imports nothing at all.
    assert any(not loaded for loaded in found["before_show"].values()), found["before_show"]
    assert set(found["opened"]) >= {"cart", "approvals", "orders"}
    assert found["opened"] == {key: [] for key in found["opened"]}
    assert found["failed"] == []


def test_the_warm_up_imports_a_section_leaves_first(live_server, tmp_path: Path) -> None:
    """Each step is one module whose own imports came before it, so the GUI is never busy with a whole section."""
    plan = run_child(live_server, "marie.tremblay", tmp_path)["plan"]
    order = [module for module, _needed in plan]
    assert {"lumen_desktop.views.approvals.inbox", "lumen_desktop.views.approvals.my_requests"} <= set(order)
    for position, (module, needed) in enumerate(plan):
        # (a package's own submodules are imported by the package's step)
        earlier = [name for name in needed if name in order and not name.startswith(f"{module}.")]
        assert all(order.index(name) < position for name in earlier), (module, earlier)
    assert order.index("lumen_desktop.models.approval_draft") < order.index("lumen_desktop.views.approvals.editor")
