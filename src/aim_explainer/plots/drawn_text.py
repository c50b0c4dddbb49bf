"""Every text a chart draws, where its letters are: the text items (labels, titles, legend entries) and the axes'
tick numbers, which pyqtgraph paints without items. The presentation's layout check measures these boxes, and a
slide reads what its chart shows (a secondary-source mark in a row label needs its footnote on the slide)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTextBlock, QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

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


def _in_view_box(item: object) -> pg.ViewBox | None:
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
