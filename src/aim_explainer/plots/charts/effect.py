"""The effect chart: each group's difference at one year with its 95 % interval (forest style)."""

from __future__ import annotations

import math
from decimal import Decimal
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from aim_explainer.core.content import SECONDARY_MARK
from aim_explainer.core.data import StudyData
from aim_explainer.core.effects import (
    LAYER_DANISH,
    LAYER_EXPLORATORY,
    LAYER_MCID,
    ForestRow,
    row_layer,
    rows_for,
)
from aim_explainer.core.formatting import format_interval, format_number
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots import labels, style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.panel.chart_panel import ChartPanel, ChartState
from aim_explainer.plots.row_names import row_name

GAP = 1.0  # the space between the trial's analyses and the exploratory subgroups, in rows
REACH = 3.0  # how far, in points, an interval may run past the estimates before it ends in an arrow
MARGIN = 1.0
ROW_PITCH = 1.15  # rows at least this many lines of their names' text apart: their names and markers stand free
# Front to back: markers and intervals, the words under the rows (on a white patch: the line set in advance and its
# zone struck them through), the lines with their names, the tinted zone and band.
WORDS_Z, LINES_Z = -1, -5
KEY_SAMPLES = {"mcid": "\u254c\u254c", "danish": "\u2508\u2508"}  # the lines' dashes, in a slide's key


def interval_limits(rows: list[ForestRow], references: list[Decimal]) -> tuple[float, float]:
    """How far intervals are drawn: every estimate, reference line and zero fit, and intervals up to
    REACH points further; an interval that runs further ends in an arrow there, so one very wide
    interval cannot squeeze the rest of the chart."""
    core = [0.0, *(float(r.estimate.value) for r in rows), *(float(v) for v in references)]
    lows = [float(r.estimate.low) for r in rows if r.estimate.low is not None]
    highs = [float(r.estimate.high) for r in rows if r.estimate.high is not None]
    low = max(min([*lows, min(core)]), min(core) - REACH)
    high = min(max([*highs, max(core)]), max(core) + REACH)
    return low, high


def short(label: str, presenting: bool) -> str:
    """A row's name without its "(exploratory)": on a slide the band says it once, above its rows."""
    return label.split(" (")[0] if presenting else label


def _value(data: StudyData, key: str) -> Decimal | None:
    return shown.value if (shown := find_value(data, key)) is not None else None


