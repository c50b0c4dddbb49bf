"""Reading the data file: every failure to read it is a DataError naming the file, large files are refused
before pandas reads them, and the messages point at the cause (a separator, a header, a byte, a line)."""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.data import COLUMNS, DataError, load_study_data, load_with_fallback
from aim_explainer.core.data_file import MAX_BYTES, MAX_LINES
from aim_explainer.core.quantities import required_selectors

BUNDLED = paths.default_data_file()
TEXT = BUNDLED.read_text(encoding="utf-8")


def refused(path: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load_study_data(path, required_selectors())
    return info.value


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Opening `path` fails as it does for a user without read permission (tests also run as root)."""
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)


def test_a_file_that_cannot_be_read_is_a_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "unreadable.csv"
    path.write_text(TEXT, encoding="utf-8")
    deny_reading(monkeypatch, path)
    error = refused(path)
    assert len(error.problems) == 1
    assert str(path) in str(error)
    assert "Permission denied" in str(error)


def test_a_file_name_too_long_for_the_system_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 300 + ".csv")
    error = refused(path)
    assert str(path) in str(error)
    assert os.strerror(errno.ENAMETOOLONG) in str(error)


def test_an_unreadable_chosen_file_falls_back_to_the_bundled_data(tmp_path: Path, monkeypatch) -> None:
    chosen = tmp_path / "unreadable.csv"
    chosen.write_text(TEXT, encoding="utf-8")
    deny_reading(monkeypatch, chosen)
    data, problems = load_with_fallback(chosen, BUNDLED, required_selectors())
    assert data.path == BUNDLED
    assert "Permission denied" in str(problems[0])


def forbid_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("pandas must not parse a file that is refused for its size")

    monkeypatch.setattr(pd, "read_csv", fail)


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as f:  # sparse: just over the limit, written at once
        f.write(TEXT.encode())
        f.truncate(MAX_BYTES + 1)
    forbid_pandas(monkeypatch)
    error = refused(path)
    assert len(error.problems) == 1
    assert str(path) in str(error)
    assert "too large" in str(error)
    assert f"{MAX_BYTES // 1_000_000} MB" in str(error)


def test_a_file_with_too_many_lines_is_refused_before_it_is_parsed(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "long.csv"
    path.write_text(",".join(COLUMNS) + "\n" + "x\n" * MAX_LINES, encoding="utf-8")
    forbid_pandas(monkeypatch)
    error = refused(path)
    assert len(error.problems) == 1
    assert f"more than {MAX_LINES:,} lines" in str(error)


def test_the_bundled_file_is_far_inside_the_limits() -> None:
    assert BUNDLED.stat().st_size * 20 < MAX_BYTES
    assert TEXT.count("\n") * 20 < MAX_LINES


def test_a_row_repeated_many_times_gives_a_short_message(tmp_path: Path) -> None:
    lines = TEXT.splitlines(keepends=True)
    path = tmp_path / "repeated.csv"
    path.write_text("".join(lines) + lines[1] * 2_000, encoding="utf-8")
    message = str(refused(path))
    assert "all match" in message
    first = len(lines) + 1  # the first copy's row number: the file's rows and its header come before it
    assert f"rows 2, {first}, {first + 1}, {first + 2} and 1997 more all match" in message
    assert len(message) < 1_000


def test_many_problems_give_a_short_message(tmp_path: Path) -> None:
    lines = TEXT.splitlines(keepends=True)
    path = tmp_path / "bad.csv"
    path.write_text(lines[0] + "".join(line.replace(",yes", ",maybe") for line in lines[1:]), encoding="utf-8")
    error = refused(path)
    assert len(error.problems) > 100
    message = str(error)
    assert len(message.splitlines()) == 11
    assert message.splitlines()[-1] == f"… and {len(error.problems) - 10} more"


def test_a_huge_cell_is_not_repeated_in_full(tmp_path: Path) -> None:
    lines = TEXT.splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[COLUMNS.index("value")] = "x" * 100_000
    path = tmp_path / "wide.csv"
    path.write_text(lines[0] + ",".join(cells) + "".join(lines[2:]), encoding="utf-8")
    message = str(refused(path))
    assert "is not a number" in message
    assert len(message) < 2_000


def test_a_semicolon_separated_file_gets_one_problem_that_names_the_cause(tmp_path: Path) -> None:
    path = tmp_path / "semicolons.csv"
    path.write_text(TEXT.replace(",", ";"), encoding="utf-8")
    error = refused(path)
    assert len(error.problems) == 1
    assert error.problems[0].line == 1
    assert "semicolons" in str(error)


def test_a_capitalised_header_gets_one_problem_that_names_the_cause(tmp_path: Path) -> None:
    header, rest = TEXT.split("\n", 1)
    path = tmp_path / "capitals.csv"
    path.write_text(header.title() + "\n" + rest, encoding="utf-8")
    error = refused(path)
    assert len(error.problems) == 1
    assert error.problems[0].line == 1
    assert "lower case" in str(error)
    assert "'Study'" in str(error)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [("ø".encode("latin-1"), "not UTF-8"), (b"\x00", "NUL")],
    ids=["Latin-1", "NUL byte"],
)
def test_a_bad_byte_is_located_by_its_line(tmp_path: Path, bad: bytes, reason: str) -> None:
    lines = TEXT.encode().splitlines(keepends=True)
    lines[41] = lines[41].replace(b",", b"," + bad, 1)
    assert bad in lines[41]
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"".join(lines))
    error = refused(path)
    assert len(error.problems) == 1
    assert error.problems[0].line == 42
    assert reason in str(error)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert len(load_study_data(path, required_selectors()).rows) == TEXT.count("\n") - 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes as POSIX has them")
def test_a_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    """`--data <(cat file.csv)` passes a pipe: it was refused as "does not exist or is not a file"."""
    import threading

    pipe = tmp_path / "data.csv"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("w", encoding="utf-8") as writer:  # waits until the reader opens the pipe
            writer.write(TEXT)

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        data = load_study_data(pipe, required_selectors())
    finally:
        # Had the reader never opened the pipe, the writer would wait for ever: open it without waiting (the
        # text fits the pipe's buffer, so the writer finishes), then nothing outlives the test.
        release = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        feeder.join()
        os.close(release)
    assert data.rows == load_study_data(BUNDLED, required_selectors()).rows


def test_a_missing_file_and_a_folder_get_their_own_reasons(tmp_path: Path) -> None:
    assert "the file does not exist" in str(refused(tmp_path / "none.csv"))
    assert "it is a folder, not a file" in str(refused(tmp_path))
