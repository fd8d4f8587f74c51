"""The service's logs as JSON lines (``--log-format json``): one object per line on stderr, for a log collector.

Every record — ours, Alembic's, uvicorn's server messages and its access log, in every worker — goes through
``JsonLines``: ``{"time", "level", "logger", "message", "pid"}``, ``request_id`` while a request runs, plus
``client``, ``method``, ``path``, ``status`` for an access-log line and ``exception`` when there is a traceback.
``logging_config()`` is the ``logging.config.dictConfig`` dictionary for both uvicorn (its ``log_config``,
applied again in each worker process) and the command itself (``configure()``); the text format keeps
uvicorn's own.
"""

from __future__ import annotations

import json
import logging
import logging.config
from datetime import UTC, datetime
from typing import Any

from lumen_server.core.request_id import current_request_id

# uvicorn's access log record: '%s - "%s %s HTTP/%s" %d' % (client, method, path, http version, status)
_ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) == 5:
            entry.update(zip(_ACCESS_FIELDS, record.args, strict=True))
        request_id = current_request_id()
        if request_id is not None:
            entry["request_id"] = request_id
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config() -> dict[str, Any]:
    """Everything at INFO and above to stderr as JSON lines, uvicorn's loggers included (and not twice)."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
        "root": {"handlers": ["stderr"], "level": "INFO"},
    }


def configure(log_format: str) -> None:
    """Sets up the command's own logging for ``log_format`` (``json``; ``text`` leaves Python's default)."""
    if log_format == "json":
        logging.config.dictConfig(logging_config())
