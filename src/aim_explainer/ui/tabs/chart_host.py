"""What a chapter with charts on pages of its own has: its charts (ui/tabs/page_switch.py switches the pages)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

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
