"""Save as PDF asks before it replaces a file, also when the user leaves ".pdf" off the name and the file
that would be replaced is the one with ".pdf" added."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from aim_explainer.ui import handout_dialog

OLD = b"%PDF-1.4 a handout the user wants to keep"


@pytest.fixture
def chooser(monkeypatch):
    """The system's file chooser, answering with the given names in turn; it records where it started."""
    started: list[str] = []
    answers: list[str] = []

    def get_save_file_name(_parent, _title, start, _filter):
        started.append(start)
        return (answers.pop(0) if answers else ""), "PDF files (*.pdf)"

    monkeypatch.setattr(handout_dialog.QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    monkeypatch.setattr(handout_dialog, "choose_kind", lambda *_args, **_kw: "clinician")
    return answers, started


def answer_when_asked(qtbot, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Click `button` on the question as soon as it shows (it runs its own event loop). Until then the
    check comes back a limited number of times: writing a handout lets Qt handle events on the way."""
    tries = iter(range(500))

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_no_keeps_the_file_and_goes_back_to_the_chooser(make_window, tmp_path: Path, chooser, qtbot) -> None:
    window = make_window("en")
    answers, started = chooser
    existing = tmp_path / "summary.pdf"
    existing.write_bytes(OLD)
    answers.append(str(tmp_path / "summary"))  # ".pdf" left off; then the user cancels the chooser
    asked: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.No, asked)
    assert window.save_handout_pdf() is None
    assert len(asked) == 1
    assert "summary.pdf already exists" in asked[0]
    assert existing.read_bytes() == OLD
    assert started[1] == str(existing), "back in the chooser, at the name it asked about"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_yes_replaces_the_file(make_window, tmp_path: Path, chooser, qtbot) -> None:
    window = make_window("nb")
    answers, _started = chooser
    existing = tmp_path / "fagark.pdf"
    existing.write_bytes(OLD)
    answers.append(str(tmp_path / "fagark"))
    asked: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes, asked)
    assert window.save_handout_pdf() == existing
    assert len(asked) == 1
    assert "fagark.pdf" in asked[0]
    assert "finnes allerede" in asked[0], "asked in the application's language"
    assert len(PdfReader(existing).pages) == 2


def test_no_question_where_the_chooser_already_asked_or_nothing_is_replaced(
    make_window, tmp_path: Path, chooser, monkeypatch
) -> None:
    window = make_window("en")
    answers, _started = chooser
    (tmp_path / "typed.pdf").write_bytes(OLD)
    answers.extend([str(tmp_path / "typed.pdf"), str(tmp_path / "new")])

    def never(*_args, **_kw):
        raise AssertionError("no question expected")

    monkeypatch.setattr(handout_dialog.QMessageBox, "question", never)
    assert window.save_handout_pdf() == tmp_path / "typed.pdf"  # the chooser asked about that very name
    assert window.save_handout_pdf() == tmp_path / "new.pdf"
    assert len(PdfReader(tmp_path / "new.pdf").pages) == 2


def test_a_failed_write_is_shown_and_the_file_kept(make_window, tmp_path: Path, chooser, qtbot) -> None:
    window = make_window("en")
    answers, _started = chooser
    blocker = tmp_path / "a-file"
    blocker.write_bytes(OLD)
    answers.append(str(blocker / "summary.pdf"))
    shown: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Ok, shown)
    assert window.save_handout_pdf() is None
    assert len(shown) == 1
    assert "The handout could not be made" in shown[0]
    assert str(blocker / "summary.pdf") in shown[0]
    assert blocker.read_bytes() == OLD


@pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")
def test_a_read_only_file_is_kept_and_said_so_in_the_windows_language(
    make_window, tmp_path: Path, chooser, qtbot
) -> None:
    window = make_window("nb")
    answers, _started = chooser
    existing = tmp_path / "fagark.pdf"
    existing.write_bytes(OLD)
    existing.chmod(0o444)
    answers.append(str(existing))  # the chooser itself asked whether to replace it
    shown: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Ok, shown)
    assert window.save_handout_pdf() is None
    assert len(shown) == 1
    assert str(existing) in shown[0]
    assert "skrivebeskyttet" in shown[0]
    assert "could not" not in shown[0], "one language, not Norwegian and English mixed"
    assert existing.read_bytes() == OLD
