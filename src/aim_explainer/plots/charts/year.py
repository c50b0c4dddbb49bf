"""Over the year: each arm's questionnaire score at each visit, drawn week by week.

Only what the data file holds is drawn. Where a trial's visit-by-visit values are missing (AIM's are
not in our data), the chart says so, names where they are published, and shows what is known.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QWidget

from aim_explainer.core.content import shown_value
from aim_explainer.core.data import RMDQ_MAX, StudyData
from aim_explainer.core.formatting import format_interval, format_number
from aim_explainer.core.quantities import ONE_YEAR_WEEKS
from aim_explainer.core.trajectories import Series, Visit, trajectories, value_at
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.panel.chart_panel import ChartPanel, ChartState
from aim_explainer.plots.panel.playback import Playback, still_items_as_pictures
from aim_explainer.plots.row_names import group_name

DAYS_PER_WEEK = 7
SECONDS_PER_YEAR = 8  # the year plays in eight seconds at normal speed
# the layers a presentation reveals: the placebo groups, then the treated groups, then the note on AIM
LAYER_PLACEBO, LAYER_ACTIVE, LAYER_NOTE = 1, 2, 3


def series_layer(series: Series) -> int:
    return LAYER_ACTIVE if series.active else LAYER_PLACEBO


def series_name(series: Series) -> str:
    return group_name(series.study, series.arm)


class YearChart(ChartPanel):
    chart_id = "year"
    playback: Playback  # made in the constructor: it plays week by week

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.playback = Playback(self, self.plot, on_position=self.show_position)  # week by week
        self.add_controls(*self.playback.widgets())
        self.build()

    def draw(self, data: StudyData) -> None:
        self.data = data
        self.series, self.missing = trajectories(data)
        weeks = [float(v.weeks) for s in self.series for v in s.visits]
        self.last_week = max([*weeks, float(ONE_YEAR_WEEKS)])
        days = find_value(data, "aim_days")
        self.treatment_weeks = float(days.value) / DAYS_PER_WEEK if days is not None else None
        scale = find_value(data, "rmdq_max")
        scale_max = scale.value if scale is not None else RMDQ_MAX
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        view.setXRange(0, self.last_week, padding=0.03)
        view.setYRange(0, float(scale_max), padding=0.02)
        if self.treatment_weeks:
            self.treatment = pg.LinearRegionItem(
                (0, self.treatment_weeks), movable=False, brush=QColor(style.TREATMENT_SHADE), pen=pg.mkPen(None)
            )
            self.treatment.setZValue(-10)
            for edge in self.treatment.lines:  # drawn with no pen and not movable: nothing to paint each frame
                edge.setVisible(False)
            plot.addItem(self.treatment)
            self.treatment_label = pg.TextItem(anchor=(0, 0), color=style.NEUTRAL)
            self.treatment_label.setPos(0.3, float(scale_max) - 0.3)
            plot.addItem(self.treatment_label)
        self.legend = plot.addLegend(
            offset=(-10, 10), labelTextColor=QColor(style.NEUTRAL), brush=QColor(*style.LABEL_PATCH)
        )
        self.lines, self.markers, self.bars, self.growing = [], [], [], []
        # Each series' visits as arrays, once: a frame only looks up how many are reached.
        self.visit_weeks = [np.array([float(v.weeks) for v in s.visits]) for s in self.series]
        self.visit_values = [np.array([float(v.value) for v in s.visits]) for s in self.series]
        self.reached = [-1] * len(self.series)
        self.plot.setAntialiasing(True)  # for the plain Qt items below, which paint without Python
        for series in self.series:
            look = style.ACTIVE_LOOK if series.active else style.PLACEBO_LOOK
            dash = Qt.PenStyle.SolidLine if series.study == "AIM2019" else look.dash
            pen = style.line_pen(look.colour, dash, width=3)
            line = pg.PlotCurveItem([], [], pen=pen, name=series_name(series), skipFiniteCheck=True)
            marker = pg.ScatterPlotItem([], [], symbol=look.symbol, size=14, brush=look.brush(), pen=look.pen(2))
            # The stretch from the last visit reached to the week now, the one part that moves on every frame:
            # a plain Qt line costs a fraction of a curve re-made from its data.
            growing = QGraphicsLineItem()
            growing.setPen(QPen(pen))
            growing.setVisible(False)
            plot.addItem(line)
            plot.addItem(marker)
            plot.addItem(growing, ignoreBounds=True)
            self.lines.append(line)
            self.markers.append(marker)
            self.growing.append(growing)
            self.add_to_layer(series_layer(series), line, marker, growing)
            with_interval = [(v, v.low, v.high) for v in series.visits if v.low is not None and v.high is not None]
            if with_interval:
                x = [float(v.weeks) for v, _low, _high in with_interval]
                y = [float(v.value) for v, _low, _high in with_interval]
                bars = pg.ErrorBarItem(
                    x=np.array(x),
                    y=np.array(y),
                    top=np.array([float(high - v.value) for v, _low, high in with_interval]),
                    bottom=np.array([float(v.value - low) for v, low, _high in with_interval]),
                    beam=0.8,
                    pen=look.pen(1.5),
                )
                bars.setVisible(False)
                plot.addItem(bars)
                self.bars.append((series, bars))
        # the week now: a plain Qt line, moved on every frame, re-made never and painted without Python
        self.scale_max = float(scale_max)
        self.week_line = QGraphicsLineItem(0, 0, 0, self.scale_max)
        self.week_line.setPen(style.line_pen(style.NEUTRAL, width=1.5))
        plot.addItem(self.week_line, ignoreBounds=True)
        self.missing_note = pg.TextItem(anchor=(0, 1), color=style.NEUTRAL)
        self.missing_note.setPos(0.5, 0.6)
        plot.addItem(self.missing_note)
        self.add_to_layer(LAYER_NOTE, self.missing_note)
        moving = (self.week_line, *self.growing)
        self.playback.on_running = lambda on: still_items_as_pictures(plot, moving, on)
        self.playback.set_length(self.last_week, self.last_week / SECONDS_PER_YEAR)

    def show_position(self, position: float) -> None:
        """Per frame only the growing stretches and the cursor move; the visits reached, their markers and
        intervals change only when a visit is reached (a few times in a year's play)."""
        for i, series in enumerate(self.series):
            weeks, values = self.visit_weeks[i], self.visit_values[i]
            count = bisect_right(weeks, position)  # visits reached
            if count != self.reached[i]:
                self.reached[i] = count
                self.lines[i].setData(weeks[:count], values[:count])
                self.markers[i].setData(weeks[:count], values[:count])
            growing = self.growing[i]
            between = 0 < count < len(weeks) and position > weeks[count - 1]  # between two visits
            now = value_at(series, position) if between else None
            if now is not None:
                growing.setLine(weeks[count - 1], values[count - 1], position, now)
                growing.setVisible(self.layer_visible(series_layer(series)))
            else:
                growing.setVisible(False)
        for series, bars in self.bars:
            reached = self.reached[self.series.index(series)] > 0
            bars.setVisible(reached and self.layer_visible(series_layer(series)))
        self.week_line.setPos(position, 0)
        self.set_status(self._status_text(position))
        if self.plot.hasFocus():
            self.details.setText(self.describe_position(position))

    def focus_changed(self, focused: bool) -> None:
        if focused:
            self.details.setText(self.describe_position(self.position))

    def describe_position(self, position: float) -> str:
        """The latest visit each group has reached, with its source (for keyboard users)."""
        parts = []
        for series in self.series:
            reached = [v for v in series.visits if float(v.weeks) <= position]
            if reached:
                visit = reached[-1]
                parts.append(self._describe(series, visit))
        return "\n".join(parts)

    def _status_text(self, position: float) -> str:
        text = translate("YearChart", "Week {week} of {last}").format(
            week=format_number(Decimal(round(position)), self.lang),
            last=format_number(Decimal(round(self.last_week)), self.lang),
        )
        if self.treatment_weeks and position <= self.treatment_weeks:
            text += " \u00b7 " + translate("YearChart", "treatment period")
        return text

    def relabel(self) -> None:
        self.set_axis_title("bottom", translate("YearChart", "Weeks since the start of treatment"))
        self.set_axis_title("left", translate("YearChart", "Score (lower is better)"))
        if self.treatment_weeks:
            days = shown_value(self.data, "aim_days", self.lang).value
            self.treatment_label.setText(translate("YearChart", "Treatment: {days} days").format(days=days))
            self.treatment_label.setFont(style.chart_font(self.font_size() * 0.9))
        self.legend.clear()
        for series, line in zip(self.series, self.lines, strict=True):
            if self.layer_visible(series_layer(series)):
                self.legend.addItem(line, series_name(series))
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{self.font_size() * 0.9:.0f}pt")
        # on a slide the step's own text says it, and inside the plot the note covered the Danish curves
        self.missing_note.setText("" if self.presenting else self._missing_text())
        self.missing_note.setFont(style.chart_font(self.font_size() * 0.85))
        self.show_position(self.position)

    def _missing_text(self) -> str:
        studies = sorted({study for study, _arm in self.missing})
        if "AIM2019" not in studies:
            return ""
        effect = shown_value(self.data, "effect_total", self.lang)
        return translate(
            "YearChart",
            "AIM: the groups' scores at each visit are not in our data.\nThey are published in the tables "
            "and figures of the BMJ article (Bråten and colleagues).\nWhat we know: after one year, {value} "
            "points better with amoxicillin ({interval}).",
        ).format(value=effect.value, interval=format_interval(effect.low or "", effect.high or "", self.lang))

    def title(self) -> str:
        return translate("YearChart", "Over the year: questionnaire scores at each visit")

    def summary_text(self) -> str:
        parts = []
        if any(s.study == "ALBERT2013" for s in self.series):
            parts.append(
                translate(
                    "YearChart",
                    "The Danish trial's typical scores at the start, at the end of treatment and after one "
                    "year, as its abstract gives them (it does not say whether they are means or medians).",
                )
            )
        if any(study == "AIM2019" for study, _ in self.missing):
            parts.append(
                translate("YearChart", "AIM's visit-by-visit scores are not in our data, so they are not drawn.")
            )
        return " ".join(parts)

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("YearChart", "Trial and group"),
            translate("YearChart", "Week"),
            translate("YearChart", "Score"),
            translate("YearChart", "Interval"),
            translate("YearChart", "Source"),
        ]
        rows = []
        for series in self.series:
            for visit in series.visits:
                interval = ""
                if visit.low is not None and visit.high is not None:
                    interval = format_interval(
                        format_number(visit.low, self.lang), format_number(visit.high, self.lang), self.lang
                    )
                rows.append(
                    [
                        series_name(series),
                        format_number(visit.weeks, self.lang),
                        format_number(visit.value, self.lang),
                        interval,
                        visit.row.source,
                    ]
                )
        for study, arm in self.missing:
            rows.append(
                [
                    group_name(study, arm),
                    "",
                    translate("YearChart", "not in our data"),
                    "",
                    translate("YearChart", "Published in the BMJ article's tables and figures"),
                ]
            )
        return headers, rows

    def describe_at(self, x: float, y: float) -> str:
        best, distance = None, 1.5
        for series in self.series:
            for visit in series.visits:
                if float(visit.weeks) > self.position:
                    continue
                d = abs(float(visit.weeks) - x) / 3 + abs(float(visit.value) - y)
                if d < distance:
                    best, distance = (series, visit), d
        if best is None:
            return ""
        return self._describe(*best)

    def _describe(self, series: Series, visit: Visit) -> str:
        return translate("YearChart", "{series}, week {week}: {value}. Source: {source}").format(
            series=series_name(series),
            week=format_number(visit.weeks, self.lang),
            value=format_number(visit.value, self.lang),
            source=visit.row.source,
        )
