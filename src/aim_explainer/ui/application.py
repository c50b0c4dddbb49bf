"""The running QApplication, typed as one, and the busy pointer while it works."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The QApplication: `QApplication.instance()` is typed as the QCoreApplication (or None) it could be, while
    every window of this program lives in the QApplication that app.py (or a test's qtbot) made first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a widget exists only in a QApplication"
    return app


@contextmanager
def busy() -> Iterator[None]:
    """The wait pointer while a slow step runs (the Results charts' first build takes seconds on a clinic PC),
    the pointer as it was after, even when the step fails."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
