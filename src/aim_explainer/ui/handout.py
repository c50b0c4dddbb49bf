"""The handouts on paper: A4 pages laid out from the handout text (core.handout), with the effect chart
in print colours, a QR code of the article and a footer; written as PDF or sent to a printer.

Text stays text (Qt embeds the fonts), the chart and the QR code are vectors. Pages are laid out in
pixels of the chart's own resolution (see plots/print_chart.py), so the PDF is made at that resolution.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
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
from PySide6.QtWidgets import (
    QApplication,
)

from aim_explainer import APP_NAME, __version__
from aim_explainer.core import handout as text
from aim_explainer.i18n import QT_LOCALE, translate
from aim_explainer.plots.print_chart import PrintedChart
from aim_explainer.ui.app_state import AppState

log = logging.getLogger(__name__)

MARGINS_MM = QMarginsF(16, 13, 16, 11)
QR_MM = 26.0  # the code with its quiet zone: large enough for any phone camera at reading distance
GAP_MM = 4.0
CHART_ASPECT = 0.42  # the chart's height over its width
NOTE_LINES_MIN = 4  # fewer lines for notes than this are left out


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


@dataclass(frozen=True)
class Rendered:
    """What was put on paper, for the caller and the tests."""

    pages: int
    chart_boxes: tuple[tuple[int, QRectF], ...]  # page index and the chart's box in points from the top left


@dataclass
class _Placed:
    rect: QRectF  # in device pixels, relative to the printable area
    paint: Callable[[QPainter, QRectF], None]
    chart: bool = False


@dataclass
class _Flow:
    """Places blocks top to bottom, page after page."""

    height: float
    pages: list[list[_Placed]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, rect: QRectF, paint: Callable[[QPainter, QRectF], None], chart: bool = False) -> None:
        self.pages[-1].append(_Placed(rect, paint, chart))

    def skip(self, space: float) -> None:
        if self.y > 0:  # no space at the top of a page
            self.y = min(self.y + space, self.height)


def handout_title(state: AppState, kind: str) -> str:
    assert state.data is not None
    return text.title(text.handout_parts(state.content_dir, kind, state.language, state.data))


def _px(points: float, device: QPagedPaintDevice) -> float:
    return points * device.logicalDpiY() / 72.0


def _doc_px(points: float) -> float:
    """A length for a QTextDocument's formats (margins, indents, borders): Qt counts those in pixels of
    96 per inch and scales them to the document's paint device itself."""
    return points * 96 / 72.0


def _mm(millimetres: float, device: QPagedPaintDevice) -> float:
    return millimetres * device.logicalDpiY() / 25.4


