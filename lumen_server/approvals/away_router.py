"""``GET|PUT|DELETE /me/away`` (my absence and stand-in) and ``GET /me/stand-ins`` (whom I may name)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from lumen_server.approvals import standin_messages as _messages  # noqa: F401  (registers the messages)
from lumen_server.approvals.away import (
    AwayIn,
    AwayOut,
    StandInsOut,
    away_json,
    clear_absence,
    my_absence,
    person_json,
    possible_stand_ins,
    set_absence,
)
from lumen_server.core.deps import CustomerUser, SessionDep
from lumen_server.scheduler.deps import TodayDep

router = APIRouter(tags=["approvals"])


@router.get("/me/away", response_model=AwayOut, responses={404: {"description": "away_not_set"}})
def get_away(session: SessionDep, user: CustomerUser, today: TodayDep) -> Any:
    """My absence as set (``active``: it covers today); 404 ``away_not_set`` when I set none."""
    return away_json(my_absence(session, user=user), today=today)


@router.put("/me/away", response_model=AwayOut, responses={403: {}, 422: {}})
def put_away(body: AwayIn, session: SessionDep, user: CustomerUser, today: TodayDep) -> Any:
    """Sets or replaces my absence: from ``starts_on`` to ``ends_on`` (both included) my pending requests, and
    those sent meanwhile, are in my stand-in's inbox too; whoever of us decides first wins."""
    return away_json(set_absence(session, user=user, away=body, today=today), today=today)


@router.delete("/me/away", status_code=204)
def delete_away(session: SessionDep, user: CustomerUser) -> Response:
    """I am back (or not leaving): my stand-in no longer sees my requests. 204 even when none was set."""
    clear_absence(session, user=user)
    return Response(status_code=204)


@router.get("/me/stand-ins", response_model=StandInsOut)
def stand_ins(session: SessionDep, user: CustomerUser) -> Any:
    """The people I may name as stand-in: my customer's others who may approve (no order limit of their own)."""
    return {"items": [person_json(person) for person in possible_stand_ins(session, user=user)]}
