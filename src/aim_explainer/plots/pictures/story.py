"""The story map's own small pictures: the result against the line, the two trials side by side, the way
forward. The spine and the trial's design are pictures of their own; catalogue.py gives each chapter one.
Small and wordless: the card under each says it in words."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from aim_explainer.core.data import StudyData
from aim_explainer.core.palette import CHART, OKABE_ITO, UI
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.base import Picture, arrow


def _value(data: StudyData, key: str) -> Decimal:
    shown = find_value(data, key)
    return shown.value if shown is not None else Decimal(0)


class ResultPicture(Picture):
    """The main result as a dot with its interval, left of the dashed line set in advance."""

    picture_id = "result"

    def alt_text(self) -> str:
        return translate(
            "StoryPictures", "The main result, a dot with its range, lies left of the line set in advance."
        )

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        effect = find_value(self.data, "effect_total")
        mcid = _value(self.data, "aim_mcid")
        top = max([mcid] + ([effect.high] if effect is not None and effect.high is not None else []))
        span = float(top) * 1.25 or 1.0

        def x(v: Decimal | float) -> float:
            return rect.left() + rect.width() * (0.1 + 0.8 * float(v) / span)

        y = rect.center().y()
        painter.setPen(QPen(QColor(UI["muted_text"]), 1.5))
        painter.drawLine(QPointF(x(0), rect.top() + rect.height() * 0.15), QPointF(x(0), rect.bottom() - 4))
        painter.setPen(QPen(QColor(CHART["threshold"]), 2.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(mcid), rect.top() + 4), QPointF(x(mcid), rect.bottom() - 4))
        if effect is not None and effect.low is not None and effect.high is not None:
            painter.setPen(QPen(QColor(OKABE_ITO["blue"]), 3.0))
            painter.drawLine(QPointF(x(effect.low), y), QPointF(x(effect.high), y))
            painter.setBrush(QColor(OKABE_ITO["blue"]))
            painter.drawEllipse(QPointF(x(effect.value), y), rect.height() * 0.09, rect.height() * 0.09)


class TrialsPicture(Picture):
    """The two trials' results as two bars on one scale: the Danish one tall, AIM's short."""

    picture_id = "trials"

    def alt_text(self) -> str:
        return translate("StoryPictures", "Two bars: the Danish trial's result is far larger than AIM's.")

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        danish, aim = _value(self.data, "danish_diff"), _value(self.data, "effect_total")
        tallest = float(max(danish, aim)) or 1.0
        base = rect.bottom() - 4
        width = rect.width() * 0.22
        for i, (value, colour) in enumerate(((danish, CHART["danish"]), (aim, OKABE_ITO["blue"]))):
            height = (rect.height() - 12) * float(value) / tallest
            left = rect.left() + rect.width() * (0.22 + i * 0.34)
            painter.setPen(QPen(QColor(colour), 1.5))
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(left, base - height, width, height))
        painter.setPen(QPen(QColor(UI["muted_text"]), 1.5))
        painter.drawLine(QPointF(rect.left() + 4, base), QPointF(rect.right() - 4, base))


class WayForwardPicture(Picture):
    """A road with a signpost: what is still open, and the next trials."""

    picture_id = "way_forward"

    def alt_text(self) -> str:
        return translate("StoryPictures", "A signpost: the way forward.")

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        post_x = rect.center().x()
        painter.setPen(QPen(QColor(UI["muted_text"]), 3.0))
        painter.drawLine(QPointF(post_x, rect.top() + rect.height() * 0.15), QPointF(post_x, rect.bottom() - 2))
        width, height = rect.width(), rect.height()
        sign = QRectF(post_x - width * 0.05, rect.top() + height * 0.18, width * 0.3, height * 0.22)
        painter.setBrush(QColor(CHART["threshold"]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(
            [
                sign.topLeft(),
                QPointF(sign.right(), sign.top()),
                QPointF(sign.right() + sign.height() * 0.5, sign.center().y()),
                QPointF(sign.right(), sign.bottom()),
                sign.bottomLeft(),
            ]
        )
        ground = rect.bottom() - 2
        arrow(painter, QPointF(rect.left() + 6, ground), QPointF(rect.right() - 6, ground), UI["muted_text"], 2.0)
