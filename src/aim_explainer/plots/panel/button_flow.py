"""A row of buttons that wraps onto further rows where the room is narrower than the row: the chart's buttons under
the plot. In one row they made the chart's least width that of all three side by side, and at 200 % scaling its pane
scrolled sideways (a box layout never wraps; this one asks for the widest button only, and the height it then needs).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ButtonFlow(QLayout):
    """Items left to right at their size hint, aligned to the right edge as the row was; an item that does not fit
    beside the ones before it starts the next line, and each line is aligned to the right again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)  # as wide as the room gives, never asking for more

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All in one row, as wide as they are: what the row asks for when nothing limits it."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins()) if shown else QSize(0, 0)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest item: narrower than the row, the items stand on more lines."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins()) if self._shown() else size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden button (on a slide) takes no room

    def _gap(self) -> int:
        return max(self.spacing(), 0)  # the panel sets its column's spacing, the gap the box layout row had

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines within `rect` (only measure unless `move`); returns the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            x = area.right() + 1 - (sum(widths) + gap * (len(line) - 1))
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(max(x, area.left()), y), QSize(width, height)))
                x += width + gap
            y += height + gap
        taken = y - gap - area.top() if any(lines) else 0
        margins = self.contentsMargins()
        return max(taken, 0) + margins.top() + margins.bottom()
