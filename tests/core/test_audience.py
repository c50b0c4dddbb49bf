"""Two audiences, one set of numbers: the patient path is short, the clinician path keeps every number, and the
start screen's words and the evidence date come from the content and the data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.content import (
    AUDIENCES,
    CHAPTERS,
    ContentError,
    chapter_markdown,
    for_audience,
    placeholders_in,
    read_template,
)
from aim_explainer.core.settings import load_settings, save_settings
from aim_explainer.core.story import evidence_year, story

CONTENT = paths.resource("content")
PATIENT_WORDS_MAX = 1500  # the Norwegian patient path, all five chapters together


def words(markdown: str) -> int:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # a link counts as its words
    return len(re.findall(r"\w+", re.sub(r"[#>*_]", " ", text)))


def test_each_path_keeps_its_own_parts_and_drops_the_markers() -> None:
    text = "a\n<!-- patient -->\nshort\n<!-- /patient -->\n<!-- clinician -->\nlong\n<!-- /clinician -->\nz"
    assert for_audience(text, "patient") == "a\nshort\nz"
    assert for_audience(text, "clinician") == "a\nlong\nz"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<!-- clinician -->\nnever closed", "never closed"),
        ("<!-- /clinician -->", "closed before it opens"),
        ("<!-- clinician -->\n<!-- patient -->\n<!-- /patient -->\n<!-- /clinician -->", "nested"),
        ("<!-- patient -->\nx\n<!-- /clinician -->", "closed before it opens"),
    ],
)
def test_a_broken_marker_is_an_error_not_a_lost_chapter(text: str, problem: str) -> None:
    with pytest.raises(ContentError, match=problem):
        for_audience(text, "patient")


def test_an_unknown_audience_is_refused() -> None:
    with pytest.raises(ContentError, match="unknown audience"):
        for_audience("text", "journalist")


def test_the_norwegian_patient_path_is_short_and_the_clinician_path_is_whole(study_data) -> None:
    patient = sum(words(chapter_markdown(CONTENT, c, "nb", study_data, "patient")) for c in CHAPTERS)
    clinician = sum(words(chapter_markdown(CONTENT, c, "nb", study_data, "clinician")) for c in CHAPTERS)
    assert patient <= PATIENT_WORDS_MAX
    assert clinician > 2 * patient  # the details are still there, one switch away


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_clinician_path_shows_every_number_the_patient_path_shows(lang: str, chapter: str) -> None:
    # the patient path is a shorter telling, never a source of numbers of its own
    template = read_template(CONTENT, lang, chapter)
    patient = set(placeholders_in(for_audience(template, "patient")))
    assert patient <= set(placeholders_in(for_audience(template, "clinician")))


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_path_keeps_the_main_result_the_types_and_the_side_effects(lang: str) -> None:
    results = for_audience(read_template(CONTENT, lang, "results"), "patient")
    for key in ("effect_total", "effect_type1", "effect_type2", "aim_mcid", "ae_drug_amox", "ae_drug_placebo"):
        assert key in placeholders_in(results), key
    for exploratory in ("effect_age_lt40", "effect_age_ge40", "effect_stir3", "aim_p_total"):
        assert exploratory not in placeholders_in(results), exploratory


def test_the_evidence_date_is_the_newest_year_in_the_data(study_data) -> None:
    years = [row.value for row in study_data.rows if row.statistic == "year" and row.verified]
    assert evidence_year(study_data) == max(years)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_start_screen_words_are_filled_from_the_data(lang: str, study_data) -> None:
    told = story(CONTENT, lang, study_data)
    assert "{" not in told.answer
    assert "1,6" in told.answer if lang == "nb" else "1.6" in told.answer
    assert [card.chapter for card in told.chapters] == list(CHAPTERS)
    assert all(card.title and card.sentence for card in told.chapters)


def test_the_chosen_path_is_remembered_and_a_wrong_one_falls_back(tmp_path: Path) -> None:
    from aim_explainer.core.settings import Settings

    path = tmp_path / "settings.json"
    save_settings(path, Settings(audience="clinician"))
    assert load_settings(path)[0].audience == "clinician"
    path.write_text('{"audience": "journalist"}', encoding="utf-8")
    settings, notes = load_settings(path)
    assert settings.audience == AUDIENCES[0] == "patient"
    assert any("audience" in note for note in notes)
