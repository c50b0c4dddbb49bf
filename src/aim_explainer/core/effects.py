"""The rows of the forest charts: AIM's effects, and both trials' differences on one scale.

Every estimate comes from `core.values.study_value`, so the rows are already in the screen's framing
("points better with amoxicillin"); rows the sources lack are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from aim_explainer.core.data import StudyData
from aim_explainer.core.values import StudyValue, find_value

# The rows of the effect chart, in order: the trial's own analyses, then the exploratory subgroups.
EFFECT_ROWS: tuple[tuple[str, bool], ...] = (
    ("effect_total", False),
    ("effect_type1", False),
    ("effect_type2", False),
    ("effect_age_lt40", True),
    ("effect_age_ge40", True),
    ("effect_stir3", True),
)
DANISH_ROW = "danish_diff"
AIM_ORDER = ("effect_type1", "effect_total", "effect_type2")  # type 1 first: the Danish trial's patients
# The layers a presentation reveals of an effect chart, one at a time.
LAYER_TOTAL, LAYER_TYPES, LAYER_MCID, LAYER_DANISH, LAYER_EXPLORATORY = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class ForestRow:
    key: str  # the quantity key, also the label's key
    exploratory: bool
    estimate: StudyValue  # points better with amoxicillin

    @property
    def source(self) -> str:
        return self.estimate.source


def row_layer(row: ForestRow) -> int:
    """The layer of a presentation that shows this row: all patients first, then the types, the subgroups last."""
    return LAYER_EXPLORATORY if row.exploratory else LAYER_TOTAL if row.key == "effect_total" else LAYER_TYPES


def forest_rows(data: StudyData) -> list[ForestRow]:
    """Every effect the chart shows, in the screen's framing; rows the sources lack are left out."""
    rows = []
    for key, exploratory in EFFECT_ROWS:
        shown = find_value(data, key)
        if shown is not None:
            rows.append(ForestRow(key, exploratory, shown))
    return rows


def shown_to(row: ForestRow, audience: str) -> bool:
    """The one rule of which effects a reader meets, on screen, on slides and on paper alike: a patient sees the
    planned analyses only (all patients, type 1, type 2). An exploratory subgroup whose interval lies above zero
    (the under-40s) reads as "it works for people like me", which it does not show; the clinician sees it, marked.
    """
    return audience != "patient" or not row.exploratory


def rows_for(data: StudyData, audience: str) -> list[ForestRow]:
    """The effects `audience` is shown, in the chart's order."""
    return [row for row in forest_rows(data) if shown_to(row, audience)]


def comparison_forest_rows(data: StudyData) -> list[ForestRow]:
    """The Danish difference (typical values, no interval) above AIM's planned analyses, in points better
    with antibiotics. The Danish figure is placebo minus antibiotic already, so its quantity is not framed."""
    rows: list[ForestRow] = []
    danish = find_value(data, DANISH_ROW)
    if danish is not None:
        rows.append(ForestRow(DANISH_ROW, False, danish))
    aim = {r.key: r for r in rows_for(data, "patient")}
    rows += [aim[key] for key in AIM_ORDER if key in aim]
    return rows
