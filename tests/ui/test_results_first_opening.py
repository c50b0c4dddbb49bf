"""The first opening of Results, and of the Comparison chapter's charts page, builds charts (pyqtgraph's import,
four charts: about 2.5 s on a slow machine): the pointer says the application is busy meanwhile, and is itself again
after. The other first openings measured 0.06 s (the Comparison chapter), 0.03 s (Sources) and 0.02 s (the
presentation's start) here: no wait pointer for those."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from aim_explainer.core.content import CHAPTERS
from aim_explainer.ui.tabs import results_tab


def test_a_wait_pointer_while_the_results_charts_are_built(make_window, qtbot, monkeypatch) -> None:
    pointers: list[Qt.CursorShape | None] = []

    class WatchedHolder(QScrollArea):
        """A chart's holder that notes the pointer in force as each chart is built into one."""

        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            cursor = QApplication.overrideCursor()
            pointers.append(cursor.shape() if cursor is not None else None)

    monkeypatch.setattr(results_tab, "QScrollArea", WatchedHolder)
    window = make_window("en")
    tab = window.chapter_tabs[CHAPTERS.index("results")]
    assert not tab.charts  # nothing built before the chapter is opened
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(CHAPTERS.index("results")).center())
    qtbot.waitUntil(lambda: len(tab.charts) > 0)
    assert pointers, "the charts were built into their holders"
    assert set(pointers) == {Qt.CursorShape.WaitCursor}
    assert QApplication.overrideCursor() is None  # the reader's pointer again


def test_a_wait_pointer_while_the_comparison_charts_are_built(make_window, qtbot, monkeypatch) -> None:
    """The Comparison chapter's charts page (clinician path) builds its charts on first opening: 0.34 s here, with
    pyqtgraph's import when Results has not been opened yet; the same wait pointer as Results' charts."""
    from aim_explainer.plots.panel.chart_panel import ChartPanel

    pointers: list[Qt.CursorShape | None] = []
    build = ChartPanel.build

    def watched_build(chart: ChartPanel) -> None:
        cursor = QApplication.overrideCursor()
        pointers.append(cursor.shape() if cursor is not None else None)
        build(chart)

    monkeypatch.setattr(ChartPanel, "build", watched_build)
    window = make_window("en")
    window.state.set_audience("clinician")
    window.show_chapter("comparison")
    tab = window.chapter_tabs[CHAPTERS.index("comparison")]
    assert not tab.charts
    switch = tab.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=switch.tabRect(1).center())
    qtbot.waitUntil(lambda: len(tab.charts) > 0)
    assert pointers, "the charts were built"
    assert set(pointers) == {Qt.CursorShape.WaitCursor}
    assert QApplication.overrideCursor() is None
