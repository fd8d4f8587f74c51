"""Helpers of the approval and account stories: signed-in people, products picked by what they are (never by a
hard-coded SKU), and the mail that left the service (outbox files or an SMTP sink)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
from aiosmtpd.controller import Controller
from sqlalchemy import select

from lumen_server.catalog.models import Product
from lumen_server.core.db import Database
from lumen_server.demo.people import ACCOUNT_REQUEST
from lumen_server.testing import LiveServer
from tests.server import support

# A dollar amount as either language writes it: "$1,234.56", "1 234,56 $", "12.50$".
DOLLAR_AMOUNT = re.compile(r"\$\s*\d|\d[\d\s\u00a0\u202f.,]*\s*\$")


class Person(support.Person):
    """Someone signed in to the service, with the steps of the approval stories."""

    def send_for_approval(self, *lines: tuple[str, int], note: str | None = None) -> dict[str, Any]:
        self.fill_cart(*lines)
        response = self.post("/cart/submit-for-approval", json={"note": note} if note else {})
        assert response.status_code == 201, response.text
        approval: dict[str, Any] = response.json()
        return approval

    def approval(self, approval_id: int) -> httpx.Response:
        return self.get(f"/approvals/{approval_id}")


def products(database: Database, count: int, *conditions: Any) -> list[Product]:
    """``count`` products for sale sold one by one (any quantity is valid), or matching ``conditions``."""
    with database.session() as session:
        found = list(
            session.scalars(
                select(Product)
                .where(Product.deleted.is_(False), *(conditions or (Product.sale_multiple == 1,)))
                .order_by(Product.sku)
                .limit(count)
            )
        )
    assert len(found) == count, f"the demo catalog lacks {count} products with {conditions}"
    return found


def read_eml(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def outbox(folder: Path) -> list[EmailMessage]:
    """The messages written to the outbox folder, oldest first."""
    return [read_eml(path) for path in sorted(folder.glob("*.eml"))] if folder.exists() else []


def mail_to(messages: list[EmailMessage], address: str) -> list[EmailMessage]:
    return [m for m in messages if address.lower() in str(m["To"]).lower()]


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    # Messages that crossed SMTP carry CRLF line ends; compare texts line by line the same way either way.
    text: str = part.get_content()
    return text.replace("\r\n", "\n")


def credentials_in(message: EmailMessage) -> tuple[str, str]:
    """The username and password of a credentials e-mail, read from their own lines in either language."""
    text = body_of(message)
    username = re.search(r"^(?:Username: |Nom d'utilisateur : )(\S+)$", text, re.MULTILINE)
    password = re.search(r"^(?:Password: |Mot de passe : )(\S+)$", text, re.MULTILINE)
    assert username and password, text
    return username.group(1), password.group(1)


@dataclass
class MailSink:
    """An SMTP server on a free port collecting every message it receives (aiosmtpd)."""

    url: str = ""
    messages: list[EmailMessage] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 OK"

    def wait_for(self, matches: Callable[[EmailMessage], bool], timeout: float = 10.0) -> EmailMessage:
        """The first message that ``matches``, waiting for it to arrive (mail leaves after the response)."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                found = next((m for m in self.messages if matches(m)), None)
                if found is not None:
                    return found
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"no such message; received: {[m['Subject'] for m in self.messages]}"
                self.arrived.wait(remaining)


def start_mail_sink(port: int) -> tuple[MailSink, Controller]:
    sink = MailSink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    sink.url = f"smtp://127.0.0.1:{port}"
    return sink, controller


def at_once(
    server: LiveServer, calls: Mapping[str, Callable[[httpx.Client], httpx.Response]]
) -> dict[str, httpx.Response]:
    """Makes each call from its own thread and connection to ``server``, all released together; name → answer."""
    start = threading.Barrier(len(calls))
    answers: dict[str, httpx.Response] = {}

    def run(name: str) -> None:
        with httpx.Client(base_url=server.address, timeout=60) as own:
            start.wait()
            answers[name] = calls[name](own)

    threads = [threading.Thread(target=run, args=(name,)) for name in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def submit_account_request(api: Any, **changes: Any) -> httpx.Response:
    """Sylvie's public account request form (a requester of customer 100234), with ``changes``, sent."""
    response: httpx.Response = api.post("/api/v1/account-requests", json=ACCOUNT_REQUEST | changes)
    return response
