"""What only a mouse, a window manager or real timing does: drags, double-clicks, resizing, minimising.

Each test sends real events to the widgets a person would touch, at the positions they are drawn at;
pytest-qt fails a test on any exception raised inside Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QSlider, QStyle, QStyleOptionSlider

from aim_explainer.core.content import CHAPTERS
from aim_explainer.plots.settle import settle


def _playing_charts(window):
    """Every chart that plays, shown on its page, in every chapter with chart pages (on the clinician path,
    which has them all: the simulation and the Danish scores over the year)."""
    window.state.set_audience("clinician")
    for chapter in CHAPTERS:
        window.show_chapter(chapter)
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        if not hasattr(tab, "show_each_page"):
            continue
        for _page in tab.show_each_page():
            for chart in tab.charts:
                if chart.animated and chart.isVisible():
                    yield chart


def _handle_centre(slider: QSlider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    return handle.center()


def test_dragging_each_slider_moves_its_animation(make_window, qtbot) -> None:
    window = make_window("nb")
    dragged = []
    for chart in _playing_charts(window):
        slider = chart.playback.slider
        chart.seek(0.0)
        settle()
        start = _handle_centre(slider)
        qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
        for x in range(start.x(), slider.width() - 2, 12):
            qtbot.mouseMove(slider, QPoint(x, start.y()))
        qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 2, start.y()))
        assert chart.position > 0, chart.chart_id
        dragged.append(chart.chart_id)
    assert dragged, "no chart that plays was found"


def test_double_clicking_a_table_edits_nothing(make_window, qtbot) -> None:
    window = make_window("nb")
    dialog = window.sources_dialog()
    dialog.show_key("effect_total")
    settle()
    tables = [dialog.table]
    window.show_chapter("comparison")
    comparison = window.chapter_tabs[CHAPTERS.index("comparison")]
    tables += [t for t in comparison.findChildren(QAbstractItemView) if t.isVisible() and t.model().rowCount()]
    for table in tables:
        before = table.model().index(0, 0).data()
        rect = table.visualRect(table.model().index(0, table.model().columnCount() - 1))
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert table.state() != QAbstractItemView.State.EditingState
        assert table.model().index(0, 0).data() == before
    dialog.close()


def test_resizing_small_and_large_and_back_keeps_every_chapter_drawable(make_window) -> None:
    window = make_window("en")
    for width, height in ((800, 600), (1920, 1080), (1024, 768), (800, 600)):
        window.resize(width, height)
        settle()
        for chapter in CHAPTERS:
            window.show_chapter(chapter)
            settle()
            image = window.grab().toImage()
            assert (image.width(), image.height()) == (window.width(), window.height())
        assert window.width() <= max(width, window.minimumSizeHint().width())


def test_minimising_while_an_animation_plays_stops_its_timer_and_restoring_goes_on(make_window) -> None:
    window = make_window("nb")
    charts = _playing_charts(window)  # kept: closing it would turn back to the chapter's first page
    chart = next(charts)
    chart.seek(0.0)
    chart.playback.play()
    assert chart.playback.timer.isActive()
    window.showMinimized()
    settle()
    window.hide()  # what a minimised window is to its widgets on a desktop: not visible
    settle()
    assert not chart.playback.timer.isActive(), "a hidden chart must not keep drawing"
    window.showNormal()
    settle()
    assert chart.playback.playing
    assert chart.playback.timer.isActive()
    chart.playback.pause()


def test_closing_a_dialog_with_the_window_s_close_button_while_it_filters(make_window, qtbot) -> None:
    window = make_window("nb")
    dialog = window.sources_dialog()
    dialog.show_key("")
    qtbot.keyClicks(dialog.filter, "dansk")
    dialog.close()  # the window manager's close button sends the same close event
    settle()
    assert not dialog.isVisible()
    window.show_source("effect_total")  # it opens again, whole
    assert dialog.isVisible()
    assert dialog.selected_key() == "effect_total"
    dialog.close()
    assert QApplication.activeModalWidget() is None


def test_the_play_button_keeps_its_width_so_the_controls_stay_under_the_pointer(make_window, qtbot) -> None:
    for lang in ("nb", "en"):
        window = make_window(lang)
        charts = _playing_charts(window)
        chart = next(charts)
        button, slider = chart.playback.play_button, chart.playback.slider
        settle()
        before = (button.width(), slider.x())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # plays: the word changes
        settle()
        assert (button.width(), slider.x()) == before
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # pauses
        settle()
        assert (button.width(), slider.x()) == before
