"""Screenshots and text written by a batch run go through the one file writer: a full disk names the file
and leaves no empty file, and a folder name that is not UTF-8 (as a Latin-1 locale passes æ, ø, å) is
written under exactly that name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from aim_explainer.core import atomic_file
from aim_explainer.core.atomic_file import FileWriteError
from aim_explainer.ui import capture


def test_a_full_disk_names_the_text_file_and_leaves_no_empty_file(make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window("nb")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.os, "write", full)
    with pytest.raises(FileWriteError) as caught:
        capture.write_text(window, tmp_path)
    first = tmp_path / "nb" / "background.txt"
    assert str(caught.value) == f"could not write {first}: the disk is full"
    assert list(first.parent.iterdir()) == [], "no 0-byte background.txt, no temporary file"


@pytest.mark.skipif(os.name != "posix", reason="byte file names as POSIX has them")
def test_screenshots_under_a_name_only_python_can_spell(make_window, tmp_path: Path) -> None:
    window = make_window("nb", start=True)
    folder = tmp_path / os.fsdecode(b"skjerm\xe6")
    written = capture.write_start_screens(window, folder)
    assert os.listdir(os.fsencode(tmp_path)) == [b"skjerm\xe6"]
    assert sorted(os.listdir(os.fsencode(folder))) == [b"en", b"nb"]
    for path in written:
        assert path.read_bytes().startswith(b"\x89PNG")
