"""The buttons under a chart: the table in the plot's place, and the chart saved as a PNG picture or SVG drawing.

Plain buttons of the panel (no container of their own: the focus order and what a screen reader finds stay the
panel's), in a row that wraps (ButtonFlow), with their words in the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from aim_explainer.i18n import translate
from aim_explainer.plots.panel.button_flow import ButtonFlow
from aim_explainer.plots.panel.export import ask_and_export


class ChartButtons:
    """`table` toggles `show_table`; `png` and `svg` ask for a file and `export` the chart to it."""

    def __init__(
        self,
        panel: QWidget,
        chart_id: str,
        export: Callable[[Path], Path],
        show_table: Callable[[bool], None],
        spacing: int,
    ) -> None:
        self.table = QPushButton(panel)
        self.table.setCheckable(True)
        self.table.toggled.connect(show_table)
        self.table.toggled.connect(self._name_table)  # it names what a press brings: the table, or the chart back
        self.png = QPushButton(panel)
        self.png.clicked.connect(lambda: ask_and_export(panel, chart_id, "png", export))
        self.svg = QPushButton(panel)
        self.svg.clicked.connect(lambda: ask_and_export(panel, chart_id, "svg", export))
        # a row of its own that wraps, so that large text or a narrow pane never makes the chart wider than its room
        self.row = ButtonFlow()
        self.row.setSpacing(spacing)  # the gap a row in the panel's column had
        for button in self.all():
            self.row.addWidget(button)

    def all(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.table, self.png, self.svg

    def _name_table(self) -> None:
        self.table.setText(
            translate("ChartButtons", "Show chart")
            if self.table.isChecked()
            else translate("ChartButtons", "Show table")
        )

    def retranslate(self) -> None:
        self._name_table()
        self.table.setAccessibleName(translate("ChartButtons", "Show the chart as a table"))
        self.png.setText(translate("ChartButtons", "Save PNG…"))
        self.png.setAccessibleName(translate("ChartButtons", "Save the chart as a PNG picture"))
        self.svg.setText(translate("ChartButtons", "Save SVG…"))
        self.svg.setAccessibleName(translate("ChartButtons", "Save the chart as an SVG drawing"))
