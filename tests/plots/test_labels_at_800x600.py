"""At 800x600, in the window, every label of the Results and Comparison charts stands free: no label box covers
another, none runs past the plot widget, and the rerun chart's legend leaves its bottom repeats in view."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.plots._pg import pg
from aim_explainer.plots.chart_panel import ChartPanel
from aim_explainer.plots.settle import settle

SLACK = 1.0  # px: rounding of the boxes


def label_boxes(chart: ChartPanel) -> list[tuple[str, QRectF]]:
    """The scene boxes of the chart's visible text items, by their text."""
    boxes = []
    for item in chart.plot.scene().items():
        if isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip():
            boxes.append((item.toPlainText().strip(), item.sceneBoundingRect()))
    return boxes


def problems_of(chart: ChartPanel) -> list[str]:
    found = []
    view = QRectF(chart.plot.mapToScene(chart.plot.viewport().rect()).boundingRect())
    boxes = label_boxes(chart)
    for i, (text, box) in enumerate(boxes):
        inner = box.adjusted(SLACK, SLACK, -SLACK, -SLACK)
        if not view.contains(inner):
            found.append(f"{chart.chart_id}: {text!r} runs past the plot ({box} not in {view})")
        for other, other_box in boxes[i + 1 :]:
            if inner.intersects(other_box.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
                found.append(f"{chart.chart_id}: {text!r} covers {other!r}")
    return found


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
                    found += [f"{lang}/{audience}: {p}" for p in problems_of(chart)]
    assert seen >= MEASURED
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("lang", CODES)
def test_the_rerun_key_leaves_the_last_repeats_in_view(make_window, lang: str) -> None:
    from aim_explainer.plots.rerun_chart import REPEATS

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
