"""The wheel a workstation installs: built from a copy of the sources, installed into a clean virtual environment
with the ``desktop`` extra only, and started from there — offscreen, on a French system — as an office would.

It must carry the compiled Qt resources (icons and the French and English ``.qm`` inside
``lumen_desktop/_resources.py``), start as a GUI script in French, bring none of the service's packages and no
tests; installed with the ``server`` extra instead, it migrates and serves without Qt. Marked slow (it builds a
wheel and fills two venvs: one to three minutes with pip's cache warm).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest

from lumen_server.testing import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def french(context: str, source: str) -> str:
    """The French translation of ``source`` in ``context``, as translations/lumen_fr.ts has it."""
    tree = ElementTree.parse(ROOT / "translations" / "lumen_fr.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((context, source))


def copy_sources(target: Path) -> Path:
    """The files git would ship (tracked, or new and not ignored): no .venv, no build output, no compiled .qm."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(source.read_bytes())
    return target


def run(*command: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = copy_sources(tmp_path_factory.mktemp("sources"))
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", out, sources)
    (built,) = out.glob("lumen-*.whl")
    return built


@pytest.fixture(scope="module")
def desktop_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv (no system site-packages) with the wheel and the desktop extra's packages from pip."""
    venv = tmp_path_factory.mktemp("venv") / "workstation"
    run(sys.executable, "-m", "venv", venv)
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", f"{wheel}[desktop]")
    return venv


def test_the_wheel_carries_the_resource_module_and_no_tests(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "lumen_desktop/_resources.py" in names
    assert not [name for name in names if name.startswith("tests/") or "/tests/" in name or "conftest" in name]
    assert not [name for name in names if name.endswith((".ts", ".qm"))]  # compiled into the module, not beside it
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    gui_scripts = text.split("[gui_scripts]", 1)[1].split("[", 1)[0]
    assert "lumen-desktop = lumen_desktop.__main__:main" in gui_scripts


def test_the_installed_resources_hold_the_icons_and_both_translations(desktop_venv: Path, tmp_path: Path):
    listing = run(
        desktop_venv / "bin" / "python",
        "-c",
        "import lumen_desktop.resources\n"
        "from PySide6.QtCore import QDirIterator\n"
        "it = QDirIterator(':/', QDirIterator.IteratorFlag.Subdirectories)\n"
        "while it.hasNext(): print(it.next())",
        cwd=tmp_path,  # not the checkout: the installed package only
    ).stdout.split()
    icons = sorted(path.name for path in (ROOT / "resources" / "icons").glob("*.svg"))
    assert icons and all(f":/icons/{name}" in listing for name in icons)
    assert ":/translations/lumen_fr.qm" in listing
    assert ":/translations/lumen_en.qm" in listing


def test_lumen_desktop_from_the_wheel_opens_in_french(desktop_venv: Path, tmp_path: Path):
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "fr_CA.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = run(desktop_venv / "bin" / "lumen-desktop", "--smoke-test", cwd=tmp_path, env=env, timeout=120)
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines["language"] == "fr"
    assert lines["window"] == french("SignInDialog", "Sign in to Lumen") != "Sign in to Lumen"
    menus = [french("MainWindow", text).replace("&", "") for text in ("&File", "&View", "&Language", "&Help")]
    assert lines["menus"] == " | ".join(menus)
    assert lines["qt"] == "Annuler"  # Qt's own dialogs speak French too
    assert lines["money"].replace("\N{NO-BREAK SPACE}", " ").replace("\N{NARROW NO-BREAK SPACE}", " ") == "1 234,50 $"


def test_a_workstation_gets_none_of_the_service_and_the_demo_says_what_it_needs(desktop_venv: Path, tmp_path: Path):
    python = desktop_venv / "bin" / "python"
    probe = "import importlib.util as u; print(*[n for n in ('fastapi', 'uvicorn', 'psycopg') if u.find_spec(n)])"
    assert run(python, "-c", probe, cwd=tmp_path).stdout.strip() == ""
    missing = run(
        python,
        "-c",
        "from lumen_desktop.demo_service import missing_service_packages; print(*missing_service_packages())",
        cwd=tmp_path,
    ).stdout.split()
    assert {"fastapi", "uvicorn", "alembic"} <= set(missing)
    assert "lumen_server" not in missing  # one distribution: the package is there, its extra is not


def test_a_server_gets_the_service_without_qt_and_can_migrate_and_serve(wheel: Path, tmp_path: Path):
    venv = tmp_path / "server"
    run(sys.executable, "-m", "venv", venv)
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", f"{wheel}[server]")
    python = venv / "bin" / "python"
    assert (
        run(python, "-c", "import importlib.util as u; print(u.find_spec('PySide6'))", cwd=tmp_path).stdout == "None\n"
    )
    database = f"sqlite:///{tmp_path / 'lumen.db'}"
    migrated = run(venv / "bin" / "lumen-server", "migrate", "--database-url", database, cwd=tmp_path)
    assert "Migrated the database" in migrated.stdout
    port = free_port()
    service = subprocess.Popen(
        [venv / "bin" / "lumen-server", "--port", str(port), "--database-url", database],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"]},
    )
    try:
        assert wait_for_health(f"http://127.0.0.1:{port}/api/v1/health", service) == {"status": "ok"}
    finally:
        service.terminate()
        service.wait(timeout=30)


def wait_for_health(url: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> object:
    """The health answer of a service that was just started (polled until it listens, or the deadline)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "lumen-server exited early"
        try:
            return httpx.get(url, timeout=1.0).json()
        except httpx.TransportError:
            time.sleep(0.1)  # polling a condition with a deadline, not timing a result
    raise TimeoutError(url)
