"""One chapter on the start screen's story map: number and name, its question, a picture painted from the data, and
a sentence. It works as a button (a click, Enter or Space opens the chapter), and can lead its words for a screen
reader with other words (the answer, read with the card the keyboard starts on).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from aim_explainer.accessibility import give_role
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.catalogue import chapter_picture  # Qt painting only: no pyqtgraph
from aim_explainer.ui.app_state import AppState


class PictureBox(QWidget):
    """A chapter's small picture, painted from the data."""

    def __init__(self, chapter: str, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter, self.state = chapter, state
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.state.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture = chapter_picture(self.chapter, self.state.data, self.state.language)
        picture.paint(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.font(), small=True)
        painter.end()


class StoryCard(QFrame):
    """One chapter on the map: number and name, its question, a picture, a sentence. Works as a button."""

    activated = Signal(str)
    left = Signal()  # the focus went elsewhere
    arriving = Signal(object)  # the focus is arriving (before Qt tells a screen reader): this card

    def __init__(self, chapter: str, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter = chapter
        self._own_description: str | None = None  # the card's words, while the answer leads them
        self.setObjectName(f"story_{chapter}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setObjectName("story_name")
        self.question = QLabel(self)
        self.question.setObjectName("story_question")
        self.picture = PictureBox(chapter, state, self)
        self.sentence = QLabel(self)
        for label in (self.name, self.question, self.sentence):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.question)
        layout.addWidget(self.picture)
        layout.addWidget(self.sentence, 1, Qt.AlignmentFlag.AlignTop)

    def set_words(self, number: int, chapter_name: str, question: str, sentence: str) -> None:
        self.name.setText(f"{number} {chapter_name}")
        self.question.setText(question)
        self.sentence.setText(sentence)
        self.setAccessibleName(translate("StoryCard", "Chapter {n}: {name}").format(n=number, name=chapter_name))
        self._describe(f"{question} {sentence}")
        self.setToolTip(translate("StoryCard", "Open the chapter (Enter)"))

    def _describe(self, words: str) -> None:
        if self._own_description is not None:
            self.setAccessibleDescription(self.accessibleDescription().removesuffix(self._own_description) + words)
            self._own_description = words
        else:
            self.setAccessibleDescription(words)

    def lead_with(self, words: str) -> None:
        """`words` before the card's own description until the focus leaves it: a screen reader that does not
        speak announcements (Orca 43) reads them with the card the keyboard starts on."""
        own = self._own_description if self._own_description is not None else self.accessibleDescription()
        self._own_description = own
        self.setAccessibleDescription(f"{words} {own}")

    def drop_lead(self) -> bool:
        """The card's own words again; False when nothing led them."""
        if self._own_description is None:
            return False
        own, self._own_description = self._own_description, None
        self.setAccessibleDescription(own)
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.arriving.emit(self)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        # once the focus has moved on: a change of words before that, Orca read over the next card
        QTimer.singleShot(0, self, self.left.emit)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.chapter)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.chapter)
            return
        super().keyPressEvent(event)


give_role(StoryCard, QAccessible.Role.Button)  # a panel to a screen reader, it says nothing of opening
