""" "If the study were run again": simulated repeats of AIM, drawn one after another as intervals.

A simulation, and labelled so: each repeat draws its result by chance around an assumed true
difference (AIM's own estimate), with the uncertainty AIM's interval implies. The running count says
how many intervals reach the line set in advance and how many include zero.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsLineItem, QPushButton, QWidget

from aim_explainer.core.data import StudyData
from aim_explainer.core.formatting import format_interval, format_number
from aim_explainer.core.simulation import SimulatedTrial, simulate, standard_error_from_interval, tally
from aim_explainer.core.values import find_value, study_value
from aim_explainer.i18n import translate
from aim_explainer.plots import labels, style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.panel.chart_panel import ChartPanel, ChartState
from aim_explainer.plots.panel.playback import CONTROL_HEIGHT, Playback, still_items_as_pictures

REPEATS = 100
FIRST_LAYER_REPEATS = 20  # what a presentation shows before it shows them all
HEADROOM = 8  # rows of space above the first repeat, for the names of the lines
FIRST_SEED = 1  # the same first run for every presenter; "New run" moves to the next seed
REPEATS_PER_SECOND = 5.0  # at normal speed


def one_decimal(value: float, lang: str) -> str:
    return format_number(Decimal(f"{value:.1f}"), lang)


class RerunChart(ChartPanel):
    chart_id = "rerun"
    playback: Playback  # made in the constructor: it plays repeat by repeat

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.seed = FIRST_SEED
        self.playback = Playback(self, self.plot, on_position=self.show_position)  # repeat by repeat
        self.new_run_button = QPushButton(self)
        self.new_run_button.setMinimumHeight(CONTROL_HEIGHT)
        self.new_run_button.clicked.connect(self.new_run)
        play, *others = self.playback.widgets()
        self.add_controls(play, self.new_run_button, *others)  # a new run starts playing: beside Play
        self.build()

    def draw(self, data: StudyData) -> None:
        # The main result is essential: a data file without it, or without its interval, is refused on load.
        shown = study_value(data, "effect_total")
        self.estimate = shown
        self.truth = float(shown.value)
        if shown.low is None or shown.high is None:  # the load refuses such a file: never here
            raise ValueError("the main result has no interval")
        self.standard_error = standard_error_from_interval(float(shown.low), float(shown.high))
        mcid = find_value(data, "aim_mcid")
        self.threshold = float(mcid.value) if mcid is not None else None
        self.trials: list[SimulatedTrial] = simulate(self.truth, self.standard_error, REPEATS, self.seed)
        half = 4.5 * self.standard_error
        right = max(self.truth + half, (self.threshold or 0) + 1)
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        view.setXRange(min(self.truth - half, -1.0), right, padding=0)
        view.setYRange(-HEADROOM, REPEATS + 1, padding=0)
        view.invertY(True)  # the first repeat at the top, under a band that names the lines
        plot.getAxis("left").setTicks([[(float(n), str(n)) for n in range(0, REPEATS + 1, 20)]])
        plot.addItem(pg.InfiniteLine(0, angle=90, pen=style.line_pen(style.NEUTRAL, width=1.5)))
        plot.addItem(pg.InfiniteLine(self.truth, angle=90, pen=style.line_pen(style.NEUTRAL, Qt.PenStyle.DotLine, 2)))
        self.truth_label = pg.TextItem(anchor=(1, 0.5), color=style.NEUTRAL)
        self.truth_label.setPos(self.truth, -HEADROOM / 2)
        plot.addItem(self.truth_label)
        self.threshold_label = None
        if self.threshold is not None:
            pen = style.line_pen(style.THRESHOLD, Qt.PenStyle.DashLine, 2.5)
            plot.addItem(pg.InfiniteLine(self.threshold, angle=90, pen=pen))
            self.threshold_label = pg.TextItem(anchor=(0, 0.5), color=style.THRESHOLD)
            self.threshold_label.setPos(self.threshold, -HEADROOM / 2)
            plot.addItem(self.threshold_label)
        # three kinds of interval, each with its own colour and line style
        self.reaching = pg.PlotDataItem([], [], connect="pairs", pen=style.line_pen(style.THRESHOLD, width=3))
        self.with_zero = pg.PlotDataItem(
            [], [], connect="pairs", pen=style.line_pen(style.NEUTRAL, Qt.PenStyle.DashLine, 2)
        )
        self.others = pg.PlotDataItem([], [], connect="pairs", pen=style.line_pen(style.AMOXICILLIN, width=2))
        self.estimates = pg.ScatterPlotItem([], [], symbol="o", size=6, brush=QColor(style.AMOXICILLIN), pen=None)
        # The repeat under way, the one thing that moves on every frame: a plain Qt line, painted without Python.
        self.plot.setAntialiasing(True)  # for that line; pyqtgraph's own items set it themselves
        self.newest = QGraphicsLineItem()
        self.newest.setPen(style.line_pen(style.NEUTRAL, width=3))
        self.newest.setVisible(False)
        self._drawn = -1
        for item in (self.reaching, self.with_zero, self.others, self.estimates):
            plot.addItem(item)
        plot.addItem(self.newest, ignoreBounds=True)
        self.legend = plot.addLegend(
            offset=(-10, -10), labelTextColor=QColor(style.NEUTRAL), brush=QColor(*style.LABEL_PATCH)
        )
        self.watermark = pg.TextItem(anchor=(0, 0.5), color=style.NEUTRAL)  # top left, above the repeats
        self.watermark.setPos(min(self.truth - half, -1.0), -HEADROOM / 2)
        plot.addItem(self.watermark)
        self.playback.on_running = lambda on: still_items_as_pictures(plot, (self.newest,), on)
        self.playback.set_length(float(REPEATS), REPEATS_PER_SECOND)

    def show_layers(self, upto: int | None) -> None:
        """Layer 1: the first repeats; layer 2: all of them, with the counts."""
        super().show_layers(upto)
        if upto is not None and self._built:
            self.pause()
            self.seek(float(FIRST_LAYER_REPEATS) if upto <= 1 else self.end())

    def layout_window(self) -> None:
        """The names of the lines in rows above the repeats, inside the plot (the line set in advance is named left
        of its line: right of it, it ran past the edge), and the key below the last repeat, where it covered the
        bottom repeats at the end of the animation."""
        view = self.plot.getPlotItem().getViewBox()
        height, width = view.height(), view.width()
        row = max(item.textItem.boundingRect().height() for item in (self.watermark, self.truth_label)) + labels.GAP
        self.truth_label.setAnchor((1, 0.5))  # left of its line, under the watermark's row
        labels_width = self.watermark.textItem.boundingRect().width() + labels.GAP
        threshold = self.threshold_label
        if threshold is not None:
            threshold.setAnchor((1, 0.5))
            labels_width += threshold.textItem.boundingRect().width()
        # the watermark and the line set in advance share the top row when the plot is wide enough
        low, high = view.viewRange()[0]
        shared = threshold is None or labels_width < width * ((self.threshold or 0.0) - low) / (high - low)
        rows = 2 if shared else 3
        foot = labels.legend_grid(self.legend, width)
        span = float(REPEATS + 1)
        if height < 1.5 * (rows * row + foot):  # not laid out yet, or far too small: as drawn
            return
        per_px = span / (height - rows * row - foot)  # repeats per pixel
        top = -rows * row * per_px
        view.setYRange(top, span + foot * per_px, padding=0)
        self.watermark.setAnchor((0, 0.5))
        self.watermark.setPos(view.viewRange()[0][0], top + row * per_px / 2)
        self.truth_label.setPos(self.truth, top + (rows - 0.5) * row * per_px)
        if threshold is not None:
            threshold.setPos(self.threshold, top + (0.5 if shared else 1.5) * row * per_px)

    def layout_slide(self) -> None:
        """Three rows above the repeats, one label each, so that none covers another: the watermark, the assumed
        true difference and the line set in advance (left of its line, so it never runs past the right edge); and
        room under the repeats for the key, which covered the last of them."""
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        size = self.font_size()
        row = labels.text_height(size * 1.1) * labels.LINE_GAP
        span = len(self.trials) + 1
        # the key's words at the slide's size first: its height decides the room kept for it under the repeats
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{size * 0.9:.1f}pt")
        foot = labels.legend_grid(self.legend, view.width())
        headroom, bottom = float(HEADROOM), float(span)
        if view.height() > 4 * row + foot:
            per_px = span / (view.height() - 3 * row - foot)  # repeats per pixel
            headroom, bottom = 3 * row * per_px, span + foot * per_px
        view.setYRange(-headroom, bottom, padding=0)
        # which repeat is which is no matter for the room: the numbers on the left only took width
        plot.getAxis("left").setStyle(showValues=False)
        self.watermark.setAnchor((0, 0.5))
        self.watermark.setPos(view.viewRange()[0][0], -headroom * 5 / 6)
        wide = self.truth_label.textItem.boundingRect().width() * labels.x_per_pixel(view)
        self.truth_label.setAnchor((0, 0.5))
        self.truth_label.setPos(labels.inside_x(view, self.truth, wide), -headroom / 2)
        if plot.getAxis("left").labelText:  # the bars say what they are; the tall axis title did not fit
            plot.setLabel("left", "")
            plot.getAxis("left").showLabel(False)
        if self.threshold_label is not None:
            self.threshold_label.setAnchor((1, 0.5))
            self.threshold_label.setPos(self.threshold, -headroom / 6)

    def new_run(self) -> None:
        self.seed += 1
        self.trials = simulate(self.truth, self.standard_error, REPEATS, self.seed)
        self._drawn = -1
        self.seek(0.0)
        self.playback.play()

    def shown_trials(self) -> list[SimulatedTrial]:
        return self.trials[: int(self.position)]

    def show_position(self, position: float) -> None:
        count = int(position)
        if count != self._drawn:  # the finished repeats change only when a new one completes
            self._draw_finished(self.trials[:count])
            self._drawn = count
        # the repeat under way grows out from its estimate, so the animation stays smooth
        growing = self.trials[count] if count < len(self.trials) and position > count else None
        if growing is None:
            self.newest.setVisible(False)
        else:
            reach = (position - count) * (growing.high - growing.low) / 2
            number = float(growing.number)
            self.newest.setLine(growing.estimate - reach, number, growing.estimate + reach, number)
            self.newest.setVisible(True)

    def _draw_finished(self, shown: list[SimulatedTrial]) -> None:
        groups: dict[str, list[SimulatedTrial]] = {"reaching": [], "zero": [], "other": []}
        for trial in shown:
            if self.threshold is not None and trial.reaches(self.threshold):
                groups["reaching"].append(trial)
            elif trial.includes(0.0):
                groups["zero"].append(trial)
            else:
                groups["other"].append(trial)
        for item, trials in (
            (self.reaching, groups["reaching"]),
            (self.with_zero, groups["zero"]),
            (self.others, groups["other"]),
        ):
            x = np.array([v for t in trials for v in (t.low, t.high)], dtype=float)
            y = np.array([t.number for t in trials for _ in (0, 1)], dtype=float)
            item.setData(x, y)
        self.estimates.setData([t.estimate for t in shown], [t.number for t in shown])
        self.set_status(self._status_text(shown))
        if self.plot.hasFocus():  # the keys step through the repeats: the details follow, and are spoken
            self.focus_changed(True)

    def _status_text(self, shown: list[SimulatedTrial]) -> str:
        counts = tally(shown, self.threshold if self.threshold is not None else float("inf"), self.truth)
        return translate(
            "RerunChart",
            "Simulated repeat {n} of {total}: {reaching} intervals reached the line set in advance, "
            "{zero} included zero, {truth} included the assumed true difference.",
        ).format(
            n=counts.trials,
            total=REPEATS,
            reaching=counts.reaching_threshold,
            zero=counts.including_zero,
            truth=counts.including_truth,
        )

    def relabel(self) -> None:
        self.set_axis_title("bottom", translate("RerunChart", "Points better with amoxicillin (simulated)"))
        self.set_axis_title("left", translate("RerunChart", "Simulated repeat of the trial"))
        self.truth_label.setText(
            translate("RerunChart", "Assumed true difference: {value} ").format(
                value=format_number(self.estimate.value, self.lang)
            )
        )
        if self.threshold_label is not None:
            self.threshold_label.setText(
                translate("RerunChart", " Set in advance: {value}").format(
                    value=format_number(Decimal(str(self.threshold)).normalize(), self.lang)
                )
            )
        for label in (self.truth_label, self.threshold_label):
            if label is not None:
                label.setFont(style.chart_font(self.font_size() * 0.9, bold=True))
        self.legend.clear()
        for item, text in (
            (self.reaching, translate("RerunChart", "reaches the line set in advance")),
            (self.with_zero, translate("RerunChart", "includes zero (no difference)")),
            (self.others, translate("RerunChart", "neither")),
        ):
            self.legend.addItem(item, text)
        self.watermark.setText(translate("RerunChart", "SIMULATION"))
        # a little smaller than the slide's title: its row above the repeats takes their room
        self.watermark.setFont(style.chart_font(self.font_size() * (1.1 if self.presenting else 1.15), bold=True))
        self._drawn = -1  # the status line is in words: write it again in the new language
        self.new_run_button.setText(translate("RerunChart", "New run"))
        self.new_run_button.setAccessibleName(translate("RerunChart", "Start a new simulated run"))
        self.show_position(self.position)

    def title(self) -> str:
        return translate("RerunChart", "If the study were run again: a simulation")

    def summary_text(self) -> str:
        return translate(
            "RerunChart",
            "A simulation, not real trials: each line is the 95% interval of one imagined repeat of AIM, "
            "drawn by chance around an assumed true difference of {value} points. About 95 of every 100 such "
            "intervals include the true difference; any single one may miss it.",
        ).format(value=format_number(self.estimate.value, self.lang))

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("RerunChart", "Repeat"),
            translate("RerunChart", "Simulated result"),
            translate("RerunChart", "95% interval"),
            translate("RerunChart", "Reaches the line set in advance"),
            translate("RerunChart", "Includes zero"),
        ]
        yes, no = translate("RerunChart", "yes"), translate("RerunChart", "no")
        rows = [
            [
                str(t.number),
                one_decimal(t.estimate, self.lang),
                format_interval(one_decimal(t.low, self.lang), one_decimal(t.high, self.lang), self.lang),
                yes if self.threshold is not None and t.reaches(self.threshold) else no,
                yes if t.includes(0.0) else no,
            ]
            for t in self.shown_trials()
        ]
        return headers, rows

    def focus_changed(self, focused: bool) -> None:
        if focused and int(self.position) >= 1:
            self.details.setText(self.describe_at(0.0, float(int(self.position))))

    def describe_at(self, x: float, y: float) -> str:
        number = round(y)
        if not 1 <= number <= int(self.position):
            return ""
        t = self.trials[number - 1]
        return translate("RerunChart", "Simulated repeat {n}: {value} ({interval})").format(
            n=number,
            value=one_decimal(t.estimate, self.lang),
            interval=format_interval(one_decimal(t.low, self.lang), one_decimal(t.high, self.lang), self.lang),
        )
