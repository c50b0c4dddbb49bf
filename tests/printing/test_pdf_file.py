"""The handout's PDF is written whole or not at all: a failure leaves any earlier file as it was, leaves
no half-written file behind, and says which file and why."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter

from aim_explainer import paths, printing
from aim_explainer.core import atomic_file
from aim_explainer.core.atomic_file import FileWriteError
from aim_explainer.printing import pages, pdf
from aim_explainer.printing.pdf import pdf_problem

OLD = b"%PDF-1.4 the handout printed last week, which must survive a failed write"


@pytest.fixture
def handout(qapp, study_data) -> printing.HandoutInputs:
    # the clinician's page: one page and no chart, the quickest handout to write
    return printing.handout_inputs(paths.resource("content"), "clinician", "en", study_data, date(2026, 3, 9))


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    path = tmp_path / "handout.pdf"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


def test_a_new_handout_replaces_the_earlier_one_in_one_step(handout, earlier, monkeypatch) -> None:
    real_paint = pages._paint
    during: list[list[str]] = []

    def watching(painter, *args):
        # the new file is open and being painted: the earlier one is still whole under its own name
        assert earlier.read_bytes() == OLD
        during.append(leftovers(earlier.parent, earlier))
        return real_paint(painter, *args)

    monkeypatch.setattr(pages, "_paint", watching)
    rendered = printing.write_pdf(earlier, handout)
    assert during == [[]], "drawn in memory: no file is opened until the handout is whole"
    assert rendered.pages == len(PdfReader(earlier).pages) == 2
    assert pdf_problem(earlier) == ""
    assert leftovers(earlier.parent, earlier) == [], "no temporary file is left"


def test_a_folder_that_cannot_be_made_is_named(handout, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "handout.pdf"
    with pytest.raises(FileWriteError) as caught:
        printing.write_pdf(target, handout)
    assert str(caught.value) == f"could not write {target}: {blocker} is a file, not a folder"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_it_may_not_write_keeps_the_earlier_file(handout, earlier, monkeypatch) -> None:
    # As the operating system answers for a read-only folder, whatever user runs the tests (root included).
    real_open = os.open

    def refuse_new_files(path, flags: int, *args, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(atomic_file.os, "open", refuse_new_files)
    with pytest.raises(FileWriteError, match="permission denied") as caught:
        printing.write_pdf(earlier, handout)
    monkeypatch.undo()
    assert str(earlier) in str(caught.value)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent, earlier) == [], "no temporary file is left"


class RefusingPainter(QPainter):
    """A painter whose device will not open: a file that cannot be created or a printer gone away."""

    def begin(self, _device) -> bool:
        return False


class UnfinishedPainter(QPainter):
    """A painter that says it could not finish the document."""

    def end(self) -> bool:
        super().end()
        return False


@pytest.mark.parametrize(
    ("painter", "reason"),
    [(RefusingPainter, "could not be opened"), (UnfinishedPainter, "did not take the last page")],
)
def test_a_writer_that_fails_leaves_the_earlier_file(handout, earlier, monkeypatch, painter, reason) -> None:
    monkeypatch.setattr(pages, "QPainter", painter)
    with pytest.raises(FileWriteError, match=reason) as caught:
        printing.write_pdf(earlier, handout)
    assert str(earlier) in str(caught.value)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent, earlier) == []


@pytest.mark.parametrize("kept", [0, 0.5, 0.999])
def test_a_file_cut_short_is_refused_and_the_earlier_one_kept(handout, earlier, monkeypatch, kept) -> None:
    """The writer believes it finished, but holds only part of the document."""
    real_drawn = pdf._drawn

    def cut_short(inputs):
        rendered, whole = real_drawn(inputs)
        return rendered, whole[: int(len(whole) * kept)]

    monkeypatch.setattr(pdf, "_drawn", cut_short)
    with pytest.raises(FileWriteError, match="not drawn whole") as caught:
        printing.write_pdf(earlier, handout)
    assert str(earlier) in str(caught.value)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent, earlier) == []


def test_a_complete_pdf_is_told_from_a_damaged_one(handout, tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    printing.write_pdf(good, handout)
    whole = good.read_bytes()
    assert pdf_problem(good) == ""
    damaged = tmp_path / "damaged.pdf"
    cases = {
        b"": "is empty",
        whole[:-12]: "is incomplete",  # the end marker lost
        whole + b"\n\n  ": "",  # whitespace after the end marker is allowed
        whole[:100] + whole[300:]: "is damaged",  # a piece lost in the middle: the table moved
        b"<html>" + whole[6:]: "is incomplete",
    }
    for content, problem in cases.items():
        damaged.write_bytes(content)
        assert pdf_problem(damaged) == problem, problem
    assert "could not be read back" in pdf_problem(tmp_path / "missing.pdf")


def test_a_name_only_python_can_spell_is_written_under_that_name(handout, tmp_path: Path) -> None:
    """Under a Latin-1 locale Python spells å as one byte, Qt as two: here the name holds a byte that is not
    UTF-8 (as it reaches Qt from a Latin-1 locale); the handout must land under exactly that name."""
    folder = tmp_path / os.fsdecode(b"m\xe5ned")
    path = folder / os.fsdecode(b"h\xe5ndout.pdf")
    printing.write_pdf(path, handout)
    assert os.listdir(os.fsencode(tmp_path)) == [b"m\xe5ned"]
    assert os.listdir(os.fsencode(folder)) == [b"h\xe5ndout.pdf"]
    assert pdf_problem(path) == ""


def test_the_longest_legal_name_is_written(handout, tmp_path: Path) -> None:
    path = tmp_path / ("h" * 246 + ".pdf")  # 250 bytes; the temporary name once added 15 more
    printing.write_pdf(path, handout)
    assert pdf_problem(path) == ""
    assert leftovers(tmp_path, path) == []


@pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and file modes as POSIX has them")
def test_what_is_at_the_path_is_looked_at_first(handout, earlier, tmp_path: Path) -> None:
    earlier.chmod(0o444)
    with pytest.raises(FileWriteError, match="the file is read-only"):
        printing.write_pdf(earlier, handout)
    assert earlier.read_bytes() == OLD
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    with pytest.raises(FileWriteError, match=r"pipe \(FIFO\)"):
        printing.write_pdf(pipe, handout)
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "real.pdf")
    printing.write_pdf(link, handout)
    assert link.is_symlink()
    assert pdf_problem(tmp_path / "real.pdf") == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf", "link.pdf", "pipe.pdf", "real.pdf"]
