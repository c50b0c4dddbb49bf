"""Where the presentation is: which step shows, in which language, blank or not; and the keys that move it.

Keys are the ones a presentation clicker sends: Page Down / Page Up, arrows, space, Backspace; B (or .)
blanks the screen; a number, or G and then a number, jumps to a chapter; Ctrl+L switches the language;
Esc ends. Both views hand their keys here, so they behave the same. On a question for the group, the first
"next" reveals the answer; the second moves on.

The steps follow the audience path of the application (AppState.audience: the patient path unless the presenter
chose the clinician's; deck.py). `path`, a further hook: a function that picks which of those steps show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from aim_explainer.core import slides
from aim_explainer.core.content import CHAPTERS
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.presentation import deck

NEXT_KEYS = {
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
POINTER_KEY = Qt.Key.Key_L
StepFilter = Callable[[list[slides.Step]], list[slides.Step]]


class PresentationController(QObject):
    """Which step is showing, in which language; blank or not. Both views follow it."""

    changed = Signal()
    finished = Signal()

    def __init__(self, state: AppState, path: StepFilter | None = None) -> None:
        super().__init__()
        self.state = state
        self.path = path
        self.steps: list[slides.Step] = []
        self.index = 0
        self.blank = False
        self.revealed = False  # a question's answer is showing
        self.awaiting_chapter = False  # after G, a number picks the chapter
        self.held_step_until = -1  # a held key's repeats sent before this (in the events' clock, ms) are dropped
        self.reload()
        state.languages.language_changed.connect(self.reload)
        state.audience_changed.connect(self.reload)

    def detach(self) -> None:
        """The presentation is over: stop following the language, so nothing calls into it again."""
        self.state.languages.language_changed.disconnect(self.reload)
        self.state.audience_changed.disconnect(self.reload)

    def reload(self, *_args: object) -> None:
        """Steps in the current language and path; the same step stays on screen."""
        if self.state.data is None:
            return
        steps = deck.path_steps(self.state.content_dir, self.state.language, self.state.data, self.state.audience)
        self.steps = self.path(steps) if self.path is not None else steps
        self.index = min(self.index, len(self.steps) - 1)
        self.changed.emit()

    @property
    def step(self) -> slides.Step:
        return self.steps[self.index]

    @property
    def next_step(self) -> slides.Step | None:
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    def shown_body(self) -> str:
        """The step's text, with a question's answer once revealed."""
        step = self.step
        return f"{step.body}\n\n{step.answer}" if step.answer and self.revealed else step.body

    def go(self, index: int) -> None:
        self.index = min(max(index, 0), len(self.steps) - 1)
        self.blank = False
        self.revealed = False
        self.changed.emit()

    def next(self) -> None:
        if self.step.answer and not self.revealed:  # a question: the answer first, then the next step
            self.revealed, self.blank = True, False
            self.changed.emit()
            return
        if self.index + 1 < len(self.steps):
            self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def jump_to_chapter(self, number: int) -> None:
        if 1 <= number <= len(CHAPTERS):
            chapter = CHAPTERS[number - 1]
            self.go(next(i for i, s in enumerate(self.steps) if s.chapter == chapter))

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.changed.emit()

    def chapter_progress(self) -> tuple[int, int, int]:
        """(chapter number, step in chapter, steps in chapter)."""
        step = self.step
        in_chapter = [s for s in self.steps if s.chapter == step.chapter]
        return CHAPTERS.index(step.chapter) + 1, step.number, len(in_chapter)

    def held_step(self, event: QKeyEvent) -> None:
        """A held step key's repeat: a step, unless the repeat was sent while the last such step was drawn.

        The window system repeats a held key every 30-40 ms whatever the drawing costs; when a step took longer,
        the repeats piled up and, played on, ran the slides to the end after the key was released. The repeats
        carry the time they were sent: one sent within the drawing time after the last step's repeat waited in
        the queue while that step was drawn, and is dropped. A key held on still steps, as fast as steps draw."""
        sent = event.timestamp()
        if self.held_step_until - 60_000 < sent < self.held_step_until:  # (a clock that went back does not block)
            return
        drawing = QElapsedTimer()
        drawing.start()
        self.next() if event.key() in NEXT_KEYS else self.previous()
        self.held_step_until = sent + max(drawing.elapsed(), 1)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The clicker's and the keyboard's keys; True when used."""
        key = event.key()
        if event.isAutoRepeat() and key not in NEXT_KEYS | PREVIOUS_KEYS:
            return key == POINTER_KEY
        if event.isAutoRepeat():
            self.held_step(event)
            return True
        if key == Qt.Key.Key_Escape:
            self.finished.emit()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.steps) - 1)
        elif key == Qt.Key.Key_G:
            self.awaiting_chapter = True
            return True
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.jump_to_chapter(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_L and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.state.languages.set_language("en" if self.state.language == "nb" else "nb")
        else:
            return False
        self.awaiting_chapter = False
        return True
