"""Pictures of steps as the room sees them, for the presenter view: a second audience view, never on screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.presentation.audience import AudienceView
from aim_explainer.ui.presentation.controller import PresentationController, StepFilter


class StepPreview:
    """`preview(index, width, height)`: the step drawn at the projector's size, scaled to fit width × height."""

    def __init__(self, state: AppState, size: QSize, path: StepFilter | None = None) -> None:
        self.controller = PresentationController(state, path)
        self.view = AudienceView(self.controller)
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # drawn, never shown
        self.view.resize(size)
        self.view.show()

    def __call__(self, index: int, width: int, height: int) -> QPixmap:
        if self.controller.index != index or not self.controller.steps:
            self.controller.go(index)
            QApplication.processEvents()  # lay the step out before drawing it
        return self.view.grab().scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def dispose(self) -> None:
        self.view.dispose()
        self.view.close()
        self.view.deleteLater()
        self.controller.detach()
