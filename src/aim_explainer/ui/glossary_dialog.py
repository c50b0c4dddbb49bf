"""The glossary: plain explanations of the terms the chapters link to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aim_explainer.accessibility import announce
from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.content_view import ContentView

TERM_ROLE = Qt.ItemDataRole.UserRole
LIST_SHARE = 30  # per cent of the width for the list of terms: most fit on one line, at any text size
LIST_MIN_CHARS = 14  # the list is never narrower than this many average characters: a word or two a line


class GlossaryDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("glossary_dialog")
        self.resize(860, 520)
        self.terms = QListWidget(self)
        # Every term whole: one longer than the list wraps onto a second line ("RMDQ (Roland-Morris
        # questionnaire)" was cut with "…"), and the items are laid out again at each width of the list.
        self.terms.setWordWrap(True)
        self.terms.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.terms.setResizeMode(QListView.ResizeMode.Adjust)
        self.terms.currentItemChanged.connect(self._show_current)
        self.text = ContentView(self)
        self.text.glossary_requested.connect(self.show_term)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.terms, LIST_SHARE)
        body.addWidget(self.text, 100 - LIST_SHARE)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._entries: dict[str, str] = {}
        self.retranslate()

    def _fit_list(self) -> None:
        """Wide enough for a few words a line and for the longest word of any term whole (a word cut in two
        reads as two words), at the text size in force."""
        metrics = self.terms.fontMetrics()
        words = [word for i in range(self.terms.count()) for word in self.terms.item(i).text().split()]
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        scroll_bar = self.terms.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        padding = 4 * self.terms.frameWidth() + scroll_bar + 2 * metrics.averageCharWidth()
        self.terms.setMinimumWidth(max(metrics.averageCharWidth() * LIST_MIN_CHARS, longest + padding))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GlossaryDialog", "Glossary"))
        self.terms.setAccessibleName(translate("GlossaryDialog", "Terms"))
        self.text.setAccessibleName(translate("GlossaryDialog", "Explanation of the term"))
        current = self.current_term()
        self.terms.blockSignals(True)
        self.terms.clear()
        self._entries = {}
        for entry in self.state.glossary():
            item = QListWidgetItem(entry.title, self.terms)
            item.setData(TERM_ROLE, entry.term_id)
            self._entries[entry.term_id] = f"## {entry.title}\n\n{entry.markdown}"
        self.terms.blockSignals(False)
        self._fit_list()
        self.show_term(current or next(iter(self._entries), ""), raise_window=False)

    def current_term(self) -> str | None:
        item = self.terms.currentItem()
        return item.data(TERM_ROLE) if item else None

    def show_term(self, term_id: str, raise_window: bool = True) -> None:
        for i in range(self.terms.count()):
            if self.terms.item(i).data(TERM_ROLE) == term_id:
                self.terms.setCurrentRow(i)
                break
        self._show_current()
        if raise_window:
            self.show()
            self.raise_()
            self.activateWindow()
            announce(self.text, self.text.toPlainText())  # a term link was followed: its explanation, read out

    def _show_current(self) -> None:
        self.text.set_markdown(self._entries.get(self.current_term() or "", ""))
        # read when the explanation takes focus: its name alone ("Explanation of the term") says nothing
        self.text.set_description(self.text.toPlainText())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # larger text: a wider list
            self._fit_list()
        super().changeEvent(event)
