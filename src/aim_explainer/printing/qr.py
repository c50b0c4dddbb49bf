"""The QR code of an address, painted as one vector shape (segno makes the code, Qt draws it)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from aim_explainer.core.palette import PRINT

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def paint_qr(painter: QPainter, box: QRectF, data: str) -> None:
    """The QR code of `data`, dark squares on white with the standard quiet zone, as one vector shape."""
    import segno  # pure Python, only needed when printing

    code = segno.make(data, error="m", micro=False)
    border = QUIET_ZONE
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
        QRectF(box.topLeft(), QSize(round(unit * modules), round(unit * modules)).toSizeF()), QColor(PRINT["paper"])
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PRINT["ink"]))
    painter.drawPath(path)
    painter.restore()
