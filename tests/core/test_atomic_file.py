"""The one way every file is written: whole or not at all, only over an ordinary file the reader may change,
through a link to its target, with the old file's mode, and with no temporary file left after any failure.

Real file types throughout (a link, a FIFO, a socket, a read-only file); the read-only check holds as root,
where chmod does not stop a write, because it reads the mode bits."""

from __future__ import annotations

import errno
import os
import socket
import stat
from pathlib import Path

import pytest

from aim_explainer.core import atomic_file
from aim_explainer.core.atomic_file import FileWriteError, shown, write_file, write_text

OLD = b"the file that was there before"
POSIX = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and sockets as POSIX has them")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_is_written_whole_with_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "out.txt"
    assert write_text(path, "hei på deg\n") == path
    assert path.read_bytes() == "hei på deg\n".encode()
    assert names(path.parent) == ["out.txt"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@POSIX
def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    path.write_bytes(OLD)
    path.chmod(0o640)
    write_file(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@POSIX
def test_a_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real" / "settings.json"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink(), "the link is still a link"
    assert real.read_bytes() == b"new"
    assert names(tmp_path) == ["real", "settings.json"]
    assert names(real.parent) == ["settings.json"], "the temporary file was beside the target"


@POSIX
def test_a_link_to_no_file_yet_makes_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.pdf"
    link.symlink_to(tmp_path / "target.pdf")
    write_file(link, b"new")
    assert link.is_symlink()
    assert (tmp_path / "target.pdf").read_bytes() == b"new"


@POSIX
def test_a_read_only_file_is_refused_and_kept_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    path.write_bytes(OLD)
    path.chmod(0o444)
    with pytest.raises(FileWriteError) as caught:
        write_file(path, b"new")
    assert str(caught.value) == f"could not write {path}: the file is read-only"
    assert path.read_bytes() == OLD
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert names(tmp_path) == ["handout.pdf"]


def _bound_socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:  # the socket file stays after the socket is closed
        server.bind(str(path))


@POSIX
@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (os.mkfifo, "it is a pipe (FIFO), not a file"),
        (os.mkdir, "it is a folder, not a file"),
        (lambda path: _bound_socket(path), "it is a socket, not a file"),
    ],
)
def test_what_is_not_an_ordinary_file_is_refused_untouched(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "x"
    make(path)
    before = os.stat(path)
    with pytest.raises(FileWriteError) as caught:
        write_file(path, b"new")  # a FIFO opened for writing would wait for a reader: it is never opened
    assert str(caught.value) == f"could not write {path}: {reason}"
    after = os.stat(path)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert names(tmp_path) == ["x"]


@POSIX
def test_a_link_to_a_device_is_refused_without_writing_to_it(tmp_path: Path) -> None:
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    link = tmp_path / "handout.pdf"
    link.symlink_to("/dev/null")
    with pytest.raises(FileWriteError, match="it is a device, not a file"):
        write_file(link, b"new")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "still the device"
    assert names(tmp_path) == ["handout.pdf"]


def test_a_block_device_is_refused_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_stat = os.stat
    fake = os.stat_result((stat.S_IFBLK | 0o660, *real_stat(tmp_path)[1:]))
    monkeypatch.setattr(atomic_file.os, "stat", lambda path, *args, **kwargs: fake)
    with pytest.raises(FileWriteError, match="it is a device, not a file"):
        write_file(tmp_path / "sda", b"new")
    monkeypatch.undo()
    assert names(tmp_path) == []


@pytest.mark.parametrize("name", ["", "."])
def test_no_file_name_is_said_so(name: str) -> None:
    with pytest.raises(FileWriteError, match="no file name was given"):
        write_file(Path(name), b"new")


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(OLD)
    for target in (blocker / "out.txt", blocker / "deeper" / "out.txt"):
        with pytest.raises(FileWriteError) as caught:
            write_file(target, b"new")
        assert str(caught.value) == f"could not write {target}: {blocker} is a file, not a folder"
    assert blocker.read_bytes() == OLD


def test_a_full_disk_names_the_file_and_leaves_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "background.txt"
    path.write_bytes(OLD)

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.os, "write", full)
    with pytest.raises(FileWriteError) as caught:
        write_file(path, b"new")
    assert str(caught.value) == f"could not write {path}: the disk is full"
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["background.txt"], "no temporary file, no empty file"


def test_a_full_disk_leaves_no_empty_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic_file.os, "fsync", lambda descriptor: (_ for _ in ()).throw(OSError(errno.ENOSPC, "")))
    with pytest.raises(FileWriteError, match="the disk is full"):
        write_file(tmp_path / "background.txt", b"new")
    assert names(tmp_path) == []


@pytest.mark.parametrize("failure", [KeyboardInterrupt, MemoryError])
def test_no_temporary_file_survives_any_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(OLD)

    def stopped(*args: object) -> None:
        raise failure

    monkeypatch.setattr(atomic_file.os, "replace", stopped)
    with pytest.raises(failure):
        write_file(path, b"new")
    assert names(tmp_path) == ["settings.json"]
    assert path.read_bytes() == OLD


def test_the_longest_legal_name_still_works(tmp_path: Path) -> None:
    """The temporary name is short and its own: a 250-byte name with a 15-byte suffix was too long."""
    path = tmp_path / ("å" * 123 + ".txt")  # 250 bytes in UTF-8
    assert len(os.fsencode(path.name)) == 250
    write_file(path, b"new")
    assert path.read_bytes() == b"new"
    assert names(tmp_path) == [path.name]


def test_the_temporary_file_is_beside_the_target_with_a_short_ascii_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def watching(source: Path, target: Path) -> None:
        seen.append(Path(source).name)
        assert Path(source).parent == Path(target).parent
        real_replace(source, target)

    monkeypatch.setattr(atomic_file.os, "replace", watching)
    write_file(tmp_path / "håndout.pdf", b"new")
    assert len(seen) == 1
    assert seen[0].startswith(".aim-")
    assert seen[0].endswith(".tmp")
    assert seen[0].isascii()
    assert len(seen[0]) <= 17


def test_a_shown_path_is_one_printable_line() -> None:
    assert shown(Path("/tmp/hånd\nout.pdf")) == "/tmp/hånd\\nout.pdf"
    assert shown(os.fsdecode(b"/tmp/h\xe5ndout.pdf")) in ("/tmp/h\\xe5ndout.pdf", "/tmp/håndout.pdf")
    assert "\n" not in str(FileWriteError(Path("a\nb"), "why"))
