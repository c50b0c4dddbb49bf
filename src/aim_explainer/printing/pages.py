"""Pages on a device: the printable area with the footer under it, the flow's boxes painted page by
page, and what went where (for the caller and the tests). Works on any paged device: a printer or a PDF.

Pages are laid out in the device's own pixels; a PDF is made at the chart's resolution (pdf.py) so that
the chart goes on paper as vectors.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter

from aim_explainer import fonts
from aim_explainer.core.palette import PRINT
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP, Message, message
from aim_explainer.i18n import QT_LOCALE, translate
from aim_explainer.printing import typesetting as ts
from aim_explainer.printing.flow import Flow
from aim_explainer.printing.inputs import HandoutInputs
from aim_explainer.printing.layout import GAP_MM, HandoutLayout


@dataclass(frozen=True)
class Rendered:
    """What was put on paper, for the caller and the tests."""

    pages: int
    chart_boxes: tuple[tuple[int, QRectF], ...]  # page index and the chart's box in points from the top left


class HandoutPrintError(OSError):
    """The handout could not be put on paper or into its file; `reason` says why, in words the interface
    translates (message_text), and str() in English for the log."""

    def __init__(self, reason: Message | str) -> None:
        super().__init__(str(reason))
        self.reason = reason

    def __str__(self) -> str:
        return str(self.reason)


class _Frame:
    """The printable area of a page on one device: the column the text flows in and the footer line."""

    def __init__(self, device: QPagedPaintDevice, footer_size: float) -> None:
        paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.origin = QPointF(paint_rect.topLeft())
        self.width = float(paint_rect.width())
        self.footer_font = fonts.font(footer_size)
        self.footer_height = QFontMetricsF(self.footer_font, device).height()
        self.column_height = paint_rect.height() - self.footer_height - ts.mm(GAP_MM, device)
        self.footer_top = self.column_height + ts.mm(GAP_MM, device)


def footer(handout: HandoutInputs, page: int, pages: int) -> tuple[str, str]:
    """The footer's words: on the left what and when, on the right the page number."""
    locale = QLocale(QT_LOCALE[handout.language])
    day = QDate(handout.printed_on.year, handout.printed_on.month, handout.printed_on.day)
    pattern = "d. MMMM yyyy" if handout.language == "nb" else "d MMMM yyyy"
    left = translate("Handout", "{app}. Printed {date}").format(
        app=translate("Handout", "The AIM trial explained"), date=locale.toString(day, pattern)
    )
    right = translate("Handout", "Page {page} of {pages}").format(page=page, pages=pages)
    return left, right


def _paint(painter: QPainter, device: QPagedPaintDevice, flow: Flow, frame: _Frame, handout: HandoutInputs) -> Rendered:
    pages = len(flow.pages)
    charts: list[tuple[int, QRectF]] = []
    to_points = 72.0 / device.logicalDpiY()
    for index, placed in enumerate(flow.pages):
        if index and not device.newPage():
            raise HandoutPrintError(
                message("Handout", QT_TRANSLATE_NOOP("Handout", "page {page} could not be started"), page=index + 1)
            )
        for item in placed:
            item.paint(painter, item.rect)
            if item.chart:
                box = item.rect.translated(frame.origin)
                charts.append(
                    (
                        index,
                        QRectF(
                            box.x() * to_points, box.y() * to_points, box.width() * to_points, box.height() * to_points
                        ),
                    )
                )
        left, right = footer(handout, index + 1, pages)
        line = QRectF(0, frame.footer_top, frame.width, frame.footer_height)
        painter.setFont(frame.footer_font)
        painter.setPen(QColor(PRINT["ink"]))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    return Rendered(pages, tuple(charts))


def render(device: QPagedPaintDevice, handout: HandoutInputs) -> Rendered:
    """Lay out and paint `handout` on `device` (a PDF writer or a printer). Raises HandoutPrintError when
    the device refuses to start or to finish: a printer or a file that could not be written."""
    frame = _Frame(device, ts.SCALES[handout.kind].small)
    layout = HandoutLayout(device, handout, frame.width, frame.column_height)
    try:
        flow = layout.layout()
        painter = QPainter()
        if not painter.begin(device):
            raise HandoutPrintError(
                message("Handout", QT_TRANSLATE_NOOP("Handout", "the printer or file could not be opened for writing"))
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            rendered = _paint(painter, device, flow, frame, handout)
        finally:
            finished = painter.end()
        if not finished:
            raise HandoutPrintError(
                message("Handout", QT_TRANSLATE_NOOP("Handout", "the printer or file did not take the last page"))
            )
        return rendered
    finally:
        layout.close()
