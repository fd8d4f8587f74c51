"""HTTP endpoints of order templates (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from lumen_server.cart.service import add_available, cart_json
from lumen_server.core.deps import CustomerUser, IdPath, LanguageDep, SessionDep
from lumen_server.templates import messages as _messages  # noqa: F401  (registers the templates' messages)
from lumen_server.templates import service
from lumen_server.templates.schemas import AddedToCartOut, TemplateChangeIn, TemplateIn, TemplateListOut, TemplateOut

router = APIRouter(tags=["templates"])

TEMPLATE = {"response_model": TemplateOut, "response_model_exclude_unset": True}


@router.get("/templates", response_model=TemplateListOut, response_model_exclude_unset=True)
def list_templates(session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """The customer's templates (shared by its users) and, for an approver, the pending requests addressed to them."""
    return {"items": service.template_entries(session, user=user, language=language)}


@router.post("/templates", status_code=201, **TEMPLATE)
def create_template(body: TemplateIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    template = service.create_template(session, user=user, name=body.name, lines=body.lines, from_cart=body.from_cart)
    return service.template_json(session, template=template, user=user, language=language)


@router.get("/templates/{template_id}", **TEMPLATE)
def get_template(template_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    template = service.get_template(session, user=user, template_id=template_id)
    return service.template_json(session, template=template, user=user, language=language)


@router.put("/templates/{template_id}", **TEMPLATE)
def change_template(
    template_id: IdPath, body: TemplateChangeIn, session: SessionDep, user: CustomerUser, language: LanguageDep
) -> Any:
    template = service.update_template(session, user=user, template_id=template_id, name=body.name, lines=body.lines)
    return service.template_json(session, template=template, user=user, language=language)


@router.delete("/templates/{template_id}", status_code=204)
def delete_template(template_id: IdPath, session: SessionDep, user: CustomerUser) -> Response:
    service.delete_template(session, user=user, template_id=template_id)
    return Response(status_code=204)


@router.post("/templates/{template_id}/add-to-cart", response_model=AddedToCartOut, response_model_exclude_unset=True)
def add_template_to_cart(template_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """Adds the template's lines to the cart; products withdrawn since are skipped and listed in ``skipped``."""
    template = service.get_template(session, user=user, template_id=template_id)
    cart, skipped = add_available(session, user=user, lines=service.template_lines(template))
    return {"cart": cart_json(session, cart=cart, user=user, language=language), "skipped": skipped}
