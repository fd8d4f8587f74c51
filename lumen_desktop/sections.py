"""The main window's sections, registered here so later views plug in without touching the window.

A section is a key, a title function (translated at call time, may depend on the user), a factory building
its page from the ``AppContext`` (None → a placeholder page until the view exists), and who may see it::

    def _catalog_view(ctx: AppContext) -> QWidget:
        from .views.catalog import CatalogView   # lazy: keeps imports light and acyclic
        return CatalogView(ctx)

    register_section("catalog", _catalog_title, _catalog_view, lambda me: not me.is_staff)

``modules`` names what the factory imports: once the window is shown and idle, the window imports them for the
sections not opened yet, then builds their pages (``warm_up``), so a first opening only shows the page.
``parts`` is the factory in steps, for a page too big to build in one turn of the event loop without the user
feeling it: a generator that builds a part of the page per step (yielding None after each) and yields the page,
made of those parts, last; the warm-up runs one step per turn (the factory is then ``parts`` run through). The
parts are built as children of the widget it is given (a hidden one of the window), never without a parent
between two steps: Python's garbage collector, which may run on any thread, would delete such a widget.
Registering an existing key replaces it in place (order kept). A page may offer ``refresh()`` (F5),
``focus_search()`` (Ctrl+F) and ``retranslate()``; the window calls them if present.
Ctrl+1..Ctrl+6 select the visible sections in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lumen_desktop import permissions

from .api import Me

if TYPE_CHECKING:
    from .context import AppContext

PageFactory = Callable[["AppContext"], QWidget]
PageParts = Callable[["AppContext", QWidget | None], Iterator[QWidget | None]]


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[Me], str]
    factory: PageFactory | None
    visible_for: Callable[[Me], bool]
    icon: str = ""  # file name under resources/icons (":/icons/<name>")
    modules: tuple[str, ...] = ()  # what ``factory`` imports, warmed up before the section is first opened
    parts: PageParts | None = None  # the factory in steps (see the module's docstring)
    # Its page starts heavy background work (the catalog's replica sync holds the GIL in long stretches): the
    # warm-up builds it after the other pages, which would otherwise wait for the GIL step after step.
    builds_last: bool = False


_registry: list[Section] = []
# The window warms up the sections' modules after it is shown (benchmarks turn it off to measure without).
WARM_UP = True


def register_section(
    key: str,
    title: Callable[[Me], str],
    factory: PageFactory | None,
    visible_for: Callable[[Me], bool],
    icon: str = "",
    modules: tuple[str, ...] = (),
    parts: PageParts | None = None,
    builds_last: bool = False,
) -> None:
    """Adds a section at the end, or replaces the one with the same key where it stands; with ``parts``,
    ``factory`` may be None (it is ``parts`` run through)."""
    if parts is not None and factory is None:
        factory = _whole(parts)
    section = Section(key, title, factory, visible_for, icon, modules, parts, builds_last)
    for index, existing in enumerate(_registry):
        if existing.key == key:
            _registry[index] = section
            return
    _registry.append(section)


def sections_for(me: Me) -> list[Section]:
    """The sections this user sees, in order."""
    return [section for section in _registry if section.visible_for(me)]


def section(key: str) -> Section:
    return next(s for s in _registry if s.key == key)


def _whole(parts: PageParts) -> PageFactory:
    def factory(ctx: AppContext) -> QWidget:
        *_parts, page = parts(ctx, None)
        assert page is not None, "a section's parts end with its page"
        return page

    return factory


def _approvals_title(me: Me) -> str:
    if me.is_approver:
        return QCoreApplication.translate("Sections", "Approvals")
    return QCoreApplication.translate("Sections", "My requests")


def _customer_side(me: Me) -> bool:
    return not me.is_staff


def _catalog_parts(ctx: AppContext, holder: QWidget | None) -> Iterator[QWidget | None]:
    from .views.catalog import CatalogView  # lazy: keeps imports light and acyclic
    from .views.catalog.cart_adder import CartAdder
    from .views.catalog.details import ProductDetailsPane

    details = ProductDetailsPane(ctx, CartAdder(ctx, holder), holder)
    yield None
    yield CatalogView(ctx, details=details)


def _templates_parts(ctx: AppContext, holder: QWidget | None) -> Iterator[QWidget | None]:
    from .views.templates.request_preview import RequestPreview
    from .views.templates.template_editor import TemplateEditor
    from .views.templates.templates_view import TemplatesView

    editor = TemplateEditor(ctx, holder)
    yield None
    request_page = RequestPreview(ctx, holder)
    yield None
    yield TemplatesView(ctx, editor=editor, request_page=request_page)


def _approvals_view(ctx: AppContext) -> QWidget:
    from .views.approvals import approvals_page  # the inbox for an approver, "My requests" for a requester

    return approvals_page(ctx)


def _cart_view(ctx: AppContext) -> QWidget:
    from .views.cart import CartView

    return CartView(ctx)


def _orders_parts(ctx: AppContext, holder: QWidget | None) -> Iterator[QWidget | None]:
    from .views.orders.order_details import OrderDetails
    from .views.orders.orders_view import OrdersView

    details = OrderDetails(ctx, holder)
    yield None
    yield OrdersView(ctx, details=details)


def _account_requests_view(ctx: AppContext) -> QWidget:
    from .views.accounts.account_requests_view import AccountRequestsView

    return AccountRequestsView(ctx)


_VIEWS = "lumen_desktop.views"
register_section(
    "catalog",
    lambda me: QCoreApplication.translate("Sections", "Catalog"),
    None,
    _customer_side,
    "catalog.svg",
    (f"{_VIEWS}.catalog",),
    _catalog_parts,
    builds_last=True,
)
register_section(
    "cart",
    lambda me: QCoreApplication.translate("Sections", "Cart"),
    _cart_view,
    _customer_side,
    "cart.svg",
    (f"{_VIEWS}.cart.cart_view",),
)
register_section(
    "templates",
    lambda me: QCoreApplication.translate("Sections", "Order templates"),
    None,
    _customer_side,
    "templates.svg",
    (f"{_VIEWS}.templates.templates_view",),
    _templates_parts,
)
register_section(
    "approvals",
    _approvals_title,
    _approvals_view,
    permissions.works_with_requests,
    "approvals.svg",
    (f"{_VIEWS}.approvals.inbox", f"{_VIEWS}.approvals.my_requests"),
)
register_section(
    "orders",
    lambda me: QCoreApplication.translate("Sections", "Orders"),
    None,
    _customer_side,
    "orders.svg",
    (f"{_VIEWS}.orders.orders_view",),
    _orders_parts,
)
register_section(
    "account_requests",
    lambda me: QCoreApplication.translate("Sections", "Account requests"),
    _account_requests_view,
    lambda me: me.is_staff,
    "account-requests.svg",
    (f"{_VIEWS}.accounts.account_requests_view",),
)
