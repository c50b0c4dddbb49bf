"""A chapter's two parts (Results: the text and the main chart; Comparison: the text and the table) as the
reader arranges them by dragging the handle between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from aim_explainer.core.content import CHAPTERS
from aim_explainer.ui.tabs.chapter_split import TEXT_MIN_CHARS


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("chapter", ["results", "comparison"])
def test_a_handle_dragged_fully_left_leaves_the_text_readable(make_window, qtbot, lang: str, chapter: str) -> None:
    """Dragged to the left edge, the text keeps at least TEXT_MIN_CHARS characters a line, and the chapter
    heading its whole words (it wrapped one letter a line)."""
    window = make_window(lang)
    window.show_chapter(chapter)
    tab = window.chapter_tabs[CHAPTERS.index(chapter)]
    splitter = tab.splitter
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal and splitter.sizes()[0] > 0)
    view = tab.view
    assert splitter.indexOf(view) == 0  # the text on the left
    handle = splitter.handle(1)
    grip = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=grip)
    # to the left edge in steps, as a hand drags: past the splitter's own left end
    left = handle.mapFromGlobal(splitter.mapToGlobal(QPoint(-50, 0))).x()
    for x in range(grip.x(), left, -40):
        qtbot.mouseMove(handle, QPoint(x, grip.y()))
    qtbot.mouseMove(handle, QPoint(left, grip.y()))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(left, grip.y()))

    assert tab.split.reader_moved  # the drag happened, and the shares are the reader's now
    average = view.fontMetrics().averageCharWidth()
    assert splitter.sizes()[0] < splitter.width() // 4  # the handle went left …
    assert view.width() >= average * TEXT_MIN_CHARS  # … but no further than the text's minimum
    heading = view.document().firstBlock()
    while heading.isValid() and not heading.text().strip():
        heading = heading.next()
    words = heading.text().replace("-", "- ").split()  # a hyphen may end a line
    assert words, "the chapter opens with its heading"
    lines = heading.layout().lineCount()
    assert lines <= len(words), f"{heading.text()!r} wraps over {lines} lines at {view.width()} px"
