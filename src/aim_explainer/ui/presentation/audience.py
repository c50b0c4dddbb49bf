"""What the room sees: a title, a few lines of big text or a chart revealed layer by layer, and a quiet
progress mark; the screen blanked on request, and a spotlight while the presenter holds L (or the right
mouse button), drawn by spotlight.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aim_explainer.accessibility import PageStack, ReadingText, announce, give_role
from aim_explainer.core.content import CHAPTERS, SECONDARY_MARK, marked_note
from aim_explainer.core.palette import PRESENTATION, THEMES
from aim_explainer.i18n import translate
from aim_explainer.plots.catalogue import chart_spec
from aim_explainer.plots.pictures.catalogue import make_picture
from aim_explainer.ui.presentation.controller import POINTER_KEY, PresentationController
from aim_explainer.ui.presentation.qr_code import QrPanel
from aim_explainer.ui.presentation.slide_picture import SlidePicture
from aim_explainer.ui.presentation.spotlight import Spotlight

if TYPE_CHECKING:  # pyqtgraph loads with the first chart a slide shows, not with the presentation
    from aim_explainer.plots.panel.chart_panel import ChartPanel

CHART_TEXT_RATIO = 0.86  # chart text against body text; the smallest chart text (0.85 of it) stays above 70 %


def _restyle(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: setting one, even the same, re-polishes every widget inside (here
    every chart the presentation has made), and each then lays out its labels again. A step change cost a
    tenth of a second per chart this way, and a held Page Down outran the screen."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class AudienceView(QWidget):
    """What the room sees."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("audience_view")
        self.setWindowTitle(translate("AudienceView", "Presentation"))
        self.setAutoFillBackground(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(self)
        self.title.setObjectName("step_title")
        self.title.setWordWrap(True)
        self.body = ReadingText(self)
        self.body.setObjectName("step_body")
        self.body.setFrameShape(ReadingText.Shape.NoFrame)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The audience view takes every click itself (left: next step; right held: spotlight). Text and charts
        # would otherwise take them, and the text's context menu opened over the slides in front of everyone.
        self.body.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.charts = PageStack(self)
        self.charts.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._charts: dict[str, ChartPanel] = {}
        self.footnote = QLabel(self)  # what a secondary-source mark on this step means
        self.footnote.setObjectName("step_footnote")
        self.footnote.setWordWrap(True)
        self._footnote_later = QTimer(self)
        self._footnote_later.setSingleShot(True)
        self._footnote_later.timeout.connect(self._footnote_again)
        self.progress = QLabel(self)
        self.progress.setObjectName("step_progress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = self.column = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addStretch(0)  # above and below the text: a step of text alone sits in the middle of the screen
        self.qr = QrPanel(self)  # the closing step: the article's QR code beside the text
        text_row = QHBoxLayout()
        text_row.addWidget(self.body, 1)
        text_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text_row)
        layout.addWidget(self.charts, 1)
        self.picture = SlidePicture(self)  # a story picture under the text, where other steps have a chart
        layout.addWidget(self.picture, 1)
        layout.addStretch(0)
        layout.addWidget(self.footnote)
        layout.addWidget(self.progress)
        self.black = QWidget(self)
        self.black.setAutoFillBackground(True)
        self.black.setStyleSheet(f"background: {PRESENTATION['blank']};")
        self.black.hide()
        self.spotlight = Spotlight(self)
        self.spoken = ""  # what the screen reader was last told of the step (a resize must not repeat it)
        controller.changed.connect(self.show_step)
        controller.state.theme_changed.connect(self.show_step)
        self.show_step()

    def chart(self, chart_id: str) -> ChartPanel:
        """The presentation's own copy of a chart, made on first use."""
        if chart_id not in self._charts:
            chart = chart_spec(chart_id).load()(self.controller.state, self.charts)
            chart.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker's keys belong to the presentation
            self.charts.addWidget(chart)
            self._charts[chart_id] = chart
        return self._charts[chart_id]

    def sizes(self) -> tuple[int, int]:
        """Pixel sizes of title and body text, from the height of the screen: readable at the back."""
        height = max(self.height(), 480)
        return round(height / 13), round(height / 21)

    def chart_points(self, body_px: int) -> float:
        """The charts' text size in points: CHART_TEXT_RATIO of the body text (the smallest chart text is 0.85 of
        a chart's size), so that tick numbers and labels read from the back row too."""
        return body_px * CHART_TEXT_RATIO * 72 / max(self.logicalDpiY(), 1)

    def _fit_body(self, margin: int) -> None:
        """The text as high as its lines, no higher: the rest goes to the chart, or to the space around it."""
        document = self.body.document()
        beside = self.qr.width() + self.column.spacing() if self.qr.isVisibleTo(self) else 0
        document.setTextWidth(max(self.width() - 2 * margin - beside, 100))
        self.body.setFixedHeight(round(document.size().height()) + 4)

    def show_step(self) -> None:
        if not self.controller.steps:
            return
        step = self.controller.step
        ui = THEMES[self.controller.state.theme]
        _restyle(self, f"#audience_view {{ background: {ui['surface']}; }}")
        title_px, body_px = self.sizes()
        drawn = bool(step.chart or step.picture)
        if not drawn:  # a step of text alone has the whole screen: bigger still (less so beside a QR code)
            body_px = round(body_px * (1.15 if step.qr else 1.3))
        _restyle(
            self.title,
            f"font-size: {title_px}px; font-weight: bold; color: {ui['text']}; padding-top: {title_px // 6}px;",
        )
        self.title.setText(step.title)
        margin = round(self.width() * 0.05)
        self.column.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.4))
        self.body.document().setDefaultStyleSheet("")
        _restyle(self.body, f"font-size: {body_px}px; color: {ui['text']}; background: {ui['surface']};")
        self.body.setMarkdown(self.controller.shown_body())
        self.body.setAccessibleName(step.title)
        caption = f"font-size: {max(body_px // 2, 14)}px; color: {ui['text']};"
        self.qr.show_address(step.qr, round(self.height() * 0.36), caption)
        self._fit_body(margin)
        for index in (1, 5):  # the stretches around the text: only a step of text alone is centred
            self.column.setStretch(index, 0 if drawn else 1)
        if step.picture and self.controller.state.data is not None:
            picture = make_picture(step.picture, self.controller.state.data, self.controller.state.language)
            self.picture.show_picture(picture, self.chart_points(body_px))
        self.picture.setVisible(bool(step.picture))
        if step.chart:
            chart = self.chart(step.chart)
            chart.set_presentation(self.chart_points(body_px))
            chart.set_theme(self.controller.state.theme)
            chart.show_layers(step.layer)
            if hasattr(chart, "seek") and not chart_spec(step.chart).layers_are_moments:
                chart.pause()
                chart.seek(chart.end())
            self.charts.setCurrentWidget(chart)
            self.charts.show()
        else:
            self.charts.hide()
        chapter, number, total = self.controller.chapter_progress()
        _restyle(self.footnote, f"font-size: {max(body_px // 2, 14)}px; color: {ui['text']};")
        self.show_footnote()
        self._footnote_later.start()  # again once the chart is laid out: its row labels are read from the drawing
        _restyle(self.progress, f"font-size: {max(body_px // 2, 14)}px; color: {ui['muted_text']};")
        self.progress.setText(
            translate("AudienceView", "Chapter {chapter} of {chapters} \u00b7 step {step} of {steps}").format(
                chapter=chapter, chapters=len(CHAPTERS), step=number, steps=total
            )
        )
        self.black.setVisible(self.controller.blank)
        self.black.raise_()
        self.spotlight.raise_()
        self._speak(step.chart)

    def step_words(self, chart_id: str | None) -> str:
        """The step as a screen reader says it: heading, text, and what its chart or picture shows."""
        parts = [self.title.text(), self.body.toPlainText()]
        if chart_id:
            parts.append(self._charts[chart_id].plot.accessibleDescription())  # the chart's summary
        elif self.picture.isVisibleTo(self):
            parts.append(self.picture.accessibleName())  # the picture's text alternative
        return "\n".join(part.strip() for part in parts if part.strip())

    def _speak(self, chart_id: str | None) -> None:
        """Each new step to the screen reader: the window (which has the focus) describes the step on screen, and
        an announcement reads it out, as the labels that change hold no focus and would be silent."""
        words = self.step_words(chart_id)
        if words == self.spoken:
            return
        self.spoken = words
        self.setAccessibleDescription(words)
        announce(self, words, assertive=True)  # the room moved on: what was being read is stale

    def _footnote_again(self) -> None:
        if self.controller.steps:  # none left once the presentation has ended
            self.show_footnote()

    def show_footnote(self) -> None:
        """What a secondary-source mark means, when the step's text or its chart shows one (a row such as
        "Modic type 1†" needs the explanation as much as a marked number in the text)."""
        step = self.controller.step
        chart = self._charts.get(step.chart) if step.chart else None
        # what the room sees now: a question's answer (and its marks) only once it is revealed
        shown = f"{step.title}\n{self.controller.shown_body()}\n{chart.shown_text() if chart is not None else ''}"
        marked = marked_note(shown, self.controller.state.language)
        note = f"{SECONDARY_MARK} {marked}" if marked else ""
        if note != self.footnote.text():
            self.footnote.setText(note)
        self.footnote.setVisible(bool(note))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.black.setGeometry(self.rect())
        self.spotlight.setGeometry(self.rect())
        self.show_step()

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
            self.setWindowTitle(translate("AudienceView", "Presentation"))
        super().changeEvent(event)

    def dispose(self) -> None:
        for chart in self._charts.values():
            chart.dispose()


give_role(AudienceView, QAccessible.Role.Window)  # a screen reader enters a window; a plain widget is a "filler"
