"""The effect chart on paper: the Results chapter's own chart, in black and dark greys, drawn as vectors.

Nothing in the chart depends on colour even on screen (line style, marker shape and words tell the rows
and lines apart); for print every colour becomes a dark grey or black, and light fills stay light, so a
black-and-white printer loses nothing.

The chart is a widget laid out in pixels of the screen's resolution, and Qt sizes its text by the
resolution of whatever it paints on; so it is drawn as vectors only onto a page of the same resolution
(printing/pdf.py makes the PDF so), and as a fine-grained picture onto any other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from aim_explainer.core.data import StudyData
from aim_explainer.core.palette import PRINT, Theme
from aim_explainer.plots._pg import pg
from aim_explainer.plots.charts.effect import EffectChart
from aim_explainer.plots.charts.planned_effect import PlannedEffectChart
from aim_explainer.plots.panel.plot import make_plot
from aim_explainer.plots.settle import settle

PRINT_POINT_SIZE = 8.5  # the chart's text on paper; the page's body text is larger
LIGHT = 0.8  # fills at least this light stay light (the exploratory band, white marker centres)
DARKEST_GREY = 0.3  # every other colour becomes at most this light: dark grey or black
RASTER_DPI = 300  # the picture's resolution when vectors cannot be used
LABEL_Z = 50  # words above every line and marker


def print_grey(colour: QColor) -> QColor:
    """A colour as a black-and-white printer should show it: light fills stay light, the rest dark."""
    lightness = (0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()) * colour.alphaF()
    lightness += 1.0 - colour.alphaF()  # a see-through colour over white paper
    grey = lightness if lightness >= LIGHT else min(lightness, DARKEST_GREY)
    return QColor.fromRgbF(grey, grey, grey)


def _pen(pen: QPen) -> QPen:
    printed = QPen(pen)
    printed.setColor(print_grey(pen.color()))
    return printed


def _brush(brush: QBrush | QColor | None) -> QBrush | None:
    if brush is None:
        return None
    brush = QBrush(brush)
    if brush.style() == Qt.BrushStyle.NoBrush:
        return brush
    return QBrush(print_grey(brush.color()), brush.style())


def _readable(label: pg.TextItem) -> None:
    """Dark text on a white patch above the lines, so that no line crosses a word on paper."""
    label.setColor(print_grey(label.color))
    label.fill = pg.mkBrush(PRINT["paper"])
    label.setZValue(LABEL_Z)
    label.update()


class PrintLook(EffectChart):
    """Print text size and print colours for an effect chart (first among the bases of a printed chart)."""

    print_point_size = PRINT_POINT_SIZE

    def retranslate(self) -> None:
        super().retranslate()
        if self._built:
            self._to_print_colours()

    def _to_print_colours(self) -> None:
        plot = self.plot.getPlotItem()
        for item in plot.items:
            if isinstance(item, pg.ScatterPlotItem):
                item.opts["useCache"] = False  # markers as paths, not as pictures of the screen's resolution
                item.setPen(_pen(pg.mkPen(item.opts["pen"])))
                item.setBrush(_brush(item.opts["brush"]))
            elif isinstance(item, pg.PlotDataItem):
                item.setPen(_pen(pg.mkPen(item.opts["pen"])))
            elif isinstance(item, pg.InfiniteLine):
                item.setPen(_pen(item.pen))
                if getattr(item, "label", None) is not None:
                    _readable(item.label)
            elif isinstance(item, pg.ArrowItem):
                item.setStyle(pen=_pen(pg.mkPen(item.opts["pen"])), brush=_brush(pg.mkBrush(item.opts["brush"])))
            elif isinstance(item, pg.TextItem):
                _readable(item)
            elif isinstance(item, QGraphicsRectItem):
                item.setBrush(QBrush(print_grey(item.brush().color()), item.brush().style()))
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setPen(_pen(axis.pen()))
            axis.setTextPen(QColor(PRINT["ink"]))
            axis.label.setDefaultTextColor(QColor(PRINT["ink"]))

    def thicken(self, factor: float) -> None:
        """Make every line `factor` times as wide (for a picture with that many more pixels)."""

        def wider(pen: QPen) -> QPen:
            pen = QPen(pen)
            pen.setWidthF(max(pen.widthF(), 1.0) * factor)
            return pen

        plot = self.plot.getPlotItem()
        for item in plot.items:
            if isinstance(item, pg.PlotDataItem):  # markers: the exporter scales those itself
                item.setPen(wider(pg.mkPen(item.opts["pen"])))
            elif isinstance(item, pg.InfiniteLine):
                item.setPen(wider(item.pen))
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setPen(wider(axis.pen()))


class PrintEffectChart(PrintLook, EffectChart):
    """The clinician's effect chart on paper: every row, the exploratory subgroups marked."""


