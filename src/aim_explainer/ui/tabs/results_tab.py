"""The Results chapter: it opens on its main chart beside the main result, and the other charts are one click
(or key) away. It shows AIM only: the Danish curves belong to the Comparison chapter.

The patient path's main chart has the three planned results; the clinician path's adds the exploratory
subgroups, and a page of its own for the simulation (plots/catalogue.py says which chart is whose).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from aim_explainer.accessibility import PageStack
from aim_explainer.i18n import translate
from aim_explainer.plots.catalogue import MAIN_CHARTS, RESULTS_CHARTS
from aim_explainer.plots.settle import settle
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.application import busy
from aim_explainer.ui.tabs.chapter_split import ChapterSplit
from aim_explainer.ui.tabs.chapter_tab import ChapterTab
from aim_explainer.ui.tabs.chart_host import ChartHost
from aim_explainer.ui.tabs.page_switch import PageSwitch

if TYPE_CHECKING:  # pyqtgraph loads with the first chart, not with the window
    from aim_explainer.plots.panel.chart_panel import ChartPanel

MAIN_PAGE = "main"
# the pages after the first, in order; a page for one audience only comes last, so the others keep their index
CHART_PAGES = tuple(spec.chart_id for spec in RESULTS_CHARTS if spec.chart_id not in MAIN_CHARTS.values())
ALL_PAGES = (MAIN_PAGE, *CHART_PAGES)
SIDE_BY_SIDE_CHARS = 105  # below this width, in average characters, the chart sits above the text
NARROW_CHARS = 60  # side by side down to this width when the height is too little for the chart above the text
# of the width, side by side: the clinician's chart has six rows and two reference lines, and needs more room
TEXT_SHARE = {"patient": 0.42, "clinician": 0.34}
CHART_SHARE = 0.62  # of the height, the chart above the text, when that is more than the chart needs
TEXT_MIN_LINES = 4  # the text below the chart keeps at least this many lines


def page_name(page_id: str) -> str:
    """The switch's name of a page (the wording is the tab's, the charts are the catalogue's)."""
    return {
        MAIN_PAGE: translate("ResultsTab", "The result"),
        "points": translate("ResultsTab", "What a point means"),
        "side-effects": translate("ResultsTab", "Side effects"),
        "rerun": translate("ResultsTab", "If the study were run again"),
    }[page_id]


