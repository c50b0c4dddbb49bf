"""The comparison table: every cell traces to the data or to a sourced fact, or says the sources are silent."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from aim_explainer import paths
from aim_explainer.core import comparison
from aim_explainer.core.citations import readable_citation
from aim_explainer.core.comparison import FACTS, ROW_IDS, SILENT_WORDS, TRIALS, Verdict
from aim_explainer.core.content import AUDIENCES, for_audience, placeholders_in, read_template, shown_value
from aim_explainer.core.effects import comparison_forest_rows
from aim_explainer.core.formatting import MINUS, parse_number
from aim_explainer.core.quantities import BY_KEY
from aim_explainer.core.values import SourceStatus

CONTENT = paths.resource("content")
LANGS = ("nb", "en")
NUMBER = re.compile(rf"[{MINUS}-]?\d+(?:[.,]\d+)?")
LABELS = re.compile(r"\b[Tt]ype [12]\b|\b95\s?%")  # Modic type labels and the confidence level: not study numbers


def table(lang: str, study_data) -> comparison.ComparisonTable:
    return comparison.comparison_table(CONTENT, lang, study_data)


@pytest.mark.parametrize("lang", LANGS)
def test_every_cell_traces_to_a_data_row_or_a_fact_or_says_not_reported(lang: str, study_data) -> None:
    rows = table(lang, study_data).rows
    assert tuple(r.row_id for r in rows) == ROW_IDS
    for row in rows:
        assert set(row.cells) == set(TRIALS)
        for trial, cell in row.cells.items():
            where = f"{lang}/{row.row_id}/{trial}"
            assert cell.text, where
            assert cell.sources, f"{where} has no source"
            for source in cell.sources:
                if source.is_quantity:
                    data_row = study_data.one(BY_KEY[source.key].selector)
                    assert source.line == data_row.line, where
                    assert source.citation == readable_citation(data_row.source), where
                else:
                    assert readable_citation(FACTS[source.key].source) == source.citation, where
                assert source.citation.strip(), where
            if cell.silent:  # something it is about, the sources do not give: it must say so
                assert any(word in cell.text for word in SILENT_WORDS[lang]), f"{where}: {cell.text}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_number_in_a_cell_is_a_value_of_that_cell_s_own_sources(lang: str, study_data) -> None:
    for row in table(lang, study_data).rows:
        for trial, cell in row.cells.items():
            shown: set[Decimal] = set()
            for source in cell.sources:
                if source.is_quantity:
                    value = shown_value(study_data, source.key, lang)
                    texts = (value.value, value.low, value.high)
                    shown |= {parse_number(n) for v in texts if v for n in NUMBER.findall(v)}  # "65 %" -> 65
            typed = [n for n in NUMBER.findall(LABELS.sub(" ", cell.text)) if parse_number(n) not in shown]
            assert typed == [], f"{lang}/{row.row_id}/{trial}: {typed} in {cell.text!r}"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_both_languages_have_the_same_rows_cells_and_placeholders(audience: str) -> None:
    nb, en = (for_audience(read_template(CONTENT, lang, comparison.TABLE_FILE), audience) for lang in LANGS)
    sections = {lang: comparison.parse_table_file(text, lang)[0] for lang, text in (("nb", nb), ("en", en))}
    assert list(sections["nb"]) == list(sections["en"])
    for section, (_title, items, _body) in sections["nb"].items():
        en_items = sections["en"][section][1]
        assert set(items) == set(en_items), section
        for name, text in items.items():
            assert sorted(placeholders_in(text)) == sorted(placeholders_in(en_items[name])), (section, name)
    for name in (comparison.LATER_FILE, "comparison"):
        nb_text, en_text = (read_template(CONTENT, lang, name) for lang in LANGS)
        assert sorted(set(placeholders_in(nb_text))) == sorted(set(placeholders_in(en_text))), name
        assert comparison.rows_link_ids(nb_text) == comparison.rows_link_ids(en_text), name


def test_cells_the_sources_cannot_back_are_flagged_in_the_data_or_the_notes(study_data) -> None:
    # the gaps the study notes name must show as gaps, not as guesses
    rows = table("en", study_data)
    silent = {(r.row_id, t) for r in rows.rows for t, c in r.cells.items() if c.silent}
    assert {
        ("sites", "danish"),  # number of sites unverified
        ("years", "danish"),  # recruitment years not found
        ("patients", "aim"),  # number analysed at one year not found
        ("dose", "danish"),  # exact regimens unverified
        ("blinding", "aim"),  # the answers to the blinding question not found
        ("scale", "danish"),  # which RMDQ version, unverified
        ("result", "danish"),  # no interval for the Danish difference
        ("threshold", "danish"),  # threshold values not found
        ("side_effects", "danish"),  # placebo group's side effects not found
    } <= silent


def test_a_row_marked_same_has_the_same_values(study_data) -> None:
    rows = {r.row_id: r for r in table("en", study_data).rows}
    assert rows["duration"].verdict is Verdict.SAME
    assert study_data.one(BY_KEY["danish_days"].selector).value == study_data.one(BY_KEY["aim_days"].selector).value
    differs = [r.row_id for r in rows.values() if r.verdict is Verdict.DIFFERS]
    assert {"drug", "dose", "blinding", "modic", "result"} <= set(differs)


@pytest.mark.parametrize("lang", LANGS)
def test_the_five_explanations_of_the_lay_summary_link_to_existing_rows(lang: str, study_data) -> None:
    template = read_template(CONTENT, lang, "comparison")
    # the five of the lay summary and chance on both paths; how the trials were received for clinicians
    for audience, count in (("patient", 6), ("clinician", 7)):
        text = for_audience(template, audience)
        found = comparison.explanations(text)
        assert len(found) == count, audience
        for explanation in found:
            assert explanation.row_ids, explanation
            assert set(explanation.row_ids) <= set(ROW_IDS), explanation
        concluded = "AIM-forskerne konkluderte:" if lang == "nb" else "The AIM researchers concluded:"
        assert text.count(concluded) == 5, audience
    by_rows = {e.row_ids for e in found}
    assert {("drug", "side_effects"), ("dose",), ("blinding", "placebo", "side_effects"), ("extra",)} <= by_rows


def test_the_danish_difference_joins_aim_on_one_scale_without_an_interval(study_data) -> None:
    rows = comparison_forest_rows(study_data)
    assert [r.key for r in rows] == ["danish_diff", "effect_type1", "effect_total", "effect_type2"]
    danish = rows[0]
    assert danish.estimate.value == Decimal("8.3") == study_data.one(BY_KEY["danish_diff"].selector).value
    assert danish.estimate.low is None
    assert danish.estimate.high is None
    type1 = rows[1].estimate  # points better with amoxicillin: the published -2.3 (-4.2 to -0.4), turned round
    assert (type1.value, type1.low, type1.high) == (Decimal("2.3"), Decimal("0.4"), Decimal("4.2"))


def test_facts_carry_a_known_status_and_a_source() -> None:
    for key, fact in FACTS.items():
        assert fact.status is not SourceStatus.DERIVED, key  # facts are words: nothing to calculate
        assert fact.source, key
        assert fact.description, key
        if not fact.found:
            assert "NOT FOUND" in fact.source or "UNVERIFIED" in fact.source, key
