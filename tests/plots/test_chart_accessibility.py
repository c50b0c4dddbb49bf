"""What a screen reader gets from a chart, read through Qt's own accessibility interfaces: the value the keys move to,
controls named for their purpose, and nothing of pyqtgraph's option menus."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from aim_explainer.plots.catalogue import COMPARISON_CHARTS, RESULTS_CHARTS, SLIDE_CHARTS


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_arrow_keys_on_a_chart_change_what_is_spoken(results, qtbot, lang) -> None:
    _window, tab = results(lang, "clinician")
    chart = tab.show_chart("effect")
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    face = QAccessible.queryAccessibleInterface(chart.plot)
    assert face.role() == QAccessible.Role.Chart  # Qt made it a nameless "filler"
    assert face.text(QAccessible.Text.Name) == chart.title()
    spoken = [description(chart.plot)]
    for _ in range(2):
        qtbot.keyClick(chart.plot, Qt.Key.Key_Down)
        spoken.append(description(chart.plot))
    # on focus the title and what the chart shows (Orca reads both), then the row each key reaches
    assert spoken == [chart.summary.text(), chart.describe(1), chart.describe(2)]
    assert "Modic" in spoken[1]
    tab.view.setFocus()  # leaving the chart: its description is its summary again, once the focus has moved on
    qtbot.waitUntil(lambda: not chart.plot.hasFocus())
    qtbot.waitUntil(lambda: description(chart.plot) == chart.summary.text())


def test_the_simulation_s_right_key_speaks_the_repeat_reached(results, qtbot) -> None:
    _window, tab = results("en", "clinician")
    chart = tab.show_chart("rerun")
    chart.seek(3.0)
    tab.view.setFocus()  # the chart takes the focus from the text, as Tab gives it
    qtbot.waitUntil(lambda: not chart.plot.hasFocus())
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    assert description(chart.plot) == chart.summary.text()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert description(chart.plot).startswith("Simulated repeat 4:")
    assert description(chart.plot) == chart.details.text()


def parentless() -> dict[int, QWidget]:
    """The windows no widget holds: pyqtgraph's menus and forms were such (the window's own menus have a parent)."""
    return {id(widget): widget for widget in QApplication.topLevelWidgets() if widget.parent() is None}


def test_a_chart_makes_no_window_of_its_own(make_window, qtbot) -> None:
    """pyqtgraph made an options menu with six submenus and a form for every plot, each a window of its own holding
    its controls (a screen reader heard their spin box "Downsample data" and check box "Auto"); a chart now adds no
    window but itself. Qt itself makes one empty widget, never shown, when a first legend entry is laid out: it
    holds nothing and is left out."""
    window = make_window("en")
    specs = {spec.chart_id: spec for spec in (*RESULTS_CHARTS, *SLIDE_CHARTS, *COMPARISON_CHARTS)}
    for spec in specs.values():
        gc.collect()
        before = parentless()
        chart = spec.load()(window.state, None)
        qtbot.addWidget(chart)
        gc.collect()  # what a chart let go of: pyqtgraph's released menus gave their forms back to no parent
        made = [widget for key, widget in parentless().items() if key not in before and widget is not chart]
        holding = [widget for widget in made if isinstance(widget, QMenu) or widget.children()]
        assert not holding, (spec.chart_id, [(w.metaObject().className(), w.windowTitle()) for w in holding])
        assert all(not widget.isVisible() for widget in made)
        plot = chart.plot.getPlotItem()
        plot.setLogMode(False, False)  # pyqtgraph still reads and sets its hidden controls: they must be whole
        plot.showGrid(x=False, y=False)
        assert plot.downsampleMode()
        assert not plot.clipToViewMode()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_simulation_s_controls_say_what_they_are_and_do(results, qtbot, lang) -> None:
    _window, tab = results(lang, "clinician")
    chart = tab.show_chart("rerun")
    playback = chart.playback
    speed = QAccessible.queryAccessibleInterface(playback.speed)
    labels = [other.text(QAccessible.Text.Name) for other, _relation in speed.relations(QAccessible.Relation.Label)]
    assert labels == [{"nb": "Fart", "en": "Speed"}[lang]]  # Linux names a combo box by its label, else "1x"
    play = playback.play_button
    assert not QAccessible.queryAccessibleInterface(play).state().checked
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert QAccessible.queryAccessibleInterface(play).state().checked  # pressed while it plays
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Space)
    assert not QAccessible.queryAccessibleInterface(play).state().checked


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_every_tab_stop_of_a_chart_is_named(make_window, qtbot, audience) -> None:
    """From the Results pages' tab bar, Tab goes through the main chart to its last button: each stop has a name (an
    unnamed stop, the pane around the chart, came before each chart)."""
    window = make_window("en")
    window.state.set_audience(audience)
    window.show_chapter("results")
    tab = window.chapter_tabs[2]
    tab.ensure_charts()
    chart = tab.main_chart()
    tab.switch.setFocus()
    qtbot.waitUntil(tab.switch.hasFocus)
    stops = []
    while QApplication.focusWidget() is not chart.svg_button and len(stops) < 10:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        stops.append(
            (type(focused).__name__, QAccessible.queryAccessibleInterface(focused).text(QAccessible.Text.Name))
        )
    assert stops[0] == ("PlotWidget", chart.title())
    assert all(name for _kind, name in stops), stops
    assert QApplication.focusWidget() is chart.svg_button, stops
