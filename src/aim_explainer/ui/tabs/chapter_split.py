"""The one rule for a chapter's two parts (the Results and Comparison tabs: the text and a chart or a table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSplitter, QStyle, QTextEdit, QWidget

# Side by side, the text is never narrower than this, nor than its heading's longest word: a handle dragged to the
# edge wrapped the chapter heading one letter a line.
TEXT_MIN_CHARS = 20


class ChapterSplit:
    """A chapter's two parts in a splitter: side by side where the chapter is wide enough (in average characters
    of its text, so that large text counts as a narrow window), one above the other where not; the usual shares
    until the reader drags the handle, theirs from then on until the arrangement changes."""

    def __init__(self, chapter: QWidget, splitter: QSplitter, text: QTextEdit) -> None:
        self.chapter = chapter  # whose width and text size decide
        self.splitter = splitter
        self.text = text
        self.reader_moved = False
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._reader_moved)
        text.textChanged.connect(self._keep_text_readable)  # another language: other heading words

    def width_in_chars(self) -> float:
        """The chapter's width in average characters of its text: what decides its layout at any text size."""
        return self.chapter.width() / max(self.chapter.fontMetrics().averageCharWidth(), 1)

    def orient(
        self, side_by_side_chars: float, narrow_chars: float | None = None, stacked_need: int = 0
    ) -> tuple[bool, bool]:
        """Side by side when `side_by_side_chars` fit the width, or `narrow_chars` do while one above the other
        would not fit the height the splitter has (`stacked_need`: at 150 % scaling a stacked chart kept 190 px
        and showed one of its three rows); one above the other when not. Returns (side by side, changed just
        now); a change forgets the reader's drag, as a new arrangement starts from the usual shares."""
        chars = self.width_in_chars()
        stacked_fits = (
            self.splitter.height() - self.splitter.handleWidth() >= stacked_need
        )  # the handle takes its share
        wide = chars >= side_by_side_chars or (not stacked_fits and narrow_chars is not None and chars >= narrow_chars)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        changed = self.splitter.orientation() != orientation
        if changed:
            self.splitter.setOrientation(orientation)
            self.reader_moved = False
        self._keep_text_readable()
        return wide, changed

    def _keep_text_readable(self) -> None:
        wide = self.splitter.orientation() == Qt.Orientation.Horizontal
        self.text.setMinimumWidth(self.text_min_width() if wide else 0)

    def text_min_width(self) -> int:
        """TEXT_MIN_CHARS average characters of the text, or the heading's longest word (a hyphen may end a line)
        and the text's margins and scroll bar, whichever is wider, as the heading's letters are twice the size of
        the text's; but never more than half the chapter, whose other part needs room too (very large text)."""
        floor = self.text.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS
        document = self.text.document()
        block = document.firstBlock()
        while block.isValid() and not block.text().strip():
            block = block.next()
        if not block.isValid():
            return floor
        metrics = QFontMetrics(block.begin().fragment().charFormat().font())
        words = block.text().replace("-", "- ").split()
        longest = max(metrics.horizontalAdvance(word) for word in words)
        chrome = 2 * document.documentMargin() + 2 * self.text.frameWidth()
        chrome += self.text.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(floor, min(round(longest + chrome) + 2, self.chapter.width() // 2))

    def share(self, first_of: Callable[[int], int]) -> None:
        """Give the first part `first_of(total)` pixels of the splitter's length and the second the rest, unless
        the reader has dragged the handle."""
        wide = self.splitter.orientation() == Qt.Orientation.Horizontal
        total = (self.splitter.width() if wide else self.splitter.height()) - self.splitter.handleWidth()
        if total <= 0 or self.reader_moved:
            return
        first = first_of(total)
        self.splitter.blockSignals(True)  # not the reader's doing
        self.splitter.setSizes([first, total - first])
        self.splitter.blockSignals(False)

    def _reader_moved(self, *_args: object) -> None:
        """The reader dragged the handle: the shares are theirs until the arrangement changes."""
        self.reader_moved = True
