"""What the presenter sees on the laptop when a projector is attached: the step now and the next one as pictures,
the speaker notes in large, short lines, the time since the start and the clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTime, QTimer
from PySide6.QtGui import QFontMetricsF, QHideEvent, QKeyEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from aim_explainer.accessibility import ReadingText
from aim_explainer.core.palette import THEMES
from aim_explainer.i18n import translate
from aim_explainer.ui.presentation.controller import PresentationController

NOTES_MIN_PX = 28  # read at a glance from a step away
NOTES_LINE_CHARACTERS = 70  # lines no longer than this: the eye finds the next line
Preview = Callable[[int, int, int], QPixmap]  # (step index, width, height) -> the step as the room sees it
THUMBNAIL_SHARE = 0.38  # of the view's width, for each picture


class PresenterView(QWidget):
    """Notes on the left, in lines a glance can take; on the right, the step now and the next as pictures, and the
    time since the start. `preview` draws a step as the room sees it (the session gives it; without one, the
    pictures are left out)."""

    def __init__(
        self, controller: PresentationController, parent: QWidget | None = None, preview: Preview | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.preview = preview
        self.setObjectName("presenter_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("presenter_clock")
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("presenter_elapsed")
        self.notes_label = QLabel(self)
        self.notes = ReadingText(self)
        self.notes.setObjectName("presenter_notes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.current_picture, self.next_picture = QLabel(self), QLabel(self)
        self.next_label = QLabel(self)
        self.next = ReadingText(self)  # the next step's title, also in words
        self.next.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = self.grid = QGridLayout(self)
        layout.addWidget(self.now, 0, 0)
        layout.addWidget(self.notes_label, 1, 0)
        layout.addWidget(self.notes, 2, 0, 4, 1)
        layout.addWidget(self.elapsed, 0, 1)
        layout.addWidget(self.clock, 1, 1)
        layout.addWidget(self.current_picture, 2, 1)
        layout.addWidget(self.next_label, 3, 1)
        layout.addWidget(self.next_picture, 4, 1)
        layout.addWidget(self.next, 5, 1)
        layout.setColumnStretch(0, 1)
        self.started = QElapsedTimer()  # the talk's time: from the first showing of this view
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        controller.changed.connect(self.show_step)
        self.show_step()

    def notes_px(self) -> int:
        return max(round(max(self.height(), 480) / 30), NOTES_MIN_PX)

    def show_step(self) -> None:
        if not self.controller.steps:
            return
        step = self.controller.step
        ui = THEMES[self.controller.state.theme]
        px = self.notes_px()
        self.setWindowTitle(translate("PresenterView", "Presenter view"))
        self.setStyleSheet(
            f"#presenter_view {{ background: {ui['window']}; color: {ui['text']}; }}"
            f" QLabel {{ font-size: {round(px * 0.8)}px; color: {ui['text']}; }}"
            f" #presenter_notes {{ font-size: {px}px; color: {ui['text']}; background: {ui['surface']}; }}"
            f" #presenter_elapsed {{ font-size: {px * 2}px; font-weight: bold; }}"
        )
        # at most NOTES_LINE_CHARACTERS a line: the notes' width from the width of the text's characters
        notes_font = self.notes.font()
        notes_font.setPixelSize(px)
        line = QFontMetricsF(notes_font).averageCharWidth() * NOTES_LINE_CHARACTERS
        self.notes.setMaximumWidth(round(line + 2 * self.notes.document().documentMargin() + 8))
        total = len(self.controller.steps)
        self.now.setText(
            translate("PresenterView", "Step {step} of {steps}: {title}").format(
                step=self.controller.index + 1, steps=total, title=step.title
            )
            + ("  \u2014  " + translate("PresenterView", "screen blanked") if self.controller.blank else "")
        )
        self.notes_label.setText(translate("PresenterView", "Speaker notes"))
        self.notes.setMarkdown(step.notes or translate("PresenterView", "(no notes for this step)"))
        self.notes.setAccessibleName(translate("PresenterView", "Speaker notes"))
        self.next_label.setText(translate("PresenterView", "Next"))
        upcoming = self.controller.next_step
        self.next.setMarkdown(f"**{upcoming.title}**" if upcoming else translate("PresenterView", "(the end)"))
        self.next.setFixedHeight(round(px * 1.8))  # one line: the picture above shows the rest
        self.next.setAccessibleName(translate("PresenterView", "Next step"))
        self._pictures()
        self._tick()

    def _pictures(self) -> None:
        """The step now and the next, as the room sees them, scaled down."""
        if self.preview is None or not self.isVisible():
            return
        width = round(self.width() * THUMBNAIL_SHARE)
        height = min(round(width * 9 / 16), self.picture_room() // 2)  # both pictures fit the screen's height
        index = self.controller.index
        for label, shown in ((self.current_picture, index), (self.next_picture, index + 1)):
            picture = self.preview(shown, width, height) if shown < len(self.controller.steps) else QPixmap()
            label.setPixmap(picture)

    def picture_room(self) -> int:
        """The height left for the two pictures in the right column, once its words and gaps have theirs: at full
        HD the pictures at the width's share made the view taller than the screen."""
        layout = self.grid
        margins = layout.contentsMargins()
        words = (self.elapsed, self.clock, self.next_label)
        taken = sum(w.sizeHint().height() for w in words) + self.next.height()
        gaps = layout.verticalSpacing() * 5 + margins.top() + margins.bottom()
        return max(self.height() - taken - gaps - 8, 0)  # a few pixels spare: rounding in the layout

    def elapsed_text(self) -> str:
        seconds = self.started.elapsed() // 1000 if self.started.isValid() else 0
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def _tick(self) -> None:
        self.elapsed.setText(self.elapsed_text())
        self.elapsed.setAccessibleName(translate("PresenterView", "Time since the start"))
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.show_step()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started.isValid():
            self.started.start()
        self.timer.start()
        self._pictures()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)
