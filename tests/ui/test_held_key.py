"""A clicker's key held a moment too long: the slides stop where the key was let go.

Under X a held key sends a repeat every few tens of milliseconds. A step change that takes longer than that let
repeats pile up in the queue, and the deck ran on to the last slide after the key was released. Repeats that
piled up while a step was drawn are dropped; a key still held keeps stepping, one step per pass of the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


class _Sentinel(QObject):
    """Posted after the key's events: once it arrives, every event posted before it has been handled."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = False

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.arrived = True


def _drain(qtbot) -> None:
    sentinel = _Sentinel()
    QCoreApplication.postEvent(sentinel, QEvent(QEvent.Type.User))
    qtbot.waitUntil(lambda: sentinel.arrived)


def _key(kind: QEvent.Type, key: Qt.Key, repeat: bool, sent_ms: int = 5000) -> QKeyEvent:
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat)
    event.setTimestamp(sent_ms)  # when the window system sent it, as X and Windows stamp their key events
    return event


def _hold_then_release(view, key: Qt.Key, queued_repeats: int) -> None:
    """The key goes down, the repeats the window system sent faster than a step is drawn wait in the queue, then
    the key comes up: all of it queued before the application sees any of it, as when the drawing fell behind."""
    QCoreApplication.postEvent(view, _key(QEvent.Type.KeyPress, key, False))
    for _ in range(queued_repeats):
        QCoreApplication.postEvent(view, _key(QEvent.Type.KeyPress, key, True))
    QCoreApplication.postEvent(view, _key(QEvent.Type.KeyRelease, key, False))


def test_held_page_down_stops_where_it_was_released(session, qtbot) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    assert len(controller.steps) > 30
    _hold_then_release(view, Qt.Key.Key_PageDown, queued_repeats=30)
    _drain(qtbot)
    released_at = controller.index
    assert 1 <= released_at <= 2  # the key went down once; the queued repeats are dropped, not played on
    _drain(qtbot)
    assert controller.index == released_at  # and nothing moves after the release
    assert view.title.text() == controller.step.title


def test_held_page_up_stops_too(session, qtbot) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    controller.go(len(controller.steps) - 1)
    last = controller.index
    _hold_then_release(view, Qt.Key.Key_PageUp, queued_repeats=30)
    _drain(qtbot)
    assert last - 2 <= controller.index < last


def test_a_key_still_held_keeps_stepping(session, qtbot) -> None:
    """Repeats that come one at a time, each after the last step was drawn, each move on: a held key still
    moves through the talk quickly."""
    _window, running = session
    view, controller = running.audience, running.controller
    qtbot.keyPress(view, Qt.Key.Key_PageDown)
    for second in range(5):  # a repeat a second after the last: far longer than a step takes to draw
        QCoreApplication.sendEvent(view, _key(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, True, 10_000 + 1000 * second))
        _drain(qtbot)
    qtbot.keyRelease(view, Qt.Key.Key_PageDown)
    assert controller.index == 6


def test_a_step_change_is_cheap(session, qtbot) -> None:
    """Forward through the whole clinician's deck and back: every step drawn, each well under a repeat's interval
    on average (X repeats about every 40 ms; it took 60 ms while every step re-set the style sheets, 2-5 ms now)."""
    window, running = session
    window.state.set_audience("clinician")
    view, controller = running.audience, running.controller
    for _ in range(len(controller.steps)):  # every chart made once: the first showing of a chart may take longer
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    clock = QElapsedTimer()
    clock.start()
    steps = 0
    while controller.index > 0:
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
        steps += 1
    per_step = clock.elapsed() / steps
    assert per_step < 40, f"a step change: {per_step:.1f} ms on average over {steps} steps"  # 60 ms before 372a679
