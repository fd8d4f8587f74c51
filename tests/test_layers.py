"""The layers hold by construction: the service's rules know no web framework, and the desktop's views and models
never speak HTTP, SQL or the keyring themselves (they ask the ``api`` client and the ``store`` through an ``Op``).
Read from the source, so an import inside a function counts too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = {"fastapi", "starlette"}
# The service's HTTP layer: routers, their dependencies, the app, and core's request/answer plumbing.
HTTP_LAYER = {
    "app.py",
    "core/answers.py",
    "core/asgi.py",
    "core/concurrency.py",
    "core/deps.py",
    "core/error_handlers.py",
    "core/openapi.py",
    "core/request_guard.py",
    "core/request_id.py",
}
DESKTOP_IO = {"requests", "httpx", "sqlalchemy", "keyring", "urllib3"}


def imported_packages(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]


def is_http_layer(relative: str) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return relative in HTTP_LAYER or name in ("router.py", "deps.py") or name.endswith("_router.py")


def test_no_service_module_imports_the_web_framework() -> None:
    package = ROOT / "lumen_server"
    offenders = {
        relative: sorted(WEB & set(imported_packages(path)))
        for path in package.rglob("*.py")
        if not is_http_layer(relative := path.relative_to(package).as_posix())
        and not relative.startswith("migrations/")
    }
    assert {module: found for module, found in offenders.items() if found} == {}


def test_the_http_layer_is_where_the_web_framework_is() -> None:
    # The rule above is not empty: the routers do use FastAPI (a rename that hid them would show here).
    package = ROOT / "lumen_server"
    routers = [path for path in package.rglob("*router.py")]
    assert len(routers) >= 10 and all(WEB & set(imported_packages(path)) for path in routers)


def test_desktop_views_widgets_and_models_do_no_io_of_their_own() -> None:
    package = ROOT / "lumen_desktop"
    offenders = {
        path.relative_to(package).as_posix(): sorted(DESKTOP_IO & set(imported_packages(path)))
        for folder in ("views", "widgets", "models")
        for path in (package / folder).rglob("*.py")
    }
    assert {module: found for module, found in offenders.items() if found} == {}
