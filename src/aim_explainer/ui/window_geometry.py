"""Where the main window opens: its saved place if that is usable, else the default size centred on screen.

A saved geometry can be damaged, or come from a screen that is no longer there: Qt then restores an inverted
or tiny rectangle, or one mostly off screen, and the reader cannot reach the title bar to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 800
MIN_WIDTH, MIN_HEIGHT = 640, 480  # below this the chapters and charts cannot be read
VISIBLE_SHARE = 0.9  # at least this much of the window must lie on the screens' free area
DEFAULT_SCREEN_SHARE = 0.9  # the default window leaves a margin on a screen smaller than it


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def is_usable(window: QWidget) -> bool:
    """Large enough to read, and (nearly) all of it on the screens' available area."""
    if window.isMaximized() or window.isFullScreen():
        return True  # the window system places these
    rect = window.geometry()
    if not rect.isValid():
        return False
    screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    if rect.width() < min(MIN_WIDTH, available.width()) or rect.height() < min(MIN_HEIGHT, available.height()):
        return False
    visible = sum(_area(rect.intersected(s.availableGeometry())) for s in QGuiApplication.screens())
    return visible >= VISIBLE_SHARE * _area(rect)


def place_default(window: QWidget) -> None:
    """The default size (or less, on a small screen), centred on the primary screen."""
    available = QGuiApplication.primaryScreen().availableGeometry()

    def length(default: int, screen: int, least: int) -> int:
        # no margin on a screen no larger than the least readable window (a 1280×800 screen at 200 % display
        # scaling is 640×400): there a margin took 40 px of the Results chart's height
        return min(default, screen if screen <= least else int(screen * DEFAULT_SCREEN_SHARE))

    size = QSize(
        length(DEFAULT_WIDTH, available.width(), MIN_WIDTH), length(DEFAULT_HEIGHT, available.height(), MIN_HEIGHT)
    )
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    window.setGeometry(rect)


def restore(window: QWidget, saved: str) -> bool:
    """Restore `saved` (base64 of saveGeometry) if it gives a usable window; else place the default.

    Returns whether the saved geometry was used.
    """
    try:
        raw = QByteArray.fromBase64(saved.encode("ascii"))
    except UnicodeEncodeError:  # core.settings refuses these; a caller that skipped it must not crash the start
        raw = QByteArray()
    if not raw.isEmpty() and window.restoreGeometry(raw) and is_usable(window):
        return True
    place_default(window)
    return False
