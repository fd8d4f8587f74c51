"""HTTP endpoints of order templates (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel

from lumen_server.cart.service import add_available, cart_json
from lumen_server.core.answers import for_viewer, priced_route
from lumen_server.core.deps import CustomerUser, IdPath, LanguageDep, SessionDep
from lumen_server.templates import messages as _messages  # noqa: F401  (registers the templates' messages)
from lumen_server.templates import service
from lumen_server.templates.schemas import AddedToCartOut, TemplateChangeIn, TemplateIn, TemplateListOut, TemplateOut

router = APIRouter(tags=["templates"])


@router.get("/templates", response_model=TemplateListOut, response_model_exclude_unset=True)
def list_templates(session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """The customer's templates (shared by its users) and, for an approver, the pending requests addressed to them."""
    return {"items": service.template_entries(session, user=user, language=language)}


@priced_route(router.post, "/templates", model=TemplateOut, status_code=201)
def create_template(body: TemplateIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    template = service.create_template(session, user=user, name=body.name, lines=body.lines, from_cart=body.from_cart)
    answer = service.template_json(session, template=template, user=user, language=language)
    return for_viewer(user, answer, model=TemplateOut)


@priced_route(router.get, "/templates/{template_id}", model=TemplateOut)
def get_template(template_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    template = service.get_template(session, user=user, template_id=template_id)
    answer = service.template_json(session, template=template, user=user, language=language)
    return for_viewer(user, answer, model=TemplateOut)


@priced_route(router.put, "/templates/{template_id}", model=TemplateOut)
def change_template(
    template_id: IdPath, body: TemplateChangeIn, session: SessionDep, user: CustomerUser, language: LanguageDep
) -> BaseModel:
    template = service.update_template(session, user=user, template_id=template_id, name=body.name, lines=body.lines)
    answer = service.template_json(session, template=template, user=user, language=language)
    return for_viewer(user, answer, model=TemplateOut)


@router.delete("/templates/{template_id}", status_code=204)
def delete_template(template_id: IdPath, session: SessionDep, user: CustomerUser) -> Response:
    service.delete_template(session, user=user, template_id=template_id)
    return Response(status_code=204)


@priced_route(router.post, "/templates/{template_id}/add-to-cart", model=AddedToCartOut)
def add_template_to_cart(
    template_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep
) -> BaseModel:
    """Adds the template's lines to the cart; products withdrawn since are skipped and listed in ``skipped``."""
    template = service.get_template(session, user=user, template_id=template_id)
    cart, skipped = add_available(session, user=user, lines=service.template_lines(template))
    answer = {"cart": cart_json(session, cart=cart, user=user, language=language), "skipped": skipped}
    return for_viewer(user, answer, model=AddedToCartOut)
