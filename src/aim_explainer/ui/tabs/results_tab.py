"""The Results chapter: the text, and the four live charts one click (or key) away."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from aim_explainer.i18n import translate
from aim_explainer.plots.catalogue import RESULTS_CHARTS
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.tabs.chapter_tab import ChapterTab
from aim_explainer.ui.tabs.chart_host import ChartHost

TEXT_PAGE = "text"


def page_name(page_id: str) -> str:
    """The switch's name of a page: the text, or a chart by its id (the wording is the tab's, the charts are
    the catalogue's)."""
    return {
        TEXT_PAGE: translate("ResultsTab", "Text"),
        "effect": translate("ResultsTab", "The difference"),
        "year": translate("ResultsTab", "Over the year"),
        "rerun": translate("ResultsTab", "If the study were run again"),
        "points": translate("ResultsTab", "What a point means"),
    }[page_id]


class ResultsTab(ChartHost, ChapterTab):
    chapter = "results"
    PAGE_IDS = (TEXT_PAGE, *(spec.chart_id for spec in RESULTS_CHARTS))

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.charts: list = []
        self._disposed = False
        self.pages = QStackedWidget(self)
        self.layout().removeWidget(self.view)
        self.pages.addWidget(self.view)
        self.switch = self.make_page_switch("results_pages", [page_name(page) for page in self.PAGE_IDS])
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
        for spec in RESULTS_CHARTS:
            # each chart scrolls as a whole when large text leaves it too little height
            holder = QScrollArea(self.pages)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            chart = spec.load()(self.state, holder)  # the class, and pyqtgraph, are imported only now
            holder.setWidget(chart)
            self.pages.addWidget(holder)
            self.charts.append(chart)

    def show_page(self, index: int) -> None:
        if index:
            self.ensure_charts()
        self.pages.setCurrentIndex(index)
        self.switch.setCurrentIndex(index)

    def show_each_chart(self) -> Iterator:
        """Each chart on its page in turn, fully drawn (see show_each_page)."""
        for chart_id in self.show_each_page():
            yield self.chart(chart_id)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.ensure_charts)  # after this paint: the text shows at once

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "switch"):
            self._relabel_switch()

    def _relabel_switch(self) -> None:
        self.switch.setAccessibleName(translate("ResultsTab", "Text or charts of the results"))
        for index, page in enumerate(self.PAGE_IDS):
            name = page_name(page)
            self.switch.setTabText(index, name)
            self.switch.setTabToolTip(index, translate("ResultsTab", "Show: {page}").format(page=name))
