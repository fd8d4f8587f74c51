"""``lumen://`` links, as the approval e-mails carry them: ``lumen://approvals/17`` opens that request.

- ``parse_link`` reads one (None for anything else).
- ``LinkOpener(ctx, flow).open(text)`` opens it in the running window: at once when someone is signed in, after
  sign-in otherwise. The approver gets the request's editor, the requester their "My requests" with it selected. A
  request the signed-in person may not see opens nothing and a message says so in plain words.
- ``register_url_scheme()`` (Windows, at each start): ``HKCU\\Software\\Classes\\lumen`` names this program as the
  handler of ``lumen:`` links. On Linux the freedesktop entry ``resources/lumen-desktop.desktop`` does it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .api import ApiError, Approval, ServiceUnreachable
from .app import LumenApp
from .context import AppContext
from .ops import Op

if TYPE_CHECKING:  # the main window loads behind the sign-in dialog, not at start (``warm_imports``)
    from .views.main_window import MainWindow

SCHEME = "lumen"
WINDOWS_KEY = "HKEY_CURRENT_USER\\Software\\Classes\\lumen"


@dataclass(frozen=True)
class ApprovalLink:
    approval_id: str

    @property
    def url(self) -> str:
        return f"{SCHEME}://approvals/{self.approval_id}"


def parse_link(text: str) -> ApprovalLink | None:
    """``lumen://approvals/17`` (also ``lumen:approvals/17``, ``lumen:///approvals/17``, a trailing slash)."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() != SCHEME:
        return None
    segments = [s for s in f"{parts.netloc}/{parts.path}".split("/") if s]
    if len(segments) == 2 and segments[0].lower() == "approvals" and segments[1].isdigit():
        return ApprovalLink(str(int(segments[1])))
    return None


class LinkOpener(QObject):
    sig_opened = Signal(object)
    """The link's request is shown: its ``RequestEditor`` (approver) or the ``MyRequestsView`` (requester)."""
    sig_refused = Signal(str)
    """The link opened nothing; the message shown says why."""

    def __init__(self, ctx: AppContext, flow: LumenApp) -> None:
        super().__init__(flow)
        self._ctx = ctx
        self._flow = flow
        self._pending: ApprovalLink | None = None
        self.message_box: QMessageBox | None = None
        flow.sig_main_window_shown.connect(lambda _window: self._open_pending())

    def open(self, text: str) -> None:
        """What a launch with ``text`` as its argument does (empty: just bring the app forward)."""
        self._bring_forward()
        if not text.strip():
            return
        link = parse_link(text)
        if link is None:
            self._refuse(self.tr("This link is not one Lumen Desktop can open: %1").replace("%1", text.strip()))
            return
        self._pending = link
        self._open_pending()

    def _bring_forward(self) -> None:
        shown: QWidget | None = self._flow.window if self._flow.window is not None else self._flow.sign_in_dialog
        if shown is not None and shown.isVisible():
            if shown.isMinimized():
                shown.showNormal()
            shown.raise_()
            shown.activateWindow()

    def _open_pending(self) -> None:
        window = self._flow.window
        if self._pending is None or window is None or self._ctx.me is None:
            return  # after sign-in (sig_main_window_shown)
        link, self._pending = self._pending, None
        client = self._ctx.client
        Op(self, lambda: client.approvals.get(link.approval_id), lambda a: self._show(window, a)).on_failure(
            lambda exc: self._failed(exc, link)
        ).run()

    def _show(self, window: MainWindow, approval: Approval) -> None:
        from .views.approvals import ApprovalInboxView, MyRequestsView

        window.select_section("approvals")
        page = window.current_page()
        if isinstance(page, ApprovalInboxView):
            self.sig_opened.emit(page.open_request(approval.id))
        elif isinstance(page, MyRequestsView):
            page.show_request(approval.id)
            self.sig_opened.emit(page)

    def _failed(self, exc: Exception, link: ApprovalLink) -> None:
        if isinstance(exc, ApiError) and exc.status in (403, 404):
            text = self.tr(
                "This request can't be opened: it does not exist, or it was neither sent by you nor addressed to "
                "you. (Link: %1)"
            ).replace("%1", link.url)
        elif isinstance(exc, ServiceUnreachable):
            text = self.tr(
                "The request could not be opened: the Lumen service can't be reached. Open the link again "
                "when it is back."
            )
        else:
            text = self.tr("The request could not be opened: %1").replace("%1", getattr(exc, "message", str(exc)))
        self._refuse(text)

    def _refuse(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Open a link"),
            text,
            QMessageBox.StandardButton.Ok,
            self._flow.window or self._flow.sign_in_dialog,
        )
        box.open()  # not blocking: the window stays usable
        self.message_box = box
        self.sig_refused.emit(text)


def windows_command() -> str:
    """What Windows runs for a ``lumen:`` link: this program with the link as its argument."""
    if getattr(sys, "frozen", False):  # the PyInstaller build
        return f'"{sys.executable}" "%1"'
    return f'"{sys.executable}" -m lumen_desktop "%1"'


def register_url_scheme(store: QSettings | None = None, command: str | None = None) -> None:
    """Names this program as the handler of ``lumen:`` links for the current user (Windows registry)."""
    store = store or QSettings(WINDOWS_KEY, QSettings.Format.NativeFormat)
    store.setValue("Default", "URL:Lumen Desktop")
    store.setValue("URL Protocol", "")
    store.setValue("DefaultIcon/Default", f"{sys.executable},0")
    store.setValue("shell/open/command/Default", command or windows_command())
    store.sync()
