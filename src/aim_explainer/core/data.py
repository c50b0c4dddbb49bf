"""Load and validate the study data file, and hand out immutable rows.

Reading the file (core.data_file, the only user of pandas, imported when a file is read) and the rules of
a row (core.data_checks) live beside this module; this one puts them together and is what the rest uses.
The bundled file is read from the build's snapshot of it when that matches (core.snapshot), without pandas.
Numbers are kept as `Decimal` parsed from the file's own text, so "0.0" keeps its one decimal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aim_explainer.core.data_checks import (
    MISSING,
    RMDQ_MAX,
    DataError,
    Problem,
    check_row,
    conflicting_repeats,
    described,
    listed,
    number,
    say,
)
from aim_explainer.core.data_file import COLUMNS, read_records
from aim_explainer.core.snapshot import read_snapshot, write_snapshot
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP

__all__ = [  # the file's format and its problems are part of this module's face
    "COLUMNS",
    "LAY_SUMMARY_SOURCE",
    "MISSING",
    "RMDQ_MAX",
    "DataError",
    "Problem",
    "Row",
    "Selector",
    "StudyData",
    "build_snapshot",
    "load_bundled",
    "load_study_data",
    "load_with_fallback",
    "study_data_from_records",
]
LAY_SUMMARY_SOURCE = "AIM study team's Norwegian lay summary"  # how the data file cites it


@dataclass(frozen=True)
class Row:
    line: int
    study: str
    subgroup: str
    arm: str
    timepoint_weeks: Decimal | None
    measure: str
    statistic: str
    value: Decimal | None
    ci_low: Decimal | None
    ci_high: Decimal | None
    n: int | None
    source: str
    verified: bool

    @property
    def derived(self) -> bool:
        return self.source.lstrip().upper().startswith("DERIVED")

    @property
    def secondary(self) -> bool:
        return "SECONDARY" in self.source.upper()

    @property
    def lay_summary(self) -> bool:
        """Taken from the AIM team's lay summary, not from a research article."""
        return self.source.lstrip().startswith(LAY_SUMMARY_SOURCE)

    @property
    def showable(self) -> bool:
        """Verified rows with a value, and derived rows (which must then be labelled)."""
        return self.value is not None and (self.verified or self.derived)

    @property
    def label(self) -> str:
        parts = [self.study, self.subgroup, self.arm, self.measure, self.statistic]
        if self.timepoint_weeks is not None:
            parts.insert(3, f"week {self.timepoint_weeks}")
        return " / ".join(p for p in parts if p)


@dataclass(frozen=True)
class Selector:
    """Picks rows by their describing fields; None means any value."""

    study: str
    measure: str
    statistic: str
    subgroup: str | None = None
    arm: str | None = None
    timepoint_weeks: Decimal | None = None
    essential: bool = False  # the file is refused unless this row has a verified value (and interval)

    def matches(self, row: Row) -> bool:
        return (
            row.study == self.study
            and row.measure == self.measure
            and row.statistic == self.statistic
            and (self.subgroup is None or row.subgroup == self.subgroup)
            and (self.arm is None or row.arm == self.arm)
            and (self.timepoint_weeks is None or row.timepoint_weeks == self.timepoint_weeks)
        )

    def __str__(self) -> str:
        parts = [self.study, self.subgroup, self.arm, self.measure, self.statistic]
        return " / ".join(p for p in parts if p)


@dataclass(frozen=True)
class StudyData:
    path: Path
    rows: tuple[Row, ...]

    def find(self, selector: Selector) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if selector.matches(r))

    def one(self, selector: Selector) -> Row:
        found = self.find(selector)
        if len(found) != 1:
            raise KeyError(f"{selector}: {len(found)} rows match, expected 1")
        return found[0]


