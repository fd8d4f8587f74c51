"""Builds the desktop's Qt resources into the package, for wheels and for a working checkout.

``translations/*.ts`` (Qt Linguist sources) are compiled by ``pyside6-lrelease`` into ``.qm`` files, and
``resources/lumen.qrc`` (the icons and those ``.qm`` files) by ``pyside6-rcc`` into
``lumen_desktop/_resources.py``, a generated module (git-ignored) that the app loads as ``:/icons/...`` and
``:/translations/...``. ``scripts/setup`` runs it for the working checkout; a wheel build (``pip install .``,
``pip wheel .``) runs it through ``build_py`` into the build folder, so the installed package carries the module
(``python setup.py`` is never called by hand; setuptools runs this file as the build script).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
QRC = ROOT / "resources" / "lumen.qrc"
TS_DIR = ROOT / "translations"
MODULE = Path("lumen_desktop") / "_resources.py"


def _tool(name: str) -> str:
    """A PySide6 tool next to this interpreter (a venv or a build environment), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials first")
    return found


def _sources() -> list[Path]:
    return [QRC, *sorted(TS_DIR.glob("*.ts")), *sorted((ROOT / "resources" / "icons").glob("*"))]


def compile_resources(target_root: Path = ROOT, *, force: bool = False) -> Path:
    """Compiles the .ts and the .qrc into ``<target_root>/lumen_desktop/_resources.py`` when a source is newer."""
    module = target_root / MODULE
    newest = max(path.stat().st_mtime for path in _sources())
    if not force and module.exists() and module.stat().st_mtime >= newest:
        return module
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    module.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-rcc"), "-g", "python", str(QRC), "-o", str(module)], check=True)
    return module


def _build_py_with_resources() -> type:
    """setuptools' ``build_py`` that also writes the compiled resources into the build folder (the wheel)."""
    from setuptools.command.build_py import build_py

    class BuildPyWithResources(build_py):
        def run(self) -> None:
            super().run()
            # An editable install imports the checkout itself: the module goes there, as scripts/setup does.
            compile_resources(ROOT if self.editable_mode else Path(self.build_lib), force=not self.editable_mode)

    return BuildPyWithResources


if __name__ == "__main__":
    from setuptools import setup

    setup(cmdclass={"build_py": _build_py_with_resources()})
