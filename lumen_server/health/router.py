"""The health endpoint a load balancer polls: 200 ``{"status": "ok"}`` when the database answers a trivial query,
else 503 with the contract's error body (``database_unavailable``), so traffic goes to the other instances.

Nothing is cached: each call asks the database (``SELECT 1``, about a millisecond), which is what makes the answer
true for this worker at this moment. No sign-in needed, and nothing about the service is told but "ok".
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from lumen_server.core.db import Database
from lumen_server.core.errors import error_body

log = logging.getLogger(__name__)
router = APIRouter(tags=["service"])


class Health(BaseModel):
    status: str = "ok"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


@router.get(
    "/health",
    response_model=Health,
    summary="Health check for load balancers",
    description="200 when the service and its database answer; 503 with error code `database_unavailable` when the "
    "database does not (take this instance out of rotation). No authentication.",
    responses={503: {"model": ErrorBody, "description": "The database does not answer"}},
)
def health(request: Request) -> Health | JSONResponse:
    database: Database = request.app.state.database
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("health check: the database does not answer (%s)", exc.__class__.__name__)
        return JSONResponse(error_body("database_unavailable"), status_code=503, headers={"Retry-After": "5"})
    return Health()
