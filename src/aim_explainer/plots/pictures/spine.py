"""Two lumbar vertebrae and the disc between them, seen from the side: where Modic changes sit, and how the
three types differ. A drawing, not an MRI: each type has its own pattern as well as its own colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from aim_explainer.core.palette import OKABE_ITO, PICTURE, UI
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.base import Picture, fitted_to_all, scaled_font

BONE = PICTURE["bone"]
BONE_EDGE = PICTURE["bone_edge"]
DISC = PICTURE["disc"]
# (fill, pattern): the second cue beside colour, so the three types differ in grey print and to every eye
TYPES = (
    (OKABE_ITO["sky_blue"], Qt.BrushStyle.Dense5Pattern),  # type 1: fluid and swelling
    (OKABE_ITO["yellow"], Qt.BrushStyle.HorPattern),  # type 2: fat
    (PICTURE["modic_type3"], Qt.BrushStyle.DiagCrossPattern),  # type 3: hardened bone
)


def type_words() -> tuple[tuple[str, str], ...]:
    return (
        (translate("SpinePicture", "Type 1"), translate("SpinePicture", "fluid and swelling in the bone")),
        (translate("SpinePicture", "Type 2"), translate("SpinePicture", "fat in the bone")),
        (translate("SpinePicture", "Type 3"), translate("SpinePicture", "hardened bone")),
    )


def draw_segment(painter: QPainter, rect: QRectF, zone: tuple[str, Qt.BrushStyle] | None) -> tuple[QRectF, QRectF]:
    """Vertebra, disc, vertebra in `rect`; the bone next to the disc marked with `zone`. Returns the disc and
    the upper zone, for labels."""
    h = rect.height()
    body_h, disc_h = h * 0.38, h * 0.16
    upper = QRectF(rect.left(), rect.top() + h * 0.02, rect.width(), body_h)
    disc = QRectF(rect.left() + rect.width() * 0.04, upper.bottom() + h * 0.02, rect.width() * 0.92, disc_h)
    lower = QRectF(rect.left(), disc.bottom() + h * 0.02, rect.width(), body_h)
    radius = rect.width() * 0.1
    painter.setPen(QPen(QColor(BONE_EDGE), 1.5))
    painter.setBrush(QColor(BONE))
    for body in (upper, lower):
        painter.drawRoundedRect(body, radius, radius)
    painter.setBrush(QColor(DISC))
    painter.drawEllipse(disc)
    band = body_h * 0.32
    upper_zone = QRectF(upper.left(), upper.bottom() - band, upper.width(), band)
    lower_zone = QRectF(lower.left(), lower.top(), lower.width(), band)
    if zone is not None:
        colour, pattern = zone
        for part in (upper_zone, lower_zone):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(part.adjusted(2, 2, -2, -2), radius * 0.5, radius * 0.5)
            painter.setBrush(QBrush(QColor(UI["text"]), pattern))
            painter.drawRoundedRect(part.adjusted(2, 2, -2, -2), radius * 0.5, radius * 0.5)
    return disc, upper_zone


class SpinePicture(Picture):
    picture_id = "spine"
    aspect = 0.5

    def alt_text(self) -> str:
        parts = "; ".join(f"{name}: {what}" for name, what in type_words())
        return translate(
            "SpinePicture",
            "Drawing of two vertebrae in the lower back, seen from the side, with the disc between them. Modic "
            "changes sit in the bone right next to the disc. The three types look different on MRI: {types}.",
        ).format(types=parts)

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        if small:  # the story map: one segment, type 1 marked
            side = min(rect.width(), rect.height())
            draw_segment(painter, QRectF(rect.center().x() - side * 0.35, rect.top(), side * 0.7, side), TYPES[0])
            return
        pad = rect.width() * 0.02
        # the main drawing, labelled, on the left third
        main = QRectF(rect.left() + pad, rect.top() + pad, rect.width() * 0.2, rect.height() * 0.78)
        labels = QRectF(main.right() + pad, main.top(), rect.width() * 0.18, main.height())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        vertebra = translate("SpinePicture", "Vertebra")
        words = translate("SpinePicture", "Modic changes sit in the bone next to the disc (dashed)")
        below = rect.height() - main.height() - 2 * pad
        where = QRectF(rect.left() + pad, main.bottom() + pad, rect.width() * 0.4, below)
        left = labels.right() + pad * 2
        width = (rect.right() - pad - left - 2 * pad) / 3
        # one size for every word, the largest at which each fits its box (a slide asks for large words)
        f = scaled_font(font, rect, 14)
        line = QFontMetricsF(f).height() * 2.4
        described = QRectF(0, 0, width, rect.height() * 0.38 - 2 * pad - QFontMetricsF(f).height() * 1.3)
        f = fitted_to_all(
            f,
            [(QRectF(0, 0, labels.width(), line / 2.4 * 1.2), vertebra), (where, words)]
            + [(described, what) for _name, what in type_words()]
            + [(QRectF(0, 0, width, line), name) for name, _what in type_words()],
            flags,
        )
        bold = QFont(f)
        bold.setBold(True)
        disc, zone = draw_segment(painter, main, None)
        painter.setPen(QColor(UI["text"]))
        painter.setFont(f)
        line = painter.fontMetrics().height() * 2.4
        painter.drawText(QRectF(labels.left(), main.top(), labels.width(), line), flags, vertebra)
        painter.drawText(
            QRectF(labels.left(), disc.center().y() - line / 2, labels.width(), line),
            flags,
            translate("SpinePicture", "Disc"),
        )
        painter.drawText(QRectF(labels.left(), main.bottom() - line, labels.width(), line), flags, vertebra)
        painter.setPen(QPen(QColor(OKABE_ITO["vermillion"]), 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(zone.adjusted(-2, -2, 2, 2))
        painter.setPen(QColor(UI["text"]))
        painter.drawText(where, flags, words)
        # the three types, side by side on the right
        for i, ((name, what), look) in enumerate(zip(type_words(), TYPES, strict=True)):
            x = left + i * (width + pad)
            segment = QRectF(x + width * 0.2, rect.top() + pad, width * 0.6, rect.height() * 0.62)
            draw_segment(painter, segment, look)
            painter.setPen(QColor(UI["text"]))
            painter.setFont(bold)
            title = QRectF(x, segment.bottom() + pad, width, painter.fontMetrics().height() * 1.3)
            painter.drawText(title, Qt.AlignmentFlag.AlignCenter, name)
            painter.setFont(f)
            painter.drawText(
                QRectF(x, title.bottom(), width, rect.bottom() - title.bottom()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                what,
            )
