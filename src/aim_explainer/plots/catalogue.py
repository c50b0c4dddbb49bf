"""The one list of charts: which charts the Results chapter, the presentation and the exports show, in order.

The Results chapter shows AIM only: the Danish curves ("year") are named by the slides alone (SLIDE_CHARTS), on the
clinician path, and stand in the Comparison chapter as its own chart. A chart for one audience only says so
(`audience`): the patient path shows the planned results, the clinician path adds the subgroups, the simulation
and the Danish curves. The presentation follows the same rule (ui/presentation/deck.py).

Each entry's `load()` imports its class only when called: the chart modules import pyqtgraph, which must not
load before the window first paints (the Results chapter builds its charts after that paint). So this module
imports nothing of Qt or pyqtgraph itself. The loaders are plain import statements, not module names in
strings, so that PyInstaller's analysis sees them and the frozen bundle holds every chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str  # the chart's name in slides ("Chart: effect 3") and in file names (exports, screenshots)
    layers: int  # how many layers a slide can reveal, one step at a time, with the bundled data (0: no slide shows it)
    load: Callable[[], type]  # the chart's class, imported now (and pyqtgraph with it)
    # The layers are moments of the chart's animation (the reruns): a slide leaves it where its layer put it,
    # where other animated charts are shown at their end, the whole story at once.
    layers_are_moments: bool = False
    audience: str | None = None  # "patient" or "clinician": shown on that path only (None: on both)

    def shown_to(self, audience: str) -> bool:
        return self.audience is None or self.audience == audience


def _effect() -> type:
    from aim_explainer.plots.charts.effect import EffectChart

    return EffectChart


def _year() -> type:
    from aim_explainer.plots.charts.year import YearChart

    return YearChart


def _rerun() -> type:
    from aim_explainer.plots.charts.rerun import RerunChart

    return RerunChart


def _points() -> type:
    from aim_explainer.plots.charts.points import PointsChart

    return PointsChart


def _planned_effect() -> type:
    from aim_explainer.plots.charts.planned_effect import PlannedEffectChart

    return PlannedEffectChart


def _side_effects() -> type:
    from aim_explainer.plots.charts.side_effects import IconArrayChart

    return IconArrayChart


def _comparison_difference() -> type:
    from aim_explainer.plots.charts.comparison_difference import ComparisonDifferenceChart

    return ComparisonDifferenceChart


def _comparison_year() -> type:
    from aim_explainer.plots.charts.danish_scores import DanishScoresChart

    return DanishScoresChart


_PLANNED = ChartSpec("effect-planned", 3, _planned_effect, audience="patient")
_EFFECT = ChartSpec("effect", 5, _effect, audience="clinician")
_RERUN = ChartSpec("rerun", 2, _rerun, layers_are_moments=True, audience="clinician")
_POINTS = ChartSpec("points", 4, _points)
_SIDE_EFFECTS = ChartSpec("side-effects", 2, _side_effects)

# The Results chapter's charts, in the order of its pages; the first two are its main chart, one per audience,
# beside the chapter's text.
RESULTS_CHARTS: tuple[ChartSpec, ...] = (
    _PLANNED,
    _EFFECT,
    _POINTS,
    _SIDE_EFFECTS,
    _RERUN,
)
MAIN_CHARTS = {"patient": "effect-planned", "clinician": "effect"}

# What the presentation's slides may name ("Chart: effect 3"); core.slides is handed these names to check them.
# The slides name the clinician's charts; on the patient path, the clinician's main chart becomes the patient's
# and a step with any other clinician chart is left out.
SLIDE_CHARTS: tuple[ChartSpec, ...] = (
    _PLANNED,
    _EFFECT,
    ChartSpec("year", 3, _year, audience="clinician"),
    _RERUN,
    _POINTS,
    _SIDE_EFFECTS,
)

# The Comparison chapter's charts, side by side on its chart page; the presentation does not show them.
COMPARISON_CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("comparison-difference", 0, _comparison_difference),
    ChartSpec("comparison-year", 0, _comparison_year),
)

_BY_ID = {spec.chart_id: spec for spec in RESULTS_CHARTS + SLIDE_CHARTS + COMPARISON_CHARTS}


def chart_spec(chart_id: str) -> ChartSpec:
    """The chart of this id; a KeyError names an unknown one."""
    try:
        return _BY_ID[chart_id]
    except KeyError:
        raise KeyError(f"no chart '{chart_id}'; the charts are {', '.join(_BY_ID)}") from None
