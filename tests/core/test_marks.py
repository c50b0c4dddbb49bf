"""Numbers not from the trials' own articles carry a visible mark, explained on the same page."""

from __future__ import annotations

import pytest

from aim_explainer import paths
from aim_explainer.core import slides
from aim_explainer.core.content import SECONDARY_MARK, chapter_markdown, fill_placeholders
from aim_explainer.core.values import SourceStatus, quantity_row

CONTENT = paths.resource("content")
LANGS = ("nb", "en")


def marked_keys(study_data) -> set[str]:
    """From the data file's status column: secondary sources and the lay summary (years are citation dates)."""
    from aim_explainer.core.quantities import QUANTITIES

    keys = set()
    for quantity in QUANTITIES:
        row = quantity_row(study_data, quantity.key)
        if row is not None and row.showable and row.statistic != "year" and SourceStatus.of(row).marked:
            keys.add(quantity.key)
    return keys


def test_the_data_has_marked_numbers(study_data) -> None:
    assert {"effect_type1", "effect_type2", "danish_diff"} <= marked_keys(study_data)


@pytest.mark.parametrize("lang", LANGS)
def test_every_marked_placeholder_is_filled_with_its_mark(study_data, lang: str) -> None:
    for key in sorted(marked_keys(study_data)):
        for part in ("", ".ci"):
            filled = fill_placeholders(f"{{{key}{part}}}", study_data, lang, links=False)
            assert filled.endswith(SECONDARY_MARK), (key, part, filled)
        assert SECONDARY_MARK in fill_placeholders(f"{{{key}}}", study_data, lang)  # in the link's words too
    assert SECONDARY_MARK not in fill_placeholders("{effect_total}", study_data, lang, links=False)


def _explained_where_marked(text: str) -> bool:
    return SECONDARY_MARK not in text or text.count(SECONDARY_MARK) >= 2  # the numbers, and the note's own mark


@pytest.mark.parametrize("lang", LANGS)
def test_chapters_handouts_and_slides_explain_the_mark_where_they_show_it(study_data, lang: str) -> None:
    for chapter in ("background", "method", "results", "comparison", "conclusion"):
        text = chapter_markdown(CONTENT, chapter, lang, study_data)
        assert _explained_where_marked(text), chapter
    for step in slides.presentation(CONTENT, lang, study_data):
        shown = f"{step.title}\n{step.body}"
        if SECONDARY_MARK in shown:
            assert step.footnote.startswith(SECONDARY_MARK), (step.chapter, step.number)
