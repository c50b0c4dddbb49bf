"""The Comparison chapter's difference chart: the effect chart, configured to set the trials side by side.

It counts RMDQ points, and puts the Danish difference (typical values, unadjusted, no interval) on the same scale
as AIM's differences with their intervals, with the line set in advance (its neighbour, danish_scores.py, shows
the Danish groups' scores and sets the one-year gap beside a bar as tall as that line).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from aim_explainer.core.data import StudyData
from aim_explainer.core.effects import DANISH_ROW, ForestRow, comparison_forest_rows
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots.charts.effect import EffectChart
from aim_explainer.plots.row_names import short_name_with_trial

DANISH_LOOK = style.Look(style.DANISH, Qt.PenStyle.DotLine, "d")


class ComparisonDifferenceChart(EffectChart):
    """Both trials' difference after one year, in points better with antibiotics than with placebo."""

    chart_id = "comparison-difference"
    danish_line = False  # the Danish result is a row of its own here

    def chart_rows(self, data: StudyData) -> list[ForestRow]:
        return comparison_forest_rows(data)

    def row_label(self, key: str) -> str:
        return short_name_with_trial(key)

    def row_look(self, row: ForestRow) -> style.Look:
        return DANISH_LOOK if row.key == DANISH_ROW else super().row_look(row)

    def unit(self) -> str:
        return translate("ComparisonDifferenceChart", "Points better with antibiotics than with placebo (RMDQ)")

    def relabel(self) -> None:
        super().relabel()
        self.direction_right.setText(translate("ComparisonDifferenceChart", "better with antibiotics") + " \u2192")

    def title(self) -> str:
        return translate("ComparisonDifferenceChart", "The difference after one year, both trials on one axis")

    def summary_text(self) -> str:
        parts = []
        danish = self._row(DANISH_ROW)
        if danish is not None:
            parts.append(
                translate(
                    "ComparisonDifferenceChart",
                    "Danish trial: {value} points better with antibiotics. It is the placebo group's typical score "
                    "minus the antibiotic group's, unadjusted, as the AIM researchers give it; no interval is "
                    "reported.",
                ).format(value=self._number(danish.estimate.value) + self._mark(danish))
            )
        type1 = self._row("effect_type1")
        if type1 is not None:
            parts.append(
                translate(
                    "ComparisonDifferenceChart",
                    "AIM, Modic type 1 (a secondary analysis): {value} points ({interval}).",
                ).format(
                    value=self._number(type1.estimate.value) + self._mark(type1),
                    interval=self._interval(type1) + self._mark(type1),
                )
            )
        if self.mcid is not None:
            parts.append(
                translate("ComparisonDifferenceChart", "The line set in advance: {mcid} points.").format(
                    mcid=self._number(self.mcid)
                )
            )
        return " ".join(parts)

    def _value_text(self, row: ForestRow) -> str:
        if row.estimate.low is None or row.estimate.high is None:
            return translate("ComparisonDifferenceChart", "{value} (no interval)").format(
                value=self._number(row.estimate.value) + self._mark(row)
            )
        return f"{self._number(row.estimate.value)}{self._mark(row)} ({self._interval(row)}{self._mark(row)})"

    def _row(self, key: str) -> ForestRow | None:
        return next((r for r in self.rows if r.key == key), None)

    def _interval(self, row: ForestRow) -> str:
        if row.estimate.low is None or row.estimate.high is None:
            return translate("ComparisonDifferenceChart", "no interval reported")
        return super()._interval(row)

    def _kind(self, row: ForestRow) -> str:
        if row.key == DANISH_ROW:
            return translate(
                "ComparisonDifferenceChart", "Difference between typical scores, unadjusted, as the AIM team gives it"
            )
        if row.key == "effect_total":
            return translate("ComparisonDifferenceChart", "Difference between means, with 95% interval")
        return translate(
            "ComparisonDifferenceChart", "Difference between means, with 95% interval (secondary analysis)"
        )

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("ComparisonDifferenceChart", "Trial and group"),
            translate("ComparisonDifferenceChart", "Points better with antibiotics"),
            translate("ComparisonDifferenceChart", "95% confidence interval"),
            translate("ComparisonDifferenceChart", "What the number is"),
            translate("ComparisonDifferenceChart", "Source"),
        ]
        rows = [
            [
                self._label(r),
                self._number(r.estimate.value) + self._mark(r),
                self._interval(r) + (self._mark(r) if r.estimate.low is not None else ""),
                self._kind(r),
                r.source,
            ]
            for r in self.rows
        ]
        return headers, rows

    def describe(self, index: int) -> str:
        row = self.rows[index]
        return translate(
            "ComparisonDifferenceChart",
            "{group}: {value} points better with antibiotics ({interval}). Source: {source}",
        ).format(
            group=self._label(row),
            value=self._number(row.estimate.value) + self._mark(row),
            interval=self._interval(row) + (self._mark(row) if row.estimate.low is not None else ""),
            source=row.source,
        )

    def text_lines(self) -> list[str]:
        """What the chart shows, as lines of text without sources (for the chapter's exported text)."""
        return [f"{self._label(r)}: {self._value_text(r)}" for r in self.rows]
