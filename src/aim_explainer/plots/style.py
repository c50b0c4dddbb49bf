"""How the charts look: pens, symbols and fonts from the one palette, with a second cue beside colour."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from aim_explainer import fonts
from aim_explainer.core.formatting import format_number
from aim_explainer.core.palette import CHART, CHART_TINT, CLEAR_RGBA, LABEL_PATCH_RGBA, OKABE_ITO, UI
from aim_explainer.plots._pg import pg

# Colours that keep at least 3:1 against the white chart background (WCAG 1.4.11).
AMOXICILLIN = OKABE_ITO["blue"]
PLACEBO = OKABE_ITO["vermillion"]
THRESHOLD = CHART["threshold"]
DANISH = CHART["danish"]
NEUTRAL = UI["muted_text"]
TREATMENT_SHADE = CHART_TINT["treatment"]


@dataclass(frozen=True)
class Look:
    colour: str
    dash: Qt.PenStyle
    symbol: str  # pyqtgraph symbol name: the second cue, besides colour
    filled: bool = True

    def pen(self, width: float = 2.5) -> QPen:
        pen = pg.mkPen(QColor(self.colour), width=width)
        pen.setStyle(self.dash)
        return pen

    def brush(self) -> QColor:
        return QColor(self.colour) if self.filled else QColor(UI["surface"])


ACTIVE_LOOK = Look(AMOXICILLIN, Qt.PenStyle.SolidLine, "o")
PLACEBO_LOOK = Look(PLACEBO, Qt.PenStyle.DashLine, "s")
CONFIRMATORY_LOOK = Look(AMOXICILLIN, Qt.PenStyle.SolidLine, "o")
EXPLORATORY_LOOK = Look(NEUTRAL, Qt.PenStyle.DashLine, "d", filled=False)


def line_pen(colour: str, dash: Qt.PenStyle = Qt.PenStyle.SolidLine, width: float = 2.0) -> QPen:
    pen = pg.mkPen(QColor(colour), width=width)
    pen.setStyle(dash)
    return pen


def chart_font(point_size: float, bold: bool = False) -> QFont:
    return fonts.font(point_size, bold)  # pyqtgraph items do not follow the application font


def style_axes(plot: pg.PlotItem, point_size: float) -> None:
    """pyqtgraph items do not follow the application font: set every axis by hand."""
    font = chart_font(point_size)
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font)
        axis.setTextPen(QColor(UI["text"]))
        axis.setPen(QColor(UI["muted_text"]))
        axis.label.setFont(font)


class LocaleAxis(pg.AxisItem):
    """Tick numbers as the language writes them: a decimal comma and a true minus in Norwegian."""

    def __init__(self, orientation: str, language: Callable[[], str]) -> None:
        super().__init__(orientation)
        self._language = language

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        decimals = max(0, -math.floor(math.log10(spacing * scale))) if spacing > 0 else 0
        lang = self._language()
        return [format_number(Decimal(f"{value * scale:.{decimals}f}"), lang) for value in values]


def set_category_ticks(axis: pg.AxisItem, ticks: list[tuple[float, str]], point_size: float) -> None:
    """Labelled ticks, with the axis made wide enough for its longest label before it is painted.

    pyqtgraph widens an axis only after painting the labels once, which a first paint or an export
    would show clipped.
    """
    font = chart_font(point_size)
    axis.setStyle(tickFont=font)
    axis.setTicks([ticks])
    metrics = QFontMetricsF(font)
    lines = [line for _value, text in ticks for line in text.splitlines()]  # a label may wrap on a slide
    widest = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
    axis.setWidth(int(widest + 2 * metrics.averageCharWidth() + 8))


# --- high contrast: black labels, thicker lines, larger markers, no tints ----------------------------
CONTRAST_TEXT = CHART_TINT["contrast_text"]
LABEL_PATCH = LABEL_PATCH_RGBA
CONTRAST_LINE_SCALE = 1.6
CONTRAST_MARKER_SCALE = 1.4


def _thicker(pen: QPen) -> QPen:
    pen = QPen(pen)
    pen.setWidthF(max(pen.widthF(), 1.0) * CONTRAST_LINE_SCALE)
    return pen


def apply_contrast(plot: pg.PlotItem) -> None:
    """Make a drawn, labelled chart high-contrast. Each item is changed once (marked), so labelling the chart
    again does not thicken its lines further; the chart draws itself again to go back to the standard look."""
    black = QColor(CONTRAST_TEXT)
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        if axis.textPen().color() != QColor(AMOXICILLIN):  # the values column keeps its colour (7:1 on white)
            axis.setTextPen(black)
        axis.setPen(pg.mkPen(black, width=2))
        axis.label.setDefaultTextColor(black)
    if plot.legend is not None:
        plot.legend.setLabelTextColor(black)
        plot.legend.setPen(pg.mkPen(black))
    for item in plot.items:
        if getattr(item, "_contrasted", False):
            continue
        item._contrasted = True
        if isinstance(item, pg.PlotDataItem):
            item.setPen(_thicker(pg.mkPen(item.opts["pen"])))
        elif isinstance(item, pg.ScatterPlotItem):
            item.setSize(item.opts["size"] * CONTRAST_MARKER_SCALE)
        elif isinstance(item, pg.InfiniteLine):
            item.setPen(_thicker(item.pen))
        elif isinstance(item, pg.TextItem):
            item.setColor(black)
        elif isinstance(item, pg.LinearRegionItem):  # a tinted span: its edges instead
            item.setBrush(QColor(*CLEAR_RGBA))
            for edge in item.lines:
                edge.setPen(pg.mkPen(black, width=2, style=Qt.PenStyle.DashLine))
        elif hasattr(item, "setBrush") and hasattr(item, "setPen"):  # a tinted band: an outline instead
            item.setBrush(QColor(*CLEAR_RGBA))
            item.setPen(pg.mkPen(black, width=2, style=Qt.PenStyle.DashLine))
    for item in plot.items:  # line labels belong to their lines, not to the plot's list
        label = getattr(item, "label", None)
        if isinstance(label, pg.TextItem):
            label.setColor(black)


# --- presentation: text for the back row, ticks far enough apart for it --------------------------------
def spread_ticks(axis: pg.AxisItem, span: float, pixels: float, point_size: float, dpi: float) -> None:
    """A tick at every whole point or every second (or a rounder step where even that is too tight), numbered
    where the numbers, measured in the axis's type, keep more than a letter's width clear: pyqtgraph spaces ticks
    by length alone, and at projector sizes the numbers ran into each other ("−3−2−1 0 1"), while a fixed
    allowance per number left only 0 and 5 at 1024 × 768. Zero and the positive side (better with amoxicillin)
    are always numbered; a negative tick that has no room keeps its mark without a number."""
    if span <= 0 or pixels <= 0:
        return
    metrics = QFontMetricsF(chart_font(point_size))
    gap = metrics.horizontalAdvance("0") * 1.2
    low, high = axis.range
    # every tick numbered, at every point or every second; else zero and the positive side numbered, at any step
    for steps, all_numbered in (((1, 2), True), ((1, 2, 5, 10, 20, 25, 50, 100), False)):
        for step in steps:
            values = [k * step for k in range(math.ceil(low / step), math.floor(high / step) + 1)]
            texts = axis.tickStrings(values, 1.0, step)
            shown = _numbered(values, [metrics.horizontalAdvance(t) for t in texts], pixels / span, gap)
            if all(shown[i] for i, value in enumerate(values) if all_numbered or value >= 0):
                ticks = [(v, t if shown[i] else "") for i, (v, t) in enumerate(zip(values, texts, strict=True))]
                minor = [(float(k), "") for k in range(math.ceil(low), math.floor(high) + 1)] if step > 1 else []
                axis.setTicks([ticks, minor])
                return
    axis.setTicks(None)


def _numbered(values: Sequence[float], widths: list[float], per_unit: float, gap: float) -> list[bool]:
    """Which ticks get their number: from zero outwards, each one that keeps `gap` from the last one numbered."""
    shown = [False] * len(values)
    start = min(range(len(values)), key=lambda i: abs(values[i]), default=0)
    for direction in (1, -1):
        last = None
        index = start
        while 0 <= index < len(values):
            room = 0.0 if last is None else abs(values[index] - values[last]) * per_unit
            needed = 0.0 if last is None else (widths[index] + widths[last]) / 2 + gap
            if last is None or room >= needed:
                shown[index], last = True, index
            index += direction
    return shown
