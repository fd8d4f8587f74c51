"""The rules of account requests: the public form's checks (an accepted form is acknowledged by e-mail), and the
staff's approval (creating the user) or rejection, each e-mailed to the person who asked, after the transaction
commits."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lumen_server.account_requests.models import AccountRequest
from lumen_server.account_requests.schemas import AccountRequestIn
from lumen_server.account_requests.usernames import unique_username
from lumen_server.auth.models import User
from lumen_server.auth.passwords import hash_password, one_time_password
from lumen_server.auth.permissions import grants_a_limit, grants_placing, may_approve_for, needs_approver
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language
from lumen_server.customers.models import Customer
from lumen_server.mail import builders, send_after_commit
from lumen_server.mail.content import Recipient

PROMISE = timedelta(hours=72)


def promised_by(request: AccountRequest) -> datetime:
    return request.created_at + PROMISE


def _user_with_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(func.lower(User.email) == email.lower())).first()


def _approver(session: Session, *, customer: Customer, email: str | None) -> User:
    if email is None:
        raise ApiError(422, "approver_required", field="approver_email")
    approver = _user_with_email(session, email)
    if approver is None or not may_approve_for(approver, customer_id=customer.id):
        raise ApiError(422, "invalid_approver", field="approver_email")
    return approver


def _asker(request: AccountRequest) -> Recipient:
    """The person who filled the form, in the language they chose there; they have no account (and no prices)."""
    language: Language = "en" if request.language == "en" else "fr"
    return Recipient(request.email, f"{request.first_name} {request.last_name}", language, False)


def submit_request(session: Session, settings: Settings, *, form: AccountRequestIn) -> AccountRequest:
    """A new pending request, acknowledged by e-mail with the 72-hour promise; or 422 naming the field at fault."""
    customer = session.scalars(select(Customer).where(Customer.number == form.customer_number)).first()
    if customer is None:
        raise ApiError(422, "unknown_customer", field="customer_number")
    if not customer.active:
        raise ApiError(422, "inactive_customer", field="customer_number")
    if _user_with_email(session, form.email) is not None:
        raise ApiError(422, "email_taken", field="email")
    waiting = select(AccountRequest.id).where(
        func.lower(AccountRequest.email) == form.email.lower(), AccountRequest.status == "pending"
    )
    if session.scalars(waiting).first() is not None:
        raise ApiError(422, "request_pending", field="email")
    # A buyer needs no approver (and no limit): an address or limit given anyway is not kept.
    limited = grants_a_limit(form.permission)
    if limited and form.order_limit is None:
        raise ApiError(422, "order_limit_required", field="order_limit")
    approver = (
        _approver(session, customer=customer, email=form.approver_email) if needs_approver(form.permission) else None
    )
    request = AccountRequest(
        **form.kept_as_given(),
        customer_id=customer.id,
        customer=customer,
        approver_id=approver.id if approver else None,
        order_limit=form.order_limit if limited else None,
        status="pending",
    )
    session.add(request)
    session.flush()
    message = builders.account_request_received(
        settings, recipient=_asker(request), customer_name=customer.name, promised_by=promised_by(request)
    )
    send_after_commit(session, settings, message)
    return request


def list_requests(session: Session, *, status: str | None) -> list[AccountRequest]:
    """Oldest first: the one closest to breaking the 72-hour promise leads."""
    query = select(AccountRequest).order_by(AccountRequest.created_at, AccountRequest.id)
    if status is not None:
        query = query.where(AccountRequest.status == status)
    return list(session.scalars(query).all())


def _pending(session: Session, request_id: int) -> AccountRequest:
    request = session.get(AccountRequest, request_id)
    if request is None:
        raise ApiError(404, "account_request_not_found", field="id")
    if request.status != "pending":
        raise ApiError(409, "account_request_decided")
    return request


def approve_request(session: Session, settings: Settings, *, staff: User, request_id: int) -> User:
    """Creates the account (one-time password, to change at first sign-in) and e-mails its credentials."""
    request = _pending(session, request_id)
    if _user_with_email(session, request.email) is not None:
        raise ApiError(409, "email_taken", field="email")
    approver = session.get(User, request.approver_id) if request.approver_id is not None else None
    if needs_approver(request.permission) and (
        approver is None or not may_approve_for(approver, customer_id=request.customer_id)
    ):
        raise ApiError(409, "invalid_approver", field="approver_email")
    password = one_time_password()
    user = User(
        username=unique_username(session, first_name=request.first_name, last_name=request.last_name),
        email=request.email,
        password_hash=hash_password(password),
        first_name=request.first_name,
        last_name=request.last_name,
        language=request.language,
        customer_id=request.customer_id,
        can_place_orders=grants_placing(request.permission),
        order_limit=request.order_limit if grants_a_limit(request.permission) else None,
        can_see_prices=request.can_see_prices,
        approver_id=approver.id if approver else None,
        must_change_password=True,
    )
    session.add(user)
    session.flush()
    request.status, request.decided_at, request.decided_by_id, request.user_id = "approved", utcnow(), staff.id, user.id
    message = builders.account_credentials(
        settings,
        recipient=Recipient.of(user),
        customer_name=request.customer.name,
        username=user.username,
        password=password,
    )
    send_after_commit(session, settings, message)
    return user


def reject_request(
    session: Session, settings: Settings, *, staff: User, request_id: int, reason: str
) -> AccountRequest:
    """Turns the request down and e-mails the reason to the person who asked."""
    request = _pending(session, request_id)
    request.status, request.decided_at, request.decided_by_id = "rejected", utcnow(), staff.id
    request.reject_reason = reason
    message = builders.account_request_rejected(
        settings, recipient=_asker(request), customer_name=request.customer.name, reason=reason
    )
    send_after_commit(session, settings, message)
    return request
