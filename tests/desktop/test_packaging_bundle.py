"""The one-folder app (``scripts/build``, ``build.spec``): built once (cached under build/ by a hash of its sources),
then started offscreen on a French system with nothing but its own folder — no venv on PATH, no PYTHONPATH.

Marked slow: the first build takes one to three minutes; an unchanged tree reuses dist/LumenDesktop.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.desktop.test_packaging import ROOT, french

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]
APP = ROOT / "dist" / "LumenDesktop"
SERVICE_MODULES = ("lumen_server", "fastapi", "uvicorn", "starlette", "alembic", "psycopg", "pydantic_settings")


@pytest.fixture(scope="module")
def app() -> Path:
    build = subprocess.run([ROOT / "scripts" / "build"], cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, f"scripts/build failed:\n{build.stdout}\n{build.stderr}"
    return APP


def bundled_modules(program: Path) -> set[str]:
    """The Python modules frozen into the program's archive: what the app can import at run time."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(program))
    (pyz,) = [name for name in archive.toc if name.endswith(".pyz")]
    return set(archive.open_embedded_archive(pyz).toc)


def test_the_built_app_starts_in_french_and_quits_cleanly(app: Path, tmp_path: Path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "fr_CA.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [app / "LumenDesktop", "--smoke-test"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines["window"] == french("SignInDialog", "Sign in to Lumen")
    assert lines["menus"].startswith(french("MainWindow", "&File").replace("&", ""))
    assert lines["qt"] == "Annuler"  # qtbase_fr.qm made it into the folder
    assert lines["money"].endswith("$") and "234,50" in lines["money"]  # babel's fr_CA data too


def test_the_app_folder_has_its_plugins_and_icon_and_nothing_of_the_service(app: Path):
    qt = app / "_internal" / "PySide6" / "Qt"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so"):
        assert (qt / "plugins" / plugin).is_file(), plugin
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").is_file()
    assert (qt / "translations" / "qtbase_fr.qm").is_file()
    assert (app / "_internal" / "lumen.svg").is_file()
    modules = bundled_modules(app / "LumenDesktop")
    assert {"lumen_desktop.__main__", "lumen_desktop._resources", "sqlalchemy.dialects.sqlite", "pydantic"} <= modules
    assert not sorted(m for m in modules if m.split(".")[0] in SERVICE_MODULES)
