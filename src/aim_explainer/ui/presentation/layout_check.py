"""The presentation's layout check: every step, drawn at a large and a small projector's size in each language,
theme and path, measured for texts that overlap or run past their chart or the screen.

`aim-explainer --present --check-layout` runs it for whoever edits the slides; the tests run it too. The
measuring is plots/measure.py (where each text is drawn, here moved to screen pixels); the judging is
core/layout_geometry.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtWidgets import QGraphicsView, QLabel, QTextBrowser, QWidget

from aim_explainer.core.content import AUDIENCES
from aim_explainer.core.languages import CODES
from aim_explainer.core.layout_geometry import Box, Problem, TextBox, find_problems
from aim_explainer.core.palette import Theme
from aim_explainer.plots.measure import chart_texts, ink
from aim_explainer.plots.panel.chart_panel import ChartPanel
from aim_explainer.plots.settle import settle
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.presentation.audience import AudienceView
from aim_explainer.ui.presentation.controller import PresentationController

SIZES = ((1024, 768), (1920, 1080))  # the common hospital projector, and full HD
SCREEN = "the screen"


@dataclass(frozen=True)
class Finding:
    """One problem on one step, in one language, size, theme and path."""

    where: str  # "results-03 (answer shown)"
    title: str
    lang: str
    size: tuple[int, int]
    theme: Theme
    audience: str
    problem: Problem

    def describe(self) -> str:
        width, height = self.size
        return (
            f"{self.where} \u201c{self.title}\u201d [{self.lang}, {width}x{height}, {self.theme}, {self.audience}]: "
            f"{self.problem.describe()}"
        )


def _box(rect: QRect | QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _widget_rect(view: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    """`rect` (the widget's own, by default) in the view's pixels."""
    rect = widget.rect() if rect is None else rect
    return QRect(widget.mapTo(view, rect.topLeft()), rect.size())


def _label_text(view: QWidget, label: QLabel, areas: dict[str, Box]) -> TextBox:
    """The text of a label at the size it needs: taller than the label (its lines cut off) runs past its space."""
    inner = label.contentsRect()
    frame = label.height() - inner.height()  # padding and margins: heightForWidth counts them too
    hint = label.sizeHint()
    width = inner.width() if label.wordWrap() else hint.width() - (label.width() - inner.width())
    needed = (label.heightForWidth(label.width()) if label.wordWrap() else hint.height()) - frame
    name = f"the space of {label.objectName() or 'a label'}"
    areas[name] = _box(_widget_rect(view, label).intersected(view.rect()))
    corner = label.mapTo(view, inner.topLeft())
    return TextBox(label.text(), Box(corner.x(), corner.y(), width, max(needed, 0)), name)


def _browser_text(view: QWidget, browser: QTextBrowser, areas: dict[str, Box]) -> TextBox:
    """The body text at the height its lines take: taller than its box, the last lines are cut off."""
    viewport = browser.viewport()
    document = browser.document()
    name = f"the space of {browser.objectName() or 'a text'}"
    areas[name] = _box(_widget_rect(view, viewport).intersected(view.rect()))
    top_left = viewport.mapTo(view, QPoint(0, 0))
    shown = ink(document).translated(top_left.x(), top_left.y() - browser.verticalScrollBar().value())
    return TextBox(document.toPlainText(), _box(shown), name)


def _chart_texts(view: QWidget, graphics: QGraphicsView, name: str, areas: dict[str, Box]) -> list[TextBox]:
    """Every text the chart draws (plots/measure.py): labels, titles, legend entries and the axes' tick numbers."""
    texts, chart_areas = chart_texts(graphics, name, QPointF(graphics.viewport().mapTo(view, QPoint(0, 0))))
    chart_areas[f"the {name} chart"] = _box(_widget_rect(view, graphics.viewport()).intersected(view.rect()))
    areas.update(chart_areas)
    return texts


def measure(view: AudienceView) -> tuple[list[TextBox], dict[str, Box]]:
    """Every text of the step on show, and the areas they must stay in."""
    areas = {SCREEN: _box(view.rect())}
    texts: list[TextBox] = []
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view) and label.text().strip():
            texts.append(_label_text(view, label, areas))
    if view.body.isVisibleTo(view) and view.body.toPlainText().strip():
        texts.append(_browser_text(view, view.body, areas))
    chart = view.charts.currentWidget() if view.charts.isVisibleTo(view) else None
    if isinstance(chart, ChartPanel):
        texts.extend(_chart_texts(view, chart.plot, chart.chart_id, areas))
    return texts, areas


def problems_on_show(view: AudienceView) -> list[Problem]:
    """The step on show: texts that overlap, and texts past their own space, their chart or the screen."""
    texts, areas = measure(view)
    found = find_problems(texts, areas)
    past_screen = [TextBox(t.text, t.box, SCREEN) for t in texts if t.area != SCREEN]
    return found + [p for p in find_problems(past_screen, areas) if p.kind == "outside"]


def check_deck(
    state: AppState,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    languages: tuple[str, ...] = CODES,
    themes: tuple[Theme, ...] = tuple(Theme),
    audiences: tuple[str, ...] = AUDIENCES,
) -> list[Finding]:
    """Walk every step (and a question's revealed answer) in every combination; the problems found."""
    start = (state.language, state.theme, state.audience)
    controller = PresentationController(state)
    view = AudienceView(controller)
    findings: list[Finding] = []
    try:
        view.show()
        for width, height in sizes:
            view.resize(width, height)
            for lang in languages:
                state.languages.set_language(lang)
                for theme in themes:
                    state.set_theme(theme)
                    for audience in audiences:
                        state.set_audience(audience)
                        controller.reload()
                        for index, step in enumerate(controller.steps):
                            controller.go(index)
                            for revealed in (False, True) if step.answer else (False,):
                                if revealed:
                                    controller.next()
                                settle()
                                where = f"{step.chapter}-{step.number:02d}" + (" (answer shown)" if revealed else "")
                                findings += [
                                    Finding(where, step.title, lang, (width, height), theme, audience, problem)
                                    for problem in problems_on_show(view)
                                ]
    finally:
        view.dispose()
        view.close()
        view.deleteLater()
        controller.detach()
        state.languages.set_language(start[0])
        state.set_theme(start[1])
        state.set_audience(start[2])
    return findings
