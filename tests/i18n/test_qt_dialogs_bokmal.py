"""Qt's own dialogs read as Bokmål in the Bokmål interface: no Nynorsk from qtbase_nn, no English.

Qt ships no Bokmål catalogue, so the application loads Qt's Nynorsk one and our Bokmål override on top. These
tests open the dialogs the application opens (Qt's own widget-based save dialog, the print dialog and its
properties, the print preview, message boxes), read every text a user sees on them, and look for Nynorsk and
English words. A recording translator also lists every string the dialogs ask Qt to translate, so a string on a
tooltip or a page not opened here is still caught when the override lacks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeView,
    QWidget,
)

from aim_explainer.i18n import translate
from aim_explainer.ui import handout_dialog

# Words only Nynorsk uses, as qtbase_nn puts them on these dialogs ("Filnamn", "finst frå før", "Lagra" ...).
NYNORSK = re.compile(
    r"\b(frå|finst|lagra|filnamn|namn|skrivar|ikkje|eit|opna|høgre|ståande|liggjande|storleik|eigenskapar"
    r"|førehandsvis\w*|tommar|tilpassa|val|sjå|gøym\w*|byt|leit)\b",
    re.IGNORECASE,
)
# English that showed where Qt's Nynorsk catalogue has no entry, or would show with no catalogue at all.
ENGLISH = re.compile(
    r"\b(Look in|File name|Files of type|Save|Open|Cancel|Printer|Print|Properties|Options|Pages|Copies"
    r"|Folder|Date Modified|Size|Name|Yes|No|Details|already exists|Portrait|Landscape|Margins)\b"
)
# The contexts of Qt's dialogs that this application opens: every string they ask for must be in the override.
DIALOG_CONTEXTS = {
    "QAbstractFileIconProvider",
    "QCupsJobWidget",
    "QFileDialog",
    "QFileSystemModel",
    "QMessageBox",
    "QPageSetupWidget",
    "QPlatformTheme",
    "QPrintDialog",
    "QPrintPreviewDialog",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
}


def texts_of(dialog: QWidget) -> list[str]:
    """Every text a user sees on `dialog` and its widgets, with the shortcut marks (&) taken out."""
    found = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget is not dialog and not widget.isVisibleTo(dialog):
            continue
        found.append(widget.toolTip())
        found += [text for action in widget.actions() for text in (action.text(), action.toolTip())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            found += [str(widget.model().headerData(i, widget.orientation())) for i in range(widget.count())]
    return [text.replace("&", "") for text in found if text]


def not_bokmal(texts: list[str]) -> list[str]:
    return [text for text in texts if NYNORSK.search(text) or ENGLISH.search(text)]


def when_modal(qtbot, kind: type, act: Callable[[QDialog], None]) -> None:
    """Call `act` on the modal dialog of `kind` as soon as it shows (it runs its own event loop). The check
    comes back a limited number of times, so a dialog that never shows fails the test instead of hanging it."""
    tries = iter(range(500))

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if next(tries, None) is not None:
                QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def save_dialog(folder: Path) -> QFileDialog:
    """Qt's own save dialog as the application asks for one where the system has no native dialog."""
    dialog = QFileDialog(None, translate("HandoutDialog", "Save a handout as PDF"), str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(translate("HandoutDialog", "PDF files (*.pdf)"))
    return dialog


def test_the_checks_catch_nynorsk_and_english() -> None:
    assert not_bokmal(["Filnamn:", "a.pdf finst frå før.", "Lagra", "Skrivar", "Look in:"]) == [
        "Filnamn:",
        "a.pdf finst frå før.",
        "Lagra",
        "Skrivar",
        "Look in:",
    ]
    assert not_bokmal(["Filnavn:", "a.pdf finnes allerede.", "Lagre", "Skriver", "Se i:", "Type"]) == []


def test_save_dialog_is_bokmal(bokmal, qtbot, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "handout.pdf").write_bytes(b"%PDF-1.4")
    dialog = save_dialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)  # the column headers and each file's type too
    dialog.show()
    qtbot.waitExposed(dialog)
    files = dialog.findChild(QTreeView, "treeView")
    model, folder = files.model(), files.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(folder) == 2)  # the folder is read in the background
    kinds = [model.data(model.index(row, 2, folder)) for row in range(2)]
    texts = texts_of(dialog) + kinds
    assert {"Se i:", "Filnavn:", "Lagre", "Avbryt", "Navn", "Størrelse", "Sist endret"} <= set(texts)
    assert sorted(kinds) == ["Mappe", "PDF-dokument"]
    assert not_bokmal(texts) == []


def test_save_dialog_asks_in_bokmal_before_replacing(bokmal, qtbot, tmp_path: Path) -> None:
    existing = tmp_path / "handout.pdf"
    existing.write_bytes(b"%PDF-1.4 kept")
    dialog = save_dialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.selectFile(str(existing))
    asked: list[str] = []

    def answer_no(box: QDialog) -> None:
        asked.extend(texts_of(box))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)

    when_modal(qtbot, QMessageBox, answer_no)
    dialog.accept()
    assert "handout.pdf finnes allerede.\nVil du erstatte den?" in asked
    assert {"Ja", "Nei"} <= set(asked)
    assert not_bokmal(asked) == []
    assert existing.read_bytes() == b"%PDF-1.4 kept"


def test_print_dialog_is_bokmal(bokmal, qtbot) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith("&Valg"))
    qtbot.mouseClick(options, Qt.MouseButton.LeftButton)  # the copies, page range and layout options
    texts = texts_of(dialog)
    assert {"Skriver", "Navn:", "Egenskaper", "Skriv ut", "Avbryt", "Eksemplarer:", "Sider fra"} <= set(texts)
    assert not_bokmal(texts) == []


def test_printer_properties_are_bokmal(bokmal, qtbot) -> None:
    printer = QPrinter()  # kept: the dialog holds no reference of its own
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    properties = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Egenskaper")
    seen: list[str] = []

    def read_and_close(shown: QDialog) -> None:
        seen.extend(texts_of(shown))
        shown.reject()

    when_modal(qtbot, QDialog, read_and_close)
    qtbot.mouseClick(properties, Qt.MouseButton.LeftButton)
    assert {"Skriveregenskaper", "Side", "Sidestørrelse:", "Retning", "Stående", "Marger"} <= set(seen)
    assert not_bokmal(seen) == []


def test_print_preview_is_bokmal(bokmal, qtbot) -> None:
    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = texts_of(dialog)  # the toolbar's buttons say what they do in their tooltips
    assert {"Forhåndsvisning", "Neste side", "Tilpass til bredden", "Sideoppsett", "Skriv ut"} <= set(texts)
    assert not_bokmal(texts) == []


def test_the_handout_question_and_its_buttons_are_bokmal(bokmal, qtbot, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "summary.pdf").write_bytes(b"%PDF-1.4 kept")
    names = [str(tmp_path / "summary")]  # ".pdf" left off: our own question asks about summary.pdf
    monkeypatch.setattr(
        handout_dialog.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_args: ((names.pop(0) if names else ""), "")),
    )
    asked: list[str] = []

    def answer_no(box: QDialog) -> None:
        asked.extend(texts_of(box))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)

    when_modal(qtbot, QMessageBox, answer_no)
    assert handout_dialog.choose_file(None, tmp_path / "handout.pdf") is None
    assert "summary.pdf finnes allerede. Vil du erstatte den?" in asked
    assert {"Ja", "Nei"} <= set(asked)
    assert not_bokmal(asked) == []
