"""The one measurement of a chart's drawn text: where the letters of every text are, the text items (labels,
titles, legend entries) and the axes' tick numbers, which pyqtgraph paints without items. The presentation's layout
check (ui/presentation/layout_check.py) and the window tests judge these boxes with core/layout_geometry.py, and a
slide reads what its chart shows (a secondary-source mark in a row label needs its footnote on the slide)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTextBlock, QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from aim_explainer.core.layout_geometry import Box, Problem, TextBox, find_problems
from aim_explainer.plots._pg import pg


@dataclass(frozen=True)
class DrawnText:
    text: str
    scene_rect: QRectF  # the letters, in the scene's coordinates
    in_plot: QRectF | None  # the plot area (view box) the text is clipped to, if it stands inside one


def drawn_texts(graphics: QGraphicsView) -> list[DrawnText]:
    """Every visible text of the chart in this view, tick numbers included."""
    found = []
    for item in graphics.scene().items():
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.effectiveOpacity() > 0.01:
            if item.toPlainText().strip():
                box = _in_view_box(item)
                plot = box.sceneBoundingRect() if box is not None else None
                found.append(DrawnText(item.toPlainText(), item.mapRectToScene(ink(item.document())), plot))
        elif isinstance(item, pg.AxisItem) and item.isVisible() and item.style.get("showValues", True):
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            try:
                specs = item.generateDrawSpecs(painter)
            finally:
                painter.end()
            for rect, _flags, text in specs[2] if specs else ():
                found.append(DrawnText(text, item.mapRectToScene(_tick_rect(item, rect, text)), None))
    return found


def shown_text(graphics: QGraphicsView) -> str:
    """The chart's visible words and numbers, one text a line."""
    return "\n".join(drawn.text for drawn in drawn_texts(graphics))


def box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _on_viewport(graphics: QGraphicsView, rect: QRectF, origin: QPointF) -> QRectF:
    """A scene rectangle in the viewport's pixels, moved by `origin`."""
    bounds = graphics.mapFromScene(rect).boundingRect()
    return QRectF(bounds).translated(origin)


def chart_texts(
    graphics: QGraphicsView, name: str, origin: QPointF | None = None
) -> tuple[list[TextBox], dict[str, Box]]:
    """Every text the chart draws, in the pixels of its viewport moved by `origin` (where the viewport stands on
    whatever the caller measures), and the areas they must stay in: a text inside the plot area stays in it, every
    other text in the chart."""
    origin = QPointF(0, 0) if origin is None else origin
    chart_area = f"the {name} chart"
    areas = {chart_area: box(QRectF(graphics.viewport().rect()).translated(origin))}
    texts = []
    for drawn in drawn_texts(graphics):
        area = chart_area
        if drawn.in_plot is not None:
            area = f"the {name} plot"
            areas[area] = box(_on_viewport(graphics, drawn.in_plot, origin))
        texts.append(TextBox(drawn.text, box(_on_viewport(graphics, drawn.scene_rect, origin)), area))
    return texts, areas


def chart_problems(graphics: QGraphicsView, name: str) -> list[Problem]:
    """The chart's texts that overlap another, or run past their plot or the chart."""
    return find_problems(*chart_texts(graphics, name))


def _in_view_box(item: object) -> pg.ViewBox | None:
    # Type checker: a QGraphicsItem or a pyqtgraph item: both have parentItem(), the object type does not say so.
    parent = item.parentItem()  # type: ignore[attr-defined]
    while parent is not None:
        if isinstance(parent, pg.ViewBox):
            return parent
        parent = parent.parentItem()
    return None


def ink(document: QTextDocument) -> QRectF:
    """Where a document's letters are: each line from the top of its tallest letter to the bottom of its lowest,
    not the whole line height (two labels a line apart touch in their line boxes, not in their letters)."""
    ink = QRectF()
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        metrics = QFontMetricsF(_largest_font(block, document.defaultFont()))
        origin = layout.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            words = block.text()[line.textStart() : line.textStart() + line.textLength()]
            letters = metrics.tightBoundingRect(words.strip() or " ")
            baseline = origin.y() + line.y() + line.ascent()
            natural = line.naturalTextRect()
            ink = ink.united(
                QRectF(origin.x() + natural.x(), baseline + letters.top(), natural.width(), letters.height())
            )
        block = block.next()
    return ink


def _largest_font(block: QTextBlock, default: QFont) -> QFont:
    """The largest type in a block: a label's rich text sets its size in its spans, not in the block."""
    fonts = [block.charFormat().font().resolve(default)]
    fragments = block.begin()
    while not fragments.atEnd():
        fonts.append(fragments.fragment().charFormat().font().resolve(default))
        fragments += 1
    return max(fonts, key=lambda font: QFontMetricsF(font).height())


def _tick_rect(axis: pg.AxisItem, rect: QRectF, text: str) -> QRectF:
    """A tick number's letters inside the rectangle the axis keeps for it (as tall as a line, as wide as the widest
    number), placed as the axis aligns them: centred under a bottom axis, right-aligned left of a left one."""
    metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
    letters = metrics.tightBoundingRect(text)
    width = metrics.horizontalAdvance(text)
    if axis.orientation in ("top", "bottom"):
        left = rect.center().x() - width / 2
        baseline = rect.top() + metrics.ascent() if axis.orientation == "bottom" else rect.bottom() - metrics.descent()
    else:
        left = rect.right() - width if axis.orientation == "left" else rect.left()
        baseline = rect.center().y() - metrics.height() / 2 + metrics.ascent()
    return QRectF(left, baseline + letters.top(), width, letters.height())
