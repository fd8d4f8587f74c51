"""The public "Request an account" form (no sign-in needed), opened from the sign-in dialog's link.

Fields: customer number, first and last name, e-mail, language, permission (Place orders / Order for
approval / Place orders up to an amount), the amount (enabled and required only for the last one: a positive
amount of at most two decimals, typed the way the language writes it), sees prices, approver e-mail (enabled and
required for "Order for approval" and "Place orders up to an amount"), channel.
Required fields are checked here first, each message under its field; then the service's refusal (422) goes
under the field it names (``ApiError.field``: unknown customer number → under the customer number, invalid
approver → under the approver e-mail, e-mail already in use → under the e-mail). On success the form gives way
to a confirmation page promising the account within 72 hours.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from ...api import AccountRequest, ApiError
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import LANGUAGE_NAMES, Retranslating
from ...ops import Op
from ...widgets.column_layout import column_layout
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError
from ...widgets.form_rows import add_field_row, set_texts
from .amount import MAX_AMOUNT, parse_amount

TEXT_FIELDS = ("customer_number", "first_name", "last_name", "email", "order_limit", "approver_email")
CHOICE_FIELDS = ("language", "permission", "can_see_prices", "channel")
LIMITS = {
    "customer_number": 20,
    "first_name": 80,
    "last_name": 80,
    "email": 254,
    "order_limit": 20,
    "approver_email": 254,
}
PERMISSIONS = ("place_orders", "order_for_approval", "place_orders_up_to")


class RequestAccountDialog(Retranslating, QDialog):
    sig_submitted = Signal(object)
    """The service accepted the request (api.AccountRequest)."""

    def __init__(self, ctx: AppContext, address: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._address = address
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(LIMITS[name])
            edit.textEdited.connect(lambda _text, name=name: self.errors[name].clear_message())
            self.inputs[name] = edit
        self.language, self.permission, self.can_see_prices, self.channel = (QComboBox() for _ in range(4))
        for code, language_name in LANGUAGE_NAMES.items():
            self.language.addItem(language_name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.i18n.language))
        for combo, values in (
            (self.permission, PERMISSIONS),
            (self.can_see_prices, (True, False)),
            (self.channel, ("web", "cmeq", "acceo")),
        ):
            for value in values:
                combo.addItem("", value)
        self.permission.currentIndexChanged.connect(self._update_approver)
        self.errors.update({name: FieldError() for name in TEXT_FIELDS + CHOICE_FIELDS})
        self._labels = {name: QLabel() for name in TEXT_FIELDS + CHOICE_FIELDS}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = FieldError()
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.submitted_email = ""
        self.buttons = DialogButtons(self, self.submit)
        self.done_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.done_buttons.rejected.connect(self.accept)
        self.pages = QStackedWidget()
        self.form_page, self.done_page = self._build_form_page(), self._build_done_page()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.done_page)
        # E-mail addresses and the approver hint fit without cutting (on the field: see widgets.fit).
        self.inputs["email"].setMinimumWidth(320)
        column_layout(self, self.pages)
        self._update_approver()
        self.retranslate()

    def _build_form_page(self) -> QWidget:
        widgets = {
            **self.inputs,
            "language": self.language,
            "permission": self.permission,
            "can_see_prices": self.can_see_prices,
            "channel": self.channel,
        }
        order = (
            "customer_number",
            "first_name",
            "last_name",
            "email",
            "language",
            "permission",
            "order_limit",
            "can_see_prices",
            "approver_email",
            "channel",
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in order:
            add_field_row(form, self._labels[name], widgets[name], self.errors[name])
        page = QWidget()
        column_layout(page, self.intro, form, self.message, self.buttons)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        column_layout(page, (self.confirmation, 1), self.done_buttons)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Request an account"))
        self.intro.setText(
            self.tr(
                "Lumen's e-commerce team creates accounts for our customers' employees. "
                "Fill in this form; you need your company's Lumen customer number."
            )
        )
        texts = {
            "customer_number": self.tr("Customer number"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "language": self.tr("Language"),
            "permission": self.tr("Permission"),
            "order_limit": self.tr("Order limit"),
            "can_see_prices": self.tr("Sees prices"),
            "approver_email": self.tr("Approver's e-mail"),
            "channel": self.tr("Channel"),
        }
        set_texts(self._labels, texts)
        permissions = (self.tr("Place orders"), self.tr("Order for approval"), self.tr("Place orders up to an amount"))
        for index, text in enumerate(permissions):
            self.permission.setItemText(index, text)
        for index, text in enumerate((self.tr("Yes"), self.tr("No"))):
            self.can_see_prices.setItemText(index, text)
        for index, text in enumerate((self.tr("Web"), "CMEQ", "ACCEO")):
            self.channel.setItemText(index, text)
        self.inputs["approver_email"].setPlaceholderText(
            self.tr("Required for “Order for approval” and “up to an amount”")
        )
        self.inputs["order_limit"].setPlaceholderText(
            self.tr("Before taxes, e.g. %1").replace("%1", self._ctx.formatter.money(Decimal(2500)))
        )
        self.buttons.set_texts(self.tr("Send the request"))
        self.done_buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.confirmation.setText(
            self.tr(
                "Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail "
                "your username and password to %1."
            ).replace("%1", self.submitted_email)
        )

    # --- form ---------------------------------------------------------------------------------------------------
    @property
    def needs_approver(self) -> bool:
        return self.permission.currentData() in ("order_for_approval", "place_orders_up_to")

    @property
    def needs_limit(self) -> bool:
        return bool(self.permission.currentData() == "place_orders_up_to")

    def _update_approver(self) -> None:
        for name, needed in (("approver_email", self.needs_approver), ("order_limit", self.needs_limit)):
            self.inputs[name].setEnabled(needed)
            if not needed:
                self.errors[name].clear_message()

    def order_limit(self) -> Decimal | None:
        """The amount typed, when the permission takes one and it is valid."""
        if not self.needs_limit:
            return None
        return parse_amount(self.inputs["order_limit"].text(), self._ctx.i18n.language)

    def _check_limit(self) -> bool:
        typed = self.inputs["order_limit"].text().strip()
        if not self.needs_limit or not typed:
            return True  # an empty one is reported with the other required fields
        amount = self.order_limit()
        if amount is None:
            problem = self.tr("Enter an amount in dollars, like %1.").replace(
                "%1", self._ctx.formatter.money(Decimal(2500))
            )
        elif amount <= 0:
            problem = self.tr("Enter an amount greater than zero.")
        elif amount > MAX_AMOUNT:
            problem = self.tr("Enter an amount of at most %1.").replace("%1", self._ctx.formatter.money(MAX_AMOUNT))
        else:
            return True
        self.errors["order_limit"].show_message(problem)
        return False

    def _check_required(self) -> bool:
        required = {
            "customer_number": self.tr("Enter your company's Lumen customer number."),
            "first_name": self.tr("Enter your first name."),
            "last_name": self.tr("Enter your last name."),
            "email": self.tr("Enter your e-mail address."),
        }
        if self.needs_limit:
            required["order_limit"] = self.tr("Enter the amount up to which you may place orders.")
        if self.needs_approver:
            required["approver_email"] = self.tr("Enter the e-mail of the person who approves your orders.")
        ok = True
        for name, text in required.items():
            if not self.inputs[name].text().strip():
                self.errors[name].show_message(text)
                ok = False
        for name in ("email", "approver_email"):
            value = self.inputs[name].text().strip()
            if value and "@" not in value and (name == "email" or self.needs_approver):
                self.errors[name].show_message(self.tr("Enter a complete e-mail address, like name@example.com."))
                ok = False
        return self._check_limit() and ok

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.message):
            label.clear_message()

    def flagged_fields(self) -> list[str]:
        """The fields that show an error now (tests and accessibility)."""
        return [name for name, label in self.errors.items() if not label.isHidden() and label.text()]

    def submit(self) -> None:
        """Checks the form, then sends it; the service's refusal comes back under its field."""
        self.clear_errors()
        if not self._check_required():
            return
        values = {name: edit.text().strip() for name, edit in self.inputs.items()}
        language, permission = self.language.currentData(), self.permission.currentData()
        sees_prices, channel = bool(self.can_see_prices.currentData()), self.channel.currentData()
        approver = values["approver_email"] if self.needs_approver else None
        order_limit = self.order_limit()
        client = self._ctx.client
        if self._address:
            client.address = self._address
        self._set_busy(True)
        Op(
            self,
            lambda: client.account_requests.submit(
                values["customer_number"],
                values["first_name"],
                values["last_name"],
                values["email"],
                language,
                permission,
                sees_prices,
                approver_email=approver,
                channel=channel,
                order_limit=order_limit,
            ),
            self._on_sent,
        ).on_failure(self._on_refused).run()

    def _on_sent(self, request: AccountRequest) -> None:
        self._set_busy(False)
        self.submitted_email = request.email or self.inputs["email"].text().strip()
        self.retranslate()
        self.pages.setCurrentWidget(self.done_page)
        self.sig_submitted.emit(request)

    def _on_refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ApiError) and exc.field:
            field = exc.field.split(".")[-1]
            target = self.errors.get(field)
            if target is not None:
                target.show_message(self._in_words(field, exc.message))
                widget = self.inputs.get(field)
                if widget is not None:
                    widget.setFocus()
                    widget.selectAll()
                return
        unreachable = self.tr("The Lumen service can't be reached. Your form is kept; try again in a moment.")
        show_error_beside(self, exc, self.message, unreachable=unreachable)

    def _in_words(self, field: str, message: str) -> str:
        """The service's message as a person reads it: a message that opens with the field's key ("email n'est
        pas…", "approver_email : …") names the field by its label instead, as the form shows it."""
        if not message.startswith(field):
            return message
        rest = message[len(field) :]
        if rest.lstrip().startswith(":"):
            said = rest.lstrip()[1:].strip()  # under its field, "Approver's e-mail:" would only repeat the label
            return said[:1].upper() + said[1:]
        return self._labels[field].text() + rest

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        for edit in self.inputs.values():
            edit.setReadOnly(busy)
