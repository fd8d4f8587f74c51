"""Merging: an approver places several pending requests of one customer as one order, all or nothing.

Every request is locked (in id order, so two merges over the same requests cannot deadlock), then checked
(addressed to this approver, same customer, pending, at the version the approver read) and claimed with the same
conditional UPDATE as a single approval: a concurrent approve, edit, reject or cancel of any of them either
commits first (this merge then answers 409 naming that request and places nothing) or waits for this one and
gets 409 itself. Lines are summed per SKU, in the order they first appear.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import partial

from sqlalchemy.orm import Session

from lumen_server.approvals.events import claim, record
from lumen_server.approvals.models import ApprovalRequest, current_lines
from lumen_server.approvals.service import addressed_request, ensure_places_orders
from lumen_server.approvals.talk_mail import request_merged
from lumen_server.approvals.talk_schemas import MergeIn
from lumen_server.auth.models import User
from lumen_server.cart.lines import recheck_lines
from lumen_server.catalog.models import Product
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import register_messages, request_language
from lumen_server.mail.formatting import format_moment
from lumen_server.orders.idempotency import Answer, IdempotentPlacing
from lumen_server.orders.models import Order
from lumen_server.orders.service import place_order


def merge_target(body: MergeIn) -> str:
    """What an Idempotency-Key of a merge is used for: the set of requests (hashed: the column holds 80)."""
    ids = ",".join(str(i) for i in sorted(r.id for r in body.requests))
    return "approvals:" + hashlib.sha256(ids.encode()).hexdigest()[:64]


def summed_lines(requests: Sequence[ApprovalRequest]) -> list[tuple[Product, int]]:
    """The requests' current lines, one per product, quantities added, in the order products first appear."""
    summed: dict[int, tuple[Product, int]] = {}
    for request in requests:
        for product, quantity in current_lines(request):
            _product, before = summed.get(product.id, (product, 0))
            summed[product.id] = (product, before + quantity)
    return list(summed.values())


def _named(code: str, status: int, index: int, request: ApprovalRequest, version: int | None = None) -> ApiError:
    """A refusal naming the request at fault: its index in the body (``field``), its requester and date sent."""
    sent = format_moment(request.created_at, request_language())
    return ApiError(
        status,
        code,
        field=f"requests.{index}",
        id=request.id,
        requester=request.requester.full_name,
        sent=sent,
        version=version,
    )


def _locked(session: Session, approver: User, body: MergeIn) -> list[ApprovalRequest]:
    """The requests in the order given, each locked (in id order) and checked; the first at fault is named."""
    ids = [r.id for r in body.requests]
    for index, approval_id in enumerate(ids):
        if approval_id in ids[:index]:
            raise ApiError(422, "merge_duplicate", field=f"requests.{index}.id", id=approval_id)
    locked: dict[int, ApprovalRequest] = {}
    for approval_id in sorted(ids):
        try:
            locked[approval_id] = addressed_request(session, user=approver, approval_id=approval_id, for_update=True)
        except ApiError as refused:
            refused.field = f"requests.{ids.index(approval_id)}.id"
            raise
    requests = [locked[i] for i in ids]
    for index, (request, given) in enumerate(zip(requests, body.requests, strict=True)):
        if request.customer_id != requests[0].customer_id:
            raise _named("merge_other_customer", 422, index, request)
        if request.status != "pending":
            raise _named("merge_not_pending", 409, index, request)
        if request.version != given.version:
            raise _named("merge_version_conflict", 409, index, request, version=request.version)
    return requests


def merge_once(settings: Settings, placing: IdempotentPlacing[Answer], *, body: MergeIn) -> tuple[Answer, bool]:
    """The placing user merges and places the requests, once per ``Idempotency-Key``: ``(answer, created)``, where
    ``created`` is False when the key was already used (the first order's answer, nothing changed)."""
    place = partial(merge_and_place, settings=settings, approver_id=placing.user_id, body=body)
    return placing.run(place, operation="merge", target=merge_target(body), payload=body)


def merge_and_place(session: Session, settings: Settings, *, approver_id: int, body: MergeIn) -> Order:
    """Places the requests' summed lines as one order; meant as ``IdempotentPlacing.run``'s ``place``."""
    approver = session.get_one(User, approver_id)
    ensure_places_orders(approver)
    requests = _locked(session, approver, body)
    lines = recheck_lines(session, lines=summed_lines(requests))
    for request, given in zip(requests, body.requests, strict=True):
        claim(session, request, read_version=given.version, status="approved", decided_at=utcnow())
    requesters = {request.requester_id for request in requests}
    first = requests[0]
    order = place_order(
        session,
        placed_by=approver,
        lines=lines,
        given=body,
        saved=first,
        requester=first.requester if len(requesters) == 1 else None,
    )
    for request in requests:
        request.order_id = order.id
        others = [r.id for r in requests if r is not request]
        record(request, actor=approver, kind="approved", order_number=order.number, merged_with=others)
    session.flush()
    for request in requests:
        request_merged(session, settings, request=request, order_number=order.number, others=len(requests) - 1)
    return order


register_messages(
    {
        "merge_duplicate": {
            "en": "Request {id} is named twice; name each request once.",
            "fr": "La demande {id} est nommée deux fois; nommez chaque demande une seule fois.",
        },
        "merge_other_customer": {
            "en": "The request from {requester} ({sent}) is for another customer; only one customer's requests "
            "can be placed as one order. Nothing was placed.",
            "fr": "La demande de {requester} ({sent}) est pour un autre client; seules les demandes d'un même client "
            "peuvent être passées en une commande. Rien n'a été passé.",
        },
        "merge_not_pending": {
            "en": "The request from {requester} ({sent}) is no longer pending: it was approved, rejected or "
            "cancelled meanwhile. Nothing was placed; leave it out and try again.",
            "fr": "La demande de {requester} ({sent}) n'est plus en attente : elle a été approuvée, refusée ou "
            "annulée entre-temps. Rien n'a été passé; retirez-la et réessayez.",
        },
        "merge_version_conflict": {
            "en": "The request from {requester} ({sent}) changed since you read it (it is now at version {version}). "
            "Nothing was placed; reload and try again.",
            "fr": "La demande de {requester} ({sent}) a changé depuis que vous l'avez lue (elle est maintenant à la "
            "version {version}). Rien n'a été passé; rechargez et réessayez.",
        },
    }
)
