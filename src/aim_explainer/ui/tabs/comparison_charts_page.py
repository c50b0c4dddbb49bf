"""The Comparison chapter's page of charts (the clinician path's): a caption that says what both charts show,
and the two charts in one row, or one above the other when the chapter is narrow. The charts are built on first
need, with the wait pointer: pyqtgraph is imported only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from aim_explainer.i18n import translate
from aim_explainer.plots.catalogue import COMPARISON_CHARTS
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.application import busy
from aim_explainer.ui.tabs.chart_host import ChartHost

if TYPE_CHECKING:  # pyqtgraph loads with the first chart, not with the window
    from aim_explainer.plots.charts.comparison_difference import ComparisonDifferenceChart
    from aim_explainer.plots.charts.danish_scores import DanishScoresChart

    ComparisonChart = ComparisonDifferenceChart | DanishScoresChart  # the catalogue's COMPARISON_CHARTS

CHARTS_SIDE_BY_SIDE_CHARS = 200  # below this, the two charts sit one above the other


class ComparisonChartsPage(QScrollArea):
    built = Signal()  # the charts were built just now, still under the wait pointer: the tab lays them out

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.host: ChartHost[ComparisonChart] = ChartHost()
        self.setObjectName("comparison_charts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: it follows the focus inside
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.caption = QLabel(page)
        self.caption.setObjectName("comparison_chart_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.caption)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        box.addLayout(self.row, 1)
        self.setWidget(page)

    @property
    def charts(self) -> list[ComparisonChart]:
        return self.host.charts

    def ensure_charts(self) -> None:
        """Build the charts on first need (first visit, screenshots, exports)."""
        if not self.host.to_build():
            return
        # the wait pointer, as for Results' charts: 0.36 s here on first opening, pyqtgraph's import with it
        with busy():
            for spec in COMPARISON_CHARTS:
                # the class, and pyqtgraph, are imported only now: not before the window paints
                chart = spec.load()(self.state, self.widget())
                self.row.addWidget(chart, 1)
                self.host.charts.append(chart)
            self.host.at_their_end()  # the scores are shown whole; Play runs them from the start
            self.state.data_changed.connect(self.host.at_their_end)
            self.built.emit()

    def arrange(self, width_in_chars: float) -> None:
        """The charts side by side when the chapter is wide enough, else one above the other."""
        self.row.setDirection(
            QBoxLayout.Direction.LeftToRight
            if width_in_chars >= CHARTS_SIDE_BY_SIDE_CHARS
            else QBoxLayout.Direction.TopToBottom
        )

    def retranslate(self) -> None:
        self.caption.setText(
            translate(
                "ComparisonChartsPage",
                "Both charts show points on the RMDQ questionnaire. The first sets the two trials' difference after "
                "one year on one axis: for the Danish trial the gap between the groups' typical scores, unadjusted "
                "and with no interval; for AIM the difference between means, with its 95% confidence interval. The "
                "second shows where the Danish gap comes from, beside a bar as tall as AIM's line set in advance.",
            )
        )

    def text_lines(self) -> list[str]:
        """The page in words: the caption, then each built chart's title, summary and text lines."""
        lines = [self.caption.text()]
        for chart in self.charts:
            if chart._built:
                lines += ["", chart.title(), chart.summary_text(), *chart.text_lines()]
        return lines
