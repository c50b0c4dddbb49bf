"""Presentation mode: the chapters as steps for a projector, a presenter view with notes, a pointer.

One job per module: `controller` (the step showing, the clicker's keys), `audience` (the projector's view),
`spotlight` (the pointer drawn for the room), `presenter` (notes, next step and clock on the laptop), `session`
(opening the views on the right screens and closing them again).
"""

from aim_explainer.ui.presentation.audience import AudienceView
from aim_explainer.ui.presentation.controller import PresentationController
from aim_explainer.ui.presentation.presenter import PresenterView
from aim_explainer.ui.presentation.session import PresentationSession, open_presentation
from aim_explainer.ui.presentation.spotlight import Spotlight

__all__ = [
    "AudienceView",
    "PresentationController",
    "PresentationSession",
    "PresenterView",
    "Spotlight",
    "open_presentation",
]
