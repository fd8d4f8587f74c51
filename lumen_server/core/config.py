"""Service configuration: command-line flags and ``LUMEN_*`` environment variables (contract section 4)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LUMEN_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8765
    database_url: str = "sqlite:///lumen.db"
    # smtp://host:25, smtp+starttls://user:password@host:587 (STARTTLS required) or smtps://user:password@host:465
    smtp_url: str | None = None
    # A CA bundle to trust for the SMTP server's certificate instead of the system's (a company CA, the tests).
    smtp_ca_file: Path | None = None
    demo: bool = False
    workers: int = 1
    # Requests one worker serves at once; more wait their turn (never refused, never timed out). Each holds at
    # most one database connection at a time, so the pool keeps that many connections (see docs/reliability.md).
    max_concurrent_requests: int = 20
    # Apply pending migrations when the service starts; off, a PostgreSQL service refuses to start on an old schema
    # (run `lumen-server migrate`). SQLite (one machine) and the demo always migrate.
    migrate: bool = False
    # "json": every log line (ours, uvicorn's, its access log) is one JSON object on stderr.
    log_format: Literal["text", "json"] = "text"
    # Where .eml files go when no SMTP server is configured; default: "outbox" beside the SQLite database.
    outbox_dir: Path | None = None
    mail_from: str = "Lumen.ca – Commerce électronique <ecommerce@lumen.ca>"
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # Sign-in attempts within the window before 429: per username from one client address, and per address.
    login_max_failures: int = 5
    login_max_failures_per_address: int = 20
    login_failure_window_seconds: int = 300
    # Request bodies larger than this answer 413 before they are parsed.
    max_body_bytes: int = 1_000_000
    # GET /events sends a heartbeat comment after this many quiet seconds (proxies and clients see it alive).
    events_heartbeat_seconds: float = 15.0
    # One GET /events stream ends after this long; the client reconnects at once with Last-Event-ID (nothing lost).
    events_stream_seconds: float = 900.0

    # Seconds between two ticks of the scheduler (reminders, escalation); 0 turns it off.
    scheduler_interval_seconds: float = 60

    @cached_property
    def resolved_outbox_dir(self) -> Path:
        if self.outbox_dir is not None:
            return self.outbox_dir
        url = make_url(self.database_url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return Path(url.database).resolve().parent / "outbox"
        return Path.cwd() / "outbox"
