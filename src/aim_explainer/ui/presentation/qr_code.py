"""The QR code of the article on the closing step: a phone in the room opens the article from the screen.

The code is painted by printing/qr.py, the handout's own painter (the layer contracts let the user interface use
printing), so the slide and the paper carry the same code of the same address.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class QrSquare(QWidget):
    """The code alone, square, dark on white with its quiet zone."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("step_qr_code")
        self.address = ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.address:
            return
        # imported at the first paint: the printing package loads the handout's charts, and pyqtgraph with them,
        # which the window must not wait for at start
        from aim_explainer.printing.qr import paint_qr

        painter = QPainter(self)
        side = min(self.width(), self.height())
        paint_qr(painter, QRectF(0, 0, side, side), self.address)
        painter.end()


class QrPanel(QWidget):
    """The code with the address in words under it, for those who type it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = QrSquare(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("step_qr_address")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.hide()

    def show_address(self, address: str, side: int, caption_style: str) -> None:
        """Show the code of `address` (`side` pixels square), or hide the panel when there is none."""
        self.code.address = address
        self.code.setFixedSize(side, side)
        self.caption.setText(address.removeprefix("https://"))
        self.caption.setStyleSheet(caption_style)
        self.setFixedWidth(side)
        self.setVisible(bool(address))
        self.code.update()
