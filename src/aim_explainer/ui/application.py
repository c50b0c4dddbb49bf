"""The running QApplication, typed as one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The QApplication: `QApplication.instance()` is typed as the QCoreApplication (or None) it could be, while
    every window of this program lives in the QApplication that app.py (or a test's qtbot) made first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a widget exists only in a QApplication"
    return app
