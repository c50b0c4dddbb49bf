"""How the Comparison chapter's first page is laid out: the text and the table side by side where there is
room, each scrolling on its own; one long column where there is not (large text, a small window), with the
text and the table at their full heights, so the page scrolls as a whole and the table is never a keyhole
that shows one row at a time."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter

from aim_explainer.ui.comparison_table import ComparisonTablePanel
from aim_explainer.ui.content_view import ContentView


class ShareSplitter(QSplitter):
    """A splitter that says when it is resized, so its owner can keep the shares (a signal, not an event
    filter: a filter would call into the owner while Qt takes the owner apart)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()


def fit_column(view: ContentView, panel: ComparisonTablePanel, column: bool) -> None:
    """In one column, give the text and the table the heights of their whole content; side by side, let
    each scroll in the room it has (the panel's own small minimums)."""
    policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if column else Qt.ScrollBarPolicy.ScrollBarAsNeeded
    view.setVerticalScrollBarPolicy(policy)
    panel.table.setVerticalScrollBarPolicy(policy)
    if not column:
        view.setMinimumHeight(0)
        panel.size_parts()
        return
    frame = 2 * view.frameWidth()
    view.setMinimumHeight(ceil(view.document().size().height()) + frame + 4)
    table = panel.table
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()) if not table.isRowHidden(r))
    table.setMinimumHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 4)
