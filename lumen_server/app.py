"""The FastAPI application: every domain's router under ``/api/v1``, the contract's error bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request, Response

from lumen_server.account_requests.router import router as account_requests_router
from lumen_server.approvals.router import router as approvals_router
from lumen_server.auth.router import router as auth_router
from lumen_server.cart.router import router as cart_router
from lumen_server.catalog.router import router as catalog_router
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.errors import install_error_handlers
from lumen_server.core.i18n import current_language, parse_accept_language
from lumen_server.health.router import router as health_router
from lumen_server.orders.router import router as orders_router
from lumen_server.templates.router import router as templates_router

API_PREFIX = "/api/v1"


def create_app(settings: Settings, database: Database | None = None) -> FastAPI:
    """The service for ``settings``; the schema must already be migrated (see ``lumen_server.cli``)."""
    db = database or Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
    install_error_handlers(app)

    @app.middleware("http")
    async def language_of_request(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        token = current_language.set(parse_accept_language(request.headers.get("accept-language")))
        try:
            response = await call_next(request)
        finally:
            current_language.reset(token)
        response.headers.setdefault("Vary", "Accept-Language")
        return response

    api = APIRouter(prefix=API_PREFIX)

    for router in (
        health_router,
        auth_router,
        catalog_router,
        cart_router,
        templates_router,
        approvals_router,
        orders_router,
        account_requests_router,
    ):
        api.include_router(router)
    app.include_router(api)
    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn workers: each worker process reads the same ``LUMEN_*`` environment."""
    return create_app(Settings())
