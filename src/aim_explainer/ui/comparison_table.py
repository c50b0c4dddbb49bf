"""The comparison table: the Danish trial and AIM, row by row, with the source of the chosen cell below it.

Rows where the trials differ say so in words and with a sign (not by colour alone); a check box shows
only those. Choosing a cell, by mouse or arrow keys, shows what backs it: each number with its row of
the data file (a link opens the Sources view there) and each fact with its source and status.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aim_explainer.core.comparison import (
    TRIALS,
    ComparisonTable,
    Explanation,
    TableRow,
    Verdict,
)
from aim_explainer.core.palette import CLEAR_RGBA
from aim_explainer.i18n import translate
from aim_explainer.ui import style
from aim_explainer.ui.comparison_sources import cell_html, feature_html, verdict_mark, verdict_meaning
from aim_explainer.ui.content_view import ContentView

ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("feature", *TRIALS)
FEATURE_CHARS = 15  # least width of the first column, in average characters
SOURCE_LINES = 2  # smallest heights, in lines of text: the source box, and the table (twice that)


class ComparisonTablePanel(QWidget):
    source_requested = Signal(str)  # a quantity key
    explanation_requested = Signal(int)  # an index into the chapter's explanations

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_table_panel")
        self.model: ComparisonTable | None = None
        self.explanations: tuple[Explanation, ...] = ()
        self._asked: tuple[str, ...] = ()  # rows a link of the text asked for, named above the sources
        self.filter = QCheckBox(self)
        self.filter.setObjectName("comparison_filter")
        self.filter.toggled.connect(self.apply_filter)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("comparison_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        # a trial's name wraps onto a second line in a narrow window instead of being cut at both ends
        left = Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignVCenter.value
        wrapped = left | Qt.TextFlag.TextWordWrap.value
        header.setDefaultAlignment(Qt.AlignmentFlag(wrapped))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._cell_chosen())
        self.table.cellActivated.connect(self._activated)
        self.source_caption = QLabel(self)
        self.source_caption.setObjectName("comparison_source_caption")
        self.sources = ContentView(self)
        self.sources.setObjectName("comparison_sources")
        self.sources.anchorClicked.disconnect()  # its links are ours: source: and explain:
        self.sources.anchorClicked.connect(self._follow)
        below = QWidget(self)  # the source box, under a handle the reader can drag
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        below_layout.addWidget(self.source_caption)
        below_layout.addWidget(self.sources, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(below)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.split, 1)
        self.size_parts()

    # --- content ----------------------------------------------------------------------------------
    def set_table(self, model: ComparisonTable, explanations: tuple[Explanation, ...]) -> None:
        """Fill (or refill, keeping the reader's place) the table in the current language."""
        self.model, self.explanations = model, explanations
        self.table.setHorizontalHeaderLabels([model.columns[c] for c in COLUMNS])
        if self.table.rowCount() != len(model.rows):
            self.table.setRowCount(len(model.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(model.rows):
            label = self._item(r, 0)
            label.setText(f"{row.label}\n{verdict_mark(row.verdict)}")
            label.setData(ROW_ROLE, row.row_id)
            label.setToolTip(verdict_meaning(row.verdict))
            label.setFont(bold if row.verdict is Verdict.DIFFERS else self.table.font())
            for c, trial in enumerate(TRIALS, start=1):
                cell = self._item(r, c)
                cell.setText(row.cells[trial].text)
                cell.setData(ROW_ROLE, row.row_id)
                cell.setToolTip(translate("ComparisonTable", "Choose the cell to see its source below the table"))
        self.size_parts()
        self._tint()
        self.retranslate()
        self.apply_filter()
        self._show_sources()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, column, item)
        return item

    def retranslate(self) -> None:
        self.filter.setText(translate("ComparisonTable", "Show only the rows where the trials &differ"))
        self.filter.setAccessibleName(translate("ComparisonTable", "Show only the rows where the trials differ"))
        self.filter.setAccessibleDescription(
            translate(
                "ComparisonTable",
                "Hides the rows where the trials were alike, and those the sources do not let us compare.",
            )
        )
        self.filter.setToolTip(self.filter.accessibleDescription())
        self.table.setAccessibleName(translate("ComparisonTable", "The Danish trial and AIM, side by side"))
        self.table.setAccessibleDescription(
            translate(
                "ComparisonTable",
                "One row per feature. The first column says whether the trials differ. Arrow keys move between "
                "cells; the source of the chosen cell is shown below the table, and Enter opens the list of "
                "sources at its first number.",
            )
        )
        self.source_caption.setText(translate("ComparisonTable", "Where the chosen cell comes from"))
        self.sources.setAccessibleName(translate("ComparisonTable", "Source of the chosen cell"))
        self.sources.setAccessibleDescription(
            translate("ComparisonTable", "Tab reaches the links: a number opens the list of sources at that number.")
        )

    # --- the difference filter ----------------------------------------------------------------------
    def apply_filter(self) -> None:
        if self.model is None:
            return
        only_differences = self.filter.isChecked()
        for r, row in enumerate(self.model.rows):
            self.table.setRowHidden(r, only_differences and row.verdict is not Verdict.DIFFERS)

    def shown_row_ids(self) -> list[str]:
        if self.model is None:
            return []
        return [row.row_id for r, row in enumerate(self.model.rows) if not self.table.isRowHidden(r)]

    # --- rows asked for by an explanation -------------------------------------------------------------
    def highlight_rows(self, row_ids: list[str]) -> None:
        """Select the rows an explanation concerns and bring them into view (the filter gives way)."""
        if self.model is None:
            return
        indexes = [i for i, row in enumerate(self.model.rows) if row.row_id in row_ids]
        if not indexes:
            return
        if any(self.table.isRowHidden(i) for i in indexes):
            self.filter.setChecked(False)
        selection = self.table.selectionModel()
        self.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for i in indexes:
            selection.select(self.table.model().index(i, 0), flags)
        selection.setCurrentIndex(self.table.model().index(indexes[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._asked = tuple(self.model.rows[i].row_id for i in indexes)
        self.table.scrollTo(self.table.model().index(indexes[-1], 0))
        self.table.scrollTo(self.table.model().index(indexes[0], 0))
        self._show_sources()

    def highlighted_row_ids(self) -> list[str]:
        if self.model is None:
            return []
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.rows[r].row_id for r in sorted(rows)]

    # --- the source of the chosen cell ------------------------------------------------------------------
    def _cell_chosen(self) -> None:
        self._asked = ()
        self._show_sources()

    def _note(self) -> str:
        """Which rows a link asked for, in the current language (it is rebuilt on a language switch)."""
        if not self._asked or self.model is None:
            return ""
        heading = next((e.heading for e in self.explanations if set(e.row_ids) == set(self._asked)), "")
        labels = ", ".join(f"\u00ab{self.model.row(i).label}\u00bb" for i in self._asked)
        return translate("ComparisonTable", "Rows for \u00ab{heading}\u00bb: {rows}.").format(
            heading=heading, rows=labels
        )

    def current_cell(self) -> tuple[TableRow, str] | None:
        """The chosen row and column name ("feature", "danish" or "aim")."""
        if self.model is None or self.table.currentRow() < 0:
            return None
        return self.model.rows[self.table.currentRow()], COLUMNS[max(self.table.currentColumn(), 0)]

    def _show_sources(self) -> None:
        note = self._note()
        parts = [f"<p><b>{html.escape(note)}</b></p>"] if note else []
        chosen = self.current_cell()
        if chosen is None or self.model is None:  # before a choice (none without a table), the box says how to use it
            intro = self.model.intro if self.model is not None else ""
            parts.append(f"<p>{html.escape(intro)}</p>")
        else:
            row, column = chosen
            parts += feature_html(row, self.explanations) if column == "feature" else cell_html(self.model, row, column)
        self.sources.setHtml("".join(parts))

    def _activated(self, row: int, column: int) -> None:
        chosen = self.current_cell()
        if chosen is None or chosen[1] == "feature":
            return
        keys = [s.key for s in chosen[0].cells[chosen[1]].sources if s.is_quantity]
        if keys:
            self.source_requested.emit(keys[0])

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "source":
            self.source_requested.emit(url.path())
        elif url.scheme() == "explain" and url.path().isdigit():
            self.explanation_requested.emit(int(url.path()))

    # --- text and size ---------------------------------------------------------------------------------
    def plain_text(self) -> str:
        """The whole table in reading order, whatever the filter shows."""
        if self.model is None:
            return ""
        lines = [self.model.heading, "", self.model.intro, ""]
        for row in self.model.rows:
            lines.append(f"{row.label} ({verdict_mark(row.verdict)})")
            for trial in TRIALS:
                lines.append(f"  {self.model.columns[trial]}: {row.cells[trial].text}")
            lines.append("")
        return "\n".join(lines).rstrip()

    def size_parts(self) -> None:
        metrics = self.fontMetrics()
        # the first column fits its longest word (Norwegian compounds are long), in bold
        bold = QFont(self.table.font())
        bold.setBold(True)
        words = [w for row in (self.model.rows if self.model else ()) for w in row.label.split()]
        widest = max((QFontMetrics(bold).horizontalAdvance(w) for w in words), default=0)
        self.table.setColumnWidth(0, max(metrics.averageCharWidth() * FEATURE_CHARS, widest + 16))
        # room for a trial's name on two lines, which a narrow window needs (the header wraps, it does not grow)
        self.table.horizontalHeader().setMinimumHeight(round(metrics.lineSpacing() * 2.4))
        # small minimums: at large text in a small window the reader drags the handles instead
        self.sources.setMinimumHeight(metrics.lineSpacing() * SOURCE_LINES + 2 * self.sources.frameWidth() + 8)
        self.table.setMinimumHeight(metrics.lineSpacing() * SOURCE_LINES * 2)

    def _tint(self) -> None:
        """A calm tint behind the names of differing rows, from the theme in force (a third cue)."""
        if self.model is None:
            return
        tint = QColor(style.colours_in_force()["key_message"])  # what is painted now: this follows a PaletteChange
        for r, row in enumerate(self.model.rows):
            self._item(r, 0).setBackground(tint if row.verdict is Verdict.DIFFERS else QColor(*CLEAR_RGBA))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            if self.model is not None:  # the rows' names were set in the old size
                self.set_table(self.model, self.explanations)
            self.size_parts()
        elif event.type() == event.Type.PaletteChange:  # the theme changed
            # after the restyling is done: changing items while Qt swaps the style sheet is not safe
            QTimer.singleShot(0, self, self._tint)
