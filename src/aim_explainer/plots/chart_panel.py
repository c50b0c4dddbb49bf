"""What every chart has: a plot, a table view, a one-sentence summary, details on hover and focus,
export to PNG and SVG, live retranslation, and (for animated charts) timers that stop when hidden."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from aim_explainer.core.data import StudyData
from aim_explainer.core.palette import CHART_TEXT_SCALE_MAX, TEXT_POINT_SIZE
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg

MIN_PLOT_LINES = 16  # the plot keeps at least this many lines of its text in height


class ChartState(Protocol):
    """What a chart needs of the application (ui.app_state.AppState provides it)."""

    data: StudyData | None
    data_changed: Signal

    @property
    def language(self) -> str: ...


class ChartPanel(QWidget):
    chart_id = ""  # file name of exports: effect, year, rerun, points

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"chart_{self.chart_id}")
        axes = {name: style.LocaleAxis(name, lambda: self.state.language) for name in ("left", "bottom", "right")}
        self.plot = pg.PlotWidget(self, axisItems=axes)
        self.plot.setObjectName(f"plot_{self.chart_id}")
        self.plot.setMenuEnabled(False)  # its menus are built once and would not retranslate
        self.plot.getPlotItem().hideAxis("right")  # charts that label their rows on the right show it
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.table)
        self.heading = QLabel(self)  # a widget, not the plot's own title: it wraps instead of widening
        self.heading.setObjectName("chart_heading")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("chart_summary")
        self.status = QLabel(self)  # what an animated chart is showing now, in words
        self.status.setWordWrap(True)
        self.status.setObjectName("chart_status")
        self.status.setVisible(False)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setObjectName("chart_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_button = QPushButton(self)
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.png_button = QPushButton(self)
        self.png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.svg_button = QPushButton(self)
        self.svg_button.clicked.connect(lambda: self._ask_and_export("svg"))
        self.controls = QHBoxLayout()  # animated charts add their controls here
        self.controls.addStretch(1)
        buttons = QHBoxLayout()  # a row of its own, so that large text never makes the window wider
        buttons.addStretch(1)
        for button in (self.table_button, self.png_button, self.svg_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.controls)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self._built = False
        self.add_controls()
        state.data_changed.connect(self.rebuild)
        self.rebuild()

    # --- for subclasses --------------------------------------------------------------------------
    def add_controls(self) -> None:
        """Add widgets to `self.controls`; called once, before the first drawing."""

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

    # --- shared ----------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.state.language

    def set_status(self, text: str) -> None:
        if text != self.status.text():  # a new text re-lays out the panel: not on every frame
            self.status.setText(text)
            self.status.setVisible(bool(text))

    def font_size(self) -> float:
        """The chart's text size: follows the reader's text size up to CHART_TEXT_SCALE_MAX."""
        if self.fixed_font_size is not None:
            return self.fixed_font_size
        reading = max(QApplication.font().pointSizeF(), self.font().pointSizeF())
        return min(reading, TEXT_POINT_SIZE * CHART_TEXT_SCALE_MAX)

    def rebuild(self) -> None:
        if self.state.data is None:
            return
        self.plot.clear()
        self._layers: dict[int, list] = {}
        self.draw(self.state.data)
        self._built = True
        self.show_layers(self.shown_layer)
        self.retranslate()

    # --- layers: a presentation reveals a chart one layer at a time ------------------------------
    shown_layer: int | None = None  # None: every layer
    fixed_font_size: float | None = None  # set by presentation mode: text sized for the room

    def add_to_layer(self, layer: int, *items: object) -> None:
        """Items of `layer` show once the chart shows that many layers (layer 0 always shows)."""
        self._layers.setdefault(layer, []).extend(items)

    def layer_count(self) -> int:
        return max(self._layers, default=0) if self._built else 0

    def layer_visible(self, layer: int) -> bool:
        return self.shown_layer is None or layer <= self.shown_layer

    def show_layers(self, upto: int | None) -> None:
        self.shown_layer = upto
        for layer, items in getattr(self, "_layers", {}).items():
            for item in items:
                item.setVisible(self.layer_visible(layer))
        if self._built:
            self.relabel()

    def set_presentation(self, point_size: float | None) -> None:
        """For the projector: text of `point_size`, no buttons, no captions (None: back to normal)."""
        self.fixed_font_size = point_size
        presenting = point_size is not None
        for widget in (self.heading, self.summary, self.details, self.table_button, self.png_button, self.svg_button):
            widget.setVisible(not presenting)
        self.stack.setCurrentIndex(0)
        self.retranslate()

    def retranslate(self) -> None:
        if not self._built:
            return
        style.style_axes(self.plot.getPlotItem(), self.font_size() * 0.95)
        if self.fixed_font_size is None:
            self.plot.setMinimumHeight(
                round(QFontMetricsF(style.chart_font(self.font_size())).height() * MIN_PLOT_LINES)
            )
        else:
            self.plot.setMinimumHeight(0)
        self.relabel()
        self.heading.setText(self.title())
        summary = self.summary_text()
        self.summary.setText(summary)
        self.plot.setAccessibleName(self.title())
        self.plot.setAccessibleDescription(summary)
        self.table.setAccessibleName(translate("ChartPanel", "{title}: table").format(title=self.title()))
        self.table_button.setText(
            translate("ChartPanel", "Show chart")
            if self.table_button.isChecked()
            else translate("ChartPanel", "Show table")
        )
        self.table_button.setAccessibleName(translate("ChartPanel", "Show the chart as a table"))
        self.png_button.setText(translate("ChartPanel", "Save PNG…"))
        self.png_button.setAccessibleName(translate("ChartPanel", "Save the chart as a PNG picture"))
        self.svg_button.setText(translate("ChartPanel", "Save SVG…"))
        self.svg_button.setAccessibleName(translate("ChartPanel", "Save the chart as an SVG drawing"))
        headers, rows = self.table_content()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.details.setText("")

    def dispose(self) -> None:
        """Take the plot apart in an order Qt survives: a legend still anchored to its view box when
        both are deleted calls into the deleted box (and can crash the interpreter's shutdown)."""
        legend = self.plot.getPlotItem().legend
        if legend is not None:
            # pyqtgraph keeps no public way to unhook a legend from its anchor
            follow = getattr(legend, "_GraphicsWidgetAnchor__geometryChanged", None)
            parent = legend.parentItem()
            if parent is not None and follow is not None:
                parent.geometryChanged.disconnect(follow)
            if legend.scene() is not None:
                legend.scene().removeItem(legend)
        self.plot.getPlotItem().legend = None
        self.plot.clear()
        self._built = False  # late events (a language change while closing) must not redraw it

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate()
        super().changeEvent(event)

    def export(self, path: Path) -> Path:
        """Write the chart as PNG or SVG (by the file's suffix)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        # an exported picture carries its title inside it
        self.plot.setTitle(self.title(), size=f"{self.font_size() * 1.2:.0f}pt", bold=True)
        try:
            self._write(path)
        finally:
            self.plot.setTitle(None)
        if not path.exists():
            raise OSError(f"could not write {path}")
        return path

    def _write(self, path: Path) -> None:
        if path.suffix.lower() == ".svg":
            # pyqtgraph's own SVG exporter fails on Qt 6.11 paths (pyqtgraph issue 3485): let Qt's
            # SVG generator record the painting of the plot instead; text stays text.
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.plot.size())
            generator.setViewBox(QRect(QPoint(0, 0), self.plot.size()))
            generator.setTitle(self.title())
            generator.setDescription(self.summary_text())
            painter = QPainter(generator)
            self.plot.render(painter)
            painter.end()
        else:
            from pyqtgraph.exporters import ImageExporter

            item = self.plot.getPlotItem()
            exporter = ImageExporter(item)
            exporter.parameters()["width"] = max(int(item.sceneBoundingRect().width()) * 2, 1200)
            exporter.export(str(path))

    def _ask_and_export(self, suffix: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ChartPanel", "Save the chart"), f"{self.chart_id}.{suffix}", f"*.{suffix}"
        )
        if name:
            self.export(Path(name).with_suffix(f".{suffix}"))

    def _mouse_moved(self, position: QPointF) -> None:
        if not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        text = self.describe_at(point.x(), point.y())
        self.details.setText(text)
        if text:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()), text, self.plot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.plot:
            if event.type() == QEvent.Type.KeyPress and self.handle_key(event):  # type: ignore[arg-type]
                return True
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and self._built:
                self.focus_changed(event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(watched, event)


class AnimatedChartPanel(ChartPanel):
    """A chart that plays: a position that moves with time, play/pause/step/scrub, speed.

    The timer runs only while the chart is visible and playing; the position advances with the
    real time elapsed, so a slow frame never slows the story down.
    """

    FRAME_MS = 16  # about 60 frames a second
    SPEEDS = (0.5, 1.0, 2.0, 4.0)
    SLIDER_SCALE = 1  # one slider step per week or repeat
    position_changed = Signal(float)

    def add_controls(self) -> None:
        self._position = 0.0
        self._playing = False
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = QPushButton("\u25c0", self)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton("\u25b6", self)
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setMinimumWidth(160)
        self.slider.valueChanged.connect(lambda v: self.seek(v / self.SLIDER_SCALE))
        self.speed = QComboBox(self)
        for speed in self.SPEEDS:
            self.speed.addItem(f"{speed:g}\u00d7", speed)
        self.speed.setCurrentIndex(self.SPEEDS.index(1.0))
        for index, widget in enumerate(
            (self.play_button, self.back_button, self.forward_button, self.slider, self.speed)
        ):
            widget.setMinimumHeight(28)
            self.controls.insertWidget(index, widget)

    # --- for subclasses --------------------------------------------------------------------------
    def end(self) -> float:
        """The last position (weeks, trials …)."""
        raise NotImplementedError

    def units_per_second(self) -> float:
        """How far the position moves in one second at normal speed."""
        raise NotImplementedError

    def show_position(self, position: float) -> None:
        """Redraw for `position` (called on every frame while playing)."""
        raise NotImplementedError

    # --- shared ----------------------------------------------------------------------------------
    def rebuild(self) -> None:
        super().rebuild()
        if self._built:
            self.slider.setRange(0, int(self.end() * self.SLIDER_SCALE))
            self.show_position(self._position)

    @property
    def position(self) -> float:
        return self._position

    @property
    def playing(self) -> bool:
        return self._playing

    def seek(self, position: float) -> None:
        position = min(max(position, 0.0), self.end()) if self._built else 0.0
        self._position = position
        if self._built:
            self.show_position(position)
        self.slider.blockSignals(True)
        self.slider.setValue(round(position * self.SLIDER_SCALE))
        self.slider.blockSignals(False)
        self.position_changed.emit(position)

    def step(self, direction: int) -> None:
        self.pause()
        self.seek(round(self._position) + direction)

    def play(self) -> None:
        if self._position >= self.end():
            self.seek(0.0)
        self._playing = True
        self._clock.start()
        if self.isVisible():
            self.timer.start()
        self._label_play_button()

    def pause(self) -> None:
        self._playing = False
        self.timer.stop()
        self._label_play_button()

    def toggle_play(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def _tick(self) -> None:
        elapsed = self._clock.restart() / 1000
        speed = self.speed.currentData() or 1.0
        self.seek(self._position + elapsed * speed * self.units_per_second())
        if self._position >= self.end():
            self.pause()

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.pause()
            self.seek(0.0)
        elif key == Qt.Key.Key_End:
            self.pause()
            self.seek(self.end())
        else:
            return False
        return True

    def _label_play_button(self) -> None:
        if self._playing:
            self.play_button.setText(translate("ChartPanel", "Pause"))
        else:
            self.play_button.setText(translate("ChartPanel", "Play"))

    def retranslate(self) -> None:
        super().retranslate()
        self._label_play_button()
        self.play_button.setAccessibleName(translate("ChartPanel", "Play or pause (Space)"))
        self.back_button.setAccessibleName(translate("ChartPanel", "Step back (Left arrow)"))
        self.back_button.setToolTip(self.back_button.accessibleName())
        self.forward_button.setAccessibleName(translate("ChartPanel", "Step forward (Right arrow)"))
        self.forward_button.setToolTip(self.forward_button.accessibleName())
        self.slider.setAccessibleName(translate("ChartPanel", "Position in the animation"))
        self.speed.setAccessibleName(translate("ChartPanel", "Speed"))

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._playing:
            self._clock.start()
            self.timer.start()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()  # nothing runs while nobody watches; play resumes when shown again
        super().hideEvent(event)

    def dispose(self) -> None:
        self.pause()
        super().dispose()

    def set_presentation(self, point_size: float | None) -> None:
        super().set_presentation(point_size)
        for widget in (self.play_button, self.back_button, self.forward_button, self.slider, self.speed):
            widget.setVisible(point_size is None)