class _Writer:
    """Lays out one handout for one device, then paints it."""

    def __init__(self, device: QPagedPaintDevice, state: AppState, kind: str, printed_on: date) -> None:
        assert state.data is not None, "the study data must be loaded before printing"
        self.device = device
        self.state = state
        self.kind = kind
        self.scale = SCALES[kind]
        self.printed_on = printed_on
        self.parts = text.handout_parts(state.content_dir, kind, state.language, state.data)
        paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.width = float(paint_rect.width())
        self.footer_font = QFont(QApplication.font())
        self.footer_font.setPointSizeF(self.scale.small)
        self.footer_height = QFontMetricsF(self.footer_font, device).height()
        self.flow = _Flow(paint_rect.height() - self.footer_height - _mm(GAP_MM, device))
        self.pending_heading: QTextDocument | None = None
        to_points = 72.0 / device.logicalDpiY()
        chart_size = QSizeF(self.width * to_points, self.width * CHART_ASPECT * to_points)
        self.chart = PrintedChart(state, chart_size) if self._needs_chart() else None

    def _needs_chart(self) -> bool:
        return any(part.block in ("chart", "effects") for part in self.parts)

    # --- text ---------------------------------------------------------------------------------------
    def _document(self, markdown: str, width: float, size: float, html_text: str | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        font = QFont(QApplication.font())
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setIndentWidth(_doc_px(size * 1.6))
        if html_text is not None:
            doc.setHtml(html_text)
        else:
            doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._typeset(doc, size)
        doc.setTextWidth(width)
        return doc

    def _typeset(self, doc: QTextDocument, size: float) -> None:
        """Print typography: fixed heading sizes, spacing in proportion to the text, ruled tables."""
        line = _doc_px(size * 1.25)
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
        plain.setForeground(QColor("black"))
        plain.setFontUnderline(False)
        everything = QTextCursor(doc)
        everything.select(QTextCursor.SelectionType.Document)
        everything.mergeCharFormat(plain)
        for table in tables:
            self._rule(table, size)

    def _rule(self, table: QTextTable, size: float) -> None:
        fmt = QTextTableFormat(table.format())
        fmt.setBorder(1.0)  # 0.75 pt; Qt leaves out table borders thinner than one of its pixels
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QColor("black"))
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(_doc_px(size * 0.18))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setTopMargin(_doc_px(size * 0.2))
        fmt.setBottomMargin(_doc_px(size * 0.8))
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

    def _paint_document(self, doc: QTextDocument, top: float, height: float) -> Callable[[QPainter, QRectF], None]:
        """A painter of the slice of `doc` from `top`, `height` high, into a box on the page."""

        def paint(painter: QPainter, box: QRectF) -> None:
            painter.save()
            painter.translate(box.left(), box.top() - top)
            clip = QRectF(0, top, doc.textWidth(), height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            palette = QPalette(context.palette)
            palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            context.palette = palette
            doc.documentLayout().draw(painter, context)
            painter.restore()

        return paint

    @staticmethod
    def _breaks(doc: QTextDocument) -> list[float]:
        """Where a page may end inside `doc`: before a paragraph or a table, never right after a heading."""
        layout = doc.documentLayout()
        breaks: list[float] = []
        previous_heading = False
        seen_tables: list[QTextTable] = []
        block = doc.begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if table is not None:
                if table not in seen_tables:
                    seen_tables.append(table)
                    if not previous_heading:
                        breaks.append(layout.frameBoundingRect(table).top())
                    previous_heading = False
            else:
                if not previous_heading:
                    breaks.append(layout.blockBoundingRect(block).top())
                previous_heading = block.blockFormat().headingLevel() > 0
            block = block.next()
        return sorted({b for b in breaks if b > 0})

    def _flow_document(self, doc: QTextDocument, left: float = 0.0) -> None:
        height = doc.size().height()
        if self.pending_heading is not None:  # the heading and at least the first paragraph together
            breaks = self._breaks(doc)
            self._keep_together(breaks[0] if breaks else height)
        top = 0.0
        while True:
            rest = height - top
            if rest <= self.flow.room:
                self.flow.place(QRectF(left, self.flow.y, doc.textWidth(), rest), self._paint_document(doc, top, rest))
                self.flow.y += rest
                return
            fitting = [b for b in self._breaks(doc) if top < b <= top + self.flow.room]
            if not fitting:
                if self.flow.y == 0:  # taller than a page: cut it where the page ends
                    fitting = [top + self.flow.room]
                else:
                    self.flow.new_page()
                    continue
            end = fitting[-1]
            self.flow.place(
                QRectF(left, self.flow.y, doc.textWidth(), end - top), self._paint_document(doc, top, end - top)
            )
            top = end
            self.flow.new_page()

    def _keep_together(self, height: float) -> None:
        """Start a new page unless `height` fits on this one; a heading waiting for its block goes along."""
        heading = self.pending_heading
        self.pending_heading = None
        needed = height + (heading.size().height() if heading is not None else 0.0)
        if needed > self.flow.room and self.flow.y > 0:
            self.flow.new_page()
        if heading is not None:
            self._flow_document(heading)

    # --- blocks -------------------------------------------------------------------------------------
    def _chart_block(self, caption: str) -> None:
        """The chart's title, the chart and its caption, on one page."""
        assert self.chart is not None
        title = self._document(f"**{self.chart.title()}**", self.width, self.scale.body)
        title_height = title.size().height()
        chart_height = self.width * CHART_ASPECT
        below = self._document(caption, self.width, self.scale.body - 0.5) if caption else None
        gap = _px(self.scale.body * 0.4, self.device)
        caption_height = below.size().height() + gap if below else 0.0
        self.flow.skip(_px(self.scale.body * 0.4, self.device))
        self._keep_together(title_height + chart_height + caption_height)
        self.flow.place(QRectF(0, self.flow.y, self.width, title_height), self._paint_document(title, 0, title_height))
        self.flow.y += title_height
        self.flow.place(QRectF(0, self.flow.y, self.width, chart_height), self.chart.paint, chart=True)
        self.flow.y += chart_height + gap
        if below is not None:
            self._flow_document(below)
        self.flow.skip(_px(self.scale.body * 0.5, self.device))

    def _effects_block(self) -> None:
        assert self.chart is not None
        headers, rows = self.chart.table()
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        doc = self._document("", self.width, self.scale.body, f"<table><tr>{cells}</tr>{body}</table>")
        self._keep_together(doc.size().height())
        self._flow_document(doc)

    def _beside_qr(self, markdown: str, size: float, qr_mm: float, qr_left: bool) -> None:
        """Text beside a QR code of the article's address, kept on one page."""
        qr = _mm(qr_mm, self.device)
        gap = _mm(GAP_MM, self.device)
        doc = self._document(markdown, self.width - qr - gap, size)
        height = max(qr, doc.size().height())
        self.flow.skip(_px(self.scale.body * 0.6, self.device))
        self._keep_together(height)
        code_left, text_left = (0.0, qr + gap) if qr_left else (self.width - qr, 0.0)
        self.flow.place(
            QRectF(code_left, self.flow.y, qr, qr), lambda painter, box: paint_qr(painter, box, text.ARTICLE_URL)
        )
        self.flow.place(
            QRectF(text_left, self.flow.y, doc.textWidth(), doc.size().height()),
            self._paint_document(doc, 0, doc.size().height()),
        )
        self.flow.y += height + _px(self.scale.body * 0.6, self.device)

    def _article_block(self, markdown: str) -> None:
        """The QR code, and beside it the words of the template, the full citation and the address."""
        words = "\n\n".join(p for p in (markdown, text.ARTICLE_CITATION, text.ARTICLE_URL) if p)
        self._beside_qr(words, self.scale.article, QR_MM, qr_left=True)

    def _references_block(self, markdown: str) -> None:
        """The reference list; with words of its own, also the QR code and the article's address."""
        references = text.references_markdown()
        if not markdown:
            self._flow_document(self._document(references, self.width, self.scale.small))
            return
        words = f"{references}\n\n{markdown} {text.ARTICLE_URL}"
        self._beside_qr(words, self.scale.small, QR_MM * 0.7, qr_left=False)

    def _text(self, markdown: str) -> None:
        lines = markdown.rstrip().splitlines()
        if lines and lines[-1].startswith("#"):  # a heading that ends the text belongs to what follows
            body = "\n".join(lines[:-1]).strip()
            if body:
                self._flow_document(self._document(body, self.width, self.scale.body))
            self.pending_heading = self._document(lines[-1], self.width, self.scale.body)
        else:
            self._flow_document(self._document(markdown, self.width, self.scale.body))

    def _notes_block(self, label: str) -> None:
        """A heading and ruled lines to write on, filling what is left of the page (no new page for it)."""
        heading = self._document(label, self.width, self.scale.body)
        spacing = _px(self.scale.body * 2.4, self.device)  # room for handwriting
        self.flow.skip(_px(self.scale.body * 0.6, self.device))
        lines = int((self.flow.room - heading.size().height() - spacing / 2) // spacing)
        if lines < NOTE_LINES_MIN:
            return
        top = self.flow.y
        self.flow.place(
            QRectF(0, top, self.width, heading.size().height()),
            self._paint_document(heading, 0, heading.size().height()),
        )
        first = top + heading.size().height()

        def rule(painter: QPainter, box: QRectF) -> None:
            painter.save()
            pen = QPen(QColor("#808080"))
            pen.setWidthF(_px(0.5, self.device))
            painter.setPen(pen)
            for number in range(1, lines + 1):
                y = box.top() + number * spacing
                painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.restore()

        self.flow.place(QRectF(0, first, self.width, lines * spacing), rule)
        self.flow.y = first + lines * spacing

    def layout(self) -> None:
        for part in self.parts:
            if part.block == "text":
                self._text(part.markdown)
            elif part.block == "chart":
                self._chart_block(part.markdown)
            elif part.block == "effects":
                self._effects_block()
            elif part.block == "article":
                self._article_block(part.markdown)
            elif part.block == "references":
                self._references_block(part.markdown)
            elif part.block == "notes":
                self._notes_block(part.markdown)

    # --- painting -----------------------------------------------------------------------------------
    def footer(self, page: int, pages: int) -> tuple[str, str]:
        locale = QLocale(QT_LOCALE[self.state.language])
        day = QDate(self.printed_on.year, self.printed_on.month, self.printed_on.day)
        pattern = "d. MMMM yyyy" if self.state.language == "nb" else "d MMMM yyyy"
        left = translate("Handout", "{app}. Printed {date}").format(
            app=translate("MainWindow", "The AIM trial explained"), date=locale.toString(day, pattern)
        )
        right = translate("Handout", "Page {page} of {pages}").format(page=page, pages=pages)
        return left, right

    def paint(self, painter: QPainter) -> Rendered:
        pages = len(self.flow.pages)
        charts: list[tuple[int, QRectF]] = []
        to_points = 72.0 / self.device.logicalDpiY()
        origin = self.device.pageLayout().paintRectPixels(self.device.logicalDpiX()).topLeft()
        bottom = self.flow.height + _mm(GAP_MM, self.device)
        for index, placed in enumerate(self.flow.pages):
            if index:
                self.device.newPage()
            for item in placed:
                item.paint(painter, item.rect)
                if item.chart:
                    box = item.rect.translated(QPointF(origin))
                    charts.append(
                        (
                            index,
                            QRectF(
                                box.x() * to_points,
                                box.y() * to_points,
                                box.width() * to_points,
                                box.height() * to_points,
                            ),
                        )
                    )
            left, right = self.footer(index + 1, pages)
            line = QRectF(0, bottom, self.width, self.footer_height)
            painter.setFont(self.footer_font)
            painter.setPen(QColor("black"))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        return Rendered(pages, tuple(charts))

    def close(self) -> None:
        if self.chart is not None:
            self.chart.close()


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


def paint_qr(painter: QPainter, box: QRectF, data: str) -> None:
    """The QR code of `data`, dark squares on white with the standard quiet zone, as one vector shape."""
    import segno  # pure Python, only needed when printing

    code = segno.make(data, error="m", micro=False)
    border = 4  # modules of quiet zone, as the standard asks
    modules = code.symbol_size(border=border)[0]
    unit = min(box.width(), box.height()) / modules
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, line in enumerate(code.matrix):
        column = 0
        while column < len(line):
            if line[column]:
                start = column
                while column < len(line) and line[column]:
                    column += 1
                path.addRect(
                    QRectF(
                        box.left() + (border + start) * unit,
                        box.top() + (border + row) * unit,
                        (column - start) * unit,
                        unit,
                    )
                )
            else:
                column += 1
    painter.save()
    painter.fillRect(
        QRectF(box.topLeft(), QSize(round(unit * modules), round(unit * modules)).toSizeF()), QColor("white")
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    painter.drawPath(path)
    painter.restore()


def render(device: QPagedPaintDevice, state: AppState, kind: str, printed_on: date | None = None) -> Rendered:
    """Lay out and paint the handout `kind` in the current language on `device` (a PDF writer or a printer)."""
    writer = _Writer(device, state, kind, printed_on or date.today())
    try:
        writer.layout()
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the printer or file could not be opened for writing")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            return writer.paint(painter)
        finally:
            painter.end()
    finally:
        writer.close()


def pdf_resolution() -> int:
    """The resolution the pages are laid out in: the chart's, so that it goes on paper as vectors."""
    from aim_explainer.plots._pg import pg

    probe = pg.PlotWidget()
    try:
        return probe.logicalDpiY()
    finally:
        probe.deleteLater()


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def write_pdf(path: Path, state: AppState, kind: str, printed_on: date | None = None) -> Rendered:
    """Write the handout `kind` in the current language as an A4 PDF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = QPdfWriter(str(path))
    pdf.setResolution(pdf_resolution())
    pdf.setPageLayout(page_layout())
    pdf.setTitle(handout_title(state, kind))
    pdf.setCreator(f"{APP_NAME} {__version__}")
    rendered = render(pdf, state, kind, printed_on)
    del pdf  # closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    log.info("wrote the %s handout (%s, %d pages) to %s", kind, state.language, rendered.pages, path)
    return rendered
