"""Load and validate the study data file, and hand out immutable rows.

pandas is imported inside `load_study_data` only, so importing this module costs nothing at start-up.
Numbers are kept as `Decimal` parsed from the file's own text, so "0.0" keeps its one decimal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

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
MISSING = frozenset({"", "NA", "N/A", "NaN", "nan"})
LAY_SUMMARY_SOURCE = "AIM study team's Norwegian lay summary"  # how the data file cites it
RMDQ_MAX = Decimal(24)  # the widest RMDQ scale any trial here used; a bound for validation only


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, located as precisely as the file allows."""

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [self.path]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}"


class DataError(Exception):
    """The data file cannot be used. `problems` lists every problem found (at least one)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(str(p) for p in self.problems[:10])
        more = len(self.problems) - 10
        if more > 0:
            shown += f"\n… and {more} more"
        super().__init__(shown)


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


def _number(text: str, path: str, line: int, field: str, problems: list[Problem]) -> Decimal | None:
    text = text.strip().replace("\u2212", "-")
    if text in MISSING:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        problems.append(Problem(path, line, field, f"'{text}' is not a number"))
        return None
    if not number.is_finite():
        problems.append(Problem(path, line, field, f"'{text}' is not a finite number"))
        return None
    return number


def _check_range(row: Row, path: str, problems: list[Problem]) -> None:
    def bad(field: str, message: str) -> None:
        problems.append(Problem(path, row.line, field, message))

    if row.verified and row.value is None:
        bad("value", "a row marked verified=yes must have a value")
    if (row.ci_low is None) != (row.ci_high is None):
        bad("ci_low" if row.ci_low is None else "ci_high", "an interval needs both ci_low and ci_high")
    if row.ci_low is not None and row.ci_high is not None:
        if row.ci_low > row.ci_high:
            bad("ci_low", f"ci_low {row.ci_low} is above ci_high {row.ci_high}")
        elif row.value is not None and not row.ci_low <= row.value <= row.ci_high:
            bad("value", f"{row.value} lies outside its interval {row.ci_low} to {row.ci_high}")
    if row.timepoint_weeks is not None and not 0 <= row.timepoint_weeks <= 520:
        bad("timepoint_weeks", f"{row.timepoint_weeks} weeks is outside 0 to 520")
    if row.value is None:
        return
    value, statistic = row.value, row.statistic
    if statistic == "count" and (value < 0 or value != value.to_integral_value()):
        bad("value", f"a count must be a whole number of 0 or more, not {value}")
    elif statistic == "percent" and not 0 <= value <= 100:
        bad("value", f"a percentage must lie between 0 and 100, not {value}")
    elif statistic.startswith("p_") and not 0 <= value <= 1:
        bad("value", f"a P value must lie between 0 and 1, not {value}")
    elif statistic == "year" and not 1900 <= value <= 2100:
        bad("value", f"{value} is not a plausible year")
    if row.measure.upper().startswith("RMDQ"):
        if "difference" in statistic or "mcid" in statistic.lower():
            for field, number in (("value", value), ("ci_low", row.ci_low), ("ci_high", row.ci_high)):
                if number is not None and abs(number) > RMDQ_MAX:
                    bad(field, f"an RMDQ difference must lie between -24 and 24, not {number}")
        elif (statistic in ("mean", "median") or statistic.startswith("central_value")) and not (
            0 <= value <= RMDQ_MAX
        ):
            bad("value", f"an RMDQ score must lie between 0 and 24, not {value}")


def _parse_row(record: dict[str, str], line: int, path: str, problems: list[Problem]) -> Row:
    def text(field: str) -> str:
        return (record.get(field) or "").strip()

    for field in ("study", "measure", "statistic", "source"):
        if not text(field):
            problems.append(Problem(path, line, field, "must not be empty"))
    verified_text = text("verified").lower()
    if verified_text not in ("yes", "no"):
        problems.append(Problem(path, line, "verified", f"must be 'yes' or 'no', not '{text('verified')}'"))
    n_number = _number(text("n"), path, line, "n", problems)
    n_value: int | None = None
    if n_number is not None:
        if n_number < 0 or n_number != n_number.to_integral_value():
            problems.append(Problem(path, line, "n", f"must be a whole number of 0 or more, not {n_number}"))
        else:
            n_value = int(n_number)
    row = Row(
        line=line,
        study=text("study"),
        subgroup=text("subgroup"),
        arm=text("arm"),
        timepoint_weeks=_number(text("timepoint_weeks"), path, line, "timepoint_weeks", problems),
        measure=text("measure"),
        statistic=text("statistic"),
        value=_number(text("value"), path, line, "value", problems),
        ci_low=_number(text("ci_low"), path, line, "ci_low", problems),
        ci_high=_number(text("ci_high"), path, line, "ci_high", problems),
        n=n_value,
        source=text("source"),
        verified=verified_text == "yes",
    )
    _check_range(row, path, problems)
    return row


def _read_table(path: Path) -> list[dict[str, str]]:
    import pandas as pd  # lazily: pandas costs a quarter of a second to import

    shown = str(path)
    if not path.is_file():
        raise DataError([Problem(shown, None, None, "the file does not exist or is not a file")])
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([Problem(shown, None, None, f"the file is not UTF-8 text ({exc.reason})")]) from exc
    except pd.errors.EmptyDataError as exc:
        raise DataError([Problem(shown, None, None, "the file is empty")]) from exc
    except pd.errors.ParserError as exc:
        raise DataError([Problem(shown, None, None, f"the file is not valid CSV: {exc}")]) from exc
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise DataError([Problem(shown, 1, c, "this required column is missing from the header") for c in missing])
    return frame.to_dict(orient="records")


def _essential_problems(row: Row, path: str) -> list[Problem]:
    """A row the application cannot do without must be shown, and a difference needs its interval."""
    if row.value is None or not row.showable:
        return [Problem(path, row.line, "value", f"{row.label} is needed, so it must have a verified value")]
    if "difference" in row.statistic and (row.ci_low is None or row.ci_high is None):
        return [Problem(path, row.line, "ci_low", f"{row.label} is needed with its interval (ci_low and ci_high)")]
    return []


def load_study_data(path: Path, required: Iterable[Selector] = ()) -> StudyData:
    """Read and validate `path`. Raises DataError listing every problem found."""
    shown = str(path)
    records = _read_table(path)
    problems: list[Problem] = []
    # line 1 is the header, so record i sits on line i + 2
    rows = tuple(_parse_row(rec, i + 2, shown, problems) for i, rec in enumerate(records))
    if not rows:
        problems.append(Problem(shown, None, None, "the file has a header but no rows"))
    data = StudyData(path=path, rows=rows)
    for selector in required:
        found = data.find(selector)
        if not found:
            problems.append(Problem(shown, None, None, f"a required row is missing: {selector}"))
        elif len(found) > 1:
            lines = ", ".join(str(r.line) for r in found)
            problems.append(Problem(shown, found[1].line, None, f"rows {lines} all match {selector}"))
        elif selector.essential:
            problems += _essential_problems(found[0], shown)
    if problems:
        raise DataError(problems)
    return data


def load_with_fallback(chosen: Path | None, bundled: Path, required: Iterable[Selector] = ()) -> tuple[StudyData, str]:
    """The chosen file, or the bundled one and the reason the chosen one was refused ("" if none).

    A problem with the bundled file itself is not recoverable and raises DataError.
    """
    required = tuple(required)
    warning = ""
    if chosen is not None:
        try:
            return load_study_data(chosen, required), ""
        except DataError as exc:
            warning = str(exc)
    return load_study_data(bundled, required), warning
