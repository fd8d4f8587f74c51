"""Setting and clearing my absence ("away from … to …, my stand-in is …") and the people I may name."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.approvals.service import ensure_places_orders
from lumen_server.approvals.standin_models import ApproverAbsence
from lumen_server.auth.models import User
from lumen_server.auth.permissions import approvers_for
from lumen_server.core.errors import ApiError


class AwayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_on: date = Field(description="First day away (a date of the customers' time zone, included)")
    ends_on: date = Field(description="Last day away (included); not before starts_on, not in the past")
    stand_in: str = Field(
        min_length=1,
        max_length=80,
        description="Username of a colleague who may approve (places orders without a limit)",
    )


class StandInOut(BaseModel):
    username: str
    full_name: str
    email: str


class AwayOut(BaseModel):
    starts_on: date
    ends_on: date
    stand_in: StandInOut
    active: bool = Field(description="Whether the absence covers today")


class StandInsOut(BaseModel):
    items: list[StandInOut]


def person_json(user: User) -> dict[str, Any]:
    return {"username": user.username, "full_name": user.full_name, "email": user.email}


def away_json(absence: ApproverAbsence, *, today: date) -> dict[str, Any]:
    return {
        "starts_on": absence.starts_on,
        "ends_on": absence.ends_on,
        "stand_in": person_json(absence.stand_in),
        "active": absence.starts_on <= today <= absence.ends_on,
    }


def possible_stand_ins(session: Session, *, user: User) -> list[User]:
    """The active buyers of my customer who may approve (they place orders without a limit of their own), but me,
    by name; nobody for an account of no customer."""
    if user.customer_id is None:
        return []
    return list(
        session.scalars(
            select(User)
            .where(
                approvers_for(user.customer_id),
                User.id != user.id,
            )
            .order_by(User.last_name, User.first_name, User.id)
        )
    )


def my_absence(session: Session, *, user: User) -> ApproverAbsence:
    absence = session.get(ApproverAbsence, user.id)
    if absence is None:
        raise ApiError(404, "away_not_set")
    return absence


def set_absence(session: Session, *, user: User, away: AwayIn, today: date) -> ApproverAbsence:
    """Sets (or replaces) my absence. 422 naming the field: ends before it starts, already over, a stand-in who is
    me or not one of my customer who may approve; 403 for an account that cannot decide requests."""
    ensure_places_orders(user)
    if away.ends_on < away.starts_on:
        raise ApiError(422, "away_dates_order", field="ends_on")
    if away.ends_on < today:
        raise ApiError(422, "away_in_past", field="ends_on")
    if away.stand_in == user.username:
        raise ApiError(422, "stand_in_self", field="stand_in")
    stand_in = next((u for u in possible_stand_ins(session, user=user) if u.username == away.stand_in), None)
    if stand_in is None:
        raise ApiError(422, "stand_in_not_a_buyer", field="stand_in")
    absence = session.get(ApproverAbsence, user.id)
    if absence is None:
        absence = ApproverAbsence(user_id=user.id, user=session.get_one(User, user.id))
        session.add(absence)
    absence.starts_on, absence.ends_on = away.starts_on, away.ends_on
    absence.stand_in_id, absence.stand_in = stand_in.id, stand_in
    session.flush()
    return absence


def clear_absence(session: Session, *, user: User) -> None:
    """I am back: my stand-in no longer sees my requests (what they decided stays decided). Idempotent."""
    absence = session.get(ApproverAbsence, user.id)
    if absence is not None:
        session.delete(absence)
        session.flush()