class ResultsTab(ChapterTab):
    chapter = "results"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.host: ChartHost[ChartPanel] = ChartHost()
        self.holders: dict[str, QScrollArea] = {}  # each chart's scroll area, by chart id
        self.column.removeWidget(self.view)
        self.main_charts = PageStack(self)  # the main chart of each audience, one shown
        self.main_charts.setObjectName("results_main_chart")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("results_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.main_charts)
        self.split = ChapterSplit(self, self.splitter, self.view)
        self.pages = PageStack(self)
        self.pages.addWidget(self.splitter)
        self.switch = PageSwitch(self, "results_pages", [page_name(page) for page in ALL_PAGES])
        self.switch.page_chosen.connect(self.show_page)
        self.column.addWidget(self.switch)
        self.column.addWidget(self.pages, 1)
        self.column.setContentsMargins(0, 6, 0, 0)
        state.audience_changed.connect(self._show_audience)
        self.retranslate()
        self._show_audience()

    @property
    def PAGE_IDS(self) -> tuple[str, ...]:  # noqa: N802 - a constant in the Comparison tab, read only here
        """The pages this audience sees, in order (screenshots name their files by them)."""
        hidden = {spec.chart_id for spec in RESULTS_CHARTS if not spec.shown_to(self.state.audience)}
        return tuple(page for page in ALL_PAGES if page not in hidden)

    @property
    def charts(self) -> list[ChartPanel]:
        return self.host.charts

    def chart(self, chart_id: str) -> ChartPanel:
        self.ensure_charts()
        return self.host.chart(chart_id)

    def charts_at_their_end(self) -> None:
        self.host.at_their_end()

    def dispose(self) -> None:
        self.host.dispose()

    def ensure_charts(self) -> None:
        """Build the charts on first need (first visit, screenshots, exports)."""
        if not self.host.to_build():
            return
        with busy():  # pyqtgraph's first import, four charts and their layout: seconds on a slow machine
            self._build_charts()
            self._show_audience()
            self._arrange()

    def _build_charts(self) -> None:
        for spec in RESULTS_CHARTS:
            main = spec.chart_id in MAIN_CHARTS.values()
            # each chart scrolls as a whole when large text leaves it too little height
            holder = QScrollArea(self.main_charts if main else self.pages)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop before the chart; Tab scrolls to it
            chart = spec.load()(self.state, holder)  # the class, and pyqtgraph, are imported only now
            holder.setWidget(chart)
            self.holders[spec.chart_id] = holder
            (self.main_charts if main else self.pages).addWidget(holder)
            self.host.charts.append(chart)

    def show_page(self, index: int) -> None:
        if index:
            self.ensure_charts()
        self.pages.setCurrentIndex(index)
        self.switch.set_current_page(index)

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

    def show_chart(self, chart_id: str) -> ChartPanel:
        """Show the page (and, for a main chart, the place) that holds a chart, whatever the audience."""
        chart = self.chart(chart_id)
        if chart_id in MAIN_CHARTS.values():
            self.show_page(0)
            self.main_charts.setCurrentWidget(self.holders[chart_id])
        else:
            self.show_page(ALL_PAGES.index(chart_id))
        return chart

    def show_each_chart(self) -> Iterator[ChartPanel]:
        """Every chart of the chapter, each in turn on its page, fully drawn, both audiences' (for exports);
        then back to the first page and this audience's main chart."""
        self.ensure_charts()
        self.charts_at_their_end()
        try:
            for spec in RESULTS_CHARTS:
                chart = self.show_chart(spec.chart_id)
                settle()
                yield chart
        finally:
            self.show_page(0)
            self._show_audience()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self.ensure_charts)  # after this paint: the text shows at once

    def retranslate(self) -> None:
        super().retranslate()
        self._relabel_switch()

    def _show_audience(self, *_args: object) -> None:
        audience = self.state.audience
        for index, page in enumerate(ALL_PAGES):
            spec = next((s for s in RESULTS_CHARTS if s.chart_id == page), None)
            self.switch.set_page_shown(index, spec is None or spec.shown_to(audience))
        if not self.switch.is_page_shown(self.pages.currentIndex()):
            self.show_page(0)
        if self.charts:
            self.main_charts.setCurrentWidget(self.holders[MAIN_CHARTS[audience]])
        self._arrange()  # this audience's shares, unless the reader has set their own

    def main_chart(self) -> ChartPanel:
        """The main chart this audience sees beside the text."""
        return self.chart(MAIN_CHARTS[self.state.audience])

    def _relabel_switch(self) -> None:
        self.switch.setAccessibleName(translate("ResultsTab", "Pages in the results"))
        for index, page in enumerate(ALL_PAGES):
            name = page_name(page)
            self.switch.set_page_text(index, name, translate("ResultsTab", "Show: {page}").format(page=name))

    # --- layout: the chart beside the text where there is room, above it where not ------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def chart_need(self, width: int) -> int:
        """The height the main chart needs at `width` to show its whole plot (heading, every row, the axis and the
        lines), without its buttons and words below, which may scroll."""
        if not self.charts:
            return 0
        chart = self.main_chart()
        layout = chart.layout()
        assert layout is not None, "a chart panel lays out its heading, plot and controls in its constructor"
        margins = layout.contentsMargins()
        heading = chart.heading.heightForWidth(width - margins.left() - margins.right())
        return margins.top() + max(heading, 0) + layout.spacing() + chart.plot.minimumHeight()

    def text_min(self) -> int:
        return self.view.fontMetrics().lineSpacing() * TEXT_MIN_LINES

    def _arrange(self) -> None:
        # Stacked only where the chart's whole plot and a few lines of text fit one above the other; side by
        # side, the chart has the full height.
        need = self.chart_need(self.splitter.width())
        wide, changed = self.split.orient(SIDE_BY_SIDE_CHARS, NARROW_CHARS, stacked_need=need + self.text_min())
        if changed:  # the chart first when stacked: the chapter opens on it
            self.splitter.insertWidget(1 if wide else 0, self.main_charts)
        if wide:
            self.split.share(lambda total: round(total * TEXT_SHARE[self.state.audience]))
        else:  # the chart as tall as it needs (at least its usual share), the text the rest
            self.split.share(lambda total: max(round(total * CHART_SHARE), min(need, total - self.text_min())))
