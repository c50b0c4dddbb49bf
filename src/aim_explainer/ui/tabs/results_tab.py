"""The Results chapter: the text, and the four live charts one click (or key) away."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


def chart_classes() -> list[type]:
    # Imported here: pyqtgraph loads when the Results chapter is built, not before the window paints.
    from aim_explainer.plots.effect_chart import EffectChart
    from aim_explainer.plots.points_chart import PointsChart
    from aim_explainer.plots.rerun_chart import RerunChart
    from aim_explainer.plots.year_chart import YearChart

    return [EffectChart, YearChart, RerunChart, PointsChart]


class ResultsTab(ChapterTab):
    chapter = "results"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.pages = QStackedWidget(self)
        self.layout().removeWidget(self.view)
        self.pages.addWidget(self.view)
        self.charts: list = []
        self._disposed = False
        self.switch = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.text_button = self._add_switch_button(0)
        self.chart_buttons: list[QPushButton] = []
        self.switch.addStretch(1)
        self.layout().addLayout(self.switch)
        self.layout().addWidget(self.pages, 1)
        self.layout().setContentsMargins(0, 6, 0, 0)
        self.text_button.setChecked(True)
        self._relabel_switch()

    def title(self) -> str:
        return translate("ResultsTab", "Results")

    def _add_switch_button(self, index: int) -> QPushButton:
        button = QPushButton(self)
        button.setCheckable(True)
        button.setMinimumHeight(30)
        button.clicked.connect(lambda: self.show_page(index))
        self.group.addButton(button, index)
        self.switch.insertWidget(index, button)
        return button

    def ensure_charts(self) -> None:
        """Build the charts on first need (first visit, screenshots, exports)."""
        if self.charts or self._disposed:
            return
        for index, cls in enumerate(chart_classes(), start=1):
            chart = cls(self.state, self.pages)
            self.pages.addWidget(chart)
            self.charts.append(chart)
            self.chart_buttons.append(self._add_switch_button(index))
        self._relabel_switch()

    def show_page(self, index: int) -> None:
        if index:
            self.ensure_charts()
        self.pages.setCurrentIndex(index)
        self.group.button(index).setChecked(True)

    def chart(self, chart_id: str):
        self.ensure_charts()
        return next(c for c in self.charts if c.chart_id == chart_id)

    def dispose(self) -> None:
        """The window is closing for good: stop and take apart the charts."""
        self._disposed = True
        for chart in self.charts:
            chart.dispose()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.ensure_charts)  # after this paint: the text shows at once

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "group"):
            self._relabel_switch()

    def _relabel_switch(self) -> None:
        names = [
            translate("ResultsTab", "Text"),
            translate("ResultsTab", "The difference"),
            translate("ResultsTab", "Over the year"),
            translate("ResultsTab", "If the study were run again"),
            translate("ResultsTab", "What a point means"),
        ]
        for index, name in enumerate(names):
            button = self.group.button(index)
            if button is not None:
                button.setText(name)
                button.setAccessibleName(translate("ResultsTab", "Show: {page}").format(page=name))
