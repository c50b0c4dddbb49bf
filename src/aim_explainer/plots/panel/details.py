"""The line under a chart that says what the pointer or the keyboard is on, at a steady height.

A readout that grew by a line when the pointer reached a value shrank the plot above it, so the values moved under
a pointer that had not moved, and the next one read out was a neighbour's (seen with a real pointer under X). The
line keeps room for a few lines from the start, and never gives back room it took until the width or the text
size changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

KEPT_LINES = 3  # a value with its source fits in three lines at a chart's usual width


class DetailsLine(QLabel):
    shown = Signal(str)  # a new text: what the pointer or the keyboard is on now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._width = -1

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        changed = text != self.text()
        super().setText(text)
        self._keep_room()
        if changed:
            self.shown.emit(text)

    def _keep_room(self, fresh: bool = False) -> None:
        floor = self.fontMetrics().lineSpacing() * KEPT_LINES
        needed = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0
        taken = 0 if fresh else self.minimumHeight()
        self.setMinimumHeight(max(floor, needed, taken))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != self._width:  # a new width: the room is measured again
            self._width = event.size().width()
            self._keep_room(fresh=True)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._keep_room(fresh=True)
