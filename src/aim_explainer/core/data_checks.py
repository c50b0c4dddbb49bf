"""The rules every row of a study data file must follow, and how a broken rule is reported.

core.data parses the rows and calls these: they are the one validator of the study data. A message names
file, line and field, and never repeats more of the file than a reader needs: a data file can be large.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aim_explainer.core.data import Row

MISSING = frozenset({"", "NA", "N/A", "NaN", "nan"})
NOT_A_NUMBER = frozenset({"NaN", "nan"})
RMDQ_MAX = Decimal(24)  # the widest RMDQ scale any trial here used; a bound for validation only
MAX_DIGITS = 12  # no study reports more significant digits; more is a typing or export error
LISTED = 10  # problems in a summary; the rest are counted
QUOTED = 40  # characters of a cell repeated in a message
# A plain decimal with ASCII digits: Decimal() also takes "1_6", "1e1", "Infinity" and other scripts' digits.
PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
DECIMAL_COMMA = re.compile(r"[+-]?[0-9]+,[0-9]+")


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
        shown = "\n".join(str(p) for p in self.problems[:LISTED])
        if len(self.problems) > LISTED:
            shown += f"\n… and {len(self.problems) - LISTED} more"
        super().__init__(shown)


def shortened(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text)} characters)"


def quoted(text: str) -> str:
    """A cell's text for a message, cut short: a cell can hold a whole file."""
    return f"'{text}'" if len(text) <= QUOTED else f"'{text[: QUOTED - 1]}…' ({len(text):,} characters)"


def listed(numbers: Sequence[int], limit: int = 4) -> str:
    """'2, 5, 9' or '2, 5, 9, 12 and 1996 more'."""
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown if len(numbers) <= limit else f"{shown} and {len(numbers) - limit} more"


def number(text: str, path: str, line: int, field: str, problems: list[Problem]) -> Decimal | None:
    """The decimal `text` holds, None when it marks a missing value, or None and a problem."""
    text = text.strip().replace("\u2212", "-")
    if text in MISSING:
        return None
    if not PLAIN_DECIMAL.fullmatch(text):
        hint = "write decimals with a point, like 2.5" if DECIMAL_COMMA.fullmatch(text) else "write it like -2.5"
        problems.append(Problem(path, line, field, f"{quoted(text)} is not a number: {hint}"))
        return None
    value = Decimal(text)
    if len(value.as_tuple().digits) > MAX_DIGITS:
        problems.append(Problem(path, line, field, f"{quoted(text)} has more than {MAX_DIGITS} significant digits"))
        return None
    return value


def missing_value(value_text: str) -> str | None:
    """Why a verified row's value counts as missing, or None when it is not missing."""
    text = value_text.strip()
    if text not in MISSING:
        return None
    if not text:
        return "the value is empty"
    if text in NOT_A_NUMBER:
        return f"'{text}' (not a number) marks a missing value"
    return f"'{text}' marks a missing value"


def check_row(row: Row, value_text: str, path: str, problems: list[Problem]) -> None:
    """The rules of one row, whose value was read from `value_text`."""

    def bad(field: str, message: str) -> None:
        problems.append(Problem(path, row.line, field, message))

    missing = missing_value(value_text)
    if row.verified and missing is not None:
        bad("value", f"{missing}, but a row marked verified=yes must have a value")
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
            for field, bound in (("value", value), ("ci_low", row.ci_low), ("ci_high", row.ci_high)):
                if bound is not None and abs(bound) > RMDQ_MAX:
                    bad(field, f"an RMDQ difference must lie between -24 and 24, not {bound}")
        elif (statistic in ("mean", "median") or statistic.startswith("central_value")) and not (
            0 <= value <= RMDQ_MAX
        ):
            bad("value", f"an RMDQ score must lie between 0 and 24, not {value}")


NUMBERS = ("value", "ci_low", "ci_high", "n")


def conflicting_repeats(rows: Iterable[Row], path: str) -> list[Problem]:
    """A row that describes the same thing as an earlier one with other numbers: which one is right?

    Identical repeats are harmless; rows the application needs are also checked one by one (core.data).
    """
    first: dict[tuple[object, ...], Row] = {}
    problems: list[Problem] = []
    for row in rows:
        key = (row.study, row.subgroup, row.arm, row.timepoint_weeks, row.measure, row.statistic)
        earlier = first.setdefault(key, row)
        differ = [f for f in NUMBERS if str(getattr(earlier, f)) != str(getattr(row, f))]
        if earlier is not row and differ:
            field = differ[0]
            there, here = (getattr(r, field) for r in (earlier, row))
            problems.append(
                Problem(
                    path,
                    row.line,
                    field,
                    f"{row.label} is also on line {earlier.line}, with {field} {there} there and {here} here",
                )
            )
    return problems
