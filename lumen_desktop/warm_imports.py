"""Imports modules ahead of their first use, on the GUI thread, one module per turn of the event loop.

A section opened for the first time used to import its views and models then (Approvals: 54 modules, 42–52 ms
on the GUI thread). ``WarmImports`` imports them while the window sits idle after it is shown. A thread would
not help: an import holds the GIL and the import lock, so the GUI would wait on it anyway, and at unknown moments.
Here each step is one module whose own imports were done in earlier steps (the app's modules are read for their
module-level ``import`` lines and taken leaves first), so the GUI is never busy for more than one module's code,
and user input is handled between steps.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject

from .idle_steps import IdleSteps, Step

APP_PACKAGE = "lumen_desktop"
_ROOT = Path(__file__).resolve().parent
# Module-level imports only (a line that starts with them): imports inside functions are lazy on purpose.
_FROM = re.compile(r"^from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)
# Source files read per turn while planning (a few milliseconds).
FILES_PER_STEP = 4
_IMPORT = re.compile(r"^import[ \t]+([\w.]+)", re.MULTILINE)


def _source(module: str) -> Path | None:
    """The file of one of the app's modules, found without importing anything (its package included)."""
    if module != APP_PACKAGE and not module.startswith(APP_PACKAGE + "."):
        return None
    relative = Path(*module.split(".")[1:])
    for candidate in (_ROOT / relative / "__init__.py", (_ROOT / relative).with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _absolute(module: str, is_package: bool, name: str) -> str:
    dots = len(name) - len(name.lstrip("."))
    if not dots:
        return name
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (dots - 1)]
    rest = name[dots:]
    return ".".join(base + ([rest] if rest else []))


def imports_of(module: str) -> list[str]:
    """The app's modules ``module`` imports when it is imported (its package first), read from its source."""
    source = _source(module)
    if source is None:
        return []
    text = source.read_text(encoding="utf-8")
    is_package = source.name == "__init__.py"
    found: list[str] = []
    if "." in module:
        found.append(module.rsplit(".", 1)[0])  # a submodule's package is imported before it
    for name, names in _FROM.findall(text):
        target = _absolute(module, is_package, name)
        found.append(target)
        for item in names.strip("()").replace("\n", " ").split(","):
            word = item.split(" as ")[0].strip()
            if word and word.isidentifier() and _source(f"{target}.{word}") is not None:
                found.append(f"{target}.{word}")  # ``from . import ops``: a submodule
    found += _IMPORT.findall(text)
    return [name for name in found if _source(name) is not None and name != module]


def _planned(module: str, seen: dict[str, bool]) -> Iterator[str | None]:
    """Depth first, leaves first: yields the modules to import in turn, and None after reading each source file
    (a point where the plan may pause for the event loop). ``seen``: visited modules, True once yielded."""
    if module in seen or module in sys.modules:
        return
    seen[module] = False
    needed = imports_of(module)
    yield None
    for name in needed:
        yield from _planned(name, seen)
    package = module.rpartition(".")[0]
    if package and package not in sys.modules and seen.get(package) is False:
        return  # its package, being planned, imports it (importing it alone would import the package first)
    seen[module] = True
    yield module


def import_order(modules: Iterable[str]) -> list[str]:
    """The app's modules needed by ``modules`` and not imported yet, each after the ones it imports; a submodule
    of a package not imported yet is left to its package."""
    seen: dict[str, bool] = {}
    return [name for module in modules for name in _planned(module, seen) if name is not None]


def import_steps(modules: Iterable[str]) -> Iterator[Step]:
    """One step per module to import, each after the ones it imports; taking a step reads up to
    ``FILES_PER_STEP`` sources of the plan (a step of only planning imports nothing)."""
    seen: dict[str, bool] = {}
    plan = (name for module in list(modules) for name in _planned(module, seen))
    while True:
        module: str | None = None
        for _ in range(FILES_PER_STEP):
            module = next(plan, "")
            if module == "":
                return
            if module is not None:
                break
        yield (module or "(planning)", partial(_import_unless_imported, module))


def _import_unless_imported(module: str | None) -> None:
    if module is not None and module not in sys.modules:  # not imported meanwhile (the user opened that section)
        importlib.import_module(module)  # a module that cannot import is left for its first real use to report


class WarmImports(IdleSteps):
    """Imports ``modules`` (and what they need) one module per event-loop turn, starting ``delay_ms`` from now."""

    def __init__(self, modules: Iterable[str], parent: QObject | None = None, *, delay_ms: int = 0) -> None:
        super().__init__(import_steps(modules), parent, delay_ms=delay_ms)