class EffectChart(ChartPanel):
    chart_id = "effect"
    danish_line = True  # the Danish result as a reference line (a chart that gives it a row turns this off)

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.least_height = 0  # px: the plot's least height in a window, from its last layout (layout_window)
        self.build()

    # --- what a configured chart may change (the Comparison chapter's chart does) ---------------
    def chart_rows(self, data: StudyData) -> list[ForestRow]:
        return rows_for(data, "clinician")

    def row_label(self, key: str) -> str:
        return row_name(key)

    def row_look(self, row: ForestRow) -> style.Look:
        return style.EXPLORATORY_LOOK if row.exploratory else style.CONFIRMATORY_LOOK

    def draw(self, data: StudyData) -> None:
        self.rows: list[ForestRow] = self.chart_rows(data)
        self.mcid = _value(data, "aim_mcid")
        self.danish = _value(data, "danish_diff") if self.danish_line else None
        danish = find_value(data, "danish_diff")
        self.danish_marked = self.danish is not None and danish is not None and danish.status.marked
        self.selected = 0
        # top to bottom; exploratory rows sit below a gap, on a tinted band
        self.row_y: list[float] = []  # each row's height in the plot
        y = float(len(self.rows)) + GAP
        for i, row in enumerate(self.rows):
            if i and row.exploratory and not self.rows[i - 1].exploratory:
                y -= GAP
            self.row_y.append(y)
            y -= 1
        self.limits = interval_limits(self.rows, [v for v in (self.mcid, self.danish) if v is not None])
        self.x_range = (self.limits[0] - MARGIN, self.limits[1] + MARGIN)

        plot = self.plot.getPlotItem()
        plot.showAxis("right")
        plot.getAxis("right").setStyle(showValues=True)
        view = plot.getViewBox()
        view.setXRange(*self.x_range, padding=0)
        self.rows_range = (min(self.row_y) - 1.0, max(self.row_y) + 0.8)  # a window adds room above (layout_window)
        view.setYRange(*self.rows_range, padding=0)
        explored = [y for y, r in zip(self.row_y, self.rows, strict=True) if r.exploratory]
        if explored:
            band = QGraphicsRectItem(
                QRectF(
                    self.x_range[0],
                    min(explored) - 0.5,
                    self.x_range[1] - self.x_range[0],
                    max(explored) - min(explored) + 1,
                )
            )
            band.setBrush(QColor(style.TREATMENT_SHADE))
            band.setPen(pg.mkPen(None))
            band.setZValue(-10)
            plot.addItem(band)
            self.add_to_layer(LAYER_EXPLORATORY, band)
        self.band_label = pg.TextItem(anchor=(0, 1), color=style.NEUTRAL)  # a slide names the band (layout_slide)
        plot.addItem(self.band_label, ignoreBounds=True)
        self.zero_line = pg.InfiniteLine(0, angle=90, pen=style.line_pen(style.NEUTRAL, width=1.5))
        self.zero_line.setZValue(LINES_Z)
        plot.addItem(self.zero_line)
        self.reference_lines: dict[str, pg.InfiniteLine] = {}
        for key, value, colour, dash, anchor, height in (
            ("mcid", self.mcid, style.THRESHOLD, Qt.PenStyle.DashLine, (0.5, 0), 0.97),
            ("danish", self.danish, style.DANISH, Qt.PenStyle.DotLine, (1, 0), 0.89),  # rightmost: label to its left
        ):
            if value is None:
                continue
            line = pg.InfiniteLine(
                float(value),
                angle=90,
                pen=style.line_pen(colour, dash, width=2.5),
                label="",
                # on a white patch: the Danish label reaches left across the other line and the intervals
                labelOpts={"position": height, "color": colour, "anchors": [anchor, anchor], "fill": style.LABEL_PATCH},
            )
            line.setZValue(LINES_Z)
            plot.addItem(line)
            self.reference_lines[key] = line
            self.add_to_layer(LAYER_MCID if key == "mcid" else LAYER_DANISH, line)
        self.interval_items = []
        self.arrows = []
        for y, row in zip(self.row_y, self.rows, strict=True):
            layer = row_layer(row)
            look = self.row_look(row)
            # a row without an interval draws none: its line has no length, under the marker
            low = float(row.estimate.value if row.estimate.low is None else row.estimate.low)
            high = float(row.estimate.value if row.estimate.high is None else row.estimate.high)
            shown_low, shown_high = max(low, self.limits[0]), min(high, self.limits[1])
            item = pg.PlotDataItem([shown_low, shown_high], [y, y], pen=look.pen(3))
            plot.addItem(item)
            self.interval_items.append(item)
            self.add_to_layer(layer, item)
            for end, beyond, angle in (  # angle in degrees: 0 points left, 180 points right
                (shown_low, low < self.limits[0], 0),
                (shown_high, high > self.limits[1], 180),
            ):
                if beyond:  # the interval runs past the axis: end it in an arrow
                    arrow = pg.ArrowItem(
                        pos=(end, y), angle=angle, headLen=14, brush=QColor(look.colour), pen=look.pen(1)
                    )
                    plot.addItem(arrow)
                    self.arrows.append(arrow)
                    self.add_to_layer(layer, arrow)
            marker = pg.ScatterPlotItem(
                [float(row.estimate.value)], [y], symbol=look.symbol, size=16, brush=look.brush(), pen=look.pen(2)
            )
            plot.addItem(marker)
            self.add_to_layer(layer, marker)
        self.highlight = pg.ScatterPlotItem(symbol="o", size=30, brush=None, pen=style.line_pen(style.NEUTRAL, width=2))
        plot.addItem(self.highlight)
        self.direction_left = pg.TextItem(anchor=(0, 1), color=style.NEUTRAL, fill=style.LABEL_PATCH)
        self.direction_right = pg.TextItem(anchor=(1, 1), color=style.NEUTRAL, fill=style.LABEL_PATCH)
        for item, x in ((self.direction_left, self.x_range[0]), (self.direction_right, self.x_range[1])):
            item.setPos(x, min(self.row_y) - 0.95)
            item.setZValue(WORDS_Z)
            plot.addItem(item)

    def relabel(self) -> None:
        plot = self.plot.getPlotItem()
        shown = [(y, r) for y, r in zip(self.row_y, self.rows, strict=True) if self.layer_visible(row_layer(r))]
        left = [(y, short(self._label(r), self.presenting)) for y, r in shown]
        right = [(y, self._value_text(r)) for y, r in shown]
        style.set_category_ticks(plot.getAxis("left"), left, self.font_size() * 0.95)
        style.set_category_ticks(plot.getAxis("right"), right, self.font_size() * 0.95)
        plot.getAxis("right").setTextPen(QColor(style.AMOXICILLIN))
        self.set_axis_title("bottom", self.unit())
        if "mcid" in self.reference_lines:
            self.reference_lines["mcid"].label.setFormat(
                translate("EffectChart", "Set in advance: {value}").format(value=self._number(self.mcid))
            )
        if "danish" in self.reference_lines:
            self.reference_lines["danish"].label.setFormat(
                translate("EffectChart", "Danish trial: {value}\n(typical values, unadjusted)").format(
                    value=self._number(self.danish) + (SECONDARY_MARK if self.danish_marked else "")
                )
            )
        for line in self.reference_lines.values():
            line.label.setFont(style.chart_font(self.font_size() * 0.9, bold=True))
        self.direction_left.setText("\u2190 " + translate("EffectChart", "better with placebo"))
        self.direction_right.setText(translate("EffectChart", "better with amoxicillin") + " \u2192")
        for item in (self.direction_left, self.direction_right):
            item.setFont(style.chart_font(self.font_size() * 0.9))
        self._show_selected(focus_only=True)

    def unit(self) -> str:
        """The bottom axis's title: what the numbers count."""
        return translate("EffectChart", "Points better with amoxicillin on the 0 to 24 questionnaire")

    def layout_window(self) -> None:
        """In pixels, from the text's size: the lines' names stacked above the rows (inside them they covered each
        other and the intervals), each wrapped within the room beside its line; the rows a line of text or more
        apart; below the lowest row one row of words, the direction words at the plot's edges and any word centred
        on its place (the zero line's), or, where they would run into each other, the directions under the axis
        ("placebobedre", "← bedre med pl" under "ingen forskjell"). The plot keeps the least height that shows
        all of it: its rows, the names, the words and the axis (a fixed 16 lines was taller than the room at 150 %
        display scaling)."""
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        size = self.font_size()
        named = [line for line in self.reference_lines.values() if line.isVisible()]
        for line in named:
            line.label.setVisible(True)  # a slide had put them in its key
        # Names that cannot stand free beside their lines (one crossed the other line at 960 px; at 200 % display
        # scaling one wrapped into six lines) go to a key under the heading, as on a slide, where they have the
        # chart's whole width.
        key = "" if labels.wrap_beside(view, named) else self._slide_key()
        if key:
            named = []
        heading = f"{escape(self.title())}<br>{key}" if key else self.title()
        if self.heading.text() != heading:  # only when it changes: a new text lays the panel out again
            self.heading.setText(heading)
        left, right = self.direction_left, self.direction_right
        middle = [item for item in self.words_below_rows() if item.isVisible()]
        for item, anchor in ((left, (0, 0.5)), (right, (1, 0.5))):
            item.setAnchor(anchor)
        for item in middle:
            labels.keep_inside(view, item)
        fits = labels.fit_in_row(view, left, right, middle, 1.5 * size)
        left.setVisible(fits)
        right.setVisible(fits)
        directions = " \u00a0\u00a0 ".join(item.toPlainText() for item in (left, right))
        title = self.unit() if fits else f"{self.unit()}<br>{directions}"
        if plot.getAxis("bottom").labelText != title:
            plot.setLabel("bottom", title)
        labels.bottom_title_within(plot, self.plot.viewport().width())
        words = [*middle, left, right] if fits else middle
        word_height = max(
            (
                max(labels.text_height(item.textItem.font().pointSizeF()), item.boundingRect().height())
                for item in words
            ),
            default=0.0,
        )  # a word wrapped within a narrow plot (keep_inside) takes two lines
        above = labels.stacked_height(named)
        below = labels.GAP + word_height if words else labels.GAP  # the words' line has room under its letters
        # half a row above the first and below the last: room for their markers
        rows = max(self.row_y) - min(self.row_y) + 1.0
        least_unit = labels.text_height(size * 0.95) * ROW_PITCH
        if view.height() > 0:
            unit = max((view.height() - above - below) / rows, 1.0)
            low = min(self.row_y) - 0.5 - below / unit
            view.setYRange(low, max(self.row_y) + 0.5 + above / unit, padding=0)
            row_of_words = low + (labels.GAP + word_height / 2) / unit
            for item in words:
                item.setPos(item.pos().x(), row_of_words)
            labels.stack_from_top(view, named)
        if self.fixed_font_size is None and self.plot.isVisible() and view.width() > 0:
            # only from a plot on show: a hidden one has a stale size (8 px wide), where every name wrapped a word
            # a line, and the chart on show was made 2000 px tall for it
            _left, top, _right, bottom = plot.layout.getContentsMargins()
            around = top + bottom + 2 * self.plot.frameWidth() + plot.getAxis("bottom").minimumHeight()
            self.least_height = math.ceil(above + below + rows * least_unit + around)
            self.keep_plot_height(self.least_height, later=True)

    def words_below_rows(self) -> list[pg.TextItem]:
        """Words centred on their place in the row under the rows, besides the directions (the patient's chart
        names its zero line there)."""
        return []

    def least_plot_height(self) -> int:
        return self.least_height or super().least_plot_height()

    def layout_slide(self) -> None:
        """Rows: only those the slide shows, with no room kept for the rest. The directions: in the axis title, as
        one line under the numbers, where two labels inside the plot overlapped. The lines' names: a key in the
        heading above the plot (inside it they were wider than the plot itself). Ticks: far enough apart for their
        numbers."""
        plot = self.plot.getPlotItem()
        view = plot.getViewBox()
        size = self.font_size()
        shown_rows = [y for y, r in zip(self.row_y, self.rows, strict=True) if self.layer_visible(row_layer(r))]
        if shown_rows:
            room = labels.text_height(size * 0.9) * labels.LINE_GAP * 0.2
            low, high = min(shown_rows) - 0.7, max(shown_rows) + 0.5
            if view.height() > 2 * room:
                high += (high - low) * room / (view.height() - room)
            view.setYRange(low, high, padding=0)
        for item in (self.direction_left, self.direction_right):
            item.setVisible(False)
        labels.bottom_title_free(plot)
        self.place_below_rows(shown_rows)
        for item in self.words_below_rows():
            labels.keep_inside(view, item)
        gap = "\u00a0" * 5  # not collapsed, as plain spaces are in the axis title's rich text
        placebo = translate("EffectChart", "better with placebo")  # literals: lupdate reads no variable
        amoxicillin = translate("EffectChart", "better with amoxicillin")
        directions = f"\u2190 {placebo}{gap}{amoxicillin} \u2192"
        if plot.getAxis("bottom").labelText != directions:
            plot.setLabel("bottom", directions)
            plot.getAxis("bottom").label.setFont(style.chart_font(size))
        key = self._slide_key()
        if key != self.heading.text():  # only when it changes: a new text lays the panel out again
            self.heading.setText(key)
            self.heading.setStyleSheet(f"font-size: {size * 0.9:.1f}pt;")
            self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setVisible(bool(key))
        explored = [y for y, r in zip(self.row_y, self.rows, strict=True) if r.exploratory and y in shown_rows]
        self.band_label.setVisible(bool(explored))
        if explored:
            self.band_label.setText(translate("EffectChart", "Exploratory"))
            self.band_label.setFont(style.chart_font(size * 0.9, bold=True))
            self.band_label.setPos(self.x_range[0], max(explored) + 0.5)
        span = self.x_range[1] - self.x_range[0]
        style.spread_ticks(plot.getAxis("bottom"), span, view.width(), size, float(self.logicalDpiY()) or 96.0)

    def place_below_rows(self, shown_rows: list[float]) -> None:
        """What a chart names below the rows a slide shows (the patient's chart names its zero line there)."""

    def _slide_key(self) -> str:
        """The lines' names as a key, each in its line's colour after a sample of its dashes, in their own lines:
        one wide title line widened the plot past the slide."""
        key_lines: list[str] = []
        notes: list[str] = []
        for key, line in self.reference_lines.items():
            if not line.isVisible():
                continue
            line.label.setVisible(False)
            colour = line.pen.color().name()
            first, *rest = f"{KEY_SAMPLES[key]} {line.label.format}".splitlines()
            key_lines.append(f"<span style='color:{colour}; font-weight:bold'>{escape(first)}</span>")
            notes.extend(f"<span style='color:{colour}'>{escape(note)}</span>" for note in rest)
        return "<br>".join([("\u00a0" * 4).join(key_lines), *notes]) if key_lines else ""

    def title(self) -> str:
        return translate("EffectChart", "The difference after one year, with 95% confidence intervals")

    def summary_text(self) -> str:
        total = next((r for r in self.rows if r.key == "effect_total"), None)
        if total is None:
            return ""
        return translate(
            "EffectChart",
            "All patients: {value} points better with amoxicillin ({interval}). The line set in advance: {mcid} "
            "points. Grey rows are exploratory.",
        ).format(value=self._number(total.estimate.value), interval=self._interval(total), mcid=self._number(self.mcid))

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("EffectChart", "Group"),
            translate("EffectChart", "Points better with amoxicillin"),
            translate("EffectChart", "95% confidence interval"),
            translate("EffectChart", "Kind of analysis"),
            translate("EffectChart", "Source"),
        ]
        rows = [
            [
                self._label(r),
                self._number(r.estimate.value) + self._mark(r),
                self._interval(r) + self._mark(r),
                self._kind(r),
                r.source,
            ]
            for r in self.rows
        ]
        return headers, rows

    def _kind(self, row: ForestRow) -> str:
        """What the row's analysis is: a reader of the table alone must not take a subgroup for the finding."""
        if row.exploratory:
            return translate("EffectChart", "Exploratory")
        if row.key == "effect_total":
            return translate("EffectChart", "Main analysis")
        return translate("EffectChart", "Secondary analysis")

    def describe(self, index: int) -> str:
        row = self.rows[index]
        return translate(
            "EffectChart", "{group}: {value} points better with amoxicillin ({interval}). Source: {source}"
        ).format(
            group=row_name(row.key),
            value=self._number(row.estimate.value),
            interval=self._interval(row),
            source=row.source,
        )

    def describe_at(self, x: float, y: float) -> str:
        nearest = min(range(len(self.rows)), key=lambda i: abs(self.row_y[i] - y), default=None)
        if nearest is None or abs(self.row_y[nearest] - y) > 0.5:
            return ""
        return self.describe(nearest)

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.selected = (self.selected + step) % len(self.rows)
            self._show_selected()
            return True
        return False

    def focus_changed(self, focused: bool) -> None:
        self._show_selected(focus_only=True)

    def _show_selected(self, focus_only: bool = False) -> None:
        if not self.rows:
            return
        if focus_only and not self.plot.hasFocus():
            self.highlight.setData([], [])
            return
        row = self.rows[self.selected]
        self.highlight.setData([float(row.estimate.value)], [self.row_y[self.selected]])
        self.details.setText(self.describe(self.selected))

    def _label(self, row: ForestRow) -> str:
        """The row's name, marked where its numbers come from a secondary source."""
        return self.row_label(row.key) + (SECONDARY_MARK if row.estimate.status.marked else "")

    def _mark(self, row: ForestRow) -> str:
        return SECONDARY_MARK if row.estimate.status.marked else ""

    def marked_text(self) -> str:
        labels = " ".join(self._label(r) for r in self.rows)
        return labels + (SECONDARY_MARK if self.danish_marked else "")

    def _value_text(self, row: ForestRow) -> str:
        return f"{self._number(row.estimate.value)} ({self._interval(row)})"

    def _number(self, value: Decimal | None) -> str:
        return "" if value is None else format_number(value, self.lang)

    def _interval(self, row: ForestRow) -> str:
        return format_interval(self._number(row.estimate.low), self._number(row.estimate.high), self.lang)
