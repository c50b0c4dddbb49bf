"""The first opening of Results builds its charts (pyqtgraph's import, four charts: about 2.5 s on a slow
machine): the pointer says the application is busy meanwhile, and is itself again after."""

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
