"""Nothing outlives its test: a pytest plugin that fails a test which leaves Qt things behind.

A closed window that is never destroyed stays a top-level widget of the application, and every later
change of look or language re-lays and repaints it: the suite then slows with the square of its size, and a
test can pass or fail because of what an earlier one left. After each test (and after pytest-qt has closed the
widgets it was given) this check destroys what was closed, collects Python's cycles, and fails the test,
naming each leftover, if a new top-level widget, a running timer started during the test or an installed
translator remains. It then removes the leftovers, so one leak fails one test, not every later one.

Loaded by tests/conftest.py; tests/test_leak_check.py runs it on tests made to leak. Qt is imported only
inside the fixture: tests/core runs where PySide6 is absent.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest


def _destroy_what_was_closed(before: set[int]) -> list[object]:
    """Run the deletions that `deleteLater` queued (with no event loop running, Qt keeps them queued), then
    collect Python's cycles while that still removes windows; the top-level widgets not in `before` that remain.

    A full collection costs a tenth of a second in a large test process, so it runs only while something is left:
    pyqtgraph's menus have no parent and go only when their chart's Python side is collected."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    def new_ones() -> list[object]:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return [w for w in QApplication.topLevelWidgets() if id(w) not in before]

    for _ in range(3):  # a deletion can free another (a window's session, a session's views)
        if not new_ones():  # the list is dropped at once: holding it would keep them alive through the collection
            break
        gc.collect()
    return new_ones()


def _describe(widget: object) -> str:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    words = [type(widget).__name__]
    if widget.objectName():
        words.append(f"name={widget.objectName()!r}")
    if widget.windowTitle():
        words.append(f"title={widget.windowTitle()!r}")
    words.append("visible" if widget.isVisible() else "hidden")
    inside = sorted({type(child).__name__ for child in widget.findChildren(QWidget)})
    if inside:  # a widget with neither name nor title is known by what it holds
        words.append(f"holding {', '.join(inside[:6])}{' …' if len(inside) > 6 else ''}")
    return " ".join(words)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def nothing_outlives_the_test(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    try:
        from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QTranslator
        from PySide6.QtWidgets import QApplication
    except ImportError:  # the core tests without Qt
        yield
        return

    app = QApplication.instance()
    if isinstance(app, QApplication):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = {id(w) for w in QApplication.topLevelWidgets()} if isinstance(app, QApplication) else set()

    started: weakref.WeakSet[QTimer] = weakref.WeakSet()
    start = QTimer.start

    def start_and_remember(timer: QTimer, *args: object) -> None:
        started.add(timer)
        start(timer, *args)

    monkeypatch.setattr(QTimer, "start", start_and_remember)

    installed: dict[int, QTranslator] = {}
    install, remove = QCoreApplication.installTranslator, QCoreApplication.removeTranslator

    def install_and_remember(translator: QTranslator) -> bool:
        installed[id(translator)] = translator
        return install(translator)

    def remove_and_forget(translator: QTranslator) -> bool:
        installed.pop(id(translator), None)
        return remove(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(install_and_remember))
    monkeypatch.setattr(QCoreApplication, "removeTranslator", staticmethod(remove_and_forget))

    yield

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Every other fixture of the test is torn down by now, but pytest keeps their values until after this
    # teardown: a window a fixture returned would still hold its charts' Python side (and their menus).
    request.node.funcargs.clear()  # type: ignore[attr-defined] - a test function's fixture values
    left: list[str] = []
    for widget in _destroy_what_was_closed(before):
        left.append(f"top-level widget {_describe(widget)}")
        widget.close()  # hidden, so that it weighs on no later test; Python still owns it
    for timer in list(started):
        try:
            running = timer.isActive()
        except RuntimeError:  # its C++ side is gone: destroyed with its owner, as it should be
            continue
        if running:
            owner = timer.parent()
            owned_by = type(owner).__name__ if owner is not None else "nothing: a timer of its own"
            left.append(f"running QTimer every {timer.interval()} ms (owned by {owned_by})")
            timer.stop()
    for translator in installed.values():
        left.append(f"installed translator for {translator.language() or 'an unknown language'}")
        remove(translator)
    # A failed test's traceback keeps its frames, and with them what they made: that failure is the news.
    if left and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("the test left behind:\n  " + "\n  ".join(left), pytrace=False)
