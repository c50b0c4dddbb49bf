"""The projector's view measured: chart text against body text, no controls in view, questions that reveal their
answer, the time since the start, and the high-contrast look on the charts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox

from aim_explainer.plots._pg import pg
from aim_explainer.plots.settle import settle
from aim_explainer.ui.presentation import PresenterView


def chart_text_pixels(chart) -> list[tuple[str, int]]:
    """The pixel size of every text the chart shows on the slide: ticks, axis titles, labels, legend, key."""
    plot = chart.plot.getPlotItem()
    sizes = []
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        if axis.isVisible():
            sizes.append((f"{name} ticks", QFontInfo(axis.style["tickFont"]).pixelSize()))
            if axis.label.isVisible() and axis.labelText:
                sizes.append((f"{name} title", QFontInfo(axis.label.font()).pixelSize()))
    for item in plot.items:
        if isinstance(item, pg.TextItem) and item.isVisible() and item.textItem.toPlainText().strip():
            sizes.append((item.textItem.toPlainText(), QFontInfo(item.textItem.font()).pixelSize()))
        label = getattr(item, "label", None)
        if isinstance(item, pg.InfiniteLine) and isinstance(label, pg.TextItem) and label.isVisible():
            sizes.append((label.format, QFontInfo(label.textItem.font()).pixelSize()))
    if plot.legend is not None and plot.legend.isVisible():
        for _sample, label in plot.legend.items:  # the size the legend writes into its rich text, else its font
            size = label.opts.get("size")
            pixels = float(size[:-2]) * chart.logicalDpiY() / 72 if size else QFontInfo(label.item.font()).pixelSize()
            sizes.append((label.text, round(pixels)))
    if chart.heading.isVisible():
        sizes.append(("key", QFontInfo(chart.heading.font()).pixelSize()))
    return sizes


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_chart_text_is_at_least_seventy_percent_of_the_body_text(session, size) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    view.resize(*size)
    charted = [i for i, s in enumerate(controller.steps) if s.chart]
    assert charted
    for index in charted:
        controller.go(index)
        settle()
        body = QFontInfo(view.body.font()).pixelSize()
        chart = view.charts.currentWidget()
        sizes = chart_text_pixels(chart)
        assert len(sizes) >= 2, sizes  # the icon array of side effects names its two groups, nothing more
        smallest = min(sizes, key=lambda pair: pair[1])
        assert smallest[1] >= 0.7 * body, (controller.step.title, size, smallest, body)


def test_no_control_is_shown_to_the_room(session) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    for index, step in enumerate(controller.steps):
        if not step.chart:
            continue
        controller.go(index)
        settle()
        shown = [
            w
            for kind in (QAbstractButton, QAbstractSlider, QComboBox)
            for w in view.findChildren(kind)
            if w.isVisibleTo(view)
        ]
        assert shown == [], (step.title, [w.text() if hasattr(w, "text") else w for w in shown])
        assert not view.charts.currentWidget().status.isVisibleTo(view), "the readout under the chart"


def test_a_question_reveals_its_answer_on_the_next_key(session, qtbot) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    questions = [i for i, s in enumerate(controller.steps) if s.answer]
    assert {controller.steps[i].chapter for i in questions} == {s.chapter for s in controller.steps}
    qtbot.keyClick(view, Qt.Key.Key_Home)
    while controller.index < questions[0]:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    answer_start = controller.step.answer.split("**")[1]  # "Sant." / "Usant."
    assert answer_start not in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert controller.index == questions[0], "the first key shows the answer, on the same step"
    assert answer_start in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert controller.index == questions[0] + 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert answer_start not in view.body.toPlainText(), "coming back, the question is asked again"


def test_presenter_view_shows_time_since_the_start_and_large_short_notes(session, qtbot) -> None:
    _window, running = session
    presenter = PresenterView(running.controller)
    qtbot.addWidget(presenter)
    presenter.resize(1366, 768)
    assert presenter.elapsed_text() == "0:00:00"
    presenter.show()
    qtbot.waitExposed(presenter)
    assert presenter.started.isValid()
    assert presenter.timer.isActive()

    class Later:  # an hour, a minute and five seconds after the start
        def isValid(self) -> bool:  # noqa: N802 - the timer's own name
            return True

        def elapsed(self) -> int:
            return 3_665_000

    presenter.started = Later()
    presenter.timer.timeout.emit()
    assert presenter.elapsed.text() == "1:01:05"
    assert presenter.elapsed.text() != presenter.clock.text()
    assert QFontInfo(presenter.notes.font()).pixelSize() >= 28
    width = presenter.notes.maximumWidth()
    assert width <= QFontInfo(presenter.notes.font()).pixelSize() * 0.62 * 70 + 40  # about 70 characters a line
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert running.controller.index == 1, "keys work in the presenter's window too"
    presenter.close()


def test_high_contrast_reaches_the_charts_on_the_slides(session) -> None:
    window, running = session
    window.state.set_audience("clinician")  # the whole script: its charts with subgroups and the simulation
    view, controller = running.audience, running.controller
    index = next(i for i, s in enumerate(controller.steps) if s.chart == "effect" and s.layer >= 5)
    controller.go(index)
    settle()
    chart = view.charts.currentWidget()
    standard_width = chart.interval_items[0].opts["pen"].widthF()
    standard_text = chart.plot.getPlotItem().getAxis("left").textPen().color()
    window.set_high_contrast(True)
    settle()
    plot = chart.plot.getPlotItem()
    assert plot.getAxis("left").textPen().color() == QColor("#000000") != standard_text
    assert chart.interval_items[0].opts["pen"].widthF() > standard_width
    assert all(t.color == QColor("#000000") for t in plot.items if isinstance(t, pg.TextItem))
    window.set_high_contrast(False)
    settle()
    assert chart.interval_items[0].opts["pen"].widthF() == standard_width


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_presenter_view_fits_the_screen_with_pictures_of_this_step_and_the_next(session, qtbot, size) -> None:
    from PySide6.QtCore import QSize

    from aim_explainer.ui.presentation.preview import StepPreview

    window, running = session
    controller = running.controller
    preview = StepPreview(window.state, QSize(*size))
    presenter = PresenterView(controller, preview=preview)
    qtbot.addWidget(presenter)
    presenter.resize(*size)
    presenter.show()
    qtbot.waitExposed(presenter)
    for index in (0, next(i for i, s in enumerate(controller.steps) if s.chart)):
        controller.go(index)
        settle()
        assert presenter.minimumSizeHint().height() <= size[1], "the view grew taller than the screen"
        assert presenter.size() == QSize(*size)
        for picture in (presenter.current_picture, presenter.next_picture):
            shown = picture.pixmap()
            assert not shown.isNull()
            assert shown.width() <= size[0] * 0.4
        assert presenter.current_picture.geometry().bottom() < presenter.next_picture.geometry().top()
        assert presenter.next_picture.geometry().bottom() <= size[1]
    assert QFontInfo(presenter.notes.font()).pixelSize() >= 28
    characters = presenter.notes.maximumWidth() / presenter.notes.fontMetrics().averageCharWidth()
    assert characters <= 75, "lines of about 70 characters at most"
    assert presenter.elapsed.text() == presenter.elapsed_text()
    presenter.close()
    preview.dispose()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_simulation_key_on_a_slide_leaves_the_last_repeats_in_view(session, size) -> None:
    from aim_explainer.plots.charts.rerun import REPEATS

    window, running = session
    window.state.set_audience("clinician")  # the simulation is the clinician path's
    view, controller = running.audience, running.controller
    view.resize(*size)
    index = next(i for i, s in enumerate(controller.steps) if s.chart == "rerun" and s.layer >= 2)
    controller.go(index)
    settle()
    chart = view.charts.currentWidget()
    box = chart.plot.getPlotItem().getViewBox()
    last = box.mapViewToScene(pg.Point(0, REPEATS + 0.5)).y()  # just under the last repeat's line
    assert chart.legend.sceneBoundingRect().top() >= last
    assert not chart.plot.getPlotItem().getAxis("left").style["showValues"]  # no repeat numbers for the room


def test_the_aim_note_is_said_by_the_slide_not_drawn_over_the_danish_curves(session) -> None:
    from aim_explainer.core.content import shown_value

    window, running = session
    window.state.set_audience("clinician")  # the Danish curves are the clinician path's
    view, controller = running.audience, running.controller
    index = next(i for i, s in enumerate(controller.steps) if s.chart == "year" and s.layer >= 3)
    controller.go(index)
    settle()
    chart = view.charts.currentWidget()
    assert chart.missing_note.textItem.toPlainText() == ""
    assert shown_value(window.state.data, "effect_total", "nb").value in view.body.toPlainText()
