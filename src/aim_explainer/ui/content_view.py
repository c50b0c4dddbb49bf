"""A reading view for chapter Markdown: a centred column of comfortable width, links kept in-app.

For a screen reader it is a read-only text (not a label: see ReadingText) with a caret: the arrow keys, Page Down
and Ctrl+End move it, so the text reads line by line and from wherever the reader is. Tab selects the next link
and H the next heading; what the reader hears of them is CaretSpeech's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QFrame, QWidget

from aim_explainer.accessibility import ReadingText
from aim_explainer.core.content import split_key_messages
from aim_explainer.plots.pictures.base import Picture
from aim_explainer.ui import style
from aim_explainer.ui.caret_speech import CaretSpeech
from aim_explainer.ui.reading_aids import NextCard, append_next_card, frame_cards, quiet_numbers

MAX_LINE_CHARS = 88  # a readable line length, in average characters


class ContentView(ReadingText):
    """Emits what a link asks for instead of following it: nothing here opens a browser."""

    source_requested = Signal(str)  # a quantity key
    glossary_requested = Signal(str)  # a term id
    external_link = Signal(str)  # a web address, for the user to read later
    chapter_requested = Signal(str)  # a chapter id, or "start": the card at the end of a chapter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # a caret the keys move, as in a document: without it a screen reader can only read the text whole
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.anchorClicked.connect(self._follow)
        # where a link of a scheme of the host's leads, in words ("rows:" in Comparison); None: not ours
        self.link_target: Callable[[QUrl], str | None] = lambda _url: None
        self._shown: tuple[str, Picture | None, NextCard | None] = (
            "",
            None,
            None,
        )  # to lay the picture out again for a new size
        self._picture_at = 0  # the width the picture was drawn for
        self._setting = False
        self.card_links = ""  # sections holding a link that starts so are set apart as cards ("": none)
        self.speech = CaretSpeech(self, lambda url: self.link_target(url))  # the host may set link_target later

    def set_markdown(self, markdown: str, picture: Picture | None = None, next_card: NextCard | None = None) -> None:
        """Show the chapter; a `picture` goes first, right under the key messages, with its text alternative
        as a caption (pictures before paragraphs); a `next_card` closes it."""
        self._shown = (markdown, picture, next_card)
        self._setting = True  # a resize while the text is set must not set it again from within
        try:
            self._set(markdown, picture, next_card)
        finally:
            self._setting = False

    def _set(self, markdown: str, picture: Picture | None, next_card: NextCard | None) -> None:
        text, key_messages = split_key_messages(markdown)
        # The widget's own setMarkdown (GitHub dialect) also puts the cursor at the start; setting the
        # document directly would leave it at the end, and the view would later scroll to it.
        self.setMarkdown(text)
        self.document().setDocumentMargin(self.fontMetrics().height())
        if picture is not None:
            self._insert_picture(picture)
        if key_messages:
            self._insert_key_messages(key_messages)
        quiet_numbers(self.document(), self.palette().color(QPalette.ColorRole.Text))
        if self.card_links:
            border = QColor(style.colours_in_force()["border"])
            frame_cards(self.document(), self.card_links, self.fontMetrics().height(), border)
        if next_card is not None:
            link = self.palette().color(QPalette.ColorRole.Link)
            ground = QColor(style.colours_in_force()["key_message"])
            append_next_card(self.document(), next_card, self.fontMetrics().height(), link, ground)
        self._centre_column()

    def plain_text(self) -> str:
        """The text as shown, without the card that leads on (a way through the application, not the chapter)."""
        text = self.toPlainText()
        card = self._shown[2]
        return text.rstrip().removesuffix(card.text + " \u2192").rstrip() if card is not None else text

    def picture_width(self) -> int:
        """The column's width, or the view's where it is narrower: a picture never makes the text scroll sideways."""
        column = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS
        room = self.width() - self.verticalScrollBar().sizeHint().width() if self.width() > 0 else column
        return max(min(column, room) - 2 * round(self.document().documentMargin()) - 4, 120)

    def _insert_picture(self, picture: Picture) -> None:
        """The picture and its caption, as the first blocks after the title."""
        name = f"picture:{picture.picture_id}"
        width = self._picture_at = self.picture_width()
        image = picture.image(width, self.font(), self.devicePixelRatioF())
        self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)  # the end of the title
        centred = QTextBlockFormat()
        centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        centred.setTopMargin(self.fontMetrics().height() * 0.5)
        cursor.insertBlock(centred, QTextCharFormat())
        shape = QTextImageFormat()
        shape.setName(name)
        shape.setWidth(width)
        shape.setHeight(width * picture.aspect)
        cursor.insertImage(shape)
        caption = QTextBlockFormat()
        caption.setBottomMargin(self.fontMetrics().height() * 0.6)
        words = QTextCharFormat()
        words.setFontItalic(True)
        words.setForeground(QColor(style.colours_in_force()["muted_text"]))
        cursor.insertBlock(caption, words)
        cursor.insertText(picture.alt_text())

    def _insert_key_messages(self, messages: list[str]) -> None:
        """Set the chapter's key messages apart, in a calm tinted panel right under the title."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)  # the end of the title
        panel = QTextFrameFormat()
        panel.setBackground(QColor(style.colours_in_force()["key_message"]))
        panel.setPadding(self.fontMetrics().height() * 0.6)
        panel.setBorder(0)
        panel.setBottomMargin(self.fontMetrics().height() * 0.4)
        frame = cursor.insertFrame(panel)
        cursor.insertMarkdown("\n".join(f"- {message}" for message in messages))
        first = QTextCursor(document)
        first.setPosition(frame.firstPosition())
        if not first.block().text():  # the frame opens with an empty line of its own
            first.deleteChar()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        # Tab and Shift+Tab select the next link, which the screen reader is told of
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus() and self.textCursor().hasSelection():
            self.speech.link_selected()
        return moved

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.speech.focus_left()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # H and Shift+H go from heading to heading, as a screen reader's keys do in a web page (read-only text:
        # a letter types nothing here)
        plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_H and plain:
            self.speech.move_to_heading(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def set_description(self, description: str) -> None:
        """The text's own accessible description; see CaretSpeech.set_description."""
        self.speech.set_description(description)

    def selected_link(self) -> QUrl:
        """The link Tab selected, or an empty address."""
        return self.speech.selected_link()

    def _follow(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "source":
            self.source_requested.emit(target)
        elif scheme == "glossary":
            self.glossary_requested.emit(target)
        elif scheme == "chapter":
            self.chapter_requested.emit(target)
        elif scheme in ("http", "https"):
            self.external_link.emit(url.toString())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Qt forwards the viewport's resizes here too, so the column is measured from our own width.
        self._centre_column()
        super().resizeEvent(event)
        if not self._setting and self._shown[1] is not None and abs(self.picture_width() - self._picture_at) > 8:
            self._redraw()

    @contextmanager
    def keeping_place(self) -> Iterator[None]:
        """The reader's place, as a share of the text's length, kept while the text is set anew (in another
        language, for other data or a new width the text is longer or shorter)."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        yield
        bar.setValue(round(fraction * bar.maximum()))

    def _redraw(self) -> None:
        """The same text again, its picture drawn for the new width or text size, at the same place."""
        with self.keeping_place():
            self.set_markdown(*self._shown)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._centre_column()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            if self._shown[1] is not None and not self._setting:  # the picture's words follow the text size
                self._redraw()
            self._centre_column()
        elif event.type() == QEvent.Type.PaletteChange and self._shown[0] and not self._setting:
            self._redraw()  # the panels and cards in the theme now in force

    def _centre_column(self) -> None:
        # Margins around the viewport keep the column centred while the scroll bar stays at the edge.
        column = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS
        spare = self.width() - self.verticalScrollBar().sizeHint().width() - column
        side = max(spare // 2, 0)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)  # resizes the viewport, which re-wraps the text
