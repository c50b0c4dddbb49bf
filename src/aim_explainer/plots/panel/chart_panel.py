"""What every chart has: a plot and its table view in one place (plot_stack.py), the buttons under it
(chart_buttons.py), a summary, details on hover and focus (reader.py), export (export.py), live retranslation, and a
slide mode with the layers a presentation reveals (slide_mode.py); a chart that plays holds a Playback (playback.py).
Its labels are placed by the chart itself: layout_slide() on a slide, else layout_window(), at every new size of the
plot, with the toolkit in plots/labels.py.
Two-step build: the base constructor makes the widgets; the concrete chart makes its parts, then calls `build()`,
which draws and labels everything, so nothing is drawn or labelled before all of it exists."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aim_explainer.core.content import SECONDARY_MARK, marked_note
from aim_explainer.core.data import StudyData
from aim_explainer.core.palette import CHART_TEXT_SCALE_MAX, TEXT_POINT_SIZE, Theme
from aim_explainer.i18n import translate
from aim_explainer.plots import labels, measure, style
from aim_explainer.plots.panel.chart_buttons import ChartButtons
from aim_explainer.plots.panel.details import DetailsLine
from aim_explainer.plots.panel.export import export_plot
from aim_explainer.plots.panel.playback import Playback
from aim_explainer.plots.panel.plot import make_plot, take_apart
from aim_explainer.plots.panel.plot_stack import PlotStack
from aim_explainer.plots.panel.reader import PlotReader
from aim_explainer.plots.panel.slide_mode import Layers, SlideMode
from aim_explainer.plots.panel.table import ChartTable

MIN_PLOT_LINES = 16  # a chart's plot keeps at least this many lines of its text in height, unless it knows better


class ChartState(Protocol):
    """What a chart needs of the application (ui.app_state.AppState provides it)."""

    data: StudyData | None
    data_changed: SignalInstance
    theme: Theme
    theme_changed: SignalInstance

    @property
    def language(self) -> str: ...


class ChartPanel(QWidget):
    chart_id = ""  # file name of exports: effect, year, rerun, points
    playback: Playback | None = None  # a chart that plays makes one in its constructor
    print_point_size: float | None = None  # a chart on paper: its text size there

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"chart_{self.chart_id}")
        self.plot = make_plot(self, self.chart_id, lambda: self.state.language)
        self.table = ChartTable(self)
        self.stack = PlotStack(self.plot, self.table, self)
        # texts as widgets, not as the plot's own title: they wrap instead of widening the window
        self.heading, self.summary, self.status = (
            self._wrapping_label(name) for name in ("chart_heading", "chart_summary", "chart_status")
        )
        self.details = DetailsLine(self)  # steady in height: the plot must not move under the pointer
        self.details.setObjectName("chart_details")
        self.status.setVisible(False)  # what a chart that plays is showing now, in words
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column = layout = QVBoxLayout(self)
        self.buttons = ChartButtons(
            self, self.chart_id, self.export, lambda on: self.stack.setCurrentIndex(1 if on else 0), layout.spacing()
        )
        self.table_button, self.png_button, self.svg_button = self.buttons.all()
        self.controls = QHBoxLayout()  # charts that play add their controls here (add_controls)
        self.controls.addStretch(1)
        self._margins = layout.contentsMargins()  # a slide's; a window's have none above the heading (_set_margins)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.controls)
        layout.addLayout(self.buttons.row)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self._built = False  # drawn from data: False until build() found data, and after dispose()
        self.reader = PlotReader(self)  # pointer, keys and focus on the plot: what lies there, said
        self.layers = Layers()
        self.slide = SlideMode(
            (self.heading, self.summary, self.details, self.table_button, self.png_button, self.svg_button),
            self.controls,
        )
        self._set_margins()
        self.axis_titles: dict[str, str] = {}  # by side: the chart's own, also while layout moved them off the axis
        # labels are placed from the plot's pixels, so again at each new size
        self.plot.getPlotItem().getViewBox().sigResized.connect(lambda *_: self.fit_to_room())
        self.theme = state.theme  # the look the chart is drawn in
        state.data_changed.connect(self.build)
        state.theme_changed.connect(self._follow_theme)

    def _wrapping_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # --- for subclasses --------------------------------------------------------------------------
    def draw(self, data: StudyData) -> None:
        """Create the plot items from the data (once per data set)."""
        raise NotImplementedError

    def relabel(self) -> None:
        """Set every text of the chart in the current language."""
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def summary_text(self) -> str:
        """One sentence that says what the chart shows: caption and accessible description."""
        raise NotImplementedError

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        raise NotImplementedError

    def describe_at(self, x: float, y: float) -> str:
        """The exact value, interval and source of what lies under the pointer ("" for nothing)."""
        return ""

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keyboard control of the chart itself; return True when the key was used."""
        return False

    def focus_changed(self, focused: bool) -> None:
        """The plot gained or lost keyboard focus (to show or hide what is selected)."""

    def least_plot_height(self) -> int:
        """The plot's least height in a window, in pixels: a chart that knows what it must show computes it."""
        return round(QFontMetricsF(style.chart_font(self.font_size())).height() * MIN_PLOT_LINES)

    def keep_plot_height(self, height: int, later: bool = False) -> None:
        """The plot, and the table in its place, at least `height` pixels tall (see PlotStack.keep_least_height)."""
        self.stack.keep_least_height(height, later)

    def layout_window(self) -> None:
        """Place the labels for the plot's size in a window (charts with labels of their own to place override it)."""

    def layout_slide(self) -> None:
        """Place the labels for the plot's size on a slide, where the text is large: an axis title longer than its
        axis goes above the plot, a rotated title keeps a gap before the tick numbers, and a label too wide for
        the room from where it stands wraps."""
        plot = self.plot.getPlotItem()
        if labels.titles_to_heading(plot, self.heading, self.axis_titles, self.font_size()):
            self.column.invalidate()
        labels.gap_before_ticks(plot.getAxis("left"), self.font_size())
        labels.wrap_at_edge(plot)

    # --- shared ----------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.state.language

    @property
    def presenting(self) -> bool:
        """On a slide (a printed chart also has a fixed size, but its own layout)."""
        return self.slide.on

    @property
    def fixed_font_size(self) -> float | None:
        """The text size a slide or the paper sets; None in a window."""
        return self.slide.point_size if self.slide.on else self.print_point_size

    def font_size(self) -> float:
        """The chart's text size: follows the reader's text size up to CHART_TEXT_SCALE_MAX."""
        if self.fixed_font_size is not None:
            return self.fixed_font_size
        reading = max(QApplication.font().pointSizeF(), self.font().pointSizeF())
        return min(reading, TEXT_POINT_SIZE * CHART_TEXT_SCALE_MAX)

    def add_controls(self, *widgets: QWidget) -> None:
        """Put `widgets` in the row of controls under the plot, after those already there."""
        for widget in widgets:
            self.controls.insertWidget(self.controls.count() - 1, widget)  # before the stretch

    def build(self) -> None:
        """Draw the chart from the data and label it: the last step of a concrete chart's constructor,
        and again whenever the data changes."""
        if self.state.data is None:
            return
        self.plot.clear()
        self.layers.clear()
        self.draw(self.state.data)
        self._built = True
        self.show_layers(self.shown_layer)
        self.retranslate()
        if self.playback is not None:
            self.playback.seek(self.playback.position)  # within the new data's length, drawn there

    def set_axis_title(self, side: str, title: str) -> None:
        """The axis's title; the layout may move it above the plot where the axis is too short for it."""
        self.axis_titles[side] = title
        self.plot.getPlotItem().setLabel(side, title)

    def fit_to_room(self) -> None:
        """Place the labels for the plot's size: on a slide for the slide, else for the window."""
        if not self._built:
            return
        if self.presenting:
            self.layout_slide()
        else:
            self.layout_window()

    # --- the layers a presentation reveals, and the slide's look ----------------------------------
    def add_to_layer(self, layer: int, *items: QGraphicsItem) -> None:
        """Items of `layer` show once the chart shows that many layers (layer 0 always shows)."""
        self.layers.add(layer, *items)

    def layer_count(self) -> int:
        return self.layers.count()

    def layer_visible(self, layer: int) -> bool:
        return self.layers.visible(layer)

    @property
    def shown_layer(self) -> int | None:
        return self.layers.shown

    def show_layers(self, upto: int | None) -> None:
        self.layers.show(upto)
        if self._built:
            self.relabel()
            self.fit_to_room()

    def set_presentation(self, point_size: float | None) -> None:
        """For the projector: text of `point_size`; no buttons, sliders, readouts or captions, since the presenter
        drives the chart with keys (None: back to normal)."""
        self.slide.set(point_size)
        self._set_margins()
        if self.presenting:
            self.status.setVisible(False)
        self.stack.setCurrentIndex(0)
        self.retranslate()

    def _set_margins(self) -> None:
        """In a window none above the heading, which has its own padding: the plot nearer the top of a short pane."""
        margins = self._margins
        top = margins.top() if self.presenting else 0
        self.column.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())

    def shown_text(self) -> str:
        """Every word and number the chart shows now, one text a line: what a slide reads for marks."""
        heading = self.heading.text() if self.heading.isVisibleTo(self) else ""
        return "\n".join(filter(None, (heading, measure.shown_text(self.plot))))

    def set_status(self, text: str) -> None:
        if text != self.status.text():  # a new text re-lays out the panel: not on every frame
            self.status.setText(text)
        self.status.setVisible(bool(text) and not self.presenting)

    def set_theme(self, theme: Theme) -> None:
        """Follow the window's theme: the chart draws itself again in the new look."""
        if theme != self.theme:
            self.theme = theme
            self.build()

    def _follow_theme(self) -> None:
        self.set_theme(self.state.theme)

    def finish_look(self) -> None:
        """After labelling: the high-contrast look, and the labels placed for the room."""
        if self.theme == Theme.HIGH_CONTRAST:
            style.apply_contrast(self.plot.getPlotItem())
        self.fit_to_room()

    # --- what views ask of any chart (to show it whole); a chart that plays asks its `playback` -----
    @property
    def animated(self) -> bool:
        return self.playback is not None

    @property
    def position(self) -> float:
        """Where a chart that plays stands (weeks, repeats …); a still chart stands at 0."""
        return self.playback.position if self.playback is not None else 0.0

    def end(self) -> float:
        return self.playback.end if self.playback is not None else 0.0

    def seek(self, position: float) -> None:
        if self.playback is not None:
            self.playback.seek(position)

    def pause(self) -> None:
        if self.playback is not None:
            self.playback.pause()

    def described(self) -> str:
        """The summary, with what a secondary-source mark in the chart means (an exported picture has no hover)."""
        text = self.summary_text()
        marked = f"{text} {self.marked_text()}"
        note = marked_note(marked, self.lang)
        return f"{text} {SECONDARY_MARK} {note}" if note else text

    def marked_text(self) -> str:
        """Text the chart shows besides its summary that may carry a mark (row labels, line labels)."""
        return ""

    def retranslate(self) -> None:
        if not self._built:
            return
        style.style_axes(self.plot.getPlotItem(), self.font_size() * (1.0 if self.presenting else 0.95))
        self.keep_plot_height(self.least_plot_height() if self.fixed_font_size is None else 0)
        self.relabel()
        self.heading.setText(self.title())
        summary = self.described()
        self.summary.setText(summary)
        self.plot.setAccessibleName(self.title())
        self.plot.setAccessibleDescription(summary)
        self.table.setAccessibleName(translate("ChartPanel", "{title}: table").format(title=self.title()))
        self.buttons.retranslate()
        self.table.show_rows(*self.table_content())
        self.details.setText("")
        self.finish_look()

    @property
    def built(self) -> bool:
        """Drawn from data (False before build() found data, and after dispose())."""
        return self._built

    def dispose(self) -> None:
        """The window is closing for good: stop playing and take the plot apart."""
        if self.playback is not None:
            self.playback.set_length(None)  # stops it; nothing is drawn any more
        take_apart(self.plot)
        self._built = False  # late events (a language change while closing) must not redraw it

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate()
        super().changeEvent(event)

    def export(self, path: Path) -> Path:
        """Write the chart as PNG or SVG (by the file's suffix); raises OSError naming the file and why."""
        return export_plot(self.plot, path, self.title(), self.described(), self.font_size() * 1.2)
