"""The one typeface of the window, the charts, the slides and the handouts, bundled with the application.

DejaVu Sans (regular, bold and oblique, the faces the text uses) from resources/fonts, its licence beside it:
it has the Norwegian letters and the true minus sign, and with it text is set, and handouts break into pages,
the same on Windows, macOS and Linux, whatever fonts the machine has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from aim_explainer import paths

log = logging.getLogger(__name__)

FAMILY = "DejaVu Sans"
FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
LICENCE = "LICENSE-DejaVu.txt"

# Qt keeps application fonts for the life of the QGuiApplication; each face is added once per process.
_font_ids: dict[str, int] = {}


def register() -> list[int]:
    """Add the bundled faces to Qt's font database (needs a QGuiApplication); returns their ids.

    A face that cannot be loaded is logged, and Qt falls back to the machine's fonts for it."""
    for face in FACES:
        if face in _font_ids:
            continue
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", face)))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded; using the system's fonts", face)
        _font_ids[face] = font_id
    return [font_id for font_id in _font_ids.values() if font_id >= 0]


def font(point_size: float, bold: bool = False) -> QFont:
    """The bundled family in a size; every text the application sets starts from this."""
    register()
    result = QFont(FAMILY)
    result.setPointSizeF(point_size)
    result.setBold(bold)
    return result
