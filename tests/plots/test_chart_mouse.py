"""Every chart under a real mouse: pointing at a value tells it and its source (in the details line and a
tooltip); the wheel and the right button open nothing and raise nothing. Both languages.

The mouse events go to the plot's viewport at the point where the chart itself draws each value (plot
coordinates -> scene -> viewport), as a person's pointer would. An exception in a Qt handler fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QToolTip

from aim_explainer.core.content import CHAPTERS, SECONDARY_MARK
from aim_explainer.core.formatting import format_number
from aim_explainer.plots.charts.rerun import one_decimal
from aim_explainer.plots.charts.year import series_name
from aim_explainer.plots.row_names import name_with_trial, row_name

RESULTS_CHARTS = ("effect-planned", "effect", "rerun", "points", "side-effects")
COMPARISON_CHARTS = ("comparison-difference", "comparison-year")
SOURCE_WORD = {"nb": "Kilde: ", "en": "Source: "}
SIMULATED_WORD = {"nb": "Simulert gjentakelse", "en": "Simulated repeat"}


@dataclass(frozen=True)
class Target:
    x: float  # where the chart draws the value, in plot coordinates
    y: float
    says: tuple[str, ...]  # what the details line must contain there


@pytest.fixture
def chart_on_screen(make_window):
    """A chart of the Results or Comparison chapter, on screen, drawn whole (animations at their end)."""

    def open_chart(chart_id: str, lang: str):
        window = make_window(lang)
        chapter = "results" if chart_id in RESULTS_CHARTS else "comparison"
        window.show_chapter(chapter)
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        if chapter == "results":
            chart = tab.show_chart(chart_id)
        else:
            chart = tab.chart(chart_id)
            tab.show_page(1)
        chart.pause()
        chart.seek(chart.end())
        QApplication.processEvents()
        QApplication.processEvents()  # a second pass lets axes take the width their labels need
        # the pointer starts outside the plot: Qt drops a move to where the pointer already is
        QTest.mouseMove(window, QPoint(1, 1))
        return window, chart

    yield open_chart
    QToolTip.hideText()


def targets(chart, lang: str) -> Iterator[Target]:
    """Each value the chart draws, where it draws it, and the words that must describe it."""
    source = SOURCE_WORD[lang]
    if chart.chart_id in ("effect", "effect-planned", "comparison-difference"):
        for row, y in zip(chart.rows, chart.row_y, strict=True):
            value = format_number(row.estimate.value, lang)
            # the comparison marks a secondary source's row and number, as its table and summary do
            marked = chart.chart_id == "comparison-difference" and row.estimate.status.marked
            mark = SECONDARY_MARK if marked else ""
            says = (f"{chart.row_label(row.key)}{mark}: {value}{mark} ", source + row.source)
            yield Target(float(row.estimate.value), y, says)
    elif chart.chart_id in ("year", "comparison-year"):
        at: dict[tuple[float, float], list] = {}  # groups may share a point (the same score at the start)
        for series in chart.series:
            for visit in series.visits:
                at.setdefault((float(visit.weeks), float(visit.value)), []).append((series, visit))
        for (x, y), there in at.items():
            series, visit = there[0]
            says = (f": {format_number(visit.value, lang)}. ", source + visit.row.source)
            yield Target(x, y, says + ((f"{series_name(series)}, ",) if len(there) == 1 else ()))
    elif chart.chart_id == "side-effects":
        for left, (key, _pct, _n, filled, _c, where, _m) in zip(chart.lefts, chart.groups, strict=True):
            says = (f"{row_name(key)}: {filled} ", source + where)
            yield Target(left + 4.5, 4.5, says)
    elif chart.chart_id == "rerun":
        for trial in chart.trials[::9]:  # every ninth repeat: top, middle and bottom of the chart
            says = (f"{SIMULATED_WORD[lang]} {trial.number}: {one_decimal(trial.estimate, lang)} ",)
            yield Target(trial.estimate, float(trial.number), says)
    else:
        for y, (key, value, _colour) in zip(chart.row_y, chart.values, strict=True):
            mark = SECONDARY_MARK if key in chart.marked else ""  # a secondary source's number carries its mark
            says = (f"{name_with_trial(key)}: {format_number(value, lang)}{mark} ", source + chart.sources[key])
            yield Target(chart.blocks / 2, float(y), says)


def nothing_there(chart) -> Target:
    """A point of the plot where no value is drawn."""
    if chart.chart_id in ("effect", "effect-planned", "comparison-difference"):
        return Target(chart.x_range[0] + 0.2, min(chart.row_y) - 0.9, ())
    if chart.chart_id == "side-effects":
        return Target(chart.lefts[0] + 10.7, 4.5, ())  # the gap between the two groups
    if chart.chart_id in ("year", "comparison-year"):
        return Target(chart.last_week / 2, 0.5, ())
    if chart.chart_id == "rerun":
        return Target(chart.truth, -2.0, ())  # the band above the first repeat
    return Target(chart.blocks / 2, chart.row_y[0] + 0.5, ())  # between two rows


def viewport_point(chart, target: Target) -> QPoint:
    """Where the chart draws (x, y), in its plot's viewport: the chart's own mapping, step by step."""
    scene = chart.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(target.x, target.y))
    return chart.plot.mapFromScene(scene)


def into_view(chart, point: QPoint) -> None:
    """Scroll the page so that `point` of the plot's viewport is on screen, where a pointer can reach it."""
    viewport = chart.plot.viewport()
    scroll = chart.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        inner = viewport.mapTo(scroll.widget(), point)
        scroll.ensureVisible(inner.x(), inner.y(), 20, 20)
        QApplication.processEvents()
    window = chart.window()
    assert window.childAt(viewport.mapTo(window, point)) is viewport, "the pointer would not reach the plot"


