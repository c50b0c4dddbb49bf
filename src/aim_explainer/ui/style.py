"""The application's look: the QSS template filled from the one palette, the theme and the text size."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from aim_explainer import fonts, paths
from aim_explainer.core.palette import TEXT_POINT_SIZE as BASE_POINT_SIZE
from aim_explainer.core.palette import THEMES, Theme
from aim_explainer.ui.application import application

LOOK_PROPERTY = "aim_explainer_look"  # on the QApplication: the (theme, scale) its style sheet was made for


def stylesheet(scale: float = 1.0, theme: Theme = Theme.STANDARD) -> str:
    template = paths.resource("styles", "base.qss").read_text(encoding="utf-8")
    focus = 3 if theme == Theme.HIGH_CONTRAST else 2  # px: the focus ring, thicker in high contrast
    values = {
        **THEMES[theme],
        # The family here too: Windows gives menus and menu bars their own system font, which the
        # application font does not replace (under Wine a serif one).
        "font_family": fonts.FAMILY,
        "font_size": f"{BASE_POINT_SIZE * scale:g}",
        "heading_size": f"{BASE_POINT_SIZE * scale * 1.3:g}",
        "focus_width": f"{focus}px",
        # the thicker focus border takes its width from the padding: a focused button keeps its size, so
        # nothing beside it moves when it is pressed (the play button moved the slider under the pointer)
        "focus_padding_v": f"{4 - (focus - 1)}px",
        "focus_padding_h": f"{12 - (focus - 1)}px",
        "focus_padding_tool_h": f"{10 - (focus - 1)}px",
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def colours_in_force() -> dict[str, str]:
    """The colours of the theme painted now (standard before any look is applied): for what is drawn by hand
    and must follow high contrast too, such as panels in a text and tinted table cells."""
    look = applied_look(application())
    return THEMES[Theme(look[0]) if look else Theme.STANDARD]


def applied_look(app: QApplication) -> tuple[str, float] | None:
    look = app.property(LOOK_PROPERTY)
    return (str(look[0]), float(look[1])) if look else None


def apply_look(app: QApplication, theme: Theme = Theme.STANDARD, scale: float = 1.0) -> None:
    """Palette, font and style sheet for a theme and text size. The look belongs to the application state
    (AppState.theme, AppState.text_scale); this only paints it, and only when it really changes, as
    restyling every widget is costly."""
    if applied_look(app) == (theme, scale):
        return
    # named first: widgets that redraw on the palette change below read the look in force from it
    app.setProperty(LOOK_PROPERTY, [theme, scale])
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
    # With a style sheet in force, QApplication.setFont does not reach widgets already polished;
    # the size has to live in the style sheet itself.
    app.setFont(fonts.font(BASE_POINT_SIZE * scale))  # the bundled family, for every widget and slide
    app.setStyleSheet(stylesheet(scale, theme))
