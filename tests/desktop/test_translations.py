"""Every text of the app is translated: the .ts files are complete, and nothing in the sources is missing."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lumen_desktop"
TRANSLATIONS = ROOT / "translations"

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def translation_of(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    assert translation is not None, f"a message without a translation: {message.findtext('source')!r}"
    return translation


def messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if translation_of(message).get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source", ""), message.findtext("comment", ""))] = message
    return found


def untranslated(ts: Path) -> list[Key]:
    bad = []
    for key, message in messages(ts).items():
        translation = translation_of(message)
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(form and form.strip() for form in forms):
            bad.append(key)
    return bad


def test_every_french_text_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "lumen_fr.ts") == []


def test_every_english_text_is_filled_in() -> None:
    assert untranslated(TRANSLATIONS / "lumen_en.ts") == []


def test_the_translation_files_have_every_text_of_the_sources(tmp_path: Path) -> None:
    """Runs lupdate fresh over the sources: a tr() text missing from the .ts means someone forgot
    scripts/update-translations."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if p.name != "_resources.py")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    in_sources = set(messages(fresh))
    assert in_sources, "lupdate found no text at all"
    for name in ("lumen_fr.ts", "lumen_en.ts"):
        missing = in_sources - set(messages(TRANSLATIONS / name))
        assert not missing, f"{name} lacks {sorted(missing)}: run scripts/update-translations and translate"


def test_french_puts_a_no_break_space_before_colons_and_semicolons() -> None:
    """French typography: "Service : …", "… ; …" with a no-break space, so a line never starts with ":"."""
    loose = []
    for key, message in messages(TRANSLATIONS / "lumen_fr.ts").items():
        translation = translation_of(message)
        for text in [form.text for form in translation.iter("numerusform")] or [translation.text]:
            if text and re.search(r"(?<![\u00a0\u202f])[:;](?=\s|$)", re.sub(r"https?://", "", text)):
                loose.append((key[0], text))
    assert loose == []
