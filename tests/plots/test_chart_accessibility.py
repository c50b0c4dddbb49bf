"""What a screen reader gets from a chart, read through Qt's own accessibility interfaces: the value the keys move to,
controls named for their purpose, and nothing of pyqtgraph's option menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.fixture
def results(make_window):
    def open_results(lang: str = "en"):
        window = make_window(lang)
        window.state.set_audience("clinician")
        window.show_chapter("results")
        tab = window.chapter_tabs[2]
        tab.ensure_charts()
        QApplication.processEvents()
        return window, tab

    return open_results


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_arrow_keys_on_a_chart_change_what_is_spoken(results, qtbot, lang) -> None:
    _window, tab = results(lang)
    chart = tab.show_chart("effect")
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    spoken = [description(chart.plot)]
    for _ in range(2):
        qtbot.keyClick(chart.plot, Qt.Key.Key_Down)
        spoken.append(description(chart.plot))
    assert spoken == [chart.describe(0), chart.describe(1), chart.describe(2)]
    assert "Modic" in spoken[1]
    tab.view.setFocus()  # leaving the chart: its description is its summary again
    qtbot.waitUntil(lambda: not chart.plot.hasFocus())
    assert description(chart.plot) == chart.summary.text()


def test_the_simulation_s_right_key_speaks_the_repeat_reached(results, qtbot) -> None:
    _window, tab = results("en")
    chart = tab.show_chart("rerun")
    chart.seek(3.0)
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    assert description(chart.plot).startswith("Simulated repeat 3:")
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert description(chart.plot).startswith("Simulated repeat 4:")
    assert description(chart.plot) == chart.details.text()
