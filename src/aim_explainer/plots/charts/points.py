"""What a point means: the questionnaire's yes/no statements as blocks, and how many each result fills."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from aim_explainer.core.content import SECONDARY_MARK
from aim_explainer.core.data import StudyData
from aim_explainer.core.formatting import format_number
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.panel.chart_panel import ChartPanel, ChartState
from aim_explainer.plots.row_names import name_with_trial

BLOCK = 0.86  # width of one statement's block, leaving a small gap
ROWS = (
    ("effect_total", style.AMOXICILLIN),
    ("effect_type1", style.AMOXICILLIN),
    ("aim_mcid", style.THRESHOLD),
    ("danish_diff", style.DANISH),
)


class PointsChart(ChartPanel):
    chart_id = "points"

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.build()

    def draw(self, data: StudyData) -> None:
        items = find_value(data, "rmdq_items")
        self.blocks = int(items.value) if items is not None else 0
        self.values: list[tuple[str, Decimal, str]] = []
        self.sources: dict[str, str] = {}
        self.marked: set[str] = set()
        for key, colour in ROWS:
            shown = find_value(data, key)
            if shown is not None:
                self.values.append((key, shown.value, colour))
                self.sources[key] = shown.source
                if shown.status.marked:
                    self.marked.add(key)
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        view.setXRange(0, self.blocks, padding=0.02)
        view.setYRange(-0.7, len(self.values) - 0.3, padding=0)
        self.row_y = [float(len(self.values) - 1 - i) for i in range(len(self.values))]
        self.selected = 0
        x = [i + 0.5 for i in range(self.blocks)]
        for layer, (y, (_key, value, colour)) in enumerate(zip(self.row_y, self.values, strict=True), start=1):
            empty = pg.BarGraphItem(
                x=x,
                y=[y] * self.blocks,
                width=BLOCK,
                height=0.62,
                brush=QColor(style.TREATMENT_SHADE),
                pen=style.line_pen(style.NEUTRAL, width=1),
            )
            plot.addItem(empty)
            whole = int(value)
            part = float(value) - whole
            filled_x = [i + 0.5 for i in range(whole)]
            filled_w = [BLOCK] * whole
            if part > 0:
                filled_x.append(whole + 0.5 - BLOCK / 2 + BLOCK * part / 2)
                filled_w.append(BLOCK * part)
            filled = pg.BarGraphItem(
                x=filled_x,
                y=[y] * len(filled_x),
                width=filled_w,
                height=0.62,
                brush=QColor(colour),
                pen=style.line_pen(colour, width=1),
            )
            plot.addItem(filled)
            self.add_to_layer(layer, empty, filled)  # a presentation reveals one row at a time
        plot.showAxis("right")

    def relabel(self) -> None:
        plot = self.plot.getPlotItem()
        size = self.font_size() * 0.95
        rows = [
            (y, k, v)
            for n, (y, (k, v, _c)) in enumerate(zip(self.row_y, self.values, strict=True), 1)
            if self.layer_visible(n)
        ]
        left = [(y, name_with_trial(k)) for y, k, _v in rows]
        right = [(y, self._value_text(k, v)) for y, k, v in rows]
        style.set_category_ticks(plot.getAxis("left"), left, size)
        style.set_category_ticks(plot.getAxis("right"), right, size)
        plot.getAxis("right").setTextPen(QColor(style.NEUTRAL))
        self.set_axis_title(
            "bottom", translate("PointsChart", "The {n} yes/no statements of the questionnaire").format(n=self.blocks)
        )

    def _value_text(self, key: str, value: Decimal) -> str:
        return translate("PointsChart", "{value} points").format(value=self._number(key, value))

    def _row_words(self, key: str, value: Decimal) -> str:
        """What the row's number is: a difference between averages, a line, or the Danish typical values."""
        number = self._number(key, value)
        if key == "aim_mcid":
            return translate("PointsChart", "{label}: {value} points").format(label=name_with_trial(key), value=number)
        if key == "danish_diff":
            return translate(
                "PointsChart", "{label}: {value} points, the gap between the groups\u2019 typical scores"
            ).format(label=name_with_trial(key), value=number)
        return translate(
            "PointsChart", "{label}: {value} points, the difference between the groups\u2019 averages"
        ).format(label=name_with_trial(key), value=number)

    def _number(self, key: str, value: Decimal) -> str:
        """The number as the text writes it, with the mark of a secondary source."""
        return format_number(value, self.lang) + (SECONDARY_MARK if key in self.marked else "")

    def title(self) -> str:
        return translate("PointsChart", "What a point means: one point is one \u201cyes\u201d on the questionnaire")

    def summary_text(self) -> str:
        parts = [
            translate(
                "PointsChart",
                "Each point is one \u201cyes\u201d to one of the {n} statements. A group\u2019s average is not a "
                "number of statements for any one person.",
            ).format(n=self.blocks)
        ]
        parts += [f"{self._row_words(k, v)}." for k, v, _c in self.values]
        danish_items = find_value(self.state.data, "rmdq_items_danish")
        if danish_items is not None:
            parts.append(
                translate(
                    "PointsChart",
                    "The Danish trial may have used the Danish version of the questionnaire, which has {n} statements.",
                ).format(n=format_number(danish_items.value, self.lang))
            )
        return " ".join(parts)

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("PointsChart", "Result"),
            translate("PointsChart", "Points"),
        ]
        rows = [[name_with_trial(k), self._number(k, v)] for k, v, _c in self.values]
        return headers, rows

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up) or not self.values:
            return False
        self.selected = (self.selected + (1 if event.key() == Qt.Key.Key_Down else -1)) % len(self.values)
        self.details.setText(self.describe_at(0, self.row_y[self.selected]))
        return True

    def focus_changed(self, focused: bool) -> None:
        if focused and self.values:
            self.details.setText(self.describe_at(0, self.row_y[self.selected]))

    def describe_at(self, x: float, y: float) -> str:
        for row_y, (key, value, _c) in zip(self.row_y, self.values, strict=True):
            if abs(row_y - y) <= 0.4:
                source = translate("PointsChart", "Source: {source}").format(source=self.sources[key])
                return f"{self._row_words(key, value)}. {source}"
        return ""
