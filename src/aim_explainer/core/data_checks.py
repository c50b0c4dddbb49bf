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

from aim_explainer.core.translatable import (
    QT_TRANSLATE_NOOP,
    Argument,
    Message,
    NumberFormat,
    Translator,
    english,
    english_number,
    message,
)

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


CONTEXT = "DataProblem"  # the translation context of every data-file message


def say(template: str, **args: Argument) -> Message:
    """A data-file message; `template` is marked with QT_TRANSLATE_NOOP(CONTEXT, ...) where it is written."""
    return message(CONTEXT, template, **args)


# Where a problem is: the file, and the line and the field when the problem has them.
WHERE = {
    (False, False): QT_TRANSLATE_NOOP("DataProblem", "{file}: {problem}"),
    (True, False): QT_TRANSLATE_NOOP("DataProblem", "{file}, line {line}: {problem}"),
    (False, True): QT_TRANSLATE_NOOP("DataProblem", "{file}, field '{field}': {problem}"),
    (True, True): QT_TRANSLATE_NOOP("DataProblem", "{file}, line {line}, field '{field}': {problem}"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, located as precisely as the file allows.

    `text` is a Message, so the window can show it in the language in force (and again after a switch);
    str() is the plain English of the log and the command line.
    """

    path: str
    line: int | None
    field: str | None
    text: Message | str

    @property
    def message(self) -> str:
        """What is wrong, in English, without where."""
        return str(self.text)

    def located(self) -> Message:
        """The whole problem, where and what, as one message."""
        where = WHERE[(self.line is not None, self.field is not None)]
        args: dict[str, Argument] = {"file": self.path, "problem": self.text}
        if self.line is not None:
            args["line"] = str(self.line)  # a line number as an editor shows it, without a thousands mark
        if self.field is not None:
            args["field"] = self.field
        return say(where, **args)

    def render(self, translate: Translator = english, number: NumberFormat = english_number) -> str:
        return self.located().render(translate, number)

    def __str__(self) -> str:
        return self.render()


class DataError(Exception):
    """The data file cannot be used. `problems` lists every problem found (at least one)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(str(p) for p in self.problems[:LISTED])
        if len(self.problems) > LISTED:
            shown += f"\n… and {len(self.problems) - LISTED} more"
        super().__init__(shown)


def shortened(text: str, limit: int = 200) -> str:
    """Words from elsewhere (a parser's complaint) cut short; they are English whatever the language."""
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text)} characters)"


def quoted(text: str) -> Message:
    """A cell's text for a message, cut short: a cell can hold a whole file."""
    if len(text) <= QUOTED:
        return say(QT_TRANSLATE_NOOP("DataProblem", "'{text}'"), text=text)
    return say(
        QT_TRANSLATE_NOOP("DataProblem", "'{text}…' ({count} characters)"), text=text[: QUOTED - 1], count=len(text)
    )


def listed(numbers: Sequence[int], limit: int = 4) -> Message | str:
    """'2, 5, 9' or '2, 5, 9, 12 and 1996 more' (line numbers, written as an editor shows them)."""
    shown = ", ".join(str(n) for n in numbers[:limit])
    if len(numbers) <= limit:
        return shown
    return say(QT_TRANSLATE_NOOP("DataProblem", "{lines} and {more} more"), lines=shown, more=str(len(numbers) - limit))


def described(row: Row) -> Message | str:
    """What a row is about: study / subgroup / arm / week / measure / statistic (Row.label, translatable)."""
    if row.timepoint_weeks is None:
        return row.label
    head = " / ".join(p for p in (row.study, row.subgroup, row.arm) if p)
    tail = " / ".join(p for p in (row.measure, row.statistic) if p)
    return say(
        QT_TRANSLATE_NOOP("DataProblem", "{head} / week {week} / {tail}"),
        head=head,
        week=str(row.timepoint_weeks),
        tail=tail,
    )


def number(text: str, path: str, line: int, field: str, problems: list[Problem]) -> Decimal | None:
    """The decimal `text` holds, None when it marks a missing value, or None and a problem."""
    text = text.strip().replace("\u2212", "-")
    if text in MISSING:
        return None
    if not PLAIN_DECIMAL.fullmatch(text):
        if DECIMAL_COMMA.fullmatch(text):
            template = QT_TRANSLATE_NOOP("DataProblem", "{text} is not a number: write decimals with a point, like 2.5")
        else:
            template = QT_TRANSLATE_NOOP("DataProblem", "{text} is not a number: write it like -2.5")
        problems.append(Problem(path, line, field, say(template, text=quoted(text))))
        return None
    value = Decimal(text)
    if len(value.as_tuple().digits) > MAX_DIGITS:
        template = QT_TRANSLATE_NOOP("DataProblem", "{text} has more than {digits} significant digits")
        problems.append(Problem(path, line, field, say(template, text=quoted(text), digits=MAX_DIGITS)))
        return None
    return value


