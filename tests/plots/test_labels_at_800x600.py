"""At 800x600, in the window, every text of the Results and Comparison charts stands free: labels, tick numbers, axis
titles and legend entries, measured as the presentation's layout check measures them (plots/measure.py). No text
covers another, none runs past its plot or the chart, and the rerun chart's legend leaves its bottom repeats in
view."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication

from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.plots._pg import pg
from aim_explainer.plots.measure import chart_problems, chart_texts
from aim_explainer.plots.panel.chart_panel import ChartPanel
from aim_explainer.plots.settle import settle


def problems_of(chart: ChartPanel) -> list[str]:
    return [f"{chart.chart_id}: {problem.describe()}" for problem in chart_problems(chart.plot, chart.chart_id)]


def kinds_measured(chart: ChartPanel) -> set[str]:
    """Which kinds of text the measurement saw on the chart: tick numbers, axis titles, legend entries."""
    texts = {text.text.strip() for text in chart_texts(chart.plot, chart.chart_id)[0]}
    kinds = set()
    if any(text.replace(",", "").replace("\u2212", "").isdigit() for text in texts):
        kinds.add("tick numbers")
    if any(title and title in texts for title in chart.axis_titles.values()):
        kinds.add("axis titles")
    legend = getattr(chart, "legend", None)
    if legend is not None and any(label.text in texts for _sample, label in legend.items):
        kinds.add("legend entries")
    return kinds


MEASURED = {"effect", "effect-planned", "rerun", "points", "comparison-difference", "comparison-year"}


def visible_charts(window) -> list[ChartPanel]:
    charts = [c for c in window.findChildren(ChartPanel) if c.isVisible() and c._built and c.chart_id in MEASURED]
    for chart in charts:
        chart.grab()  # a text item takes its place in a paint: a chart scrolled out of view has not painted yet
    return charts


@pytest.mark.parametrize("lang", CODES)
def test_chart_labels_stand_free_at_800x600(make_window, lang: str) -> None:
    window = make_window(lang)
    window.resize(800, 600)
    QApplication.processEvents()
    found: list[str] = []
    seen: set[str] = set()
    kinds: set[str] = set()
    for audience in AUDIENCES:
        window.state.set_audience(audience)
        for chapter in ("results", "comparison"):
            window.show_chapter(chapter)
            settle()
            tab = window.chapter_tabs[CHAPTERS.index(chapter)]
            tab.ensure_charts()
            tab.charts_at_their_end()  # the rerun chart's legend is checked against its last repeats
            for _page in itertools.chain(["first"], tab.show_each_page()):  # lazily: each page shown in turn
                settle()
                for chart in visible_charts(window):
                    seen.add(chart.chart_id)
                    kinds |= kinds_measured(chart)
                    found += [f"{lang}/{audience}: {p}" for p in problems_of(chart)]
    assert seen >= MEASURED
    assert kinds == {"tick numbers", "axis titles", "legend entries"}
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("lang", CODES)
def test_the_rerun_key_leaves_the_last_repeats_in_view(make_window, lang: str) -> None:
    from aim_explainer.plots.charts.rerun import REPEATS

    window = make_window(lang)
    window.resize(800, 600)
    window.state.set_audience("clinician")
    window.show_chapter("results")
    settle()
    tab = window.chapter_tabs[CHAPTERS.index("results")]
    for page in tab.show_each_page():
        if page.endswith("rerun"):
            chart = tab.chart("rerun")
            chart.grab()
            view = chart.plot.getPlotItem().getViewBox()
            last = view.mapViewToScene(pg.Point(0, REPEATS + 0.5)).y()  # just under the last repeat's line
            assert chart.legend.sceneBoundingRect().top() >= last
            return
    pytest.fail("no rerun page")
