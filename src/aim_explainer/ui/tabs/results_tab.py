"""The Results chapter: the text, and the four live charts one click (or key) away."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.tabs.chapter_tab import ChapterTab
from aim_explainer.ui.tabs.chart_host import ChartHost


def chart_classes() -> list[type]:
    # Imported here: pyqtgraph loads when the Results chapter is built, not before the window paints.
    from aim_explainer.plots.effect_chart import EffectChart
    from aim_explainer.plots.points_chart import PointsChart
    from aim_explainer.plots.rerun_chart import RerunChart
    from aim_explainer.plots.year_chart import YearChart

    return [EffectChart, YearChart, RerunChart, PointsChart]


def page_names() -> list[str]:
    return [
        translate("ResultsTab", "Text"),
        translate("ResultsTab", "The difference"),
        translate("ResultsTab", "Over the year"),
        translate("ResultsTab", "If the study were run again"),
        translate("ResultsTab", "What a point means"),
    ]


class ResultsTab(ChartHost, ChapterTab):
    chapter = "results"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.charts: list = []
        self._disposed = False
        self.pages = QStackedWidget(self)
        self.layout().removeWidget(self.view)
        self.pages.addWidget(self.view)
        self.switch = self.make_page_switch("results_pages", page_names())
        self.layout().addWidget(self.switch)
        self.layout().addWidget(self.pages, 1)
        self.layout().setContentsMargins(0, 6, 0, 0)
        self._relabel_switch()

    def title(self) -> str:
        return translate("ResultsTab", "Results")

    def ensure_charts(self) -> None:
        """Build the charts on first need (first visit, screenshots, exports)."""
        if self.charts or self._disposed:
            return
        for cls in chart_classes():
            # each chart scrolls as a whole when large text leaves it too little height
            holder = QScrollArea(self.pages)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            chart = cls(self.state, holder)
            holder.setWidget(chart)
            self.pages.addWidget(holder)
            self.charts.append(chart)

    def show_page(self, index: int) -> None:
        if index:
            self.ensure_charts()
        self.pages.setCurrentIndex(index)
        self.switch.setCurrentIndex(index)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.ensure_charts)  # after this paint: the text shows at once

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "switch"):
            self._relabel_switch()

    def _relabel_switch(self) -> None:
        self.switch.setAccessibleName(translate("ResultsTab", "Text or charts of the results"))
        for index, name in enumerate(page_names()):
            self.switch.setTabText(index, name)
            self.switch.setTabToolTip(index, translate("ResultsTab", "Show: {page}").format(page=name))
