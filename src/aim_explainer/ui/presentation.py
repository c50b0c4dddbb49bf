"""Presentation mode: the chapters as steps for a projector, a presenter view with notes, a pointer.

The audience view fills the projector: a title, a few lines of big text or a chart revealed layer by
layer, and a quiet progress mark. With a second screen, the laptop shows the presenter view: speaker
notes in the current language, the next step and a clock. Keys are the ones a presentation clicker
sends: Page Down / Page Up, arrows, space, Backspace; B (or .) blanks the screen; a number, or G and
then a number, jumps to a chapter; holding L (or the right mouse button) shows a spotlight; Esc ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from aim_explainer.core import slides
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.palette import UI
from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState

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


class PresentationController(QObject):
    """Which step is showing, in which language; blank or not. Both views follow it."""

    changed = Signal()
    finished = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.steps: list[slides.Step] = []
        self.index = 0
        self.blank = False
        self.awaiting_chapter = False  # after G, a number picks the chapter
        self.reload()
        state.languages.language_changed.connect(self.reload)

    def reload(self, *_args: object) -> None:
        """Steps in the current language; the same step stays on screen."""
        if self.state.data is None:
            return
        self.steps = slides.presentation(self.state.content_dir, self.state.language, self.state.data)
        self.index = min(self.index, len(self.steps) - 1)
        self.changed.emit()

    @property
    def step(self) -> slides.Step:
        return self.steps[self.index]

    @property
    def next_step(self) -> slides.Step | None:
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    def go(self, index: int) -> None:
        self.index = min(max(index, 0), len(self.steps) - 1)
        self.blank = False
        self.changed.emit()

    def next(self) -> None:
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

    def handle_key(self, event: QKeyEvent) -> bool:
        """The clicker's and the keyboard's keys; True when used."""
        key = event.key()
        if event.isAutoRepeat() and key not in NEXT_KEYS | PREVIOUS_KEYS:
            return key == POINTER_KEY
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


class Spotlight(QWidget):
    """A large, high-contrast ring at the pointer, the rest of the screen dimmed."""

    RADIUS = 90

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.centre = QPoint()
        self.hide()

    def point_at(self, position: QPoint) -> None:
        self.centre = position
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QPainterPath()
        dim.addRect(QRectF(self.rect()))
        hole = QPainterPath()
        hole.addEllipse(self.centre, self.RADIUS, self.RADIUS)
        painter.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 110))
        for colour, width in (("#000000", 10), ("#FFD400", 5)):  # yellow on black: seen on any background
            painter.setPen(QPen(QColor(colour), width))
            painter.drawEllipse(self.centre, self.RADIUS, self.RADIUS)


class AudienceView(QWidget):
    """What the room sees."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("audience_view")
        self.setWindowTitle(translate("Presentation", "Presentation"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"#audience_view {{ background: {UI['surface']}; }}")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(self)
        self.title.setObjectName("step_title")
        self.title.setWordWrap(True)
        self.body = QTextBrowser(self)
        self.body.setObjectName("step_body")
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.viewport().setMouseTracking(True)
        self.charts = QStackedWidget(self)
        self._charts: dict[str, QWidget] = {}
        self.progress = QLabel(self)
        self.progress.setObjectName("step_progress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 2)
        layout.addWidget(self.charts, 5)
        layout.addWidget(self.progress)
        self.black = QWidget(self)
        self.black.setAutoFillBackground(True)
        self.black.setStyleSheet("background: #000000;")
        self.black.hide()
        self.spotlight = Spotlight(self)
        controller.changed.connect(self.render)
        self.render()

    def chart(self, chart_id: str) -> QWidget:
        """The presentation's own copy of a chart, made on first use."""
        if chart_id not in self._charts:
            from aim_explainer.plots.effect_chart import EffectChart
            from aim_explainer.plots.points_chart import PointsChart
            from aim_explainer.plots.rerun_chart import RerunChart
            from aim_explainer.plots.year_chart import YearChart

            cls = {"effect": EffectChart, "year": YearChart, "rerun": RerunChart, "points": PointsChart}[chart_id]
            chart = cls(self.controller.state, self.charts)
            chart.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker's keys belong to the presentation
            self.charts.addWidget(chart)
            self._charts[chart_id] = chart
        return self._charts[chart_id]

    def sizes(self) -> tuple[int, int]:
        """Pixel sizes of title and body text, from the height of the screen: readable at the back."""
        height = max(self.height(), 480)
        return round(height / 13), round(height / 21)

    def render(self) -> None:
        if not self.controller.steps:
            return
        step = self.controller.step
        title_px, body_px = self.sizes()
        if not step.chart:  # a step of text alone has the whole screen: bigger still
            body_px = round(body_px * 1.3)
        self.title.setStyleSheet(f"font-size: {title_px}px; font-weight: bold; color: {UI['text']};")
        self.title.setText(step.title)
        margin = round(self.width() * 0.05)
        self.layout().setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.4))
        self.body.document().setDefaultStyleSheet("")
        self.body.setStyleSheet(f"font-size: {body_px}px; color: {UI['text']}; background: {UI['surface']};")
        self.body.setMarkdown(step.body)
        self.body.setAccessibleName(step.title)
        if step.chart:
            chart = self.chart(step.chart)
            points = body_px * 0.55 * 72 / max(self.logicalDpiY(), 1)
            chart.set_presentation(points)
            chart.show_layers(step.layer)
            if hasattr(chart, "seek") and step.chart != "rerun":
                chart.pause()
                chart.seek(chart.end())
            self.charts.setCurrentWidget(chart)
            self.charts.show()
            self.body.setMaximumHeight(body_px * 4)
        else:
            self.charts.hide()
            self.body.setMaximumHeight(16777215)
        chapter, number, total = self.controller.chapter_progress()
        self.progress.setStyleSheet(f"font-size: {max(body_px // 2, 14)}px; color: {UI['muted_text']};")
        self.progress.setText(
            translate("Presentation", "Chapter {chapter} of {chapters} \u00b7 step {step} of {steps}").format(
                chapter=chapter, chapters=len(CHAPTERS), step=number, steps=total
            )
        )
        self.black.setVisible(self.controller.blank)
        self.black.raise_()
        self.spotlight.raise_()

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.black.setGeometry(self.rect())
        self.spotlight.setGeometry(self.rect())
        self.render()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == POINTER_KEY and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.show_pointer(True)
        elif not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == POINTER_KEY and not event.isAutoRepeat():
            self.show_pointer(False)
        super().keyReleaseEvent(event)

    def show_pointer(self, on: bool) -> None:
        self.spotlight.point_at(self.mapFromGlobal(self.cursor().pos()))
        self.spotlight.setVisible(on)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.RightButton:
            self.spotlight.point_at(event.position().toPoint())
            self.spotlight.show()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.controller.next()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.RightButton:
            self.spotlight.hide()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.spotlight.isVisible():
            self.spotlight.point_at(event.position().toPoint())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(translate("Presentation", "Presentation"))
        super().changeEvent(event)

    def dispose(self) -> None:
        for chart in self._charts.values():
            chart.dispose()


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


class PresentationSession(QObject):
    """Opens the views on the right screens and closes them again, restoring the main window."""

    ended = Signal()

    def __init__(self, state: AppState, main_window: QWidget, full_screen: bool = True) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.controller = PresentationController(state)
        self.audience = AudienceView(self.controller)
        self.presenter: PresenterView | None = None
        self.controller.finished.connect(self.end)
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the projector shows the audience view; the laptop, the presenter view
            laptop = QGuiApplication.primaryScreen()
            projector = next(s for s in screens if s is not laptop)
            self.presenter = PresenterView(self.controller)
            self._place(self.presenter, laptop, full_screen)
            self._place(self.audience, projector, full_screen)
        else:
            self._place(self.audience, screens[0], full_screen)
        self.main_window.hide()
        self.audience.activateWindow()
        self.audience.setFocus()

    @staticmethod
    def _place(view: QWidget, screen: object, full_screen: bool) -> None:
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
        self.main_window.show()
        self.main_window.activateWindow()
        self.ended.emit()


def open_presentation(state: AppState, main_window: QWidget, full_screen: bool = True) -> PresentationSession:
    return PresentationSession(state, main_window, full_screen)
