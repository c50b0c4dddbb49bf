"""A presentation from start to end: the views on the right screens, the main window hidden meanwhile."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.presentation.audience import AudienceView
from aim_explainer.ui.presentation.controller import PresentationController
from aim_explainer.ui.presentation.presenter import PresenterView
from aim_explainer.ui.presentation.preview import StepPreview


class PresentationSession(QObject):
    """Opens the views on the right screens and closes them again, restoring the main window."""

    ended = Signal()

    def __init__(self, state: AppState, main_window: QWidget, full_screen: bool = True) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.controller = PresentationController(state)
        self.controller.setParent(self)  # goes with the session
        self.audience = AudienceView(self.controller)
        self.presenter: PresenterView | None = None
        self.preview: StepPreview | None = None
        self.controller.finished.connect(self.end)
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the projector shows the audience view; the laptop, the presenter view
            laptop = QGuiApplication.primaryScreen()
            projector = next(s for s in screens if s is not laptop)
            self.preview = StepPreview(state, projector.geometry().size())
            self.presenter = PresenterView(self.controller, preview=self.preview)
            self._place(self.presenter, laptop, full_screen)
            self._place(self.audience, projector, full_screen)
        else:
            self._place(self.audience, screens[0], full_screen)
        self.main_window.hide()
        self.audience.activateWindow()
        self.audience.setFocus()

    @staticmethod
    def _place(view: QWidget, screen: object, full_screen: bool) -> None:
        # Type checker: the screen is a QScreen, found by the caller; its lookup returns it as optional.
        view.setScreen(screen)  # type: ignore[arg-type]
        view.setGeometry(screen.geometry())  # type: ignore[attr-defined]
        if full_screen:
            view.showFullScreen()
        else:
            view.show()

    def end(self) -> None:
        for view in (self.audience, self.presenter):
            if view is not None:
                if isinstance(view, AudienceView):
                    view.dispose()
                view.close()
                view.deleteLater()
        if self.preview is not None:
            self.preview.dispose()
        self.controller.detach()
        self.main_window.show()
        self.main_window.activateWindow()
        self.ended.emit()
        # Every presentation left a session under the main window, and language switches slowed. Once it is
        # gone, collect the reference cycles of its charts' Python side at once: left to Python's collector,
        # each presentation kept a few hundred KiB (200 of them: a fifth more memory).
        self.destroyed.connect(_collect_soon)
        self.deleteLater()


def _collect_soon() -> None:
    QTimer.singleShot(0, gc.collect)


def open_presentation(state: AppState, main_window: QWidget, full_screen: bool = True) -> PresentationSession:
    return PresentationSession(state, main_window, full_screen)
