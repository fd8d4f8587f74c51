"""The Approvals section: the approver's inbox and request editor, or the requester's "My requests".

``approvals_page(ctx)`` is the section's page factory (``sections`` registers it under the key "approvals"):
an approver gets ``ApprovalInboxView`` (its sidebar entry shows the pending count, fed by
``notifications.InboxPoller``), a requester gets ``MyRequestsView``.

The views are imported when first asked for, not with the package: importing a submodule then costs only that
submodule, so the section's modules can be warmed up one at a time (``warm_imports``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from lumen_desktop import permissions

from ...context import AppContext

if TYPE_CHECKING:
    from .editor import RequestEditor
    from .inbox import ApprovalInboxView
    from .my_requests import MyRequestsView

_EXPORTS = {"RequestEditor": "editor", "ApprovalInboxView": "inbox", "MyRequestsView": "my_requests"}


def approvals_page(ctx: AppContext) -> QWidget:
    from .inbox import ApprovalInboxView
    from .my_requests import MyRequestsView

    me = ctx.me
    if permissions.is_approver(me):
        return ApprovalInboxView(ctx)
    return MyRequestsView(ctx)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ApprovalInboxView", "MyRequestsView", "RequestEditor", "approvals_page"]
