"""How the charts look: pens, symbols and fonts from the one palette, with a second cue beside colour."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from aim_explainer import fonts
from aim_explainer.core.formatting import format_number
from aim_explainer.core.palette import CHART, OKABE_ITO, UI
from aim_explainer.plots._pg import pg

# Colours that keep at least 3:1 against the white chart background (WCAG 1.4.11).
AMOXICILLIN = OKABE_ITO["blue"]
PLACEBO = OKABE_ITO["vermillion"]
THRESHOLD = CHART["threshold"]
DANISH = CHART["danish"]
NEUTRAL = UI["muted_text"]
TREATMENT_SHADE = "#EDEDE6"


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
    widest = max((QFontMetricsF(font).horizontalAdvance(text) for _value, text in ticks), default=0.0)
    axis.setWidth(int(widest + 2 * QFontMetricsF(font).averageCharWidth() + 8))
