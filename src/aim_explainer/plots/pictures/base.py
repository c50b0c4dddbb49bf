"""What every drawn picture shares: painted by QPainter into any rectangle, from the data, with a text alternative.

A picture is not a chart: nothing to hover or play. It paints itself at any size (a chapter's picture, a small
one on the start screen's story map) and says in one paragraph what it shows, for screen readers and for
anyone who cannot see it. Its words are translated when painted, so a language switch needs only a repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from aim_explainer.core.data import StudyData
from aim_explainer.core.formatting import format_number
from aim_explainer.core.palette import UI
from aim_explainer.core.values import find_value

MIN_POINT_SIZE = 6.0  # words in a picture get no smaller than this


class Picture:
    """A drawing of the data; `aspect` is its height over its width."""

    aspect = 0.45
    picture_id = ""

    def __init__(self, data: StudyData, lang: str) -> None:
        self.data, self.lang = data, lang

    def number(self, key: str) -> str:
        """A value of the data file as the text writes it; a gap where the file lacks it."""
        shown = find_value(self.data, key)
        return format_number(shown.value, self.lang) if shown is not None else "\u2013"

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        """Draw into `rect` with text in `font`; `small`: the story map's version, without words."""
        raise NotImplementedError

    def alt_text(self) -> str:
        raise NotImplementedError

    def image(self, width: int, font: QFont, ratio: float = 1.0) -> QImage:
        """The picture at `width` logical pixels, for a text document (device pixel `ratio` for sharpness)."""
        size = QSize(round(width * ratio), round(width * self.aspect * ratio))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor(UI["surface"]))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, width * self.aspect), font)
        painter.end()
        return image


def box(painter: QPainter, rect: QRectF, text: str, font: QFont, fill: str, border: str, bold: bool = False) -> None:
    """A rounded box with centred, wrapped words."""
    painter.setPen(QPen(QColor(border), 1.5))
    painter.setBrush(QColor(fill))
    radius = min(rect.height(), rect.width()) * 0.12
    painter.drawRoundedRect(rect, radius, radius)
    pad = min(rect.height(), rect.width()) * 0.07
    inner = rect.adjusted(pad, pad, -pad, -pad)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.setFont(fitted_font(font, inner, text, flags, bold))
    painter.setPen(QColor(UI["text"]))
    painter.drawText(inner, flags, text)


def fitted_font(font: QFont, rect: QRectF, text: str, flags: Qt.AlignmentFlag, bold: bool = False) -> QFont:
    """`font`, made smaller step by step until `text` fits `rect` whole (a long word is never cut)."""
    words = QFont(font)
    words.setBold(bold)
    size = words.pointSizeF() if words.pointSizeF() > 0 else 11.0
    while size > MIN_POINT_SIZE:
        words.setPointSizeF(size)
        needed = QFontMetricsF(words).boundingRect(rect, int(flags), text)
        longest = max((QFontMetricsF(words).horizontalAdvance(w) for w in text.split()), default=0.0)
        if needed.height() <= rect.height() and needed.width() <= rect.width() and longest <= rect.width():
            break
        size -= 0.5
    return words


def fitted_to_all(font: QFont, pieces: list[tuple[QRectF, str]], flags: Qt.AlignmentFlag) -> QFont:
    """`font` at the largest size at which every text fits its box: one size for all the picture's words, so a
    large font (a slide's) shrinks where the boxes are narrow instead of running past them."""
    sizes = [fitted_font(font, box, text, flags).pointSizeF() for box, text in pieces]
    fitted = QFont(font)
    fitted.setPointSizeF(min(sizes, default=fitted.pointSizeF()))
    return fitted


def arrow(painter: QPainter, start: QPointF, end: QPointF, colour: str, width: float = 2.0) -> None:
    """A straight arrow from `start` to `end`, its head at `end`."""
    painter.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(start, end)
    direction = end - start
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
    unit = QPointF(direction.x() / length, direction.y() / length)
    normal = QPointF(-unit.y(), unit.x())
    head = width * 4
    painter.setBrush(QColor(colour))
    painter.drawPolygon([end, end - unit * head + normal * head * 0.5, end - unit * head - normal * head * 0.5])


def scaled_font(font: QFont, rect: QRectF, lines_in_height: float) -> QFont:
    """`font`, no larger than lets `lines_in_height` lines fit the picture's height (a small picture, small words)."""
    fitted = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
    fitted.setPointSizeF(max(min(size, rect.height() / lines_in_height * 0.75), MIN_POINT_SIZE))
    return fitted
