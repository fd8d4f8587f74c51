"""The FastAPI application: every domain's router under ``/api/v1``, the contract's error bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from starlette.middleware.gzip import GZipMiddleware

from lumen_server.account_requests.router import router as account_requests_router
from lumen_server.approval_rules.router import router as approval_rules_router
from lumen_server.approvals.away_router import router as away_router
from lumen_server.approvals.router import router as approvals_router
from lumen_server.auth.profile_router import router as profile_router
from lumen_server.auth.router import router as auth_router
from lumen_server.cart.router import router as cart_router
from lumen_server.catalog.router import router as catalog_router
from lumen_server.core.concurrency import RequestQueue
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, utcnow
from lumen_server.core.error_handlers import install_error_handlers
from lumen_server.core.openapi import install_openapi
from lumen_server.core.request_guard import BodyGuard, LanguageOfRequest
from lumen_server.core.request_id import RequestId
from lumen_server.events.router import router as events_router
from lumen_server.health.router import router as health_router
from lumen_server.orders.router import router as orders_router
from lumen_server.scheduler.clock import Clock
from lumen_server.scheduler.runner import running_scheduler
from lumen_server.templates.router import router as templates_router

API_PREFIX = "/api/v1"
# Answers smaller than this are sent as they are (compressing them saves less than it costs).
GZIP_MINIMUM_BYTES = 1024
# zlib's fastest: on a page of products, 4 % larger than level 6 for a fifth of its CPU (0.08 ms vs 0.37 ms).
GZIP_LEVEL = 1


def create_app(settings: Settings, database: Database | None = None, clock: Clock = utcnow) -> FastAPI:
    """The service for ``settings``; the schema must already be migrated (see ``lumen_server.cli``).

    ``clock`` is the time the service reads (absences, the scheduler); tests may give their own."""
    db = database or Database(settings.database_url, pool_size=settings.max_concurrent_requests)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async with running_scheduler(db, settings, clock):
            yield
        if database is None:
            db.dispose()

    app = FastAPI(
        title="Lumen API",
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = db
    app.state.clock = clock
    install_error_handlers(app)
    # The last added runs first: the language is known before the body guard words its refusals, and a
    # request too large is refused before it waits for a turn.
    app.add_middleware(RequestQueue, limit=settings.max_concurrent_requests)
    app.add_middleware(BodyGuard, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(LanguageOfRequest)
    # A 50-product page (~18 KB of JSON) travels as ~1.5 KB to a client that accepts gzip. Starlette's GZip
    # leaves `text/event-stream` alone (its DEFAULT_EXCLUDED_CONTENT_TYPES): events are never buffered.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(RequestId)  # outermost: every log line of the request carries its id

    api = APIRouter(prefix=API_PREFIX)

    for router in (
        health_router,
        auth_router,
        profile_router,
        catalog_router,
        cart_router,
        templates_router,
        approvals_router,
        away_router,
        orders_router,
        account_requests_router,
        events_router,
        approval_rules_router,
    ):
        api.include_router(router)
    app.include_router(api)
    install_openapi(app, prefix=API_PREFIX)
    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn workers: each worker process reads the same ``LUMEN_*`` environment."""
    return create_app(Settings())
