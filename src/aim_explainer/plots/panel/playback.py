"""Playback: a position that moves with real time, and the controls that play, pause, step, scrub and set
the speed. A chart that plays holds one; the chart draws, the playback says where.

The timer runs only while the chart is visible and playing; the position advances with the real time
elapsed, so a slow frame never slows the story down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGraphicsItem, QLabel, QPushButton, QSlider, QWidget

from aim_explainer.i18n import translate

if TYPE_CHECKING:
    from aim_explainer.plots._pg import pg

FRAME_MS = 16  # about 60 frames a second
SPEEDS = (0.5, 1.0, 2.0, 4.0)
CONTROL_HEIGHT = 28  # pixels: large enough to hit on a touch screen or with a shaky hand


def still_items_as_pictures(plot: pg.PlotItem, moving: tuple[QGraphicsItem, ...], on: bool) -> None:
    """While `on`, Qt keeps a picture of each item of `plot` (a pyqtgraph PlotItem) that does not move on every
    frame, and of its axes and legend, so that a frame repaints them by copying pixels instead of running their
    Python paint code; a picture is made again whenever its item changes. `moving` stay as they are. Only while
    playing: exporting a chart to SVG or PNG must draw every item itself."""
    mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
    still = [item for item in plot.items if item not in moving]
    still += [plot.getAxis(name) for name in ("left", "bottom")]
    if plot.legend is not None:
        still.append(plot.legend)
    for item in still:
        item.setCacheMode(mode)
        for child in item.childItems():
            if child not in moving:
                child.setCacheMode(mode)


class Playback(QObject):
    """The position of a chart that plays, from 0 to `end`, and the widgets that move it.

    `chart` is watched for being shown, hidden and re-translated; `keys_from` (the plot) for the keys:
    Space plays or pauses, Left and Right step, Home and End jump. Until the chart has drawn its data
    (`set_length`), the position stays at 0 and `on_position` is not called.
    """

    position_changed = Signal(float)

    def __init__(self, chart: QWidget, keys_from: QWidget, on_position: Callable[[float], None]) -> None:
        super().__init__(chart)
        self._chart = chart
        self._on_position = on_position
        self._end: float | None = None
        self._units_per_second = 1.0
        self._position = 0.0
        self._playing = False
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.play_button = QPushButton(chart)
        self.play_button.setCheckable(True)  # pressed while it plays: a screen reader says so (its words alone did not)
        self.play_button.clicked.connect(self.toggle)
        self.back_button = QPushButton("\u25c0", chart)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton("\u25b6", chart)
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.slider = QSlider(Qt.Orientation.Horizontal, chart)  # one step per week or repeat
        self.slider.setMinimumWidth(160)
        self.slider.valueChanged.connect(lambda value: self.seek(float(value)))
        self.speed = QComboBox(chart)
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}\u00d7", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        # its name: a screen reader on Linux names a combo box by the label it is the buddy of, else by its text ("1x")
        self.speed_label = QLabel(chart)
        self.speed_label.setBuddy(self.speed)
        for widget in self.widgets():
            widget.setMinimumHeight(CONTROL_HEIGHT)
        self.position_changed.connect(self._move_slider)
        chart.installEventFilter(self)
        keys_from.installEventFilter(self)
        self.play_button.installEventFilter(self)
        self._keys_from = keys_from
        # Called with True when frames start to run and False when they stop (see still_items_as_pictures).
        self.on_running: Callable[[bool], None] | None = None
        self.retranslate()

    def widgets(self) -> tuple[QWidget, ...]:
        """The controls, in the order they stand in the chart's row."""
        return (self.play_button, self.back_button, self.forward_button, self.slider, self.speed_label, self.speed)

    def set_controls_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)

    # --- the position ------------------------------------------------------------------------------
    def set_length(self, end: float | None, units_per_second: float = 1.0) -> None:
        """The last position (weeks, repeats …) and how far it moves in one second at normal speed.
        None: the chart has nothing drawn (no data, or taken apart); playing stops."""
        self._end = end
        self._units_per_second = units_per_second
        if end is None:
            self.pause()
            return
        self._position = min(self._position, end)
        self.slider.blockSignals(True)
        self.slider.setRange(0, round(end))
        self.slider.blockSignals(False)

    @property
    def end(self) -> float:
        return self._end or 0.0

    @property
    def position(self) -> float:
        return self._position

    @property
    def playing(self) -> bool:
        return self._playing

    def seek(self, position: float) -> None:
        self._position = min(max(position, 0.0), self._end) if self._end is not None else 0.0
        if self._end is not None:
            self._on_position(self._position)
        self.position_changed.emit(self._position)

    def step(self, direction: int) -> None:
        self.pause()
        self.seek(round(self._position) + direction)

    def play(self) -> None:
        if self._position >= self.end:
            self.seek(0.0)
        self._playing = True
        self._clock.start()
        if self._chart.isVisible():
            self._run(True)
        self._label_play_button()

    def pause(self) -> None:
        self._playing = False
        self._run(False)
        self._label_play_button()

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def _run(self, running: bool) -> None:
        if running == self.timer.isActive():
            return
        if running:
            self.timer.start()
        else:
            self.timer.stop()
        if self.on_running is not None:
            self.on_running(running)

    def _tick(self) -> None:
        elapsed = self._clock.restart() / 1000
        speed = self.speed.currentData() or 1.0
        self.seek(self._position + elapsed * speed * self._units_per_second)
        if self._position >= self.end:
            self.pause()

    def _move_slider(self, position: float) -> None:
        self.slider.blockSignals(True)  # the slider follows the position; it must not seek back
        self.slider.setValue(round(position))
        self.slider.blockSignals(False)

    # --- what it watches ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._keys_from and event.type() == QEvent.Type.KeyPress:
            # Type checker: a KeyPress event is a QKeyEvent; the filter's stubs give the base QEvent.
            return self._handle_key(event)  # type: ignore[arg-type]
        if watched is self._chart:
            if event.type() == QEvent.Type.Show and self._playing:
                self._clock.start()
                self._run(True)
            elif event.type() == QEvent.Type.Hide:
                self._run(False)  # nothing runs while nobody watches; play resumes when shown again
            elif event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
        if watched is self.play_button and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_play_width()  # a new text size or style sheet: the words take another width
        return False

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.pause()
            self.seek(0.0 if key == Qt.Key.Key_Home else self.end)
        else:
            return False
        return True

    def _label_play_button(self) -> None:
        self.play_button.setChecked(self._playing)
        if self._playing:
            self.play_button.setText(translate("Playback", "Pause"))
        else:
            self.play_button.setText(translate("Playback", "Play"))

    def _keep_play_width(self) -> None:
        """As wide as its wider word, in this language and text size: a button that changed width on every
        press moved the step buttons and the slider out from under the pointer."""
        self.play_button.ensurePolished()
        widths = []
        for word in (translate("Playback", "Play"), translate("Playback", "Pause")):
            self.play_button.setText(word)
            widths.append(self.play_button.sizeHint().width())
        self.play_button.setMinimumWidth(max(widths))
        self._label_play_button()

    def retranslate(self) -> None:
        self._keep_play_width()
        self.play_button.setAccessibleName(translate("Playback", "Play or pause (Space)"))
        self.back_button.setAccessibleName(translate("Playback", "Step back (Left arrow)"))
        self.back_button.setToolTip(self.back_button.accessibleName())
        self.forward_button.setAccessibleName(translate("Playback", "Step forward (Right arrow)"))
        self.forward_button.setToolTip(self.forward_button.accessibleName())
        self.slider.setAccessibleName(translate("Playback", "Position in the animation"))
        self.speed.setAccessibleName(translate("Playback", "Speed"))
        self.speed_label.setText(self.speed.accessibleName())
