"""The pictures are drawn from the data: the trial design's counts, the icon array's people, the text alternatives."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont

from aim_explainer.core.formatting import format_number
from aim_explainer.core.values import study_value
from aim_explainer.plots.charts.side_effects import PEOPLE, out_of_hundred
from aim_explainer.plots.pictures.catalogue import CHAPTER_PICTURES, chapter_picture
from aim_explainer.plots.pictures.design import DesignPicture
from aim_explainer.plots.pictures.spine import SpinePicture


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_trial_design_shows_the_counts_of_the_data(make_window, study_data, lang) -> None:
    make_window(lang)  # the language's catalogue in force
    picture = DesignPicture(study_data, lang)
    words = " ".join(picture.words().values())
    for key in ("aim_n", "aim_hospitals", "aim_n_amox", "aim_n_placebo", "aim_days"):
        assert format_number(study_value(study_data, key).value, lang) in words, key
    assert picture.words()["amox"] in picture.alt_text()


def test_the_design_follows_a_changed_data_file(make_window, study_data) -> None:
    from dataclasses import replace
    from decimal import Decimal

    make_window("en")
    changed = [
        replace(r, value=Decimal(91), n=91)
        if r.measure == "randomised" and r.arm == "amoxicillin" and r.subgroup == "total"
        else r
        for r in study_data.rows
    ]
    picture = DesignPicture(replace(study_data, rows=tuple(changed)), "en")
    assert picture.words()["amox"].startswith("91 ")


@pytest.mark.parametrize("chapter", list(CHAPTER_PICTURES))
def test_every_picture_paints_something_and_says_what_it_shows(make_window, study_data, chapter) -> None:
    make_window("en")
    picture = chapter_picture(chapter, study_data, "en")
    image = picture.image(600, QFont())
    blank = QColor(image.pixel(0, 0))
    inked = {
        (x, y) for x in range(0, 600, 7) for y in range(0, image.height(), 7) if QColor(image.pixel(x, y)) != blank
    }
    assert len(inked) > 40, chapter
    assert picture.alt_text().strip(), chapter


def test_the_chapters_show_their_picture_before_the_paragraphs_with_its_text_alternative(make_window) -> None:
    window = make_window("en")
    for index, cls in ((0, SpinePicture), (1, DesignPicture)):
        tab = window.chapter_tabs[index]
        alt = cls(window.state.data, "en").alt_text()
        text = tab.plain_text()
        markdown = window.state.chapter_markdown(tab.chapter)
        first_section = next(line[3:] for line in markdown.splitlines() if line.startswith("## "))
        assert 0 < text.index(alt) < text.index(first_section)  # under the title, before the first paragraph


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_icon_array_fills_as_many_people_as_the_data_says(make_window, study_data, lang) -> None:
    window = make_window(lang)
    window.show_chapter("results")
    chart = window.chapter_tabs[2].show_chart("side-effects")
    assert [g[0] for g in chart.groups] == ["ae_drug_amox", "ae_drug_placebo"]
    items = [item for item in chart.plot.getPlotItem().items if hasattr(item, "points")]
    assert len(items) == 2
    for item, (key, percent, n, filled, colour, _source, _marked) in zip(items, chart.groups, strict=True):
        assert percent == study_value(study_data, key).value
        assert filled == out_of_hundred(percent)
        points = item.points()
        assert len(points) == PEOPLE
        coloured = [p for p in points if p.brush().color() == QColor(colour)]
        assert len(coloured) == filled
        assert n == study_value(study_data, "aim_n_amox" if key.endswith("amox") else "aim_n_placebo").value
        assert format_number(n, lang) in chart.summary.text()


def test_a_percentage_fills_whole_people() -> None:
    from decimal import Decimal

    assert out_of_hundred(Decimal("56")) == 56
    assert out_of_hundred(Decimal("33.5")) == 34
    assert out_of_hundred(Decimal("-3")) == 0
    assert out_of_hundred(Decimal("120")) == 100


def test_the_timeline_reads_every_year_from_the_data_file(make_window, study_data, tmp_path) -> None:
    from aim_explainer import paths
    from aim_explainer.core.data import load_study_data
    from aim_explainer.core.quantities import required_selectors
    from aim_explainer.plots.pictures.timeline import TimelinePicture

    make_window("en")
    alt = TimelinePicture(study_data, "en").alt_text()
    assert "Jensen" not in alt  # an activity-advice trial, explained in the clinicians' text, not the timeline
    for key in ("danish_year", "aim_enrol_start", "aim_enrol_end", "aim_year", "btb_year", "aus_year"):
        assert format_number(study_value(study_data, key).value, "en") in alt, key
    # a copy of the data file with the Danish trial published a year later: the picture follows it
    lines = paths.default_data_file().read_text(encoding="utf-8").splitlines()
    danish = study_value(study_data, "danish_year")
    later = danish.value + 1
    assert format_number(later, "en") not in alt
    changed = [
        line.replace(f",year,{danish.value},", f",year,{later},") if line.startswith("ALBERT2013,") else line
        for line in lines
    ]
    copy = tmp_path / "trial-data.csv"
    copy.write_text("\n".join(changed) + "\n", encoding="utf-8")
    moved = TimelinePicture(load_study_data(copy, required_selectors()), "en")
    assert "Danish trial" in moved.alt_text()
    assert format_number(later, "en") in moved.alt_text()
    assert moved.alt_text() != alt


def test_the_comparison_and_conclusion_open_on_the_timeline(make_window) -> None:
    from aim_explainer.plots.pictures.timeline import TimelinePicture

    window = make_window("en")
    alt = TimelinePicture(window.state.data, "en").alt_text()
    for chapter in ("comparison", "conclusion"):
        tab = next(t for t in window.chapter_tabs if t.chapter == chapter)
        text = tab.view.toPlainText()
        markdown = window.state.chapter_markdown(chapter)
        first_section = next(line[3:] for line in markdown.splitlines() if line.startswith("## "))
        assert 0 < text.index(alt) < text.index(first_section.replace("*", "")), chapter
