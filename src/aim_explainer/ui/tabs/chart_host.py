"""What a chapter with charts on pages of its own shares: find a chart, know the page, take them apart."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class ChartHost:
    """Mixed into a chapter tab that keeps `pages`, `charts` and builds them in `ensure_charts()`."""

    pages: QStackedWidget
    charts: list
    _disposed: bool

    def ensure_charts(self) -> None:
        raise NotImplementedError

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def chart(self, chart_id: str):
        self.ensure_charts()
        return next(c for c in self.charts if c.chart_id == chart_id)

    def dispose(self) -> None:
        """The window is closing for good: stop and take apart the charts."""
        self._disposed = True
        for chart in self.charts:
            chart.dispose()
