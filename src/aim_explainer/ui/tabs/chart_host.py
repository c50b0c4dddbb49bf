"""What a chapter with charts on pages of its own shares: find a chart, know the page, take them apart."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabBar


class ChartHost:
    """Mixed into a chapter tab that keeps `pages`, `charts` and builds them in `ensure_charts()`."""

    pages: QStackedWidget
    charts: list
    _disposed: bool

    def ensure_charts(self) -> None:
        raise NotImplementedError

    def make_page_switch(self, object_name: str, names: list[str]) -> QTabBar:
        """The row of pages: a tab bar, not buttons, as it scrolls rather than widen the window."""
        switch = QTabBar(self)  # type: ignore[arg-type] - mixed into a QWidget
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

    def dispose(self) -> None:
        """The window is closing for good: stop and take apart the charts."""
        self._disposed = True
        for chart in self.charts:
            chart.dispose()
