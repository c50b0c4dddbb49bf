"""File → Print… and File → Save as PDF…: choose a handout, then Qt's print dialog or a file name.
The printing package makes the pages; this module only asks the user."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aim_explainer import printing
from aim_explainer.core.atomic_file import FileWriteError
from aim_explainer.core.handout import KINDS
from aim_explainer.core.languages import endonym
from aim_explainer.i18n import message_text, translate
from aim_explainer.ui.app_state import AppState

log = logging.getLogger(__name__)


class HandoutDialog(QDialog):
    """Which handout: for patients or for health professionals. Remembers the last choice."""

    last_kind = KINDS[0]

    def __init__(self, language: str, printing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handout_dialog")
        self.setWindowTitle(
            translate("HandoutDialog", "Print a handout")
            if printing
            else translate("HandoutDialog", "Save a handout as PDF")
        )
        intro = QLabel(
            translate(
                "HandoutDialog", "Which handout? It is made in {language}, the language the application shows now."
            ).format(language=endonym(language)),
            self,
        )
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        texts = {
            "patient": translate(
                "HandoutDialog",
                "For patients: what was tested and found, what it means, what is still open, and three questions "
                "to ask (two pages)",
            ),
            "clinician": translate(
                "HandoutDialog",
                "For health professionals: the numbers with the subgroups, the comparison with the Danish trial "
                "and the references (two pages)",
            ),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in KINDS:
            button = QRadioButton(texts[kind], self)
            button.setChecked(kind == HandoutDialog.last_kind)
            self.choices.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("HandoutDialog", "Print…") if printing else translate("HandoutDialog", "Save…")
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def kind(self) -> str:
        return next(kind for kind, button in self.buttons.items() if button.isChecked())


def choose_kind(window: QWidget, state: AppState, printing: bool) -> str | None:
    dialog = HandoutDialog(state.language, printing, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        HandoutDialog.last_kind = dialog.kind()
        return dialog.kind()
    finally:
        dialog.deleteLater()


def _handout(state: AppState, kind: str) -> printing.HandoutInputs | None:
    """The handout `kind` as the application shows it now: its data and its language."""
    if state.data is None:  # the menu items wait for the data; this is only a safeguard
        return None
    return printing.handout_inputs(state.content_dir, kind, state.language, state.data)


def _failed(window: QWidget, exc: Exception) -> None:
    """Say why, in the window's language: a file that could not be written names itself and the reason."""
    if isinstance(exc, FileWriteError):
        log.error("the handout could not be made: %s", exc)  # expected: the reason is the whole story
        error = message_text(exc.message)
    elif isinstance(exc, printing.HandoutPrintError):
        log.error("the handout could not be made: %s", exc)
        error = message_text(exc.reason)
    else:
        log.error("the handout could not be made", exc_info=exc)
        error = str(exc)
    QMessageBox.warning(
        window,
        translate("HandoutDialog", "Handout"),
        translate("HandoutDialog", "The handout could not be made: {error}").format(error=error),
    )


def _say(window: QWidget, message: str) -> None:
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15000)


def print_handout(window: QWidget, state: AppState) -> bool:
    """Choose a handout, then a printer in Qt's print dialog, and print it. True when it was printed."""
    kind = choose_kind(window, state, printing=True)
    handout = _handout(state, kind) if kind is not None else None
    if handout is None:
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

    # The screen's resolution: the one the chart is laid out in, so it prints as vectors.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(printing.page_layout())
    printer.setDocName(handout.title)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(translate("HandoutDialog", "Print a handout"))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    try:
        rendered = printing.render(printer, handout)
    except Exception as exc:
        _failed(window, exc)
        return False
    _say(
        window,
        translate("HandoutDialog", "The handout went to the printer. Pages: {pages}.").format(pages=rendered.pages),
    )
    return True


def default_file_name(kind: str) -> str:
    names = {
        "patient": translate("HandoutDialog", "aim-trial-patient-handout.pdf"),
        "clinician": translate("HandoutDialog", "aim-trial-clinician-summary.pdf"),
    }
    return names[kind]


def save_handout_pdf(window: QWidget, state: AppState) -> Path | None:
    """Choose a handout and a file, and write the handout there as PDF. The file, when written."""
    kind = choose_kind(window, state, printing=False)
    if kind is None:
        return None
    handout = _handout(state, kind)
    if handout is None:
        return None
    path = choose_file(window, Path.home() / default_file_name(kind))
    if path is None:
        return None
    try:
        rendered = printing.write_pdf(path, handout)
    except Exception as exc:
        _failed(window, exc)
        return None
    _say(window, translate("HandoutDialog", "Saved {path}. Pages: {pages}.").format(path=path, pages=rendered.pages))
    return path


def choose_file(window: QWidget, start: Path) -> Path | None:
    """A PDF file name from the system's file chooser, ".pdf" added when left off, or None.

    The chooser asks before replacing the name the user typed; where ".pdf" is added only afterwards,
    this asks about the file that would really be replaced, and a No goes back to the chooser."""
    while True:
        name, _filter = QFileDialog.getSaveFileName(
            window,
            translate("HandoutDialog", "Save a handout as PDF"),
            str(start),
            translate("HandoutDialog", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        if name.lower().endswith(".pdf"):
            return Path(name)
        path = Path(f"{name}.pdf")
        if not path.exists() or _may_replace(window, path):
            return path
        start = path


def _may_replace(window: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        window,
        translate("HandoutDialog", "Save a handout as PDF"),
        translate("HandoutDialog", "{file} already exists. Do you want to replace it?").format(file=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
