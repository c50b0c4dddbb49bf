"""The plot and its table in one place, and the least height the plot keeps in a window.

The plot's own height hint is its scene's last size, which kept a chart in a scrolled pane taller than the pane
after it had once been tall: the stack asks for the plot's least height instead, and grows with the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget


class PlotStack(QStackedWidget):
    """`plot` on page 0, `table` on page 1; a window asks for the plot's least height (keep_least_height)."""

    def __init__(self, plot: QWidget, table: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._plot = plot  # also after print_chart took it out of the stack
        self._least_height = 0  # px: the least height the plot keeps
        self.addWidget(plot)
        self.addWidget(table)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self.minimumHeight():  # in a window; a slide sets no least height and lays the chart out as it did
            hint.setHeight(self.minimumHeight())
        return hint

    def keep_least_height(self, height: int, later: bool = False) -> None:
        """The plot, and the table in its place, at least `height` pixels tall. `later` from within the plot's own
        resize (a layout at a new size): a minimum that grows the plot resizes it at once, and the resize under way
        then left its viewport at the old height, 16 px short of the plot (the axis title was cut)."""
        self._least_height = height
        if later:
            QTimer.singleShot(0, self, self._keep_least_height)
        else:
            self._keep_least_height()

    def _keep_least_height(self) -> None:
        if self._plot.minimumHeight() != self._least_height:
            self._plot.setMinimumHeight(self._least_height)
            self.setMinimumHeight(self._least_height)  # its height hint is the plot's least height
