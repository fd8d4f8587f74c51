"""The Cart section: lines, PO/job/note, totals (only with prices), and the user's ONE way to order.

A requester (``order_for_approval``) gets **Send for approval to <approver>** and no "Place order" control at
all; a buyer gets **Place order…** and no "Send for approval"; a buyer with an order limit gets
**Place order…**, or **Send for approval** with the reason when the service says the cart is over the limit
(``LimitedOrderActions``). A user without prices gets no price column, no
amount and no totals widget — they are never created. Edits go through ``CartSession`` (queued on disk, sent in
order, kept while the service is unreachable and shown as pending). The cart reloads when shown, on F5
(``refresh``), when the language changes (names and tax names come back translated), and when another section
says it added to the cart (connect it to ``refresh``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from lumen_desktop import permissions

from ...api import Approval, Cart, Me, Order, Template
from ...api.limits import CartVerdict, OrderPermission
from ...context import AppContext
from ...i18n import Retranslating
from ...models.cart_lines import CartLinesModel
from ...models.cart_session import CartSession
from ...printing import PrintableDocument, PrintPdfButton
from ...style import set_role
from ...widgets.line_tables import quantity_table
from ...widgets.named_button import named_button
from ...widgets.tables import fit_columns
from ..templates.new_template_dialog import NewTemplateDialog
from .cart_print import cart_document
from .details_form import LIMITS, CartDetailsForm
from .import_list import ImportMaterialListDialog
from .limited_actions import LimitedOrderActions
from .place_order import PlaceOrderDialog
from .quantity_delegate import QuantityDelegate
from .send_for_approval import SendForApprovalDialog
from .status_panel import CartStatusPanel
from .totals import CartTotals


class CartView(Retranslating, QWidget):
    sig_sent_for_approval = Signal(str)
    """The cart was sent for approval (the approval request's id)."""
    sig_order_placed = Signal(str)
    """The cart was placed as an order (its number, e.g. "C-0001234")."""
    sig_template_saved = Signal(str)
    """A template was made from the cart (its id)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartView")
        self._ctx = ctx
        self.session = CartSession.of(ctx)  # shared with the Catalog and scans: one queue
        self.dialog: QWidget | None = None  # the dialog open from this view, if any (tests reach it here)
        self.title = QLabel()
        set_role(self.title, "title")
        self.count_label = QLabel()
        self.import_button = named_button("importMaterialListButton", self.open_import)
        self.template_button = named_button("saveAsTemplateButton", self.open_save_template)
        self.print_button = PrintPdfButton(self.printable_document)
        self.status = CartStatusPanel(ctx)
        self.details = CartDetailsForm(ctx.formatter)
        self.details.sig_edited.connect(lambda name, value: self.session.update_details(**{name: value}))
        # Dismissing a field's refusal gives the field back the service's value.
        self.status.sig_dismiss_refusals.connect(self.details.clear_refusals)
        self.status.sig_dismiss_refusals.connect(self.session.dismiss_refusals)
        self.model = CartLinesModel(ctx.formatter, self._can_see_prices(), self)
        self.model.sig_quantity_edited.connect(self.session.set_quantity)
        self.model.sig_quantity_valid.connect(self.session.dismiss_refusal_of)
        self.table = quantity_table(self.model, self.model.column_of("quantity"), QuantityDelegate)
        self.table.setObjectName("cartLines")
        self.table.setAlternatingRowColors(True)
        self.model.modelReset.connect(self._size_columns)
        self._size_columns()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("cartEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.remove_button = named_button("removeLineButton", self.remove_selected)
        self.empty_button = named_button("emptyCartButton", self.confirm_empty)
        self.totals: CartTotals | None = None
        self.action_button: QPushButton | None = None
        self.limited_actions: LimitedOrderActions | None = None
        self._build_layout()
        self._build_role_widgets()
        self.session.sig_changed.connect(self._render)
        # Bound methods, not lambdas: Qt drops these connections when the view is destroyed.
        ctx.connection.sig_online_changed.connect(self._online_changed)
        ctx.i18n.sig_language_changed.connect(self._language_changed)
        ctx.sig_me_changed.connect(self._me_changed)
        ctx.sig_cart_changed.connect(self.refresh)
        self.retranslate()
        self._render()

    # --- construction -------------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        for widget in (self.import_button, self.template_button, self.print_button):
            header.addWidget(widget)
        line_actions = QHBoxLayout()
        line_actions.addWidget(self.remove_button)
        line_actions.addWidget(self.empty_button)
        line_actions.addStretch(1)
        self._bottom = QHBoxLayout()
        self._bottom.addWidget(self.details, 3)
        self._right = QVBoxLayout()
        self._right.addStretch(1)
        self._bottom.addLayout(self._right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(line_actions)
        layout.addLayout(self._bottom)

    def _can_see_prices(self) -> bool:
        return permissions.can_see_prices(self._ctx.me)

    def _build_role_widgets(self) -> None:
        """The totals (prices only) and the one ordering action of this user's role; the others never exist."""
        for widget in (self.totals, self.action_button, self.limited_actions):
            if widget is not None:
                self._right.removeWidget(widget)
                widget.deleteLater()
        self.totals, self.action_button, self.limited_actions = None, None, None
        me = self._ctx.me
        if me is None:
            return
        if permissions.can_see_prices(me):
            self.totals = CartTotals(self._ctx.formatter)
            self._right.addWidget(self.totals)
        permission = OrderPermission.of(me)
        sends = permissions.is_requester(me) or permission.is_limited
        self.details.set_note_for(me.approver.full_name if sends and me.approver is not None else "")
        if permission.is_limited and me.approver is not None:
            self.limited_actions = LimitedOrderActions(permission, me.approver.full_name, self._ctx.formatter)
            self.limited_actions.sig_place.connect(self.open_place_order)
            self.limited_actions.sig_send.connect(self.open_send_for_approval)
            self._right.addWidget(self.limited_actions)
        elif permissions.is_requester(me) and me.approver is not None:
            self.action_button = named_button("sendForApprovalButton", self.open_send_for_approval)
        elif permissions.may_place(me):
            self.action_button = named_button("placeOrderButton", self.open_place_order)
        if self.action_button is not None:
            self.action_button.setDefault(True)
            self.action_button.setMinimumHeight(36)
            self._right.addWidget(self.action_button)

    def _me_changed(self, me: Me | None) -> None:
        if me is None:
            return
        self.model.set_show_prices(permissions.can_see_prices(me))
        self._build_role_widgets()
        self.retranslate()
        self.session.reload()  # signed in again after an expired session: send what waited

    # --- language -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Cart"))
        self.import_button.setText(self.tr("&Import material list…"))
        self.template_button.setText(self.tr("Save as &template…"))
        self.remove_button.setText(self.tr("&Remove line"))
        self.remove_action.setText(self.tr("Remove line"))
        self.empty_button.setText(self.tr("&Empty cart…"))
        self.empty_label.setText(
            self.tr("Your cart is empty. Add products from the Catalog, a template, or a material list.")
        )
        me = self._ctx.me
        if self.action_button is not None and me is not None:
            if self.action_button.objectName() == "sendForApprovalButton" and me.approver is not None:
                self.action_button.setText(self.tr("Send for approval to %1…").replace("%1", me.approver.full_name))
            else:
                self.action_button.setText(self.tr("Place order…"))
        self.model.redraw()
        self._render_count()

    def _language_changed(self, _language: str) -> None:
        self.model.set_formatter(self._ctx.formatter)
        self.details.set_formatter(self._ctx.formatter)
        if self.totals is not None:
            self.totals.set_formatter(self._ctx.formatter)
        if self.limited_actions is not None:
            self.limited_actions.set_formatter(self._ctx.formatter)
        self.session.reload()  # product and tax names come back in the new language

    # --- showing ------------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _online_changed(self, _online: object) -> None:
        self._render()

    def refresh(self) -> None:
        """Reloads the cart from the service (F5, when shown, after another section added to it)."""
        self.session.reload()

    def _render(self) -> None:
        shown = self.session.shown
        refused = {
            r.sku: r.message for r in self.session.refusals if r.sku and r.edit.kind in ("set_quantity", "add_lines")
        }
        self.model.set_cart(shown, refused)
        for refusal in self.session.refusals:  # first: a refused field keeps the text the user typed
            if refusal.edit.kind == "update_details":
                name = refusal.field if refusal.field in LIMITS else next(iter(refusal.edit.payload), "")
                self.details.show_refusal(name, refusal.message)
        self.details.show_values(shown.details, shown.pending_details)
        if self.totals is not None:
            self.totals.show_cart(shown)
        self.status.show_state(shown, self.session.refusals, self._ctx.connection.is_online)
        self.table.setVisible(not shown.is_empty)
        self.empty_label.setVisible(shown.is_empty)
        self.remove_button.setEnabled(not shown.is_empty)
        self.empty_button.setEnabled(not shown.is_empty)
        self.template_button.setEnabled(not shown.is_empty)
        if self.action_button is not None:
            # The order must include every line edit: wait until the service has them all. A PO, job or note
            # still being saved does not count: the dialogs send the values as shown (and a click that ends the
            # typing in one must not be swallowed by the save it starts).
            self.action_button.setEnabled(not shown.is_empty and not shown.stale_totals)
        if self.limited_actions is not None:
            self.limited_actions.show_verdict(CartVerdict.of(self.session.cart, default=True))
            self.limited_actions.set_actions_enabled(not shown.is_empty and not shown.stale_totals)
        self._render_count()

    def _render_count(self) -> None:
        count = len(self.session.shown.lines)
        self.count_label.setText(self.tr("%n line(s)", "", count) if count else "")

    def _size_columns(self) -> None:
        fit_columns(
            self.table, stretch_column=self.model.column_of("name"), state_key="cart", settings=self._ctx.settings
        )

    # --- line actions -------------------------------------------------------------------------------------------
    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for sku in [self.model.line(row).sku for row in rows]:
            self.session.remove_line(sku)

    def confirm_empty(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Empty cart"), self.tr("Remove every line from your cart?"), parent=self
        )
        yes = box.addButton(self.tr("&Empty cart"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.session.empty() if button is yes else None)
        self.dialog = box
        box.open()

    # --- whole-cart actions -------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_send_for_approval(self) -> SendForApprovalDialog:
        # The note as typed in the cart, even if its save has not reached the service yet: one note per request.
        dialog = SendForApprovalDialog(self._ctx, self.details.value("note"), self)
        dialog.sig_sent.connect(self._sent_for_approval)
        self._open(dialog)
        return dialog

    def _sent_for_approval(self, approval: Approval) -> None:
        approver = self._ctx.me.approver if self._ctx.me else None
        name = approver.full_name if approver is not None else ""
        self.session.cleared_by_service()
        self.status.show_info(self.tr("Sent to %1 for approval — see My requests").replace("%1", name))
        self.sig_sent_for_approval.emit(approval.id)

    def open_place_order(self) -> PlaceOrderDialog:
        shown = self.session.shown
        first = shown.lines[0].sku if shown.lines else None
        dialog = PlaceOrderDialog(  # the PO and job as typed, even if their save is still on its way
            self._ctx, self.details.value("po_number"), self.details.value("job_name"), first, self
        )
        dialog.sig_order_placed.connect(self._order_placed)
        self._open(dialog)
        return dialog

    def _order_placed(self, order: Order) -> None:
        self.session.cleared_by_service()
        self.status.show_info(self.tr("Order %1 placed").replace("%1", order.number))
        self.sig_order_placed.emit(order.number)
        self._ctx.sig_orders_changed.emit()

    def open_import(self) -> ImportMaterialListDialog:
        dialog = ImportMaterialListDialog(self._ctx, self)
        dialog.sig_lines_added.connect(self._lines_added)
        dialog.sig_lines_queued.connect(
            lambda count: self.status.show_info(
                self.tr("%n line(s) will be added to the cart when the service is back.", "", count)
            )
        )
        self._open(dialog)
        return dialog

    def _lines_added(self, cart: Cart | None) -> None:
        self.status.clear_info()
        if cart is not None:
            self.session.adopt(cart)
        else:
            self.session.reload()

    def open_save_template(self) -> NewTemplateDialog:
        job_name = self.session.shown.details.get("job_name", "")
        dialog = NewTemplateDialog(self._ctx, self, from_cart=True, suggested_name=job_name)
        dialog.sig_created.connect(self._template_saved)
        self._open(dialog)
        return dialog

    def _template_saved(self, template: Template) -> None:
        self.status.show_info(self.tr("Template “%1” saved — see Order templates").replace("%1", template.name))
        self.sig_template_saved.emit(template.id)
        self._ctx.sig_templates_changed.emit()

    def printable_document(self) -> PrintableDocument:
        """The cart as shown now, for "Print / PDF…" (prices only for a user who may see them)."""
        assert self._ctx.me is not None
        return cart_document(self.session.shown, self._ctx.me, self._ctx.formatter)
