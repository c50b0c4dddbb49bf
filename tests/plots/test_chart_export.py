"""Saving a chart: a save that fails says which file and why, leaves no empty or cut-short file, and keeps
the file that was there before. The Save buttons say so in a message instead of raising."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from aim_explainer.core.content import CHAPTERS

OLD = b"the chart saved last week"


@pytest.fixture
def effect_chart(make_window):
    window = make_window("en")
    window.show_chapter("results")
    tab = window.chapter_tabs[CHAPTERS.index("results")]
    tab.show_page(1)
    QApplication.processEvents()
    return tab.chart("effect")


def only_file_left(folder: Path, name: str) -> None:
    assert [p.name for p in folder.iterdir()] == [name]  # no temporary file stays behind
    assert (folder / name).read_bytes() == OLD


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_save_writes_the_file_whole_and_nothing_else(effect_chart, tmp_path, suffix) -> None:
    path = tmp_path / f"effect.{suffix}"
    path.write_bytes(OLD)
    assert effect_chart.export(path) == path
    assert path.read_bytes() != OLD
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_picture_that_cannot_be_saved_raises_and_keeps_the_old_file(effect_chart, tmp_path, monkeypatch) -> None:
    path = tmp_path / "effect.png"
    path.write_bytes(OLD)
    monkeypatch.setattr(QImage, "save", lambda *args: False)
    with pytest.raises(OSError, match=r"effect\.png") as raised:
        effect_chart.export(path)
    assert "could not be written" in str(raised.value)
    only_file_left(tmp_path, "effect.png")


def test_a_cut_short_file_is_not_put_in_place(effect_chart, tmp_path, monkeypatch) -> None:
    """A full disk: the writer says it succeeded, but the file stops early."""

    def cut_short(image, device, *args) -> bool:
        device.write(b"\x89PNG\r\n\x1a\n")
        return True

    path = tmp_path / "effect.png"
    path.write_bytes(OLD)
    monkeypatch.setattr(QImage, "save", cut_short)
    with pytest.raises(OSError, match=r"effect\.png.*incomplete"):
        effect_chart.export(path)
    only_file_left(tmp_path, "effect.png")


def test_a_drawing_that_cannot_be_finished_raises_and_keeps_the_old_file(effect_chart, tmp_path, monkeypatch) -> None:
    finish = QPainter.end
    monkeypatch.setattr(QPainter, "end", lambda painter: finish(painter) and False)
    path = tmp_path / "effect.svg"
    path.write_bytes(OLD)
    with pytest.raises(OSError, match=r"effect\.svg.*could not be finished"):
        effect_chart.export(path)
    only_file_left(tmp_path, "effect.svg")


def test_a_folder_that_is_a_file_is_named_in_the_error(effect_chart, tmp_path) -> None:
    not_a_folder = tmp_path / "charts"
    not_a_folder.write_bytes(OLD)
    with pytest.raises(OSError, match=r"charts/effect\.svg"):
        effect_chart.export(not_a_folder / "effect.svg")
    only_file_left(tmp_path, "charts")


def test_the_save_button_tells_why_it_could_not_save(effect_chart, tmp_path, monkeypatch, qtbot) -> None:
    not_a_folder = tmp_path / "charts"
    not_a_folder.write_bytes(OLD)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(not_a_folder / "effect.png"), ""))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: told.append((title, text)))
    qtbot.mouseClick(effect_chart.png_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1
    title, text = told[0]
    assert title == "The chart was not saved"
    assert text.startswith(f"{not_a_folder / 'effect.png'} could not be saved: ")
    only_file_left(tmp_path, "charts")


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_name_only_python_can_spell_is_written_under_that_name(effect_chart, tmp_path, suffix) -> None:
    """A Latin-1 å in a UTF-8 system (as a Latin-1 locale's name reaches Qt): Qt never names the file."""
    folder = tmp_path / os.fsdecode(b"skjerm\xe6")
    path = folder / os.fsdecode(b"h\xe5ndout." + suffix.encode())
    effect_chart.export(path)
    assert os.listdir(os.fsencode(tmp_path)) == [b"skjerm\xe6"]
    assert os.listdir(os.fsencode(folder)) == [b"h\xe5ndout." + suffix.encode()]


@pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")
def test_a_read_only_file_is_not_replaced(effect_chart, tmp_path) -> None:
    path = tmp_path / "effect.png"
    path.write_bytes(OLD)
    path.chmod(0o444)
    with pytest.raises(OSError, match=r"effect\.png: the file is read-only"):
        effect_chart.export(path)
    only_file_left(tmp_path, "effect.png")
