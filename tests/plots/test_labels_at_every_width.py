"""At every window width from 800 to 1920 px, in the window, no text of a Results or Comparison chart covers another
or runs past its plot or the chart: measured as the presentation's layout check measures them (plots/measure.py).

At 1152×720, the default window on a 1280×800 screen, "← better with placebo" was cut by "no difference"; at 960×720
on the clinician path the Danish line's name ran past the plot's left edge. The 800×600 test saw neither.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from tests.plots.test_labels_at_800x600 import MEASURED, problems_of, visible_charts

from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.plots.settle import settle

WIDTHS = sorted({*range(800, 1920 + 1, 64), 960})  # 960: where the Danish line's name crossed the other line
HEIGHT = 720


def names_across_lines(chart) -> list[str]:
    """A reference line's name that another reference line runs through: the names stand one under the other, so a
    name wider than the room between the lines is struck through by the other line (at 960 px on the clinician path
    the Danish line's name crossed the line set in advance)."""
    lines = [line for line in getattr(chart, "reference_lines", {}).values() if line.isVisible()]
    view = chart.plot.getPlotItem().getViewBox()
    found = []
    for line in lines:
        if not line.label.isVisible():
            continue
        name = line.label.sceneBoundingRect()
        for other in lines:
            x = view.mapViewToScene(QPointF(other.value(), 0)).x()
            if other is not line and name.left() + 1 < x < name.right() - 1:
                found.append(f"{chart.chart_id}: {line.label.toPlainText()!r} crosses the line at {other.value()}")
    return found


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
                    problems = problems_of(chart) + names_across_lines(chart)
                    found += [f"{width}x{HEIGHT} {lang}/{audience}: {p}" for p in problems]
    assert seen, "no chart measured"
    assert seen <= MEASURED
    assert not found, "\n".join(sorted(set(found)))
