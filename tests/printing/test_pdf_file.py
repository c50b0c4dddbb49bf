"""The handout's PDF is written whole or not at all: a failure leaves any earlier file as it was, leaves
no half-written file behind, and says which file and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter

from aim_explainer import paths, printing
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
    assert len(during) == 1
    assert len(during[0]) == 1, "a temporary file beside it"
    assert during[0][0].startswith(".handout.pdf.")
    assert rendered.pages == len(PdfReader(earlier).pages) == 2
    assert pdf_problem(earlier) == ""
    assert leftovers(earlier.parent, earlier) == [], "no temporary file is left"


def test_a_folder_that_cannot_be_made_is_named(handout, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "handout.pdf"
    with pytest.raises(printing.HandoutPrintError) as caught:
        printing.write_pdf(target, handout)
    assert str(caught.value) == f"could not write {target}: {blocker} is a file, not a folder"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_it_may_not_write_keeps_the_earlier_file(handout, earlier, monkeypatch) -> None:
    # As the operating system answers for a read-only folder, whatever user runs the tests (root included).
    real_open = Path.open

    def refuse_new_files(self: Path, mode: str = "r", *args, **kwargs):
        if "x" in mode or "w" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse_new_files)
    with pytest.raises(printing.HandoutPrintError, match="Permission denied") as caught:
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
    with pytest.raises(printing.HandoutPrintError, match=reason) as caught:
        printing.write_pdf(earlier, handout)
    assert str(earlier) in str(caught.value)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent, earlier) == []


@pytest.mark.parametrize("kept", [0, 0.5, 0.999])
def test_a_file_cut_short_is_refused_and_the_earlier_one_kept(handout, earlier, monkeypatch, kept) -> None:
    """A full disk: the writer believes it finished, but the file holds only part of the document."""
    real_write = pdf._write

    def cut_short(path: Path, inputs):
        rendered = real_write(path, inputs)
        whole = path.read_bytes()
        path.write_bytes(whole[: int(len(whole) * kept)])
        return rendered

    monkeypatch.setattr(pdf, "_write", cut_short)
    with pytest.raises(printing.HandoutPrintError, match="disk full") as caught:
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
