"""Help → About: the program's name and version, what it does, and how new its evidence is, read from the data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from aim_explainer import APP_NAME, __version__
from aim_explainer.core.formatting import format_number
from aim_explainer.core.story import evidence_year
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState


def about_text(state: AppState) -> str:
    text = translate(
        "AboutBox",
        "{name} {version}\n\nExplains the Norwegian AIM trial of antibiotics for long-lasting low back "
        "pain with Modic changes. Works without the internet and sends nothing anywhere.",
    ).format(name=APP_NAME, version=__version__)
    data = state.data
    year = evidence_year(data) if data is not None else None
    if year is not None:  # looked up in the data: the newest source it holds
        text += "\n\n" + translate("AboutBox", "Evidence up to {year}: the newest source in the data.").format(
            year=format_number(year, "en")  # a year has no decimal mark in any language
        )
    sources = [shown.source for key in ("aim_year", "danish_year") if (shown := find_value(data, key))]
    if sources:
        text += "\n\n" + translate("AboutBox", "Main sources:") + "\n" + "\n".join(f"\u2022 {s}" for s in sources)
    return text


def about_box(window: QWidget, state: AppState) -> QMessageBox:
    """The box over `window`, with the window's icon: the program as the reader knows it from the task bar."""
    box = QMessageBox(window)
    box.setWindowTitle(translate("AboutBox", "About"))
    box.setText(about_text(state))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    return box
