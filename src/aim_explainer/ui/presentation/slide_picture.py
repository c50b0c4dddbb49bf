"""A story picture on a slide: drawn from the data at the size the screen leaves under the text, centred,
its words as large as the picture lets them be, and its text alternative for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from aim_explainer.core.palette import UI
from aim_explainer.plots.pictures.base import Picture


class SlidePicture(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("step_picture")
        self.picture: Picture | None = None
        self.point_size = 12.0

    def show_picture(self, picture: Picture, point_size: float) -> None:
        self.picture, self.point_size = picture, point_size
        self.setAccessibleName(picture.alt_text())
        self.update()

    def drawn_rect(self) -> QRectF:
        """Where the picture goes: as wide as fits both the width and the height, in the middle."""
        aspect = self.picture.aspect if self.picture is not None else 1.0
        width = min(self.width(), self.height() / aspect)
        return QRectF((self.width() - width) / 2, (self.height() - width * aspect) / 2, width, width * aspect)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.drawn_rect()
        painter.fillRect(rect, QColor(UI["surface"]))  # the picture's own ground, as in the chapter
        font = QFont(self.font())
        font.setPointSizeF(self.point_size)  # the picture makes it smaller where its boxes need it
        self.picture.paint(painter, rect, font)
        painter.end()
