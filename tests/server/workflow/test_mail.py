"""E-mail leaves through SMTP when configured, otherwise as .eml files in the outbox; it is written in the
recipient's language, with Canadian money formats, and only once the transaction that caused it has committed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.mail import builders, send_after_commit, send_mail
from lumen_server.mail.content import MailLine, Recipient, RequestRef
from lumen_server.mail.formatting import format_money
from lumen_server.testing import bearer, free_port
from tests.server.helpers_catalog import database_of
from tests.server.workflow.support import body_of, mail_to, outbox, products

MARIE = Recipient("marie.tremblay@example.com", "Marie Tremblay", "fr", True)
PAUL = Recipient("paul.bergeron@example.com", "Paul Bergeron", "en", True)


def awaits_approval(settings: Settings, to: Recipient) -> EmailMessage:
    return builders.approval_requested(
        settings,
        approver=to,
        request=RequestRef("Sophie Roy", datetime(2026, 12, 1, 19, 5, tzinfo=UTC)),
        customer_name="Électricité Gagnon inc.",
        lines=[MailLine("LU-1", "Fil", 1500, "ft", Decimal("1234.56"))],
        note=None,
        subtotal=Decimal("1234.56"),
    )


def test_money_is_written_the_canadian_way_in_each_language():
    assert format_money(Decimal("1234.56"), "fr").replace("\u00a0", " ") == "1 234,56 $"
    assert format_money(Decimal("1234.56"), "en") == "$1,234.56"


def test_without_smtp_each_message_is_an_eml_file_in_the_outbox(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'lumen.db'}")
    for to in (MARIE, PAUL):
        send_mail(settings, awaits_approval(settings, to))

    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 2
    french, english = outbox(tmp_path / "outbox")
    assert french["To"] == "marie.tremblay@example.com" and "ecommerce@lumen.ca" in french["From"]
    assert french["Subject"] == "Une commande attend votre approbation (Sophie Roy)"
    assert "1 234,56 $" in body_of(french).replace("\u00a0", " ")
    assert english["Subject"] == "An order awaits your approval (Sophie Roy)"
    assert "$1,234.56" in body_of(english)


def test_with_smtp_the_message_goes_to_the_server(tmp_path, mail_sink):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'lumen.db'}", smtp_url=mail_sink.url)

    send_mail(settings, awaits_approval(settings, PAUL))

    received = mail_sink.wait_for(lambda m: "paul.bergeron" in m["To"])
    assert "$1,234.56" in body_of(received)
    assert not (tmp_path / "outbox").exists()


def test_an_unreachable_smtp_server_fails_nothing_and_the_message_is_kept(api_settings, caplog):
    settings = api_settings.model_copy(update={"smtp_url": f"smtp://127.0.0.1:{free_port()}"})
    caplog.set_level(logging.WARNING, logger="lumen_server.mail.sender")
    with TestClient(create_app(settings), headers={"Accept-Language": "en"}) as api:
        database = database_of(api)
        (product,) = products(database, 1)
        luc = bearer(api, "luc.gagnon")
        api.post("/api/v1/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=luc)

        response = api.post("/api/v1/cart/submit-for-approval", headers=luc)

    assert response.status_code == 201
    assert len(mail_to(outbox(settings.resolved_outbox_dir), "marie.tremblay@example.com")) == 1
    assert "NOT delivered" in caplog.text and "SMTP delivery" in caplog.text


def test_mail_of_a_rolled_back_transaction_is_never_sent(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'lumen.db'}")
    database = Database(settings.database_url)

    with pytest.raises(RuntimeError), database.session() as session:
        send_after_commit(session, settings, awaits_approval(settings, MARIE))
        raise RuntimeError("the request failed after queueing its mail")
    assert outbox(tmp_path / "outbox") == []

    with database.session() as session:
        send_after_commit(session, settings, awaits_approval(settings, MARIE))
        with pytest.raises(RuntimeError), session.begin_nested():
            raise RuntimeError("a savepoint rolled back does not cancel the transaction's mail")
        assert outbox(tmp_path / "outbox") == []  # not before the commit
    assert len(outbox(tmp_path / "outbox")) == 1
    database.dispose()
