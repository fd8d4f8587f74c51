"""E-mails speak to their reader: in the language the person picked in the app (``PATCH /me``), with units in
words of that language, real plurals, the request cited as the app lists it, and the sections that person has."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from lumen_server.catalog.models import Product
from lumen_server.mail.formatting import format_moment
from lumen_server.mail.texts import SECTIONS
from tests.server.workflow.support import body_of, mail_to, products

TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


def test_luc_works_in_english_and_is_mailed_in_english_while_marie_reads_french(sign_in, database, sent_mail):
    luc = sign_in("luc.gagnon")
    assert luc.patch("/me", json={"language": "en"}).json()["language"] == "en"
    (roll,) = products(database, 1, Product.uom == "roll", Product.sale_multiple == 1)
    approval = luc.send_for_approval((roll.sku, 4))

    (to_marie,) = mail_to(sent_mail(), "marie.tremblay@example.com")
    text = body_of(to_marie)
    assert to_marie["Content-Language"] == "fr-CA"
    assert ": 1 ligne.\n" in text and "ligne(s)" not in text
    assert f"{roll.sku}" in text and "× 4 rouleaux" in text and "roll" not in text
    assert "section Approbations" in text
    sent = format_moment(datetime.fromisoformat(approval["created_at"]), "fr")
    assert f"le {sent}" in text  # the date the app lists the request by (it shows no request number)

    marie = sign_in("marie.tremblay")
    assert marie.post(f"/approvals/{approval['id']}/reject", json={"reason": "Wrong colour"}).status_code == 200
    (to_luc,) = mail_to(sent_mail(), "luc.gagnon@example.com")
    english = body_of(to_luc)
    assert to_luc["Content-Language"] == "en-CA" and english.startswith("Hello Luc Gagnon,")
    sent_en = format_moment(datetime.fromisoformat(approval["created_at"]), "en")
    assert to_luc["Subject"] == " ".join(f"Your request of {sent_en} was rejected".split())
    assert "under My requests." in english
    assert "Approvals" not in english and "Approbations" not in english  # luc has no such section


def test_counts_and_quantities_read_naturally_and_the_approved_mail_points_to_the_requesters_sections(
    sign_in, database, sent_mail
):
    lines = products(database, 4)
    # Hundreds of thousands of dollars: without the demo's second-tier rule, marie's approval places it.
    assert sign_in("ecomm").delete("/customers/100234/approval-rule").status_code == 204
    sophie = sign_in("sophie.roy")
    sophie.patch("/cart", json={"po_number": "PO-4471"})
    approval = sophie.send_for_approval(*[(p.sku, 1500) for p in lines])
    (to_marie,) = mail_to(sent_mail(), "marie.tremblay@example.com")
    text = body_of(to_marie).replace("\u202f", " ").replace("\u00a0", " ")
    assert ": 4 lignes.\n" in text and "× 1 500 " in text

    marie = sign_in("marie.tremblay")
    placed = marie.post(
        f"/approvals/{approval['id']}/approve",
        json={"shipping": {"method": "delivery"}},
        headers={"Idempotency-Key": "mail-reader-1"},
    )
    assert placed.status_code == 201, placed.text
    (to_sophie,) = mail_to(sent_mail(), "sophie.roy@example.com")
    french = body_of(to_sophie)
    assert placed.json()["number"] in to_sophie["Subject"]
    assert "(PO-4471)" in french  # cited by what the app lists: date sent and PO number
    assert "section Commandes" in french and "section Mes demandes" in french
    assert "Approbations" not in french


def _app_titles(language: str) -> dict[str, str]:
    """The desktop's section titles in ``language``, from the Qt Linguist sources."""
    root = ET.parse(TRANSLATIONS / f"lumen_{language}.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "Sections")
    titles = {}
    for message in context.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        titles[source] = translation if language == "fr" else (translation or source)
    return titles


def test_the_sections_named_in_mail_are_the_apps_own_titles():
    for language in ("fr", "en"):
        titles = _app_titles(language)
        english_titles = {"approvals": "Approvals", "my_requests": "My requests", "orders": "Orders"}
        for key, source in english_titles.items():
            assert SECTIONS[key][language] == titles[source], (language, key)
    assert re.fullmatch(r"\w[\w ]+", SECTIONS["my_requests"]["fr"])
