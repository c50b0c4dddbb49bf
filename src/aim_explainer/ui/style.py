"""The application's look: the QSS template filled from the one palette, the theme and the text size."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.core.palette import TEXT_POINT_SIZE as BASE_POINT_SIZE
from aim_explainer.core.palette import THEMES

_current = {"theme": "standard", "scale": 1.0}


def stylesheet(scale: float = 1.0, theme: str = "standard") -> str:
    template = paths.resource("styles", "base.qss").read_text(encoding="utf-8")
    values = {
        **THEMES[theme],
        "font_size": f"{BASE_POINT_SIZE * scale:g}",
        "heading_size": f"{BASE_POINT_SIZE * scale * 1.3:g}",
        "focus_width": "3px" if theme == "high_contrast" else "2px",
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def apply_style(app: QApplication, theme: str | None = None) -> None:
    """Palette and style sheet for `theme` (default: the one in force), at the current text size."""
    theme = theme or _current["theme"]
    _current["theme"] = theme
    colours = THEMES[theme]
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colours["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(colours["surface"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(colours["accent"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours["accent"]))
    app.setPalette(palette)
    apply_text_scale(app, _current["scale"])


def apply_text_scale(app: QApplication, scale: float) -> None:
    # With a style sheet in force, QApplication.setFont does not reach widgets already polished;
    # the size has to live in the style sheet itself.
    _current["scale"] = scale
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale, _current["theme"]))


def current_theme() -> str:
    return _current["theme"]


def current_scale() -> float:
    return _current["scale"]