def no_menu_open() -> bool:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    return QApplication.activePopupWidget() is None and not menus


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("chart_id", RESULTS_CHARTS + COMPARISON_CHARTS)
def test_pointing_at_a_value_tells_it_and_its_source(chart_on_screen, qtbot, chart_id, lang) -> None:
    _window, chart = chart_on_screen(chart_id, lang)
    viewport = chart.plot.viewport()
    shown = list(targets(chart, lang))
    assert shown, chart_id
    for target in shown:
        point = viewport_point(chart, target)
        into_view(chart, point)
        qtbot.mouseMove(viewport, point)
        text = chart.details.text()
        for words in target.says:
            assert words in text, (chart_id, target, text)
        assert QToolTip.isVisible()
        assert QToolTip.text() == text
    # away from every value: nothing is described, and the tooltip goes
    empty = viewport_point(chart, nothing_there(chart))
    into_view(chart, empty)
    qtbot.mouseMove(viewport, empty)
    assert chart.details.text() == ""
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # Qt fades a tooltip out


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("chart_id", RESULTS_CHARTS + COMPARISON_CHARTS)
def test_wheel_and_right_button_open_nothing_and_move_nothing(chart_on_screen, qtbot, chart_id, lang) -> None:
    _window, chart = chart_on_screen(chart_id, lang)
    viewport = chart.plot.viewport()
    view = chart.plot.getPlotItem().getViewBox()
    ranges = view.viewRange()
    point = viewport_point(chart, next(targets(chart, lang)))
    into_view(chart, point)
    for delta in (120, -120):
        wheel = QWheelEvent(
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    QApplication.processEvents()
    assert no_menu_open(), chart_id
    assert view.viewRange() == ranges  # no zoom, no pan


@pytest.mark.parametrize("chart_id", RESULTS_CHARTS + COMPARISON_CHARTS)
def test_a_readout_does_not_move_the_chart_under_the_pointer(chart_on_screen, qtbot, chart_id) -> None:
    """The details line keeps its height: a readout that grew shrank the plot, and under a pointer that had not
    moved the next value read out was a neighbour's (seen with a real pointer under X)."""
    _window, chart = chart_on_screen(chart_id, "nb")
    viewport = chart.plot.viewport()
    before = viewport.height()
    for target in targets(chart, "nb"):
        point = viewport_point(chart, target)
        into_view(chart, point)
        qtbot.mouseMove(viewport, point)
        QApplication.processEvents()  # the layout a new readout asks for
        assert chart.details.text()
        assert viewport.height() == before, (chart_id, target.says[0])
