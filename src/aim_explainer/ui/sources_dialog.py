"""Sources: every number the text shows, with where it comes from and whether it was verified."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aim_explainer.accessibility import announce
from aim_explainer.core.citations import readable_citation
from aim_explainer.core.content import shown_value
from aim_explainer.core.formatting import format_interval
from aim_explainer.core.quantities import QUANTITIES
from aim_explainer.core.values import SourceStatus
from aim_explainer.i18n import marked_text, status_text, translate
from aim_explainer.ui.app_state import AppState

KEY_ROLE = Qt.ItemDataRole.UserRole
WHAT_SHARE = 0.3  # of the table's width, for what each number is
STATUS_CHARS = 16  # the status, a few words, wraps at about this many average characters


class SourcesDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("sources_dialog")
        self.resize(980, 560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (330 cells); the arrow keys move in it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a number and its interval
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped text, fitting rows
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SourcesDialog", "Sources of every number"))
        self.intro.setText(
            translate(
                "SourcesDialog",
                "Every number in the text comes from the data file {file}. Here is where each one was "
                "published and whether it was checked against that publication.",
            ).format(file=self.state.data.path.name if self.state.data else "")
        )
        self.filter.setPlaceholderText(translate("SourcesDialog", "Filter, for example Danish or side effects"))
        self.filter.setAccessibleName(translate("SourcesDialog", "Filter the list of numbers"))
        self.table.setAccessibleName(translate("SourcesDialog", "Numbers and their sources"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("SourcesDialog", "What"),
                translate("SourcesDialog", "Value"),
                translate("SourcesDialog", "Interval"),
                translate("SourcesDialog", "Status"),
                translate("SourcesDialog", "Source"),
            ]
        )
        self._fill()

    def _fill(self) -> None:
        if self.state.data is None:
            return
        lang = self.state.language
        self.table.setRowCount(len(QUANTITIES))
        for i, quantity in enumerate(QUANTITIES):
            shown = shown_value(self.state.data, quantity.key, lang)
            interval = format_interval(shown.low, shown.high, lang) if shown.low and shown.high else ""
            status = SourceStatus.of(shown.row)
            # where it was published, in a reader's words; the data file's line is there for whoever checks
            line = translate("SourcesDialog", "{file}, line {line}").format(
                file=self.state.data.path.name, line=shown.row.line
            )
            cells = (
                marked_text("Quantity", quantity.description),
                shown.value or "",
                interval,
                status_text(status),
                readable_citation(shown.row.source) if status.found else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, quantity.key)
                item.setToolTip(f"{text}\n({line})" if column == len(cells) - 1 and text else text)
                if not text:  # a screen reader names an empty cell too, rather than saying nothing
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("SourcesDialog", "none"))
                self.table.setItem(i, column, item)
        self._fit_columns()
        self._apply_filter(self.filter.text())

    def _fit_columns(self) -> None:
        """What and Status wrap in widths of their own, the Source has the rest, rows are as tall as their text.
        Status sized to its contents took about 300 px for a few words, and in Norwegian pushed the Source beyond
        the right edge; its rows, wrapped in what was left, were several times taller than their text."""
        seen = self.table.viewport().width()
        self.table.setColumnWidth(0, round(seen * WHAT_SHARE))
        status = max(
            self.fontMetrics().averageCharWidth() * STATUS_CHARS, self.table.horizontalHeader().sectionSizeHint(3)
        )
        self.table.setColumnWidth(3, min(self.table.sizeHintForColumn(3), status))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_columns()  # the table has its real width only now

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the table, which `_fill` gives an item in every row and column."""
        item = self.table.item(row, column)
        assert item is not None, "_fill sets an item in every cell"
        return item

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.table.rowCount()):
            cells = (self.cell(i, c).text().casefold() for c in range(self.table.columnCount()))
            self.table.setRowHidden(i, bool(needle) and not any(needle in c for c in cells))

    def show_key(self, key: str) -> None:
        self.filter.clear()
        row = next((i for i in range(self.table.rowCount()) if self.cell(i, 0).data(KEY_ROLE) == key), -1)
        if row >= 0:
            # the keyboard's place and the selected row, whatever modifier keys are down (selectRow toggles a
            # row while Ctrl is held)
            index = self.table.model().index(row, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollToItem(self.cell(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.show()
        self.raise_()
        self.activateWindow()
        if row >= 0:
            # focus on the number's row, and the row read out whole: what the reader followed the link for
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.table, self.row_words(row))

    def row_words(self, row: int) -> str:
        """A row as a screen reader says it: each column's heading and its value, the empty ones left out."""
        words = []
        for column in range(self.table.columnCount()):
            text = self.cell(row, column).text()
            heading = self.table.horizontalHeaderItem(column)
            if text and heading is not None:  # every column has its heading (retranslate)
                words.append(f"{heading.text()}: {text}")
        return ". ".join(words)

    def selected_key(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
