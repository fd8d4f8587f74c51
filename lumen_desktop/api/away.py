"""My absence and stand-in (``GET|PUT|DELETE /me/away``) and the people I may name (``GET /me/stand-ins``)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from .base import CallGroup
from .errors import ApiError


class StandIn(BaseModel):
    """A buyer of my customer I may name as stand-in."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    username: str
    full_name: str
    email: str = ""


class Away(BaseModel):
    """ "Away from … to …, my stand-in is …"; ``active`` when it covers today."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    starts_on: dt.date
    ends_on: dt.date
    stand_in: StandIn
    active: bool = False


class AwayCalls(CallGroup):
    def get(self) -> Away | None:
        """My absence, or None when I set none (the service's 404 ``away_not_set``)."""
        try:
            return Away.model_validate(self._client.get_json("/me/away"))
        except ApiError as error:
            if error.status == 404 and error.code == "away_not_set":
                return None
            raise

    def set(self, starts_on: dt.date, ends_on: dt.date, stand_in: str) -> Away:
        """``PUT /me/away``; a refusal is ``ApiError`` 422 naming ``starts_on``, ``ends_on`` or ``stand_in``."""
        body = {"starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat(), "stand_in": stand_in}
        return Away.model_validate(self._client.send_json("PUT", "/me/away", body))

    def clear(self) -> None:
        """``DELETE /me/away``: I am back."""
        self._client.send_json("DELETE", "/me/away")

    def stand_ins(self) -> list[StandIn]:
        data = self._client.get_json("/me/stand-ins")
        return [StandIn.model_validate(item) for item in data.get("items", [])]
