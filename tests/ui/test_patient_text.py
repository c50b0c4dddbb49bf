"""The patient path as the export writes it (the text the screen shows, tables and later evidence included):
the Norwegian chapters together at most 1,500 words, each at most LIX 35; the clinician path keeps the rest."""

from __future__ import annotations

import re

import pytest

from aim_explainer.core.content import CHAPTERS

WORDS_MAX = 1500  # the Norwegian patient path, all five chapters together
LIX_MAX = 35.0  # per chapter


def words(text: str) -> list[str]:
    """Words as a word count counts them: what stands between spaces, if it holds a letter or a digit."""
    return [token for token in text.split() if re.search(r"\w", token)]


def sentences(text: str) -> int:
    """Full stops, colons, question and exclamation marks; a line without one (a heading, a table row's
    name) ends a sentence of its own."""
    count = 0
    for line in (line.strip() for line in text.splitlines()):
        if not re.search(r"\w", line):
            continue
        count += len(re.findall(r"[.!?:](?=\s|$)", line))
        count += 0 if re.search(r"[.!?:]$", line) else 1
    return max(count, 1)


def lix(text: str) -> float:
    """Björnsson's readability index: words per sentence + 100 x the share of words over six letters."""
    found = words(text)
    long = sum(1 for word in found if len(re.sub(r"\W", "", word)) > 6)
    return len(found) / sentences(text) + 100 * long / max(len(found), 1)


def test_lix_counts_long_words_and_sentences() -> None:
    assert lix("Kort setning her.") == pytest.approx(3 / 1 + 100 * 1 / 3)
    assert lix("Forskningsartikkelen viser.\nOverskrift") == pytest.approx(3 / 2 + 100 * 2 / 3)


def exported(window, audience: str) -> dict[str, str]:
    window.state.set_audience(audience)
    return {tab.chapter: tab.plain_text() for tab in window.chapter_tabs}


def test_the_norwegian_patient_path_is_short_and_plain(make_window) -> None:
    window = make_window("nb")
    patient = exported(window, "patient")
    assert [chapter for chapter in patient] == list(CHAPTERS)
    total = sum(len(words(text)) for text in patient.values())
    assert total <= WORDS_MAX, {c: len(words(t)) for c, t in patient.items()}
    for chapter, text in patient.items():
        assert lix(text) <= LIX_MAX, (chapter, round(lix(text), 1))
    clinician = exported(window, "clinician")
    assert sum(len(words(text)) for text in clinician.values()) > 2 * total  # the details are one switch away
