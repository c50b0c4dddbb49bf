"""Reading a study data file into records: any failure to read it is a DataError naming the file and why.

The size and the number of lines are checked before pandas parses anything, so a huge file is refused at
once instead of freezing the application. The bytes are decoded here, so a bad byte is found by its line.
"""

from __future__ import annotations

import io
import stat
from pathlib import Path

from aim_explainer.core.data_checks import CONTEXT, DataError, Problem, quoted, say, shortened
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP, Message

COLUMNS = (
    "study",
    "subgroup",
    "arm",
    "timepoint_weeks",
    "measure",
    "statistic",
    "value",
    "ci_low",
    "ci_high",
    "n",
    "source",
    "verified",
)
MAX_BYTES = 5_000_000  # the bundled file is about 30 KB; a study data file this large is not one
MAX_LINES = 10_000  # the bundled file has under 200


def _refuse(path: Path, text: Message, line: int | None = None) -> DataError:
    return DataError([Problem(str(path), line, None, text)])


def _too_large(path: Path, size: int) -> DataError:
    template = QT_TRANSLATE_NOOP(
        "DataProblem", "the file is too large ({size} MB): a study data file may be at most {most} MB"
    )
    return _refuse(path, say(template, size=round(size / 1_000_000, 1), most=MAX_BYTES // 1_000_000))


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise _refuse(path, say(QT_TRANSLATE_NOOP("DataProblem", "the file does not exist")))
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise _refuse(path, say(QT_TRANSLATE_NOOP("DataProblem", "it is a folder, not a file")))
        # A pipe is read like a file: `--data <(cat file.csv)` passes one. A device or a socket is not.
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise _refuse(path, say(QT_TRANSLATE_NOOP("DataProblem", "it is a device or a socket, not a file")))
        size = path.stat().st_size  # 0 for a pipe: its size shows only when it is read, below
        if size > MAX_BYTES:
            raise _too_large(path, size)
        with path.open("rb") as f:
            content = f.read(MAX_BYTES + 1)  # no more than that, whatever the size said (a file can grow)
    except OSError as exc:  # no permission, a name too long, a disk error, ...
        # the system's own words for why, as it gives them
        reason = exc.strerror or str(exc)
        raise _refuse(
            path, say(QT_TRANSLATE_NOOP("DataProblem", "the file cannot be read: {reason}"), reason=reason)
        ) from exc
    if len(content) > MAX_BYTES:
        raise _too_large(path, len(content))
    if content.count(b"\n") > MAX_LINES:
        template = QT_TRANSLATE_NOOP(
            "DataProblem", "the file has more than {lines} lines: a study data file has a few hundred"
        )
        raise _refuse(path, say(template, lines=MAX_LINES))
    return content


def _decode(path: Path, content: bytes) -> str:
    try:
        text = content.decode("utf-8-sig")  # a byte order mark, as spreadsheets write, is fine
    except UnicodeDecodeError as exc:
        line = content.count(b"\n", 0, exc.start) + 1
        byte = content[exc.start]
        template = QT_TRANSLATE_NOOP(
            "DataProblem", "the file is not UTF-8 text: byte {byte} on this line; save it as UTF-8"
        )
        raise _refuse(path, say(template, byte=f"0x{byte:02x}"), line) from exc
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        template = QT_TRANSLATE_NOOP("DataProblem", "this line holds a NUL byte: the file is not a text file")
        raise _refuse(path, say(template), line)
    return text


def _header_problems(path: Path, names: list[str]) -> list[Problem]:
    """One problem naming the cause when the header's shape shows it, else one per missing column."""
    missing = [c for c in COLUMNS if c not in names]
    if not missing:
        return []
    shown = str(path)
    if len(names) == 1:
        separated = {
            ";": QT_TRANSLATE_NOOP(
                "DataProblem", "the columns are separated by semicolons: save the file with commas (CSV)"
            ),
            "\t": QT_TRANSLATE_NOOP(
                "DataProblem", "the columns are separated by tabs: save the file with commas (CSV)"
            ),
        }
        for separator, template in separated.items():
            if separator in names[0]:
                return [Problem(shown, 1, None, say(template))]
    written = {name.strip().lower(): name for name in names}
    if all(c in written for c in COLUMNS):
        # each name quoted as the language in force quotes: a list of quoted names, joined
        shown_names = [(f"name{i}", quoted(written[c])) for i, c in enumerate(missing[:3])]
        joined = ", ".join(f"{{{name}}}" for name, _ in shown_names) + (" …" if len(missing) > 3 else "")
        wrong = Message(CONTEXT, joined, tuple(shown_names))
        template = QT_TRANSLATE_NOOP(
            "DataProblem", "write the column names in lower case without spaces, like 'study', not {names}"
        )
        return [Problem(shown, 1, None, say(template, names=wrong))]
    template = QT_TRANSLATE_NOOP("DataProblem", "this required column is missing from the header")
    return [Problem(shown, 1, c, say(template)) for c in missing]


def read_records(path: Path) -> list[dict[str, str]]:
    """The rows of `path` as text by column name (header on line 1). Raises DataError."""
    # lazily: pandas costs a quarter of a second to import. It ships no type information the locked versions can
    # check against (pandas-stubs would be one more pin to keep in step): pyproject.toml lets its calls pass.
    import pandas as pd

    text = _decode(path, _read_bytes(path))
    options = {"dtype": str, "keep_default_na": False, "na_filter": False}
    try:
        # The header first: a wrong separator shows there, before the rows fail to split.
        header = pd.read_csv(io.StringIO(text), nrows=0, **options)
        problems = _header_problems(path, [str(c) for c in header.columns])
        if problems:
            raise DataError(problems)
        frame = pd.read_csv(io.StringIO(text), **options)
    except pd.errors.EmptyDataError as exc:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("DataProblem", "the file is empty"))) from exc
    except ValueError as exc:  # pandas' ParserError and its other complaints about the text
        template = QT_TRANSLATE_NOOP("DataProblem", "the file is not valid CSV: {reason}")
        raise _refuse(path, say(template, reason=shortened(str(exc).strip()))) from exc
    records: list[dict[str, str]] = frame.to_dict(orient="records")  # every cell is text: dtype=str above
    return records
