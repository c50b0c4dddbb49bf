"""What a chapter with charts on pages of its own shares: find a chart, know the page, take them apart."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabBar

from aim_explainer.plots.settle import settle


class ChartHost:
    """Mixed into a chapter tab that keeps `pages`, `charts` and builds them in `ensure_charts()`."""

    PAGE_IDS: tuple[str, ...] = ()  # names of the pages in files (screenshots), in page order; the first is the text
    pages: QStackedWidget
    charts: list
    _disposed: bool

    def ensure_charts(self) -> None:
        raise NotImplementedError

    def width_in_chars(self) -> float:
        """The chapter's width in average characters of its text: what decides its layout at any text size."""
        widget = self  # mixed into a QWidget
        # Type checker: the widget is a QWidget (the tab itself); the mixin's parameter type cannot say so.
        return widget.width() / max(widget.fontMetrics().averageCharWidth(), 1)  # type: ignore[attr-defined]

    def orient_splitter(self, splitter: QSplitter, side_by_side_chars: float) -> tuple[bool, bool]:
        """The chapter's two parts side by side when `side_by_side_chars` average characters fit the width, one
        above the other when not (large text, a small window). Returns (side by side, changed just now); a change
        forgets the reader's drag, as a new arrangement starts from the usual shares."""
        wide = self.width_in_chars() >= side_by_side_chars
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        changed = splitter.orientation() != orientation
        if changed:
            splitter.setOrientation(orientation)
            self._user_moved = False
        return wide, changed

    def _reader_moved(self, *_args: object) -> None:
        """The reader dragged the handle: the shares are theirs until the arrangement changes."""
        self._user_moved = True

    def make_page_switch(self, object_name: str, names: list[str]) -> QTabBar:
        """The row of pages: a tab bar, not buttons, as it scrolls rather than widen the window."""
        switch = QTabBar(self)  # type: ignore[arg-type]  # ChartHost is mixed into a QWidget, always
        switch.setObjectName(object_name)
        switch.setDrawBase(False)
        switch.setExpanding(False)
        switch.setUsesScrollButtons(True)
        for name in names:
            switch.addTab(name)
        switch.currentChanged.connect(self.show_page)
        return switch

    def show_page(self, index: int) -> None:
        raise NotImplementedError

    def chart(self, chart_id: str):
        self.ensure_charts()
        return next(c for c in self.charts if c.chart_id == chart_id)

    def charts_at_their_end(self) -> None:
        """Animated charts paused on their last frame: a still picture shows the whole story."""
        for chart in self.charts:
            if hasattr(chart, "seek") and chart._built:
                chart.pause()
                chart.seek(chart.end())

    def show_each_page(self) -> Iterator[str]:
        """Show each page after the first in turn, its charts built, at their end and laid out, and yield its
        id (for screenshots and exports); then back to the first page."""
        self.ensure_charts()
        self.charts_at_their_end()
        try:
            for index, page_id in enumerate(self.PAGE_IDS[1:], start=1):
                self.show_page(index)
                settle()
                yield page_id
        finally:
            self.show_page(0)

    def dispose(self) -> None:
        """The window is closing for good: stop and take apart the charts."""
        self._disposed = True
        for chart in self.charts:
            chart.dispose()