def _parse_row(record: Mapping[str, str], line: int, path: str, problems: list[Problem]) -> Row:
    def text(field: str) -> str:
        return (record.get(field) or "").strip()

    for field in ("study", "measure", "statistic", "source"):
        if not text(field):
            problems.append(Problem(path, line, field, say(QT_TRANSLATE_NOOP("DataProblem", "must not be empty"))))
    verified_text = text("verified").lower()
    if verified_text not in ("yes", "no"):
        template = QT_TRANSLATE_NOOP("DataProblem", "must be 'yes' or 'no', not '{text}'")
        problems.append(Problem(path, line, "verified", say(template, text=text("verified"))))
    n_number = number(text("n"), path, line, "n", problems)
    n_value: int | None = None
    if n_number is not None:
        if n_number < 0 or n_number != n_number.to_integral_value():
            template = QT_TRANSLATE_NOOP("DataProblem", "must be a whole number of 0 or more, not {value}")
            problems.append(Problem(path, line, "n", say(template, value=str(n_number))))
        else:
            n_value = int(n_number)
    row = Row(
        line=line,
        study=text("study"),
        subgroup=text("subgroup"),
        arm=text("arm"),
        timepoint_weeks=number(text("timepoint_weeks"), path, line, "timepoint_weeks", problems),
        measure=text("measure"),
        statistic=text("statistic"),
        value=number(text("value"), path, line, "value", problems),
        ci_low=number(text("ci_low"), path, line, "ci_low", problems),
        ci_high=number(text("ci_high"), path, line, "ci_high", problems),
        n=n_value,
        source=text("source"),
        verified=verified_text == "yes",
    )
    check_row(row, text("value"), path, problems)
    return row


def _essential_problems(row: Row, path: str) -> list[Problem]:
    """A row the application cannot do without must be shown, and a difference needs its interval."""
    if row.value is None or not row.showable:
        template = QT_TRANSLATE_NOOP("DataProblem", "{row} is needed, so it must have a verified value")
        return [Problem(path, row.line, "value", say(template, row=described(row)))]
    if "difference" in row.statistic and (row.ci_low is None or row.ci_high is None):
        template = QT_TRANSLATE_NOOP("DataProblem", "{row} is needed with its interval (ci_low and ci_high)")
        return [Problem(path, row.line, "ci_low", say(template, row=described(row)))]
    return []


def load_study_data(path: Path, required: Iterable[Selector] = ()) -> StudyData:
    """Read and validate `path`. Raises DataError listing every problem found."""
    return study_data_from_records(path, read_records(path), required)


def study_data_from_records(
    path: Path, records: Sequence[Mapping[str, str]], required: Iterable[Selector] = ()
) -> StudyData:
    """Validate the records read from `path` (by pandas, or from the build's snapshot of the bundled file):
    the one validator, whichever way the text was read. Raises DataError listing every problem found."""
    shown = str(path)
    problems: list[Problem] = []
    # line 1 is the header, so record i sits on line i + 2
    rows = tuple(_parse_row(rec, i + 2, shown, problems) for i, rec in enumerate(records))
    if not rows:
        template = QT_TRANSLATE_NOOP("DataProblem", "the file has a header but no rows")
        problems.append(Problem(shown, None, None, say(template)))
    problems += conflicting_repeats(rows, shown)
    data = StudyData(path=path, rows=rows)
    for selector in required:
        found = data.find(selector)
        if not found:
            template = QT_TRANSLATE_NOOP("DataProblem", "a required row is missing: {row}")
            problems.append(Problem(shown, None, None, say(template, row=str(selector))))
        elif len(found) > 1:
            template = QT_TRANSLATE_NOOP("DataProblem", "rows {lines} all match {row}")
            text = say(template, lines=listed([r.line for r in found]), row=str(selector))
            problems.append(Problem(shown, found[1].line, None, text))
        elif selector.essential:
            problems += _essential_problems(found[0], shown)
    if problems:
        raise DataError(problems)
    return data


def load_with_fallback(
    chosen: Path | None, bundled: Path, required: Iterable[Selector] = ()
) -> tuple[StudyData, tuple[Problem, ...]]:
    """The chosen file, or the bundled one and the problems that made the chosen one refused (() if none).

    A problem with the bundled file itself is not recoverable and raises DataError.
    """
    required = tuple(required)
    refused: tuple[Problem, ...] = ()
    if chosen is not None:
        try:
            return load_study_data(chosen, required), ()
        except DataError as exc:
            refused = exc.problems
    return load_bundled(bundled, required), refused


def load_bundled(path: Path, required: Iterable[Selector] = ()) -> StudyData:
    """The bundled data file, read from the build's snapshot when it matches the file (no pandas), else
    read with pandas; validated the same way either way. Raises DataError."""
    records = read_snapshot(path)
    if records is None:
        return load_study_data(path, required)
    return study_data_from_records(path, records, required)


def build_snapshot(path: Path, required: Iterable[Selector] = ()) -> Path:
    """At build time: read `path` with pandas, validate it, and write its snapshot. Raises DataError, so a
    build with a broken data file stops here."""
    records = read_records(path)
    study_data_from_records(path, records, required)
    return write_snapshot(path, records)
