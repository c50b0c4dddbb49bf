"""The sign convention between the data file and the screen.

The data keeps the published form: amoxicillin minus placebo, so a negative number favours amoxicillin
(lower RMDQ means less disability). The screen speaks of "points better with amoxicillin", which negates
the estimate and swaps the bounds: -0.5 (-2.0 to 1.0) becomes 0.5 (-1.0 to 2.0).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from aim_explainer.core.data import StudyData
from aim_explainer.core.quantities import BY_KEY


@dataclass(frozen=True)
class Estimate:
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None


def better_with_amoxicillin(published: Estimate) -> Estimate:
    """Amoxicillin-minus-placebo difference -> points better with amoxicillin."""
    low = -published.high if published.high is not None else None
    high = -published.low if published.low is not None else None
    return Estimate(value=-published.value, low=low, high=high)


# The rows of the effect chart, in order: the trial's own analyses, then the exploratory subgroups.
EFFECT_ROWS: tuple[tuple[str, bool], ...] = (
    ("effect_total", False),
    ("effect_type1", False),
    ("effect_type2", False),
    ("effect_age_lt40", True),
    ("effect_age_ge40", True),
    ("effect_stir3", True),
)
REFERENCE_KEYS = ("aim_mcid", "danish_diff")  # the line set in advance, and the Danish result


@dataclass(frozen=True)
class ForestRow:
    key: str  # the quantity key, also the label's key
    exploratory: bool
    estimate: Estimate  # points better with amoxicillin
    source: str


def forest_rows(data: StudyData) -> list[ForestRow]:
    """Every effect the chart shows, in the screen's framing; rows the sources lack are left out."""
    rows = []
    for key, exploratory in EFFECT_ROWS:
        row = data.one(BY_KEY[key].selector)
        if not row.showable or row.value is None:
            continue
        shown = better_with_amoxicillin(Estimate(row.value, row.ci_low, row.ci_high))
        rows.append(ForestRow(key, exploratory, shown, row.source))
    return rows


def reference_value(data: StudyData, key: str) -> Decimal | None:
    row = data.one(BY_KEY[key].selector)
    return row.value if row.showable else None
