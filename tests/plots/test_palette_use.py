"""The charts draw with the colours whose contrast tests/core/test_contrast.py checks."""

from __future__ import annotations

from aim_explainer.core.palette import CHART, OKABE_ITO


def test_the_chart_shade_is_the_one_the_charts_use() -> None:
    from aim_explainer.plots import style

    assert style.TREATMENT_SHADE == "#EDEDE6"
    assert OKABE_ITO["blue"] == style.AMOXICILLIN
    assert OKABE_ITO["vermillion"] == style.PLACEBO
    assert CHART["threshold"] == style.THRESHOLD
    assert CHART["danish"] == style.DANISH
