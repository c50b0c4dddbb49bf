"""The presenter's pointer for the room: a large, high-contrast ring where the pointer is, the rest of the screen
dimmed, while the presenter holds L or the right mouse button (audience.py decides when it shows)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from aim_explainer.core.palette import PRESENTATION, SPOTLIGHT_DIM_RGBA


class Spotlight(QWidget):
    """A large, high-contrast ring at the pointer, the rest of the screen dimmed."""

    RADIUS = 90

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.centre = QPoint()
        self.hide()

    def point_at(self, position: QPoint) -> None:
        self.centre = position
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QPainterPath()
        dim.addRect(QRectF(self.rect()))
        hole = QPainterPath()
        hole.addEllipse(self.centre, self.RADIUS, self.RADIUS)
        painter.fillPath(dim.subtracted(hole), QColor(*SPOTLIGHT_DIM_RGBA))
        rings = ((PRESENTATION["spotlight_ring_outer"], 10), (PRESENTATION["spotlight_ring_inner"], 5))
        for colour, width in rings:  # yellow on black: seen on any background
            painter.setPen(QPen(QColor(colour), width))
            painter.drawEllipse(self.centre, self.RADIUS, self.RADIUS)
