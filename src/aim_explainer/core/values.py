"""The one lookup of a study value as the screen shows it: sign convention applied, status and source attached.

The data keeps the published form: amoxicillin minus placebo, so a negative number favours amoxicillin
(lower RMDQ means less disability). The screen speaks of "points better with amoxicillin", which negates
the estimate and swaps the bounds: -0.5 (-2.0 to 1.0) becomes 0.5 (-1.0 to 2.0). That rule lives in
`study_value` alone; text, charts, tables, sources and handouts all ask it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from aim_explainer.core.citations import readable_citation
from aim_explainer.core.data import Row, StudyData
from aim_explainer.core.quantities import BY_KEY
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP


class SourceStatus(Enum):
    """How well a source backs a number or a fact. `wording` is English; views translate it in the
    context "SourceStatus" (one wording for every view)."""

    PRIMARY = QT_TRANSLATE_NOOP("SourceStatus", "Verified in the primary source")
    SECONDARY = QT_TRANSLATE_NOOP("SourceStatus", "Verified in a secondary source")
    LAY_SUMMARY = QT_TRANSLATE_NOOP("SourceStatus", "Stated in the AIM team's lay summary")
    DERIVED = QT_TRANSLATE_NOOP("SourceStatus", "Derived (calculated from verified numbers)")
    NOT_FOUND = QT_TRANSLATE_NOOP("SourceStatus", "Not found in the sources")
    UNVERIFIED = QT_TRANSLATE_NOOP("SourceStatus", "Not verified, so not shown")

    @property
    def wording(self) -> str:
        return self.value

    @property
    def found(self) -> bool:
        """The sources give it, and we may show it."""
        return self not in (SourceStatus.NOT_FOUND, SourceStatus.UNVERIFIED)

    @classmethod
    def of(cls, row: Row) -> SourceStatus:
        if row.value is None:
            return cls.NOT_FOUND
        if row.derived:
            return cls.DERIVED
        if not row.verified:
            return cls.UNVERIFIED
        if row.secondary:
            return cls.SECONDARY
        return cls.LAY_SUMMARY if row.lay_summary else cls.PRIMARY

    @property
    def marked(self) -> bool:
        """Shown with SECONDARY_MARK wherever it appears: not from the trials' own research articles."""
        return self in (SourceStatus.SECONDARY, SourceStatus.LAY_SUMMARY)


class NotShowableError(LookupError):
    """A value the screen may not show: unknown key, no single row, an empty value, or an unverified row."""

    def __init__(self, key: str, reason: str, row: Row | None = None) -> None:
        self.key, self.reason, self.row = key, reason, row
        where = f" (line {row.line})" if row is not None else ""
        super().__init__(f"{key}{where}: {reason}")


@dataclass(frozen=True)
class StudyValue:
    """A number as the screen shows it. For framed quantities, points better with amoxicillin."""

    key: str
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    status: SourceStatus
    row: Row  # the data file's row, as published (for its line, statistic and source)

    @property
    def source(self) -> str:
        """Where the number comes from, as a reader cites it (the data file's notes left out)."""
        return readable_citation(self.row.source)

    @property
    def has_interval(self) -> bool:
        return self.low is not None and self.high is not None


def study_value(data: StudyData, key: str) -> StudyValue:
    """The value of quantity `key` as shown; raises NotShowableError where the screen may not show it."""
    quantity = BY_KEY.get(key)
    if quantity is None:
        raise NotShowableError(key, "no such quantity")
    found = data.find(quantity.selector)
    if len(found) != 1:
        raise NotShowableError(key, f"{len(found)} rows of the data file match {quantity.selector}, expected 1")
    row = found[0]
    status = SourceStatus.of(row)
    if row.value is None or not status.found:
        raise NotShowableError(key, status.wording.lower(), row)
    if not quantity.better_with_amoxicillin:
        return StudyValue(key, row.value, row.ci_low, row.ci_high, status, row)
    # The sign convention: amoxicillin minus placebo -> points better with amoxicillin.
    low = -row.ci_high if row.ci_high is not None else None
    high = -row.ci_low if row.ci_low is not None else None
    return StudyValue(key, -row.value, low, high, status, row)


def find_value(data: StudyData | None, key: str) -> StudyValue | None:
    """The value as shown, or None where the sources lack it (views then say "not reported")."""
    if data is None:
        return None
    try:
        return study_value(data, key)
    except NotShowableError:
        return None


def quantity_row(data: StudyData, key: str) -> Row | None:
    """The data file's row of a quantity, shown or not: for the Sources view and the "not found" rows."""
    found = data.find(BY_KEY[key].selector)
    return found[0] if len(found) == 1 else None
