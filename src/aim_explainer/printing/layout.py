"""The handout's layout: its parts in the template's order, each as the block it is (prose, the chart
with its title and caption, the chart's numbers as a table, the QR code with the citation, the
references, ruled lines for notes), placed into a flow of pages."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTextDocument

from aim_explainer.core import handout as text
from aim_explainer.core.palette import PRINT
from aim_explainer.plots.print_chart import PrintedChart
from aim_explainer.printing import typesetting as ts
from aim_explainer.printing.flow import Flow
from aim_explainer.printing.inputs import HandoutInputs
from aim_explainer.printing.qr import paint_qr

QR_MM = 26.0  # the code with its quiet zone: large enough for any phone camera at reading distance
GAP_MM = 4.0
CHART_ASPECT = 0.42  # the chart's height over its width
NOTE_LINES_MIN = 4  # fewer lines for notes than this are left out


class HandoutLayout:
    """Lays out one handout for one device into `flow`, a column `width` pixels wide."""

    def __init__(self, device: QPagedPaintDevice, handout: HandoutInputs, width: float, height: float) -> None:
        self.device = device
        self.handout = handout
        self.scale = ts.SCALES[handout.kind]
        self.type = ts.Typesetter(device, self.scale)
        self.width = width
        self.flow = Flow(height)
        self.pending_heading: QTextDocument | None = None  # a heading that waits for what follows it
        to_points = 72.0 / device.logicalDpiY()
        chart_size = QSizeF(width * to_points, width * CHART_ASPECT * to_points)
        needs_chart = any(part.block in ("chart", "effects") for part in handout.parts)
        self.chart = PrintedChart(handout.data, handout.language, chart_size, handout.kind) if needs_chart else None

    def layout(self) -> Flow:
        for part in self.handout.parts:
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
        return self.flow

    def close(self) -> None:
        if self.chart is not None:
            self.chart.close()

    # --- text ---------------------------------------------------------------------------------------
    def _document(self, markdown: str, size: float, width: float | None = None) -> QTextDocument:
        return self.type.document(markdown, self.width if width is None else width, size)

    def _flow_document(self, doc: QTextDocument, left: float = 0.0) -> None:
        breaks = ts.breaks(doc)
        if self.pending_heading is not None:  # the heading and at least the first paragraph together
            self._keep_together(breaks[0] if breaks else ts.height(doc))
        self.flow.add_breakable(ts.height(doc), breaks, ts.slice_painter(doc), doc.textWidth(), left)

    def _keep_together(self, height: float) -> None:
        """Start a new page unless `height` fits on this one; a heading waiting for its block goes along."""
        heading = self.pending_heading
        self.pending_heading = None
        self.flow.keep_together(height + (ts.height(heading) if heading is not None else 0.0))
        if heading is not None:
            self._flow_document(heading)

    def _text(self, markdown: str) -> None:
        lines = markdown.rstrip().splitlines()
        if lines and lines[-1].startswith("#"):  # a heading that ends the text belongs to what follows
            body = "\n".join(lines[:-1]).strip()
            if body:
                self._flow_document(self._document(body, self.scale.body))
            self.pending_heading = self._document(lines[-1], self.scale.body)
        else:
            self._flow_document(self._document(markdown, self.scale.body))

    # --- blocks -------------------------------------------------------------------------------------
    def _chart_block(self, caption: str) -> None:
        """The chart's title, the chart and its caption, on one page."""
        assert self.chart is not None
        title = self._document(f"**{self.chart.title()}**", self.scale.body)
        title_height = ts.height(title)
        chart_height = self.width * CHART_ASPECT
        below = self._document(caption, self.scale.body - 0.5) if caption else None
        gap = ts.px(self.scale.body * 0.4, self.device)
        caption_height = ts.height(below) + gap if below else 0.0
        self.flow.skip(ts.px(self.scale.body * 0.4, self.device))
        self._keep_together(title_height + chart_height + caption_height)
        self.flow.add(title_height, ts.whole(title), self.width)
        self.flow.add(chart_height, self.chart.paint, self.width, chart=True)
        self.flow.y += gap
        if below is not None:
            self._flow_document(below)
        self.flow.skip(ts.px(self.scale.body * 0.5, self.device))

    def _effects_block(self) -> None:
        assert self.chart is not None
        headers, rows = self.chart.table()
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        doc = self.type.document("", self.width, self.scale.body, f"<table><tr>{cells}</tr>{body}</table>")
        self._keep_together(ts.height(doc))
        self._flow_document(doc)

    def _beside_qr(self, markdown: str, size: float, qr_mm: float, qr_left: bool) -> None:
        """Text beside a QR code of the article's address, kept on one page."""
        qr = ts.mm(qr_mm, self.device)
        gap = ts.mm(GAP_MM, self.device)
        doc = self._document(markdown, size, self.width - qr - gap)
        height = max(qr, ts.height(doc))
        self.flow.skip(ts.px(self.scale.body * 0.6, self.device))
        self._keep_together(height)
        code_left, text_left = (0.0, qr + gap) if qr_left else (self.width - qr, 0.0)
        self.flow.place(
            QRectF(code_left, self.flow.y, qr, qr), lambda painter, box: paint_qr(painter, box, text.ARTICLE_URL)
        )
        self.flow.place(QRectF(text_left, self.flow.y, doc.textWidth(), ts.height(doc)), ts.whole(doc))
        self.flow.y += height + ts.px(self.scale.body * 0.6, self.device)

    def _article_block(self, markdown: str) -> None:
        """The QR code, and beside it the words of the template, the full citation and the address."""
        words = "\n\n".join(p for p in (markdown, text.ARTICLE_CITATION, text.ARTICLE_URL) if p)
        self._beside_qr(words, self.scale.article, QR_MM, qr_left=True)

    def _references_block(self, markdown: str) -> None:
        """The reference list; with words of its own, also the QR code and the article's address."""
        references = text.references_markdown()
        if not markdown:
            self._flow_document(self._document(references, self.scale.small))
            return
        words = f"{references}\n\n{markdown} {text.ARTICLE_URL}"
        self._beside_qr(words, self.scale.small, QR_MM * 0.7, qr_left=False)

    def _notes_block(self, label: str) -> None:
        """A heading and ruled lines to write on, filling what is left of the page (no new page for it)."""
        heading = self._document(label, self.scale.body)
        spacing = ts.px(self.scale.body * 2.4, self.device)  # room for handwriting
        self.flow.skip(ts.px(self.scale.body * 0.6, self.device))
        lines = int((self.flow.room - ts.height(heading) - spacing / 2) // spacing)
        if lines < NOTE_LINES_MIN:
            return
        self.flow.add(ts.height(heading), ts.whole(heading), self.width)
        pen_width = ts.px(0.5, self.device)

        def rule(painter: QPainter, box: QRectF) -> None:
            painter.save()
            pen = QPen(QColor(PRINT["rule"]))
            pen.setWidthF(pen_width)
            painter.setPen(pen)
            for number in range(1, lines + 1):
                y = box.top() + number * spacing
                painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.restore()

        self.flow.add(lines * spacing, rule, self.width)
