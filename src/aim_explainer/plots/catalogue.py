"""The one list of charts: which charts the Results chapter, the presentation and the exports show, in order.

Each entry names its class by module and name, and `load()` imports it only when asked: the chart modules
import pyqtgraph, which must not load before the window first paints (the Results chapter builds its
charts after that paint). So this module imports nothing of Qt or pyqtgraph itself.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str  # the chart's name in slides ("Chart: effect 3") and in file names (exports, screenshots)
    layers: int  # how many layers a slide can reveal, one step at a time, with the bundled data (0: no slide shows it)
    module: str
    class_name: str
    # The layers are moments of the chart's animation (the reruns): a slide leaves it where its layer put it,
    # where other animated charts are shown at their end, the whole story at once.
    layers_are_moments: bool = False

    def load(self) -> type:
        """The chart's class, imported now (and pyqtgraph with it)."""
        return getattr(importlib.import_module(self.module), self.class_name)


# The Results chapter's charts, in the order of its pages.
RESULTS_CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("effect", 5, "aim_explainer.plots.effect_chart", "EffectChart"),
    ChartSpec("year", 3, "aim_explainer.plots.year_chart", "YearChart"),
    ChartSpec("rerun", 2, "aim_explainer.plots.rerun_chart", "RerunChart", layers_are_moments=True),
    ChartSpec("points", 4, "aim_explainer.plots.points_chart", "PointsChart"),
)

# The Comparison chapter's charts, side by side on its chart page; the presentation does not show them.
COMPARISON_CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("comparison-difference", 0, "aim_explainer.plots.comparison_charts", "ComparisonDifferenceChart"),
    ChartSpec("comparison-year", 0, "aim_explainer.plots.comparison_charts", "DanishScoresChart"),
)

_BY_ID = {spec.chart_id: spec for spec in RESULTS_CHARTS + COMPARISON_CHARTS}


def chart_spec(chart_id: str) -> ChartSpec:
    """The chart of this id; a KeyError names an unknown one."""
    try:
        return _BY_ID[chart_id]
    except KeyError:
        raise KeyError(f"no chart '{chart_id}'; the charts are {', '.join(_BY_ID)}") from None
