"""Qt's own dialogs under our style sheet: every button is wide enough for its words, in Bokmål (the longer
words) at normal and double text size. A minimum width in the style sheet replaced the buttons' own minimum, so
the print dialog's layout squeezed "Egenskaper" to a part of its word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from aim_explainer.ui import style

PADDING = 2 * 12  # px: the style sheet's padding left and right of a button's words


PRINTER: list[QPrinter] = []  # a dialog keeps no reference to its printer: the test must


def print_dialog() -> QDialog:
    PRINTER[:] = [QPrinter()]
    return QPrintDialog(PRINTER[0])


def file_dialog() -> QDialog:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def message_box() -> QDialog:
    box = QMessageBox(QMessageBox.Icon.Question, "", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    return box


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("make", [print_dialog, file_dialog, message_box])
def test_every_button_of_qt_dialogs_fits_its_words(
    qapp, bokmal, qtbot, make: Callable[[], QDialog], scale: float
) -> None:
    style.apply_look(qapp, scale=scale)
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()  # shown, not exec'd: laid out as the reader would see it
    QApplication.processEvents()
    try:
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.text()]
        assert buttons
        for button in buttons:
            words = button.text().replace("&", "")
            needed = button.fontMetrics().horizontalAdvance(words)
            assert needed <= button.width() - PADDING, f"{words!r}: {needed} px in a {button.width()} px button"
    finally:
        dialog.close()
