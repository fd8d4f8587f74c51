"""Every text the service answers or mails is in French and English with the same ``{placeholders}`` in both: the
registrations refuse anything else, and every text registered once the whole service is imported passes."""

from __future__ import annotations

from typing import Any

import pytest

import lumen_server.app  # noqa: F401  (imports every domain: each registers its texts)
from lumen_server.core.i18n import check_bilingual, register_messages, registered_messages
from lumen_server.mail import texts as mail


def test_every_registered_text_is_in_both_languages_with_the_same_placeholders() -> None:
    for table in (registered_messages(), mail.TEXTS, mail.PLURALS, mail.UNITS, mail.SECTIONS):
        check_bilingual(table)
    # The domains' own catalogs are among them (errors, stand-in and talk mail), not only the core's.
    assert {"stand_in_not_a_buyer", "approval_not_found", "not_authenticated"} <= set(registered_messages())
    assert {"acting_for", "comment_howto", "requested_howto"} <= set(mail.TEXTS)
    assert {"lines", "working_hours", "other_requests"} <= set(mail.PLURALS)


@pytest.mark.parametrize(
    "text",
    [
        {"en": "Hello."},
        {"en": "Hello.", "fr": "Bonjour.", "de": "Hallo."},
        {"en": "Hello {name}.", "fr": "Bonjour."},
        {"en": "{count} lines", "fr": "{n} lignes"},
    ],
    ids=["French missing", "a third language", "a placeholder missing", "another placeholder"],
)
def test_a_text_not_fully_in_both_languages_is_refused_and_not_registered(text: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="test_only"):
        register_messages({"test_only": text})
    with pytest.raises(ValueError, match="test_only"):
        mail.add_texts({"test_only": text})
    assert "test_only" not in registered_messages() and "test_only" not in mail.TEXTS


def test_a_plural_whose_forms_differ_by_language_is_refused() -> None:
    plural: dict[str, Any] = {"en": ("{n} line", "{n} lines"), "fr": ("{n} ligne", "des lignes")}
    with pytest.raises(ValueError, match="test_only"):
        mail.add_texts({}, plurals={"test_only": plural})
    assert "test_only" not in mail.PLURALS


def test_a_domain_cannot_reword_a_text_another_registered() -> None:
    taken = {"approval_not_found": {"en": "Gone.", "fr": "Disparue."}}
    before = registered_messages()["approval_not_found"]
    with pytest.raises(ValueError, match="approval_not_found"):
        register_messages(taken)
    with pytest.raises(ValueError, match="requested_howto"):
        mail.add_texts({"requested_howto": {"en": "Look.", "fr": "Regardez."}})
    assert registered_messages()["approval_not_found"] == before
    register_messages({"approval_not_found": before})  # the same words again (a module imported twice) are fine
