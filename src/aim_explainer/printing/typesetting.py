"""Typesetting for paper: the type scales, lengths in the page's pixels, and Markdown made into text
documents with print typography (fixed heading sizes, spacing in proportion to the text, ruled tables,
black text without links), with the places a page may end inside them and painters of their slices."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from aim_explainer import fonts
from aim_explainer.core.palette import PRINT
from aim_explainer.printing.flow import Paint, SlicePaint


@dataclass(frozen=True)
class TypeScale:
    body: float  # point sizes
    title: float
    heading: float
    small: float  # footer and references
    article: float  # the words beside the QR code


SCALES = {
    # a patient reads it at home, perhaps without glasses: larger text, and two pages if need be
    "patient": TypeScale(body=11.0, title=17.0, heading=13.0, small=8.0, article=9.5),
    # a clinician wants it on one page
    "clinician": TypeScale(body=8.4, title=13.0, heading=10.0, small=7.0, article=8.0),
}


def px(points: float, device: QPagedPaintDevice) -> float:
    return points * device.logicalDpiY() / 72.0


def mm(millimetres: float, device: QPagedPaintDevice) -> float:
    return millimetres * device.logicalDpiY() / 25.4


def doc_px(points: float) -> float:
    """A length for a QTextDocument's formats (margins, indents, borders): Qt counts those in pixels of
    96 per inch and scales them to the document's paint device itself."""
    return points * 96 / 72.0


class Typesetter:
    """Makes text documents for one page device in one type scale."""

    def __init__(self, device: QPagedPaintDevice, scale: TypeScale) -> None:
        self.device = device
        self.scale = scale

    def document(self, markdown: str, width: float, size: float, html_text: str | None = None) -> QTextDocument:
        """`markdown` (or `html_text`, when given) set in `size` points, `width` pixels wide."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(fonts.font(size))  # the bundled family: the same pages on every machine
        doc.setDocumentMargin(0)
        doc.setIndentWidth(doc_px(size * 1.6))
        if html_text is not None:
            doc.setHtml(html_text)
        else:
            doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._typeset(doc, size)
        doc.setTextWidth(width)
        return doc

    def _typeset(self, doc: QTextDocument, size: float) -> None:
        """Print typography: fixed heading sizes, spacing in proportion to the text, ruled tables."""
        line = doc_px(size * 1.25)
        tables: list[QTextTable] = []
        block = doc.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            table = cursor.currentTable()
            if table is not None:
                if table not in tables:
                    tables.append(table)
                block = block.next()
                continue
            level = block.blockFormat().headingLevel()
            spacing = QTextBlockFormat()
            if level:
                _resize_heading(block, self.scale.title if level == 1 else self.scale.heading)
                spacing.setTopMargin(line * (0.2 if level == 1 else 0.75))
                spacing.setBottomMargin(line * (0.35 if level == 1 else 0.2))
            else:
                spacing.setTopMargin(0)
                spacing.setBottomMargin(line * (0.15 if block.textList() is not None else 0.4))
            cursor.mergeBlockFormat(spacing)
            block = block.next()
        # paper has no links: addresses print as plain black text
        plain = QTextCharFormat()
        plain.setForeground(QColor(PRINT["ink"]))
        plain.setFontUnderline(False)
        everything = QTextCursor(doc)
        everything.select(QTextCursor.SelectionType.Document)
        everything.mergeCharFormat(plain)
        for table in tables:
            _rule(table, size)


def _rule(table: QTextTable, size: float) -> None:
    fmt = QTextTableFormat(table.format())
    fmt.setBorder(1.0)  # 0.75 pt; Qt leaves out table borders thinner than one of its pixels
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderBrush(QColor(PRINT["ink"]))
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(doc_px(size * 0.18))
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setTopMargin(doc_px(size * 0.2))
    fmt.setBottomMargin(doc_px(size * 0.8))
    fmt.setHeaderRowCount(1)
    if table.columns() == 3:  # the comparison: what | the Danish trial | AIM
        widths = (17, 43, 40)
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
    table.setFormat(fmt)
    header = QTextCharFormat()
    header.setFontWeight(QFont.Weight.Bold)
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(header)


def _resize_heading(block: QTextBlock, point_size: float) -> None:
    """Give a Markdown heading a fixed size. Qt's own sizes are relative (a FontSizeAdjustment), which
    overrides any point size while it is present, so it has to go."""
    fragments = []
    it = block.begin()
    while not it.atEnd():
        fragments.append(it.fragment())
        it += 1
    for fragment in fragments:
        fmt = fragment.charFormat()
        fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        fmt.setFontPointSize(point_size)
        fmt.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(block.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


EDGE = 0.5  # pixels: less than any line of text, more than rounding


def height(doc: QTextDocument) -> float:
    return doc.size().height()


def slice_painter(doc: QTextDocument) -> SlicePaint:
    """Painters of slices of `doc`: the one for (top, height) draws that much of it into a box on the page."""

    def slice_of(top: float, height: float) -> Paint:
        def paint(painter: QPainter, box: QRectF) -> None:
            painter.save()
            painter.translate(box.left(), box.top() - top)
            clip = QRectF(0, top, doc.textWidth(), height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt draws every block that touches the clip, so the paragraph that starts where this slice
            # ends would go, hidden but readable, into the PDF's text as well: the document's clip stops
            # short of both edges, the painter's above keeps them exact
            context.clip = clip.adjusted(0, EDGE, 0, -EDGE)
            palette = QPalette(context.palette)
            palette.setColor(QPalette.ColorRole.Text, QColor(PRINT["ink"]))
            context.palette = palette
            doc.documentLayout().draw(painter, context)
            painter.restore()

        return paint

    return slice_of


def whole(doc: QTextDocument) -> Paint:
    """A painter of all of `doc`."""
    return slice_painter(doc)(0.0, height(doc))


def breaks(doc: QTextDocument) -> list[float]:
    """Where a page may end inside `doc`: before a paragraph or a table, never right after a heading."""
    layout = doc.documentLayout()
    found: list[float] = []
    previous_heading = False
    seen_tables: list[QTextTable] = []
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            if table not in seen_tables:
                seen_tables.append(table)
                if not previous_heading:
                    found.append(layout.frameBoundingRect(table).top())
                previous_heading = False
        else:
            if not previous_heading:
                found.append(layout.blockBoundingRect(block).top())
            previous_heading = block.blockFormat().headingLevel() > 0
        block = block.next()
    return sorted({b for b in found if b > 0})
