"""The main window shell: connection banner (over the pages), section sidebar, section pages, menus, status bar.

Sections come from ``sections`` (registry, filtered by the signed-in user); a page is built from its factory
(or as a ``PlaceholderPage``) ahead of its first opening, by the warm-up once the window is shown
(``warm_up.WindowWarmUp``), or when it is first shown if the user is quicker. Shortcuts: Ctrl+1..6 sections,
Ctrl+F the current page's ``focus_search()``, F5 its ``refresh()`` (and the inbox poll), Ctrl+Q quit. Geometry
and the last section are restored from QSettings. The window never talks HTTP itself except through ``Op``
(inbox poller, banner).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterator
from functools import partial
from html import escape

from PySide6.QtCore import QObject, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import sections
from ..api import InboxSummary, Me
from ..context import AppContext
from ..i18n import LANGUAGE_NAMES, Retranslating
from ..idle_steps import Step
from ..live_events import LiveEvents
from ..notifications import InboxPoller, TrayNotifier
from ..resources import app_icon, icon
from ..scanner import BarcodeScanner
from ..sections import Section, sections_for
from ..warm_up import WindowWarmUp, locale_steps, without_filters
from ..widgets.connection_banner import ConnectionBanner
from ..widgets.default_buttons import NoSilentDefaults
from ..widgets.placeholder import PlaceholderPage
from ..widgets.section_list import COMPACT_BELOW, SectionList
from .catalog.scan_to_cart import ScanNotice, ScanToCart

KEY_ROLE = Qt.ItemDataRole.UserRole
# The other sections are warmed up from this long after the window is shown (its first page loads first).
WARM_UP_DELAY_MS = 300
NOTICE_MS = 15_000


class MainWindow(Retranslating, QMainWindow):
    sig_sign_out_requested = Signal()
    """The user chose File → Sign out."""
    sig_closed = Signal(object)
    """The window (this MainWindow) closed: the user quit, or the flow closed it to sign out."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sections: list[Section] = []
        self._pages: dict[str, QWidget] = {}
        self._parts_holder = QWidget(self)  # hidden: the parts of a page the warm-up is building
        self._parts_holder.hide()
        self._parts_for: str | None = None  # the section whose parts are in it
        self._section_actions: list[QAction] = []
        self._after_unsaved_answer: Callable[[], object] | None = None  # what to carry on with after "Discard"
        self.warm_up: WindowWarmUp | None = None  # the other sections, built once the window is shown
        self.pending_for_me = 0
        self.decided_for_me = 0  # my requests decided since I last looked at "My requests"
        self.setWindowIcon(app_icon())
        self.banner = ConnectionBanner(ctx.connection)
        self.sidebar = SectionList()
        self.sidebar.currentItemChanged.connect(self._on_section_chosen)
        self.stack = QStackedWidget()
        # The sections are as wide as their names (or their icons): no splitter to drag, nothing to lose.
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.banner.float_over(self.stack)
        self.scans = ScanToCart(ctx, self)
        self.scan_notice = ScanNotice(ctx, self.scans)
        self._build_status_bar()
        self._build_menus()
        # A barcode scanner types fast and ends with Enter: from any section, it adds to the cart (undoable).
        self.scanner = BarcodeScanner(self)
        self.scanner.sig_scanned.connect(self.scans.scan)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.inbox = InboxPoller.of(ctx)  # shared with the Approvals pages
        self.inbox.sig_summary.connect(self._on_inbox_summary)
        self.tray = TrayNotifier(ctx, self.inbox, self)
        self.tray.sig_open_requested.connect(self._show_approvals)
        self.tray.sig_notified.connect(self._show_notice)  # in the window too: not every desktop has a tray
        self.inbox.sig_summary_changed.connect(self._on_inbox_news)
        ctx.sig_me_changed.connect(self._on_me_changed)
        self.live = LiveEvents.of(ctx)  # the event stream: the poll above only while it is broken
        self.live.follow_sign_in()
        ctx.connection.sig_online_changed.connect(self._on_online_changed)
        ctx.i18n.sig_language_changed.connect(self._sync_language_controls)
        if ctx.settings.window_geometry is not None:
            self.restoreGeometry(ctx.settings.window_geometry)
        else:
            self.resize(1100, 720)
        if ctx.me is not None:
            self._on_me_changed(ctx.me)
        self.retranslate()

    # --- construction -------------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.user_label, self.customer_label, self.connection_label = QLabel(), QLabel(), QLabel()
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(
            lambda: self._ctx.i18n.set_language(self.language_box.currentData())
        )
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.customer_label)
        bar.addWidget(self.scan_notice, 1)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.language_box)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.sign_out_action = self.file_menu.addAction("", self.sig_sign_out_requested.emit)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.request_quit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.view_menu = self.menuBar().addMenu("")
        self.find_action = self.view_menu.addAction("", self._focus_search)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.refresh_action = self.view_menu.addAction("", self.refresh)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.view_menu.addSeparator()
        self.language_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self.help_menu.addAction("", self.show_about)
        self.about_box: QMessageBox | None = None
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, code=code: self._ctx.i18n.set_language(code))
            group.addAction(action)
            self.language_actions[code] = action

    def _build_sections(self, me: Me) -> None:
        current = self.current_section_key() or self._ctx.settings.last_section
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for action in self._section_actions:
            self.view_menu.removeAction(action)
        self._section_actions = []
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._drop_parts()
        self._pages = {}
        if self.warm_up is not None:  # it was warming the sections of the user before
            self.warm_up.stop()
            self.warm_up = None
        self._sections = sections_for(me)
        for index, section in enumerate(self._sections):
            item = QListWidgetItem(icon(section.icon), "")
            item.setData(KEY_ROLE, section.key)
            self.sidebar.addItem(item)
            action = QAction(self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=section.key: self.select_section(key))
            self.view_menu.addAction(action)
            self._section_actions.append(action)
        self.sidebar.blockSignals(False)
        keys = self.section_keys()
        if keys:
            self.select_section(current if current in keys else keys[0])
        if self.isVisible():
            self._warm_up_sections()

    # --- sections -----------------------------------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        """The keys of the sections shown, in order."""
        return [section.key for section in self._sections]

    def section_title(self, key: str) -> str:
        """The sidebar text of a section, as the user sees it (badge included)."""
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(KEY_ROLE) == key:
                return item.text()
        raise KeyError(key)

    def current_section_key(self) -> str | None:
        item = self.sidebar.currentItem()
        key: str | None = item.data(KEY_ROLE) if item is not None else None
        return key

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def built_page(self, key: str) -> QWidget | None:
        """The page of section ``key`` if it is built and in the window (shown or not), else None."""
        return self._pages.get(key)

    def select_section(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(KEY_ROLE) == key:
                self.sidebar.setCurrentRow(row)
                return

    def _on_section_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(KEY_ROLE)
        self.stack.setCurrentWidget(self._page(key))
        self._ctx.settings.last_section = key

    def _page(self, key: str, built: QWidget | None = None) -> QWidget:
        """The page of section ``key`` (``built`` by the warm-up, or built now) put in the stack, hidden, if it was
        not yet."""
        page = self._pages.get(key)
        if page is None:
            with without_filters(self._app_filters()):
                if built is None and self._parts_for == key:
                    self._drop_parts()  # the warm-up was building this one: the user was quicker
                page = self._pages[key] = built if built is not None else self._create_page(key)
                search = getattr(page, "search", None)
                scan_quantity = getattr(search, "scan_quantity", None)
                if scan_quantity is not None:  # the Catalog's "Scan quantity" is what a scan adds
                    scan_quantity.valueChanged.connect(self.scans.set_quantity)
                self.stack.addWidget(page)
        return page

    def _app_filters(self) -> list[QObject]:
        """The app-wide event filters, in the order Qt calls them (see ``warm_up.without_filters``)."""
        app = QApplication.instance()
        policy = app.findChild(NoSilentDefaults) if app is not None else None
        return [self.scanner] + ([policy] if policy is not None else [])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.warm_up is None:
            self._warm_up_sections()

    def _warm_up_sections(self) -> None:
        """Builds the pages of the sections not opened yet, in small steps while the user reads the first one."""
        if not sections.WARM_UP or not self._sections:
            return
        modules = [module for s in self._sections if s.key not in self._pages for module in s.modules]
        self.warm_up = WindowWarmUp(modules, self._warm_up_steps(), self, delay_ms=WARM_UP_DELAY_MS)

    def _warm_up_steps(self) -> Iterator[Step]:
        """Babel's data for the language shown, each section's page (built in one step or part by part, and put
        in the window; then laid out at the size it will have), then the other language's data. Taken one at a
        time: a section the user opens meanwhile is built then, and its steps are skipped."""
        yield from locale_steps(self._ctx.i18n.language)
        for section in sorted(self._sections, key=lambda s: s.builds_last):
            key = section.key
            parts = section.parts(self._ctx, self._parts_holder) if section.parts is not None else None
            while key not in self._pages:
                yield f"build {key}", partial(self._build_ahead, key, parts)
            yield f"lay out {key}", partial(self._lay_out_hidden, key)
        for language in LANGUAGE_NAMES:
            if language != self._ctx.i18n.language:
                yield from locale_steps(language)

    def _build_ahead(self, key: str, parts: Iterator[QWidget | None] | None) -> None:
        """The page of ``key``, whole or its next part; the page, once there, goes in the stack."""
        if key in self._pages:
            return
        with without_filters(self._app_filters()):
            try:
                page = self._create_page(key) if parts is None else next(parts)
            except StopIteration:  # parts that end without their page: it is built whole
                page = self._create_page(key)
        if page is None:
            self._parts_for = key
        else:
            self._parts_for = None
            self._page(key, page)

    def _drop_parts(self) -> None:
        """The parts the warm-up built for a page it will not finish."""
        self._parts_for = None
        for part in self._parts_holder.findChildren(QObject, options=Qt.FindChildOption.FindDirectChildrenOnly):
            part.deleteLater()

    def _lay_out_hidden(self, key: str) -> None:
        """The page at the size the stack will give it, polished, laid out, its tables' columns fitted: Qt does that
        for a hidden widget when it renders it, here one pixel of it."""
        page = self._pages.get(key)
        if page is not None and not page.isVisible():
            with without_filters(self._app_filters()):
                page.resize(self.stack.contentsRect().size())
                page.grab(QRect(0, 0, 1, 1))

    def _create_page(self, key: str) -> QWidget:
        section = next(s for s in self._sections if s.key == key)
        if section.factory is not None:
            return section.factory(self._ctx)
        return PlaceholderPage(lambda: section.title(self._ctx.me) if self._ctx.me else "")

    # --- actions ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: the current page reloads (if it can), the inbox is polled, and an offline app retries now."""
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()
        if not self._ctx.connection.is_online:
            self._ctx.connection.retry_now()
        self.inbox.poll_now()

    def _show_approvals(self) -> None:
        """A click on the tray icon or one of its notices."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.select_section("approvals")

    def _focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    # --- state --------------------------------------------------------------------------------------------------
    def _on_me_changed(self, me: Me | None) -> None:
        if me is None:
            self.inbox.stop()
            return
        if [s.key for s in sections_for(me)] != self.section_keys():
            self._build_sections(me)
        if me.is_approver or me.is_requester:
            self.inbox.start()
        self.retranslate()

    def _on_inbox_summary(self, summary: InboxSummary) -> None:
        self.pending_for_me = summary.pending_for_me
        self.decided_for_me = summary.my_decided_since_last_seen
        self._update_section_titles()

    def _on_inbox_news(self, summary: InboxSummary) -> None:
        """A request of mine was decided: an approval placed an order in my name, so Orders reload too."""
        if summary.my_decided_since_last_seen:
            self._ctx.sig_orders_changed.emit()

    def _show_notice(self, notice: object) -> None:
        message = getattr(notice, "message", "")
        if message:
            self.statusBar().showMessage(message, NOTICE_MS)

    def _on_online_changed(self, _online: bool) -> None:
        self._update_status()

    def _sync_language_controls(self, language: str) -> None:
        if language not in self.language_actions:
            return  # translators removed (shutdown): nothing to show
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self.language_box.blockSignals(False)
        self.language_actions[language].setChecked(True)

    def window_title(self) -> str:
        """Who is signed in, for which customer, on which service: two windows side by side are told apart."""
        me = self._ctx.me
        if me is None:
            return self.tr("Lumen")
        where = QUrl(self._ctx.client.address).authority() or self._ctx.client.address
        who = me.full_name or me.username
        customer = me.customer.name if me.customer is not None else self.tr("Lumen staff")
        return (
            self.tr("%1 (%2) — %3 — Lumen on %4")
            .replace("%1", who)
            .replace("%2", me.username)
            .replace("%3", customer)
            .replace("%4", where)
        )

    def show_about(self) -> QMessageBox:
        """Help → About: the version, the service this window talks to, and the licences."""
        import PySide6
        from PySide6.QtCore import qVersion

        try:
            version = importlib.metadata.version("lumen")
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        text = (
            self.tr(
                "<h3>Lumen Desktop %1</h3><p>Ordering for Lumen.ca customers.</p><p>Service: %2</p>"
                "<p>Built with Qt %3 and PySide6 %4, used under the GNU Lesser General Public License v3 "
                "(LGPL-3.0); their source is available from qt.io.</p><p>Lumen Desktop © Lumen.ca, all rights "
                "reserved.</p>"
            )
            .replace("%1", escape(version))
            .replace("%2", escape(self._ctx.client.address))
            .replace("%3", escape(qVersion()))
            .replace("%4", escape(PySide6.__version__))
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Lumen Desktop"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.addButton(self.tr("About &Qt"), QMessageBox.ButtonRole.ActionRole).clicked.connect(
            lambda: QMessageBox.aboutQt(self)
        )
        box.addButton(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.window_title())
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Lumen Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Find"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_box.setToolTip(self.tr("Language"))
        self._sync_language_controls(self._ctx.i18n.language)
        self._update_section_titles()
        self._update_status()

    def _update_section_titles(self) -> None:
        me = self._ctx.me
        if me is None:
            return
        for row, section in enumerate(self._sections):
            title = section.title(me)
            badge = 0
            if section.key == "approvals":
                badge = self.pending_for_me if me.is_approver else self.decided_for_me if me.is_requester else 0
            if badge:
                count = self._ctx.formatter.number(badge)
                title = self.tr("%1 (%2)").replace("%1", title).replace("%2", count)
            self.sidebar.item(row).setText(title)
            self.sidebar.item(row).setToolTip(title)
            self._section_actions[row].setText(section.title(me))
        self.sidebar.fit_width()

    def _update_status(self) -> None:
        me = self._ctx.me
        if me is not None:
            self.user_label.setText(self.tr("Signed in: %1").replace("%1", me.full_name or me.username))
            customer = me.customer
            self.customer_label.setText(
                self.tr("Customer %1 — %2").replace("%1", customer.number).replace("%2", customer.name)
                if customer
                else self.tr("Lumen staff")
            )
        if self._ctx.connection.is_online:
            self.connection_label.setText(self.tr("Connected"))
        else:
            self.connection_label.setText(self.tr("Offline"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A narrow window gives the sections' names to the tables (see widgets.section_list).
        self.sidebar.set_compact(event.size().width() < COMPACT_BELOW)
        super().resizeEvent(event)

    def request_quit(self) -> None:
        """File → Quit (Ctrl+Q), or a polite kill: closes like the window's close button."""
        self.close()

    def close_dialogs(self, keep: QDialog | None = None, then: Callable[[], object] | None = None) -> bool:
        """Lets go of what is open as the user would; False when something holds unsaved work: a page whose
        ``may_close()`` refuses (it asks Save / Discard / Cancel, and is shown), or a dialog refusing to close
        (a request editor asks what to do). When the user then lets go of the work (discards or saves; the
        holder's ``sig_leave_answered(True)``), ``then`` runs: quitting or signing out carries on."""
        self._after_unsaved_answer = None
        for key, page in self._pages.items():
            may_close = getattr(page, "may_close", None)
            if may_close is not None and not may_close():
                self.select_section(key)
                self._wait_for_answer(page, then)
                return False
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not keep and not dialog.close():
                dialog.raise_()
                dialog.activateWindow()
                self._wait_for_answer(dialog, then)
                return False
        return True

    def _wait_for_answer(self, holder: QWidget, then: Callable[[], object] | None) -> None:
        signal = getattr(holder, "sig_leave_answered", None)
        if signal is None or then is None:
            return
        self._after_unsaved_answer = then
        signal.connect(self._on_leave_answered, Qt.ConnectionType.UniqueConnection)

    def _on_leave_answered(self, may_leave: bool) -> None:
        then, self._after_unsaved_answer = self._after_unsaved_answer, None
        if may_leave and then is not None:
            then()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_dialogs(then=self.close):
            event.ignore()  # unsaved work: the user answers, and "Discard" / "Save" closes after all
            return
        self._ctx.settings.window_geometry = self.saveGeometry()
        if self.current_section_key():
            self._ctx.settings.last_section = self.current_section_key() or ""
        self._ctx.settings.sync()
        self.inbox.stop()
        self.live.stop()
        if self.warm_up is not None:
            self.warm_up.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        super().closeEvent(event)
        self.sig_closed.emit(self)
