"""What a chapter with charts on pages of its own has: its charts, and the row of pages that switches them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QTabBar, QWidget

if TYPE_CHECKING:  # pyqtgraph loads with the first chart, not with the window
    from aim_explainer.plots.panel.chart_panel import ChartPanel

Chart = TypeVar("Chart", bound="ChartPanel")  # a chapter's kind of chart: the Comparison's tell their text lines


class ChartHost(Generic[Chart]):
    """A chapter's charts: the tab builds them on first need (it knows where each goes) into `charts`; the host
    finds them by id, stops them at their end for a still picture and takes them apart when the window closes."""

    def __init__(self) -> None:
        self.charts: list[Chart] = []
        self.disposed = False

    def to_build(self) -> bool:
        """None built yet, and the window not closing: the tab builds them now."""
        return not self.charts and not self.disposed

    def chart(self, chart_id: str) -> Chart:
        return next(c for c in self.charts if c.chart_id == chart_id)

    def at_their_end(self) -> None:
        """Animated charts paused on their last frame: a still picture shows the whole story."""
        for chart in self.charts:
            if chart.animated and chart._built:
                chart.pause()
                chart.seek(chart.end())

    def dispose(self) -> None:
        """The window is closing for good: stop and take apart the charts, and build none after."""
        self.disposed = True
        for chart in self.charts:
            chart.dispose()


def page_switch(parent: QWidget, object_name: str, names: list[str]) -> QTabBar:
    """The row of a chapter's pages: a tab bar, not buttons, as it scrolls rather than widen the window."""
    switch = QTabBar(parent)
    switch.setObjectName(object_name)
    switch.setDrawBase(False)
    switch.setExpanding(False)
    switch.setUsesScrollButtons(True)
    for name in names:
        switch.addTab(name)
    return switch
