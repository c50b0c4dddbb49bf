"""The one list of charts: it agrees with the chart classes, the slides and the Results pages, and loads
nothing heavy until a chart is wanted."""

from __future__ import annotations

import dis
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.plots.catalogue import COMPARISON_CHARTS, MAIN_CHARTS, RESULTS_CHARTS, SLIDE_CHARTS, chart_spec

EVERY_CHART = tuple({spec.chart_id: spec for spec in RESULTS_CHARTS + SLIDE_CHARTS + COMPARISON_CHARTS}.values())

NOTHING_HEAVY = """
import sys
import aim_explainer.plots.catalogue, aim_explainer.ui.tabs.results_tab, aim_explainer.ui.main_window
import aim_explainer.ui.presentation, aim_explainer.ui.capture
print("pyqtgraph" in sys.modules)
"""


def test_the_window_and_the_catalogue_load_no_pyqtgraph_before_a_chart_is_wanted() -> None:
    result = subprocess.run([sys.executable, "-c", NOTHING_HEAVY], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("spec", EVERY_CHART, ids=lambda spec: spec.chart_id)
def test_each_entry_loads_the_chart_of_its_id(spec) -> None:
    assert spec.load().chart_id == spec.chart_id
    assert chart_spec(spec.chart_id) is spec


@pytest.mark.parametrize("spec", EVERY_CHART, ids=lambda spec: spec.chart_id)
def test_each_loader_is_a_plain_import_that_the_freeze_can_see(spec) -> None:
    # PyInstaller finds modules by their import statements; a module named in a string would be left out
    imported = {i.argval for i in dis.get_instructions(spec.load) if i.opname == "IMPORT_NAME"}
    assert imported == {spec.load().__module__}


def test_an_unknown_chart_is_named() -> None:
    with pytest.raises(KeyError, match="no chart 'pie'"):
        chart_spec("pie")


def test_the_slides_name_only_slide_charts_and_never_more_layers_than_they_have(study_data) -> None:
    from aim_explainer.ui.presentation.deck import path_steps

    names = {spec.chart_id for spec in SLIDE_CHARTS}
    for lang in ("nb", "en"):
        for audience in ("patient", "clinician"):
            for step in path_steps(paths.resource("content"), lang, study_data, audience):
                if step.chart:
                    assert step.chart in names
                    assert 1 <= step.layer <= chart_spec(step.chart).layers, (lang, audience, step.chapter, step.number)
                    assert chart_spec(step.chart).shown_to(audience), (audience, step.chart)


def test_results_pages_and_layers_follow_the_catalogue(make_window) -> None:
    window = make_window("en")
    window.show_chapter("results")
    tab = window.chapter_tabs[2]
    tab.ensure_charts()
    QApplication.processEvents()
    ids = [spec.chart_id for spec in RESULTS_CHARTS]
    assert [chart.chart_id for chart in tab.charts] == ids
    assert "year" not in ids  # the Results chapter shows AIM only
    names = [tab.switch.tabText(i) for i in range(tab.switch.count())]
    assert names == ["The result", "What a point means", "Side effects"]  # the simulation: clinician path only
    tab.state.set_audience("clinician")
    names = [tab.switch.tabText(i) for i in range(tab.switch.count())]
    assert names == ["The result", "What a point means", "Side effects", "If the study were run again"]
    tab.state.set_audience("patient")
    assert tab.main_chart().chart_id == MAIN_CHARTS["patient"]
    for spec, chart in zip(RESULTS_CHARTS, tab.charts, strict=True):
        if spec.layers_are_moments:  # its last layer is the end of its animation, the one before is not
            chart.show_layers(spec.layers)
            assert chart.position == chart.end()
            chart.show_layers(spec.layers - 1)
            assert chart.position < chart.end()
        else:
            assert chart.layer_count() == spec.layers, spec.chart_id
    assert list(tab.show_each_page()) == ["points", "side-effects"]
    assert [chart.chart_id for chart in tab.show_each_chart()] == ids  # exports: both audiences' charts
    assert tab.pages.currentIndex() == 0  # back on the main result
