"""Let Qt finish laying out charts before anyone reads or grabs them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def settle() -> None:
    """Deliver the pending events twice: the first pass lays the widgets out and draws the charts, the second
    lets the axes take the width their tick labels turned out to need (pyqtgraph sizes them after a draw)."""
    QApplication.processEvents()
    QApplication.processEvents()
