"""What the presenter sees on the laptop when a projector is attached: notes, what comes next, the time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from aim_explainer.core.palette import UI
from aim_explainer.i18n import translate
from aim_explainer.ui.presentation.controller import PresentationController


class PresenterView(QWidget):
    """What the presenter sees on the laptop: notes, what comes next, the time."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("presenter_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("presenter_clock")
        self.notes_label = QLabel(self)
        self.notes = QTextBrowser(self)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_label = QLabel(self)
        self.next = QTextBrowser(self)
        self.next.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.now, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 3)
        layout.addWidget(self.next_label)
        layout.addWidget(self.next, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        controller.changed.connect(self.render)
        self.render()

    def render(self) -> None:
        if not self.controller.steps:
            return
        step = self.controller.step
        chapter, number, total = self.controller.chapter_progress()
        self.setWindowTitle(translate("Presentation", "Presenter view"))
        px = max(round(max(self.height(), 480) / 40), 16)  # read at a glance from a step away
        self.setStyleSheet(
            f"#presenter_view {{ background: {UI['window']}; }} QLabel, QTextBrowser {{ font-size: {px}px; }}"
            f" #presenter_clock {{ font-size: {px * 2}px; font-weight: bold; }}"
        )
        self.now.setText(
            translate("Presentation", "Chapter {chapter}, step {step} of {steps}: {title}").format(
                chapter=chapter, step=number, steps=total, title=step.title
            )
            + ("  \u2014  " + translate("Presentation", "screen blanked") if self.controller.blank else "")
        )
        self.notes_label.setText(translate("Presentation", "Speaker notes"))
        self.notes.setMarkdown(step.notes or translate("Presentation", "(no notes for this step)"))
        self.notes.setAccessibleName(translate("Presentation", "Speaker notes"))
        self.next_label.setText(translate("Presentation", "Next"))
        upcoming = self.controller.next_step
        self.next.setMarkdown(
            f"**{upcoming.title}**\n\n{upcoming.body}" if upcoming else translate("Presentation", "(the end)")
        )
        self.next.setAccessibleName(translate("Presentation", "Next step"))
        self._tick()

    def _tick(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.render()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)
