"""The handouts' text: templates type no numbers, every block is known, and the wording rules hold."""

from __future__ import annotations

import re

import pytest

from aim_explainer import paths
from aim_explainer.core.content import PLACEHOLDER, read_template
from aim_explainer.core.handout import (
    ARTICLE_CITATION,
    ARTICLE_URL,
    KINDS,
    REFERENCES,
    HandoutError,
    handout_parts,
    references_markdown,
    template_name,
    title,
)
from aim_explainer.core.quantities import BY_KEY

CONTENT = paths.resource("content")


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_placeholder_names_a_quantity(lang: str, kind: str) -> None:
    template = read_template(CONTENT, lang, template_name(kind))
    unknown = [m.group(1) for m in PLACEHOLDER.finditer(template) if m.group(1) not in BY_KEY]
    assert unknown == []


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_parts_of_each_handout(lang: str, study_data) -> None:
    patient = handout_parts(CONTENT, "patient", lang, study_data)
    clinician = handout_parts(CONTENT, "clinician", lang, study_data)
    assert [p.block for p in patient if p.block != "text"] == ["chart", "article", "notes"]
    assert [p.block for p in clinician if p.block != "text"] == ["effects", "references"]
    # the chart keeps its caption, the QR code the words beside it
    assert all(p.markdown for p in patient if p.block in ("chart", "article", "notes"))
    for parts in (patient, clinician):
        text = "\n".join(p.markdown for p in parts)
        assert "](source:" not in text, "paper has no links: numbers are filled in as plain text"
        assert not PLACEHOLDER.search(text)
        assert title(parts)


def test_the_numbers_are_filled_in_as_the_language_writes_them(study_data) -> None:
    nb = "\n".join(p.markdown for p in handout_parts(CONTENT, "patient", "nb", study_data))
    en = "\n".join(p.markdown for p in handout_parts(CONTENT, "patient", "en", study_data))
    assert "1,6 poeng" in nb
    assert "fra 0,0 til 3,1 poeng" in nb
    assert "1.6 points" in en
    assert "from 0.0 to 3.1 points" in en
    assert "56\u00a0%" in nb
    assert "56%" in en


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_three_neutral_questions_for_the_patient(lang: str, study_data) -> None:
    text = "\n".join(p.markdown for p in handout_parts(CONTENT, "patient", lang, study_data))
    questions = re.findall(r"(?m)^([1-9])\. (.+)$", text)
    assert [n for n, _ in questions] == ["1", "2", "3"]
    assert all(q.endswith("?") for _, q in questions)
    # no advice: the handout asks, it does not tell anyone what to take or to stop
    advice = r"\b(should|must take|stop taking|bør|skal ta|slutt å ta)\b"
    assert not re.search(advice, " ".join(q for _, q in questions), re.IGNORECASE)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_interval_is_never_called_a_probability(lang: str, kind: str) -> None:
    text = read_template(CONTENT, lang, template_name(kind)).lower()
    for wrong in ("probability", "sannsynlighet", "95 % sikker", "95% certain", "95 of 100", "95 av 100"):
        assert wrong not in text


def test_references_cite_the_article_and_its_address() -> None:
    assert REFERENCES[0] == ARTICLE_CITATION
    assert "BMJ 2019;367:l5654" in ARTICLE_CITATION
    assert "doi:10.1136/bmj.l5654" in ARTICLE_CITATION
    assert ARTICLE_URL == "https://www.bmj.com/content/367/bmj.l5654.full"
    assert references_markdown().splitlines()[0].startswith("1. Bråten LCH")
    assert len(references_markdown().splitlines()) == len(REFERENCES)


def test_unknown_kinds_and_blocks_are_refused(tmp_path, study_data) -> None:
    with pytest.raises(HandoutError):
        template_name("poster")
    for lang in ("nb", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "handout_patient.md").write_text("# T\n\n<!-- video -->\n", encoding="utf-8")
    with pytest.raises(HandoutError, match="unknown block"):
        handout_parts(tmp_path, "patient", "nb", study_data)
