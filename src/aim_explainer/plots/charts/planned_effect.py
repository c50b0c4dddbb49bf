"""The patient's effect chart: the trial's three planned results only, the zero line named "no difference", and
the smallest difference that matters as a shaded zone. The exploratory subgroups and the Danish line stay on the
clinician's chart (effect_chart.py): a patient should not read "it works for people like me" into an idea."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem

from aim_explainer.core.data import StudyData
from aim_explainer.core.effects import LAYER_MCID, LAYER_TOTAL, ForestRow, rows_for
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.charts.effect import WORDS_Z, EffectChart

ZONE_ALPHA = 40  # of 255: the zone tints the plot, the intervals stay in front and fully readable


class PlannedEffectChart(EffectChart):
    chart_id = "effect-planned"
    danish_line = False

    def chart_rows(self, data: StudyData) -> list[ForestRow]:
        return rows_for(data, "patient")

    def draw(self, data: StudyData) -> None:
        super().draw(data)
        plot = self.plot.getPlotItem()
        if "mcid" in self.reference_lines:  # its label left of the line: right of it the chart ends
            label = self.reference_lines["mcid"].label
            label.anchors = [(1, 0), (1, 0)]
            label.updatePosition()
        if self.mcid is not None:  # from the line set in advance to the chart's edge: differences that matter
            top, bottom = max(self.row_y) + 0.8, min(self.row_y) - 1.0
            left = float(self.mcid)
            zone = QGraphicsRectItem(QRectF(left, bottom, self.x_range[1] - left, top - bottom))
            colour = QColor(style.THRESHOLD)
            colour.setAlpha(ZONE_ALPHA)
            zone.setBrush(colour)
            zone.setPen(pg.mkPen(None))
            zone.setZValue(-10)
            plot.addItem(zone)
            self.add_to_layer(LAYER_MCID, zone)
        # below the rows: at the top it covered the label of the line set in advance in a narrow window
        self.zero_label = pg.TextItem(anchor=(0.5, 0.5), color=style.NEUTRAL, fill=style.LABEL_PATCH)
        self.zero_label.setPos(0, min(self.row_y) - 0.5)
        self.zero_label.setZValue(WORDS_Z)
        plot.addItem(self.zero_label)
        self.add_to_layer(LAYER_TOTAL, self.zero_label)

    def words_below_rows(self) -> list[pg.TextItem]:
        return [self.zero_label]

    def place_below_rows(self, shown_rows: list[float]) -> None:
        if shown_rows:  # below the rows on show: below all rows, it ran out of the plot
            self.zero_label.setPos(0, min(shown_rows) - 0.45)

    def relabel(self) -> None:
        super().relabel()
        if "mcid" in self.reference_lines:
            self.reference_lines["mcid"].label.setFormat(
                translate("PlannedEffectChart", "Set in advance: {value}\n(enough to matter)").format(
                    value=self._number(self.mcid)
                )
            )
        self.zero_label.setText(translate("PlannedEffectChart", "no difference"))
        self.zero_label.setFont(style.chart_font(self.font_size() * 0.9))

    def title(self) -> str:
        return translate("PlannedEffectChart", "The difference after one year: results of the planned analyses")

    def summary_text(self) -> str:
        total = next((r for r in self.rows if r.key == "effect_total"), None)
        if total is None:
            return ""
        text = translate(
            "PlannedEffectChart",
            "All patients: {value} points better with amoxicillin ({interval}). The shaded zone starts at the line "
            "set in advance, {mcid} points: the smallest difference that was to count.",
        ).format(value=self._number(total.estimate.value), interval=self._interval(total), mcid=self._number(self.mcid))
        if self.mcid is not None and all(r.estimate.value < self.mcid for r in self.rows):
            text += " " + translate("PlannedEffectChart", "None of the estimates reaches it.")
        return text
