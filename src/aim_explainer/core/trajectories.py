"""Questionnaire scores at each visit, per trial and arm: what the "over the year" chart may draw.

Only rows the data file holds with a shown value are drawn. A trial and arm whose visit rows exist but
have no value (AIM's, which were not retrievable) are reported as missing, so the chart can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from aim_explainer.core.data import Row, StudyData

# The visit-by-visit RMDQ rows of each trial: (study, measure, statistic).
SCORE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("AIM2019", "RMDQ_0_24", "mean"),
    ("ALBERT2013", "RMDQ_disability", "central_value_mean_or_median_unspecified"),
)
ACTIVE_ARMS = ("amoxicillin", "antibiotic")
PLACEBO_ARM = "placebo"
ARMS = (*ACTIVE_ARMS, PLACEBO_ARM)


@dataclass(frozen=True)
class Visit:
    weeks: Decimal
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    row: Row


@dataclass(frozen=True)
class Series:
    study: str
    arm: str
    statistic: str
    visits: tuple[Visit, ...]  # in time order

    @property
    def active(self) -> bool:
        return self.arm in ACTIVE_ARMS


def _score_rows(data: StudyData, study: str, measure: str, statistic: str, arm: str) -> list[Row]:
    return [
        r
        for r in data.rows
        if (r.study, r.measure, r.statistic, r.arm) == (study, measure, statistic, arm)
        and r.subgroup == "total"
        and r.timepoint_weeks is not None
    ]


def trajectories(data: StudyData) -> tuple[list[Series], list[tuple[str, str]]]:
    """The series that can be drawn, and the (study, arm) pairs whose visits the data lacks."""
    drawn: list[Series] = []
    missing: list[tuple[str, str]] = []
    for study, measure, statistic in SCORE_ROWS:
        for arm in ARMS:
            rows = _score_rows(data, study, measure, statistic, arm)
            if not rows:
                continue
            shown = [r for r in rows if r.showable and r.value is not None]
            visits = sorted(
                # Type checker: rows of a visit series hold a time point: the filter above keeps only those.
                (Visit(r.timepoint_weeks, r.value, r.ci_low, r.ci_high, r) for r in shown),  # type: ignore[arg-type]
                key=lambda v: v.weeks,
            )
            if visits:
                drawn.append(Series(study, arm, statistic, tuple(visits)))
            else:
                missing.append((study, arm))
    return drawn, missing


def value_at(series: Series, weeks: float) -> float | None:
    """The drawn line's height at `weeks`: straight between visits, None before the first visit."""
    points = [(float(v.weeks), float(v.value)) for v in series.visits]
    if not points or weeks < points[0][0]:
        return None
    for (w0, y0), (w1, y1) in pairwise(points):
        if w0 <= weeks <= w1:
            return y0 + (y1 - y0) * (weeks - w0) / (w1 - w0) if w1 > w0 else y1
    return points[-1][1]
