"""Request and response bodies of the auth endpoints."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from lumen_server.auth.permissions import Permission
from lumen_server.core.fields import SingleLine

MIN_PASSWORD_LENGTH = 10


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenRequest(Request):
    username: Annotated[str, Field(min_length=1, max_length=80), SingleLine]
    password: str = Field(min_length=1, max_length=256)


class RefreshRequest(Request):
    refresh_token: str = Field(min_length=1, max_length=200)


class LogoutRequest(Request):
    refresh_token: str | None = Field(default=None, max_length=200)


class PasswordChangeRequest(Request):
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")


class Person(BaseModel):
    full_name: str
    email: str


class CustomerRef(BaseModel):
    number: str
    name: str


class MeResponse(BaseModel):
    username: str
    email: str
    full_name: str
    language: str
    customer: CustomerRef | None = Field(description="None for Lumen staff.")
    can_place_orders: bool
    can_see_prices: bool
    approver: Person | None
    is_approver: bool = Field(
        description="Some active user names me as their approver, or requests were addressed to me."
    )
    is_staff: bool
    must_change_password: bool
    permission: Permission = Field(
        description="place_orders_up_to: carts over order_limit (subtotal before taxes) go for approval"
    )
    order_limit: str | None = Field(
        default=None, description="With place_orders_up_to, and only for a user who may see prices (else absent)"
    )
