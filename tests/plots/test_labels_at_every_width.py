"""At every window width from 800 to 1920 px, in the window, no text of a Results or Comparison chart covers another
or runs past its plot or the chart: measured as the presentation's layout check measures them (plots/measure.py).

At 1152×720, the default window on a 1280×800 screen, "← better with placebo" was cut by "no difference"; at 960×720
on the clinician path the Danish line's name ran past the plot's left edge. The 800×600 test saw neither.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication
from tests.plots.test_labels_at_800x600 import MEASURED, problems_of, visible_charts

from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.plots.settle import settle

WIDTHS = range(800, 1920 + 1, 64)
HEIGHT = 720


@pytest.mark.slow
@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("lang", CODES)
def test_chart_labels_stand_free_at_every_width(make_window, lang: str, audience: str) -> None:
    window = make_window(lang)
    window.state.set_audience(audience)
    found: list[str] = []
    seen: set[str] = set()
    for chapter in ("results", "comparison"):
        window.show_chapter(chapter)
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        tab.ensure_charts()
        tab.charts_at_their_end()
        for width in WIDTHS:
            window.resize(width, HEIGHT)
            QApplication.processEvents()
            for _page in itertools.chain(["first"], tab.show_each_page()):
                settle()
                for chart in visible_charts(window):
                    seen.add(chart.chart_id)
                    found += [f"{width}x{HEIGHT} {lang}/{audience}: {p}" for p in problems_of(chart)]
    assert seen, "no chart measured"
    assert seen <= MEASURED
    assert not found, "\n".join(sorted(set(found)))
