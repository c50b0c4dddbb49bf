"""Every file the application writes (settings, the data snapshot, handouts, charts, screenshots, text),
written whole or not at all, and only where an ordinary file belongs.

How a file is written, whoever writes it:

- First look at what is at the path. A symbolic link is followed: its target is written and the link
  kept. A folder, a device (/dev/null), a pipe or a socket is refused: replacing it by a file is never
  what the reader meant. A read-only file is refused (its mode bits say so, so this holds for root too),
  never replaced behind the reader's back.
- The bytes go to a new temporary file in the same folder, under a short ASCII name (.aim-1a2b3c4d.tmp):
  a name that is legal for the target stays legal for its temporary file (the longest names are 255 bytes),
  and nothing but Python ever names a file, so a name with æ, ø or å under a Latin-1 locale is spelt one
  way only. Qt's writers draw into memory and hand the bytes here.
- The temporary file is flushed to the disk (fsync) before it takes the target's name in one step
  (os.replace): a power cut or a kill leaves the old file or the new one, never half of either.
- An existing file keeps its mode; a new one gets the user's usual permissions (umask).
- On any failure the temporary file is removed, and FileWriteError names the file and the real reason,
  in words the interface can translate (see core.translatable).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from aim_explainer.core.translatable import QT_TRANSLATE_NOOP, Message, message

CONTEXT = "Files"  # the translation context of every message here
ATTEMPTS = 20  # temporary names tried before giving up: 32 random bits each, so one nearly always does
BINARY = getattr(os, "O_BINARY", 0)  # Windows opens in text mode unless told; elsewhere there is no such flag


class FileWriteError(OSError):
    """`path` was not written, for `reason` (the file there before, if any, is as it was)."""

    def __init__(self, path: Path, reason: Message | str, code: int | None = None) -> None:
        self.path, self.reason = path, reason
        self.message = message(
            CONTEXT, QT_TRANSLATE_NOOP("Files", "could not write {file}: {reason}"), file=shown(path), reason=reason
        )
        super().__init__(code, str(self.message), str(path))

    def __str__(self) -> str:  # one line, the file and the reason: not OSError's "[Errno 28] ..."
        return str(self.message)


def shown(path: Path | str) -> str:
    """`path` as one printable line: a newline or a tab in a name shows as \\n or \\t, and a byte that is not
    text in the file system's encoding as \\xe5, so printing it can neither fail nor break the line."""
    out = []
    for char in str(path):
        if char.isprintable():
            out.append(char)
        elif 0xDC80 <= ord(char) <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def _say(template: str, **args: str) -> Message:
    return message(CONTEXT, template, **args)


def reason_for(error: OSError) -> Message | str:
    """The reader's words for a failed system call: ours where we know the case, else the system's own."""
    code = error.errno
    if code == errno.ENOSPC:
        return _say(QT_TRANSLATE_NOOP("Files", "the disk is full"))
    if code == getattr(errno, "EDQUOT", None):
        return _say(QT_TRANSLATE_NOOP("Files", "the disk quota is used up"))
    if code in (errno.EACCES, errno.EPERM):
        return _say(QT_TRANSLATE_NOOP("Files", "permission denied"))
    if code == errno.EROFS:
        return _say(QT_TRANSLATE_NOOP("Files", "the disk is read-only"))
    if code == errno.ENAMETOOLONG:
        return _say(QT_TRANSLATE_NOOP("Files", "the name is too long"))
    if code == errno.ENOENT:
        return _say(QT_TRANSLATE_NOOP("Files", "the folder does not exist"))
    if code in (errno.ENOTDIR, errno.EEXIST):  # from making the folders: a file stands where one should be
        return _say(QT_TRANSLATE_NOOP("Files", "{name} is a file, not a folder"), name=_blocker(error.filename))
    if code == errno.EISDIR:
        return _say(QT_TRANSLATE_NOOP("Files", "it is a folder, not a file"))
    return error.strerror or str(error)


def _blocker(filename: object) -> str:
    """The file that stands where a folder of `filename` should be, as the reader will know it."""
    if isinstance(filename, (str, os.PathLike)):
        for place in (Path(filename), *Path(filename).parents):
            if place.exists() and not place.is_dir():
                return shown(place)
    return shown(str(filename))


def _kind_refused(mode: int) -> Message | None:
    """Why a file of this kind must not be replaced by a file, or None for an ordinary file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _say(QT_TRANSLATE_NOOP("Files", "it is a folder, not a file"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _say(QT_TRANSLATE_NOOP("Files", "it is a device, not a file"))
    if stat.S_ISFIFO(mode):
        return _say(QT_TRANSLATE_NOOP("Files", "it is a pipe (FIFO), not a file"))
    if stat.S_ISSOCK(mode):
        return _say(QT_TRANSLATE_NOOP("Files", "it is a socket, not a file"))
    return _say(QT_TRANSLATE_NOOP("Files", "it is not an ordinary file"))


def writable_target(path: Path) -> tuple[Path, int | None]:
    """Where writing `path` really writes (a link's target) and the mode of the file there (None: no file
    yet). Raises FileWriteError, touching nothing, when what is there must not be replaced."""
    if not str(path) or not path.name:  # "" and "." both come from an empty name on the command line
        raise FileWriteError(path, _say(QT_TRANSLATE_NOOP("Files", "no file name was given")))
    target = Path(os.path.realpath(path))  # a link's target, and the real folder it is in
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as error:  # a loop of links, a folder that may not be looked into
        raise FileWriteError(path, reason_for(error), error.errno) from error
    refused = _kind_refused(status.st_mode)
    if refused is not None:
        raise FileWriteError(path, refused)
    # The mode bits, not a trial open: root may write anything, yet a file marked read-only is the user's "no".
    if not status.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FileWriteError(path, _say(QT_TRANSLATE_NOOP("Files", "the file is read-only")))
    return target, stat.S_IMODE(status.st_mode)


def _new_temporary(folder: Path, new_mode: int) -> tuple[Path, int]:
    """A new, empty, exclusively created file in `folder` and its descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY
    for _ in range(ATTEMPTS):
        temporary = folder / f".aim-{secrets.token_hex(4)}.tmp"
        try:
            return temporary, os.open(temporary, flags, new_mode)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)  # may write less than asked (a signal, a pipe-like file system)
        view = view[written:]


def _sync_folder(folder: Path) -> None:
    """The rename on the disk too, where the system allows a folder to be synced (not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_file(path: Path, data: bytes, new_mode: int = 0o666) -> Path:
    """Write `data` to `path` whole or not at all (see the module's notes); returns `path`.
    `new_mode` is for a file that does not exist yet (the umask applies). Raises FileWriteError."""
    target, old_mode = writable_target(path)
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary, descriptor = _new_temporary(target.parent, new_mode)
        try:
            _write_all(descriptor, data)
            os.fsync(descriptor)  # on the disk before it replaces the old file, or a power cut can leave neither
        finally:
            os.close(descriptor)
        if old_mode is not None:
            os.chmod(temporary, old_mode)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise FileWriteError(path, reason_for(error), error.errno) from error
    finally:
        if temporary is not None:  # any failure, a KeyboardInterrupt included
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    _sync_folder(target.parent)
    return path


def write_text(path: Path, text: str, new_mode: int = 0o666) -> Path:
    """`text` as UTF-8, written as write_file writes."""
    return write_file(path, text.encode("utf-8"), new_mode)
