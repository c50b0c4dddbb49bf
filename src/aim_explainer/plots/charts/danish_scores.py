"""The Comparison chapter's scores chart: the year chart, configured for the Danish trial.

It shows the Danish groups' typical scores at each visit, and after one year sets the gap between them beside a
bar as tall as AIM's line set in advance, so that it reads against the difference chart beside it
(comparison_difference.py). Both count RMDQ points.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from aim_explainer.core.content import SECONDARY_MARK, shown_value
from aim_explainer.core.data import StudyData
from aim_explainer.core.effects import DANISH_ROW
from aim_explainer.core.formatting import format_number
from aim_explainer.core.quantities import ONE_YEAR_WEEKS
from aim_explainer.core.trajectories import Series, Visit
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.charts.year import DAYS_PER_WEEK, YearChart, series_name

BRACKET_ROOM = 11.0  # weeks of room right of the last visit for the two bars
BRACKET_TICK = 0.8  # weeks: the little feet of a bar


def visit_name(visit: Visit, treatment_days: Decimal | None, lang: str) -> str:
    """A visit in words: the data file counts weeks, and 100 days is not a whole number of them."""
    if visit.weeks == 0:
        return translate("DanishScoresChart", "at the start")
    if visit.weeks == ONE_YEAR_WEEKS:
        return translate("DanishScoresChart", "after one year")
    if treatment_days is not None and abs(visit.weeks * DAYS_PER_WEEK - treatment_days) < 1:
        days = format_number(treatment_days, lang)
        return translate("DanishScoresChart", "at the end of treatment ({days} days)").format(days=days)
    return translate("DanishScoresChart", "week {week}").format(week=format_number(visit.weeks, lang))


class DanishScoresChart(YearChart):
    """The Danish groups' typical scores at each visit, with the one-year gap beside the line set in advance."""

    chart_id = "comparison-year"

    def draw(self, data: StudyData) -> None:
        super().draw(data)
        self.gap: tuple[Decimal, Decimal] | None = None
        mcid, danish = find_value(data, "aim_mcid"), find_value(data, DANISH_ROW)
        self.comparison_mcid = mcid.value if mcid is not None else None
        self.danish_diff = danish.value if danish is not None else None
        self.danish_marked = danish is not None and danish.status.marked  # the AIM team's figure, not the article's
        one_year = {
            s.arm: v.value
            for s in self.series
            if s.study == "ALBERT2013"
            for v in s.visits
            if v.weeks == ONE_YEAR_WEEKS
        }
        self.bars_items: list = []
        self.gap_label: pg.TextItem | None = None
        self.line_label: pg.TextItem | None = None
        if "antibiotic" not in one_year or "placebo" not in one_year:
            return
        low, high = sorted((one_year["antibiotic"], one_year["placebo"]))
        self.gap = (low, high)
        plot = self.plot.getPlotItem()
        plot.getViewBox().setXRange(0, self.last_week + BRACKET_ROOM, padding=0.02)
        x_gap, x_line = self.last_week + 3.5, self.last_week + 7.5
        self.gap_bar = self._bar(x_gap, float(low), float(high), style.DANISH, Qt.PenStyle.SolidLine)
        self.gap_label = pg.TextItem(anchor=(0, 0.5), color=style.DANISH)
        self.gap_label.setPos(x_gap + 0.4, (float(low) + float(high)) / 2)
        plot.addItem(self.gap_label)
        if self.comparison_mcid is not None:
            top = float(low) + float(self.comparison_mcid)
            self.line_bar = self._bar(x_line, float(low), top, style.THRESHOLD, Qt.PenStyle.DashLine)
            self.line_label = pg.TextItem(anchor=(0, 0.5), color=style.THRESHOLD)
            self.line_label.setPos(x_line + 0.4, (float(low) + top) / 2)
            plot.addItem(self.line_label)

    def _bar(self, x: float, low: float, high: float, colour: str, dash: Qt.PenStyle) -> pg.PlotDataItem:
        xs = [x - BRACKET_TICK, x, x, x - BRACKET_TICK]
        item = pg.PlotDataItem(xs, [low, low, high, high], pen=style.line_pen(colour, dash, width=3))
        self.plot.getPlotItem().addItem(item)
        self.bars_items.append(item)
        return item

    def relabel(self) -> None:
        super().relabel()
        if self.gap is None or self.gap_label is None:
            return
        font = style.chart_font(self.font_size() * 0.9, bold=True)
        gap = self._danish_gap_text()
        self.gap_label.setText(gap)
        self.gap_label.setFont(font)
        self.legend.setColumnCount(2)  # two short rows: the legend stays above the lines
        self.legend.addItem(self.gap_bar, translate("DanishScoresChart", "Danish gap after one year"))
        if self.comparison_mcid is not None and self.line_label is not None:
            self.line_label.setText(format_number(self.comparison_mcid, self.lang))
            self.line_label.setFont(font)
            self.legend.addItem(self.line_bar, translate("DanishScoresChart", "AIM's line set in advance"))
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{self.font_size() * 0.9:.0f}pt")

    def _danish_gap_text(self) -> str:
        # the AIM team's figure for the gap, which is also placebo minus antibiotic in the abstract
        if self.danish_diff is None:
            return ""
        return format_number(self.danish_diff, self.lang) + (SECONDARY_MARK if self.danish_marked else "")

    def marked_text(self) -> str:
        return self._danish_gap_text()

    def title(self) -> str:
        return translate("DanishScoresChart", "The Danish trial: typical scores at each visit")

    def summary_text(self) -> str:
        parts = [
            translate(
                "DanishScoresChart",
                "The Danish groups' typical scores at the start, at the end of treatment and after one year, as "
                "the abstract gives them; it does not say whether they are means or medians.",
            )
        ]
        if self.gap is not None and self.danish_diff is not None and self.comparison_mcid is not None:
            parts.append(
                translate(
                    "DanishScoresChart",
                    "After one year the gap between the groups is {gap} points, as the AIM team works it out; the bar "
                    "beside it is as tall as AIM's line set in advance, {mcid} points.",
                ).format(gap=self._danish_gap_text(), mcid=format_number(self.comparison_mcid, self.lang))
            )
        danish_items = shown_value(self.data, "rmdq_items_danish", self.lang).value
        if danish_items:
            parts.append(
                translate(
                    "DanishScoresChart",
                    "The Danish trial may have used the Danish version of the questionnaire, with {n} statements.",
                ).format(n=danish_items)
            )
        if any(study == "AIM2019" for study, _ in self.missing):
            parts.append(
                translate("DanishScoresChart", "AIM's scores at each visit are not in our data, so they are not drawn.")
            )
        return " ".join(parts)

    def _days(self) -> Decimal | None:
        days = find_value(self.data, "danish_days")
        return days.value if days is not None else None

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("DanishScoresChart", "Trial and group"),
            translate("DanishScoresChart", "Visit"),
            translate("DanishScoresChart", "Typical score"),
            translate("DanishScoresChart", "Source"),
        ]
        days = self._days()
        rows = [
            [series_name(s), visit_name(v, days, self.lang), format_number(v.value, self.lang), v.row.source]
            for s in self.series
            for v in s.visits
        ]
        return headers, rows

    def text_lines(self) -> list[str]:
        """Each group's scores in words, without sources (for the chapter's exported text)."""
        days = self._days()
        return [self._series_line(s, days) for s in self.series]

    def _series_line(self, series: Series, days: Decimal | None) -> str:
        visits = ", ".join(
            f"{visit_name(v, days, self.lang)} {format_number(v.value, self.lang)}" for v in series.visits
        )
        return f"{series_name(series)}: {visits}"

    def show_position(self, position: float) -> None:
        super().show_position(position)
        for item in (*self.bars_items, self.gap_label, self.line_label):
            if item is not None:
                item.setVisible(position >= self.last_week)  # the gap is there once the year is drawn