def missing_value(value_text: str) -> Message | None:
    """Why a verified row's value counts as missing, or None when it is not missing."""
    text = value_text.strip()
    if text not in MISSING:
        return None
    if not text:
        return say(
            QT_TRANSLATE_NOOP("DataProblem", "the value is empty, but a row marked verified=yes must have a value")
        )
    if text in NOT_A_NUMBER:
        template = QT_TRANSLATE_NOOP(
            "DataProblem",
            "'{text}' (not a number) marks a missing value, but a row marked verified=yes must have a value",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "DataProblem", "'{text}' marks a missing value, but a row marked verified=yes must have a value"
        )
    return say(template, text=text)


def check_row(row: Row, value_text: str, path: str, problems: list[Problem]) -> None:
    """The rules of one row, whose value was read from `value_text`."""

    def bad(field: str, template: str, **args: Argument) -> None:
        problems.append(Problem(path, row.line, field, say(template, **args)))

    missing = missing_value(value_text)
    if row.verified and missing is not None:
        problems.append(Problem(path, row.line, "value", missing))
    if (row.ci_low is None) != (row.ci_high is None):
        field = "ci_low" if row.ci_low is None else "ci_high"
        bad(field, QT_TRANSLATE_NOOP("DataProblem", "an interval needs both ci_low and ci_high"))
    if row.ci_low is not None and row.ci_high is not None:
        low, high = str(row.ci_low), str(row.ci_high)
        if row.ci_low > row.ci_high:
            bad("ci_low", QT_TRANSLATE_NOOP("DataProblem", "ci_low {low} is above ci_high {high}"), low=low, high=high)
        elif row.value is not None and not row.ci_low <= row.value <= row.ci_high:
            template = QT_TRANSLATE_NOOP("DataProblem", "{value} lies outside its interval {low} to {high}")
            bad("value", template, value=str(row.value), low=low, high=high)
    if row.timepoint_weeks is not None and not 0 <= row.timepoint_weeks <= 520:
        template = QT_TRANSLATE_NOOP("DataProblem", "{weeks} weeks is outside 0 to 520")
        bad("timepoint_weeks", template, weeks=str(row.timepoint_weeks))
    if row.value is None:
        return
    value, statistic = row.value, row.statistic
    shown = str(value)  # as the file writes it: the reader looks for it there
    if statistic == "count" and (value < 0 or value != value.to_integral_value()):
        bad(
            "value",
            QT_TRANSLATE_NOOP("DataProblem", "a count must be a whole number of 0 or more, not {value}"),
            value=shown,
        )
    elif statistic == "percent" and not 0 <= value <= 100:
        bad(
            "value",
            QT_TRANSLATE_NOOP("DataProblem", "a percentage must lie between 0 and 100, not {value}"),
            value=shown,
        )
    elif statistic.startswith("p_") and not 0 <= value <= 1:
        bad("value", QT_TRANSLATE_NOOP("DataProblem", "a P value must lie between 0 and 1, not {value}"), value=shown)
    elif statistic == "year" and not 1900 <= value <= 2100:
        bad("value", QT_TRANSLATE_NOOP("DataProblem", "{value} is not a plausible year"), value=shown)
    if row.measure.upper().startswith("RMDQ"):
        if "difference" in statistic or "mcid" in statistic.lower():
            for field, bound in (("value", value), ("ci_low", row.ci_low), ("ci_high", row.ci_high)):
                if bound is not None and abs(bound) > RMDQ_MAX:
                    template = QT_TRANSLATE_NOOP(
                        "DataProblem", "an RMDQ difference must lie between -24 and 24, not {value}"
                    )
                    bad(field, template, value=str(bound))
        elif (statistic in ("mean", "median") or statistic.startswith("central_value")) and not (
            0 <= value <= RMDQ_MAX
        ):
            bad(
                "value",
                QT_TRANSLATE_NOOP("DataProblem", "an RMDQ score must lie between 0 and 24, not {value}"),
                value=shown,
            )


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
            there, here = (str(getattr(r, field)) for r in (earlier, row))
            template = QT_TRANSLATE_NOOP(
                "DataProblem", "{row} is also on line {line}, with {field} {there} there and {here} here"
            )
            text = say(template, row=described(row), line=str(earlier.line), field=field, there=there, here=here)
            problems.append(Problem(path, row.line, field, text))
    return problems
