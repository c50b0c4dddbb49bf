"""A reading view for chapter Markdown: a centred column of comfortable width, links kept in-app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent, QTextCursor, QTextFrameFormat
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from aim_explainer.core.content import split_key_messages
from aim_explainer.core.palette import UI

MAX_LINE_CHARS = 88  # a readable line length, in average characters


class ContentView(QTextBrowser):
    """Emits what a link asks for instead of following it: nothing here opens a browser."""

    source_requested = Signal(str)  # a quantity key
    glossary_requested = Signal(str)  # a term id
    external_link = Signal(str)  # a web address, for the user to read later

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._follow)

    def set_markdown(self, markdown: str) -> None:
        text, key_messages = split_key_messages(markdown)
        # The widget's own setMarkdown (GitHub dialect) also puts the cursor at the start; setting the
        # document directly would leave it at the end, and the view would later scroll to it.
        self.setMarkdown(text)
        self.document().setDocumentMargin(self.fontMetrics().height())
        if key_messages:
            self._insert_key_messages(key_messages)
        self._centre_column()

    def _insert_key_messages(self, messages: list[str]) -> None:
        """Set the chapter's key messages apart, in a calm tinted panel right under the title."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)  # the end of the title
        panel = QTextFrameFormat()
        panel.setBackground(QColor(UI["key_message"]))
        panel.setPadding(self.fontMetrics().height() * 0.6)
        panel.setBorder(0)
        panel.setBottomMargin(self.fontMetrics().height() * 0.4)
        frame = cursor.insertFrame(panel)
        cursor.insertMarkdown("\n".join(f"- {message}" for message in messages))
        first = QTextCursor(document)
        first.setPosition(frame.firstPosition())
        if not first.block().text():  # the frame opens with an empty line of its own
            first.deleteChar()

    def _follow(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "source":
            self.source_requested.emit(target)
        elif scheme == "glossary":
            self.glossary_requested.emit(target)
        elif scheme in ("http", "https"):
            self.external_link.emit(url.toString())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Qt forwards the viewport's resizes here too, so the column is measured from our own width.
        self._centre_column()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._centre_column()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._centre_column()

    def _centre_column(self) -> None:
        # Margins around the viewport keep the column centred while the scroll bar stays at the edge.
        column = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS
        spare = self.width() - self.verticalScrollBar().sizeHint().width() - column
        side = max(spare // 2, 0)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)  # resizes the viewport, which re-wraps the text