class PrintPlannedEffectChart(PrintLook, PlannedEffectChart):
    """The patient's effect chart on paper: the rows the patient path shows (core.effects.shown_to), no others."""


PRINTED_CHARTS: dict[str, type[PrintLook]] = {"patient": PrintPlannedEffectChart, "clinician": PrintEffectChart}


def chart_resolution() -> int:
    """The resolution a chart is laid out in (the screen's): a page of it gets the chart as vectors."""
    probe = make_plot(None, "probe", lambda: "")  # without the option menus pyqtgraph makes as windows
    try:
        return probe.logicalDpiY()
    finally:
        probe.deleteLater()


class _Printed(QObject):
    """The state a printed chart is drawn from: the data and the language it is printed in, unchanging."""

    data_changed = Signal()  # never emitted: a page does not change while it is printed
    theme_changed = Signal()  # never emitted either: paper has its own look (PrintLook)
    theme = Theme.STANDARD

    def __init__(self, data: StudyData, language: str) -> None:
        super().__init__()
        self.data: StudyData | None = data
        self._language = language

    @property
    def language(self) -> str:
        return self._language


class PrintedChart:
    """A print chart of a given size in points, detached from any window; `paint` draws it on a page."""

    def __init__(self, data: StudyData, language: str, size: QSizeF, audience: str = "clinician") -> None:
        self.state = _Printed(data, language)  # kept as long as the chart: its panel listens to it
        self.panel = PRINTED_CHARTS[audience](self.state)
        self.plot = self.panel.plot
        self.panel.stack.removeWidget(self.plot)  # only the plot goes on paper, at exactly this size
        self.plot.setParent(None)
        self.plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        pixels = self.plot.logicalDpiY() / 72.0  # laid out in the chart's own pixels
        self.plot.resize(QSize(round(size.width() * pixels), round(size.height() * pixels)))
        self.plot.show()
        settle()

    def title(self) -> str:
        return self.panel.title()

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The chart's own table view, without its source column (the handout lists its references)."""
        headers, rows = self.panel.table_content()
        return headers[:-1], [row[:-1] for row in rows]

    @property
    def resolution(self) -> int:
        return self.plot.logicalDpiY()

    def paint(self, painter: QPainter, target: QRectF) -> None:
        size = self.plot.size()
        source = QRect(0, 0, size.width(), size.height())
        if painter.device().logicalDpiY() == self.resolution:
            self.plot.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            return
        # A page of another resolution would size the chart's text by its own: draw a picture of the
        # chart instead, made by pyqtgraph's exporter, which scales text, lines and markers together.
        from pyqtgraph.exporters import ImageExporter

        scale = max(1.0, RASTER_DPI / self.resolution)
        self.panel.thicken(scale)  # the exporter enlarges markers and text, but not lines
        try:
            exporter = ImageExporter(self.plot.getPlotItem())
            exporter.parameters()["width"] = round(size.width() * scale)
            image = exporter.export(toBytes=True)
        finally:
            self.panel.thicken(1 / scale)
        painter.drawImage(target, image)

    def close(self) -> None:
        self.plot.hide()
        self.panel.dispose()
        self.plot.deleteLater()
        self.panel.deleteLater()
