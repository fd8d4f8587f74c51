"""The language a person picks in the app becomes their account's, so the service e-mails them in it: luc works
in English and is told of marie's decision in English."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from lumen_desktop import ops
from lumen_desktop.api import ApiClient
from lumen_server.testing import LiveServer


def account_language(server, username: str) -> str:
    client = ApiClient(server.address)
    try:
        client.auth.sign_in(username, f"demo-{username}")
        return client.me().language
    finally:
        client.close()


def mail_to(server: LiveServer, address: str) -> list[EmailMessage]:
    parse = BytesParser(policy=policy.default).parsebytes
    messages = [parse(path.read_bytes()) for path in sorted(server.outbox_dir.glob("*.eml"))]
    return [m for m in messages if m["To"] == address]


def test_signing_in_in_english_makes_the_account_english_and_a_switch_follows(qtbot, make_ctx, fresh_server):
    assert account_language(fresh_server, "luc.gagnon") == "fr"
    ctx = make_ctx(fresh_server, language="en")
    ctx.client.auth.sign_in("luc.gagnon", "demo-luc.gagnon")
    with qtbot.waitSignal(ctx.account_language.sig_saved, timeout=20_000) as saved:
        ctx.set_me(ctx.client.me())  # what the sign-in flow does
    assert saved.args == ["en"]
    assert account_language(fresh_server, "luc.gagnon") == "en"

    with qtbot.waitSignal(ctx.account_language.sig_saved, timeout=20_000) as saved:
        ctx.i18n.set_language("fr")
    assert saved.args == ["fr"] and account_language(fresh_server, "luc.gagnon") == "fr"
    with qtbot.waitSignal(ctx.account_language.sig_saved, timeout=20_000):
        ctx.i18n.set_language("en")

    # luc sends a request; marie (French) rejects it; luc reads why in English.
    sku = ctx.client.catalog.search(q="THHN 12", page_size=1).items[0].sku
    ctx.client.cart.add_lines([{"sku": sku, "quantity": 1}])
    approval = ctx.client.send_json("POST", "/cart/submit-for-approval", {})
    marie = ApiClient(fresh_server.address, language="fr")
    marie.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
    marie.send_json("POST", f"/approvals/{approval['id']}/reject", {"reason": "Mauvaise couleur"})
    marie.close()
    qtbot.waitUntil(lambda: len(mail_to(fresh_server, "luc.gagnon@example.com")) == 1, timeout=20_000)
    (rejected,) = mail_to(fresh_server, "luc.gagnon@example.com")
    assert rejected["Content-Language"] == "en-CA" and "was rejected" in rejected["Subject"]
    (to_marie,) = mail_to(fresh_server, "marie.tremblay@example.com")
    assert to_marie["Content-Language"] == "fr-CA"


def test_signed_out_nothing_is_sent(qtbot, make_ctx, fresh_server):
    ctx = make_ctx(fresh_server, language="fr")
    ctx.i18n.set_language("en")
    assert ops.pending_count() == 0
    assert account_language(fresh_server, "luc.gagnon") == "fr"
