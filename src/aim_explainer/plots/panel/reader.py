"""How a chart's plot answers whoever reads it: the pointer over it and the keys while it has focus say what lies
there, in the details line, a tooltip, and the plot's accessible description (what a screen reader speaks).

Composed into the chart's shell (ChartPanel), which makes one after its widgets. The chart itself says what is
where (describe_at, handle_key, focus_changed); this object only carries events to it and its words back out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QToolTip

from aim_explainer.plots.panel.plot import PointerWatcher, data_point

if TYPE_CHECKING:  # the panel composes this object: a type only, no import cycle
    from aim_explainer.plots.panel.chart_panel import ChartPanel


class PlotReader(QObject):
    """Pointer, keys and focus on `panel`'s plot, turned into what the chart says there."""

    def __init__(self, panel: ChartPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        panel.plot.installEventFilter(self)  # keys and focus: see eventFilter
        self._pointer = PointerWatcher(panel.plot)  # every move of the pointer over the plot
        self._pointer.moved.connect(self._pointer_at)
        panel.details.shown.connect(self._speak)

    def _speak(self, text: str) -> None:
        """While the plot has the keyboard, its description is what the details line says: setting it raises Qt's
        description-changed event, and a screen reader speaks the value the keys moved to (the details line itself
        never has focus, so a reader heard nothing as the arrows moved through a chart)."""
        if text and self.panel.plot.hasFocus():
            self.panel.plot.setAccessibleDescription(text)

    def _speak_summary(self) -> None:
        # what the chart shows, once the keys have left it
        self.panel.plot.setAccessibleDescription(self.panel.summary.text())

    def _pointer_at(self, point: QPoint) -> None:
        """Describe what lies under the pointer at `point` of the plot's viewport, in the details line
        and a tooltip."""
        panel = self.panel
        at = data_point(panel.plot, point)
        if at is None or not panel.built:
            return
        text = panel.describe_at(at.x(), at.y())
        if text != panel.details.text():  # a new text lays the panel out again: not on every move
            panel.details.setText(text)
        if text:
            QToolTip.showText(panel.plot.viewport().mapToGlobal(point), text, panel.plot)
        else:
            QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        panel = self.panel
        if watched is panel.plot:
            # Type checker: a KeyPress event is a QKeyEvent; the filter's stubs give the base QEvent.
            if event.type() == QEvent.Type.KeyPress and panel.handle_key(event):  # type: ignore[arg-type]
                return True
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and panel.built:
                panel.focus_changed(event.type() == QEvent.Type.FocusIn)
                # the summary as focus arrives (Orca reads it with the title), not the selected row's details; on
                # leaving, once the focus has moved on: said before, Orca spoke the summary over the next control
                if event.type() == QEvent.Type.FocusIn:
                    self._speak_summary()
                else:
                    QTimer.singleShot(0, self, self._speak_summary)
        return super().eventFilter(watched, event)
