"""The application's look: the QSS template filled from the one palette, and the text size."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.core.palette import TEXT_POINT_SIZE as BASE_POINT_SIZE
from aim_explainer.core.palette import UI


def stylesheet(scale: float = 1.0) -> str:
    template = paths.resource("styles", "base.qss").read_text(encoding="utf-8")
    values = {**UI, "font_size": f"{BASE_POINT_SIZE * scale:g}", "heading_size": f"{BASE_POINT_SIZE * scale * 1.3:g}"}
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(UI["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(UI["surface"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(UI["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(UI["text"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(UI["accent"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(UI["accent"]))
    app.setPalette(palette)
    apply_text_scale(app, 1.0)


def apply_text_scale(app: QApplication, scale: float) -> None:
    # With a style sheet in force, QApplication.setFont does not reach widgets already polished;
    # the size has to live in the style sheet itself.
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale))
