"""A person who meets a server error can give support its reference: the same id is in the error body, the
X-Request-ID header and the service's log line with the traceback."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from lumen_server.core.logs import JsonLines


def _app_with_a_bug(settings: Settings) -> TestClient:
    app = create_app(settings)

    @app.get("/api/v1/broken")
    def broken() -> None:
        logging.getLogger("lumen_server.test").info("about to fail")
        raise RuntimeError("a bug in a route")

    return TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "fr"})


class JsonLinesKept(logging.Handler):
    """The JSON log lines as the service writes them, formatted when each record is emitted."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonLines())
        self.lines: list[dict[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(self.format(record)))


def test_a_server_error_carries_the_reference_that_finds_its_log_line(
    api_settings: Settings, caplog: pytest.LogCaptureFixture
):
    json_lines = JsonLinesKept()
    logging.getLogger().addHandler(json_lines)
    try:
        with _app_with_a_bug(api_settings) as client, caplog.at_level(logging.INFO):
            answer = client.get("/api/v1/broken")
    finally:
        logging.getLogger().removeHandler(json_lines)

    assert answer.status_code == 500
    error = answer.json()["error"]
    assert error["code"] == "internal_error"
    assert "inattendue" in error["message"]
    reference = error["request_id"]
    assert answer.headers["X-Request-ID"] == reference
    logged = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(logged) == 1
    assert reference in logged[0].getMessage()
    # In the JSON logs, every line written while the request ran carries its id, the traceback included.
    of_the_request = [line for line in json_lines.lines if line.get("request_id") == reference]
    assert {line["message"] for line in of_the_request} >= {"about to fail", logged[0].getMessage()}
    assert any("a bug in a route" in str(line.get("exception")) for line in of_the_request)


def test_a_proxys_request_id_is_kept_and_a_malformed_one_replaced(api: TestClient):
    kept = api.get("/api/v1/health", headers={"X-Request-ID": "lb-7f3a.42"})
    assert kept.headers["X-Request-ID"] == "lb-7f3a.42"
    replaced = api.get("/api/v1/health", headers={"X-Request-ID": "two words\r\nInjected: 1"})
    assert replaced.headers["X-Request-ID"] not in ("", "two words\r\nInjected: 1")
    assert replaced.headers["X-Request-ID"].isalnum()
    assert "Injected" not in replaced.headers
