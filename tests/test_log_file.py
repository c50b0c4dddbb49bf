"""A log file that cannot be written (a full disk) is said once, in one line, and then left alone: no
"--- Logging error ---" and traceback for every record."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from aim_explainer.diagnostics import LogFile


class FullDisk:
    """A log stream on a full disk: it can say where it is, but takes no more text."""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def tell(self) -> int:
        return 0

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_full_log_disk_is_said_once_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "aim-explainer.log"
    handler = LogFile(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.stream.close()
    handler.stream = FullDisk()
    logger = logging.getLogger("aim_explainer.test_log_file")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(3):
            logger.warning("record %d", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert err.splitlines() == [f"cannot write the log file {path}: the disk is full; going on without it"]


def test_a_name_that_is_not_text_is_logged_not_an_error(monkeypatch, tmp_path: Path, capsys) -> None:
    # A handout written under a Latin-1 name on a UTF-8 system: the name holds a byte that is not UTF-8.
    from aim_explainer import diagnostics, paths

    monkeypatch.setattr(paths, "log_file", lambda: tmp_path / "aim-explainer.log")
    # Not to pytest's capture as well: a parallel worker cannot send a report that holds such a name.
    monkeypatch.setattr(diagnostics.log, "propagate", False)
    before = list(diagnostics.log.handlers)
    path = diagnostics.setup_logging()
    try:
        diagnostics.log.info("wrote the handout to %s", tmp_path / os.fsdecode(b"h\xe5ndout.pdf"))
    finally:
        for handler in diagnostics.log.handlers[len(before) :]:
            diagnostics.log.removeHandler(handler)
            handler.close()
    assert path is not None
    assert "h\\udce5ndout.pdf" in path.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err
