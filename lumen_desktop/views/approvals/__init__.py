"""The Approvals section: the approver's inbox and request editor, or the requester's "My requests".

``approvals_page(ctx)`` is the section's page factory (``sections`` registers it under the key "approvals"):
an approver gets ``ApprovalInboxView`` (its sidebar entry shows the pending count, fed by
``notifications.InboxPoller``), a requester gets ``MyRequestsView``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lumen_desktop import permissions

from ...context import AppContext
from .editor import RequestEditor
from .inbox import ApprovalInboxView
from .my_requests import MyRequestsView


def approvals_page(ctx: AppContext) -> QWidget:
    me = ctx.me
    if permissions.is_approver(me):
        return ApprovalInboxView(ctx)
    return MyRequestsView(ctx)


__all__ = ["ApprovalInboxView", "MyRequestsView", "RequestEditor", "approvals_page"]
