"""The Results charts, and the year chart the slides show: geometry from the data, keyboard control, export,
language, and timers."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aim_explainer.core.data import load_study_data
from aim_explainer.core.effects import forest_rows
from aim_explainer.core.quantities import BY_KEY, required_selectors
from aim_explainer.core.simulation import simulate, standard_error_from_interval
from aim_explainer.core.trajectories import trajectories
from aim_explainer.core.values import study_value
from aim_explainer.plots.catalogue import chart_spec

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "fake-aim-visits.csv"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def year_chart(results, qtbot):
    """The year chart on its own, as a slide shows it: it no longer stands in the Results chapter."""

    def open_year(lang: str = "en"):
        window, _tab = results(lang)
        chart = chart_spec("year").load()(window.state, None)
        qtbot.addWidget(chart)
        chart.resize(900, 600)
        chart.show()
        qtbot.waitExposed(chart)
        return window, chart

    return open_year


def test_the_results_chapter_shows_aim_only(results) -> None:
    _window, tab = results()
    assert "year" not in {chart.chart_id for chart in tab.charts}  # the Danish curves belong to Comparison
    assert "year" not in tab.PAGE_IDS


def test_effect_chart_rows_match_the_data(results, study_data) -> None:
    _window, tab = results()
    chart = tab.chart("effect")
    expected = forest_rows(study_data)
    assert [r.key for r in chart.rows] == [r.key for r in expected]
    assert [r.exploratory for r in chart.rows] == [False, False, False, True, True, True]
    # every interval is drawn whole, inside the axis, at its row
    low, high = chart.x_range
    for item, row, y in zip(chart.interval_items, expected, chart.row_y, strict=True):
        xs, ys = item.getData()
        assert list(xs) == [float(row.estimate.low), float(row.estimate.high)]
        assert list(ys) == [y, y]
        assert low < float(row.estimate.low)
        assert float(row.estimate.high) < high
    assert chart.arrows == []
    # reference lines sit at the data's values
    assert chart.zero_line.value() == 0
    assert chart.reference_lines["mcid"].value() == float(study_value(study_data, "aim_mcid").value)
    assert chart.reference_lines["danish"].value() == float(study_value(study_data, "danish_diff").value)
    # the table holds the same rows, numbers as the language writes them
    assert chart.table.rowCount() == len(expected)
    assert chart.table.item(2, 1).text() == "0.1\u2020"  # type 2 from a secondary source: marked
    assert chart.table.item(2, 2).text() == "\u22122.6 to 2.7\u2020"


def test_an_interval_past_the_axis_ends_in_an_arrow(results, study_data) -> None:
    _window, tab = results()
    chart = tab.chart("effect")
    selector = BY_KEY["effect_type2"].selector
    rows = tuple(
        replace(r, ci_low=Decimal("-12.0"), ci_high=Decimal("11.8")) if selector.matches(r) else r
        for r in study_data.rows
    )
    tab.state.set_data(replace(study_data, rows=rows))
    QApplication.processEvents()
    assert len(chart.arrows) == 2
    xs, _ys = chart.interval_items[2].getData()
    assert list(xs) == list(chart.limits)  # cut short, with an arrow at each end
    assert [a.pos().x() for a in chart.arrows] == list(chart.limits)


def test_effect_chart_keyboard_and_hover_show_value_interval_and_source(results, qtbot) -> None:
    _window, tab = results()
    tab.show_page(1)
    chart = tab.chart("effect")
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Down)
    assert chart.selected == 1
    assert chart.details.text().startswith("Modic type 1: 2.3 points better with amoxicillin (0.4 to 4.2)")
    assert "Univadis" in chart.details.text()
    assert "Braten 2019" in chart.describe_at(1.6, chart.row_y[0])
    assert chart.describe_at(1.6, chart.row_y[0] + 0.9) == ""


def test_year_chart_draws_only_what_the_data_holds(year_chart, study_data) -> None:
    _window, chart = year_chart("nb")
    drawn, missing = trajectories(study_data)
    assert {(s.study, s.arm) for s in chart.series} == {("ALBERT2013", "antibiotic"), ("ALBERT2013", "placebo")}
    assert missing == [("AIM2019", "amoxicillin"), ("AIM2019", "placebo")]
    assert "finnes ikke i dataene våre" in chart.missing_note.toPlainText()
    assert "BMJ" in chart.missing_note.toPlainText()
    assert "1,6" in chart.missing_note.toPlainText()
    chart.seek(chart.end())
    for series, line in zip(drawn, chart.lines, strict=True):
        xs, ys = line.getData()
        assert list(xs) == [float(v.weeks) for v in series.visits]
        assert list(ys) == [float(v.value) for v in series.visits]
    assert chart.treatment_weeks == pytest.approx(100 / 7)


def test_year_chart_draws_a_data_file_s_extra_rows(year_chart) -> None:
    window, chart = year_chart()
    window.state.set_data(load_study_data(FIXTURE, required_selectors()))
    assert {s.study for s in chart.series} == {"AIM2019", "ALBERT2013"}
    assert chart.missing == []
    assert chart.missing_note.toPlainText() == ""
    chart.seek(chart.end())
    aim = [line for s, line in zip(chart.series, chart.lines, strict=True) if s.study == "AIM2019"]
    assert [list(line.getData()[1]) for line in aim] == [[20.0, 17.0, 16.0, 15.0, 14.0], [20.0, 18.0, 17.5, 16.5, 16.0]]
    assert any(bars.isVisible() for _s, bars in chart.bars)  # the fake one-year rows carry intervals


def test_animation_by_keyboard(year_chart, qtbot) -> None:
    _window, chart = year_chart()
    chart.plot.setFocus()
    qtbot.waitUntil(chart.plot.hasFocus)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert chart.position == 2
    assert chart.status.text() == "Week 2 of 52 \u00b7 treatment period"
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    assert chart.position == 1
    qtbot.keyClick(chart.plot, Qt.Key.Key_Space)
    assert chart.playback.playing
    assert chart.playback.timer.isActive()
    qtbot.waitUntil(lambda: chart.position > 1.5, timeout=3000)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Space)
    assert not chart.playback.playing
    assert not chart.playback.timer.isActive()
    qtbot.keyClick(chart.plot, Qt.Key.Key_End)
    assert chart.position == chart.end()
    xs, _ys = chart.lines[0].getData()
    assert xs[-1] == 52
    qtbot.keyClick(chart.plot, Qt.Key.Key_Home)
    assert chart.position == 0
    xs, _ys = chart.lines[0].getData()
    assert list(xs) == [0.0]  # only the first visit is drawn at week 0


def test_rerun_chart_is_the_seeded_simulation_and_counts(results, study_data) -> None:
    _window, tab = results()
    chart = tab.chart("rerun")
    row = study_data.one(BY_KEY["effect_total"].selector)
    se = standard_error_from_interval(float(-row.ci_high), float(-row.ci_low))
    assert chart.trials == simulate(float(-row.value), se, 100, seed=1)
    chart.seek(40)
    shown = chart.trials[:40]
    reaching = sum(t.reaches(4.0) for t in shown)
    zero = sum(t.includes(0.0) and not t.reaches(4.0) for t in shown)
    assert len(chart.reaching.getData()[0]) == 2 * reaching
    assert len(chart.with_zero.getData()[0]) == 2 * zero
    assert f"Simulated repeat 40 of 100: {reaching} intervals reached" in chart.status.text()
    chart.retranslate()
    assert chart.table.rowCount() == 40  # the table lists the repeats shown so far
    first = chart.trials
    chart.new_run()
    assert chart.trials != first
    assert chart.position == 0
    chart.pause()
    assert "SIMULATION" in chart.watermark.toPlainText()


def test_points_chart_blocks_and_words(results, study_data) -> None:
    _window, tab = results("nb")
    chart = tab.chart("points")
    assert chart.blocks == int(study_data.one(BY_KEY["rmdq_items"].selector).value)
    assert [k for k, _v, _c in chart.values] == ["effect_total", "effect_type1", "aim_mcid", "danish_diff"]
    right = [text for _y, text in chart.plot.getPlotItem().getAxis("right")._tickLevels[0]]
    assert right == ["1,6 poeng", "2,3† poeng", "4 poeng", "8,3† poeng"]  # no rounding: 1.6 and 2.3 are not "2"
    assert "ett «ja» til ett av de 24 utsagnene" in chart.summary.text()
    assert "hverdagsaktivitet" not in chart.summary.text() + chart.title()
    assert "omtrent" not in chart.summary.text()
    assert "† Tall merket †" in chart.summary.text()  # the mark is explained on the chart itself


def test_every_chart_exports_valid_png_and_svg(results, tmp_path) -> None:
    _window, tab = results()
    for chart in tab.charts:
        png = chart.export(tmp_path / f"{chart.chart_id}.png")
        svg = chart.export(tmp_path / f"{chart.chart_id}.svg")
        head = png.read_bytes()[:24]
        assert head[:8] == PNG_MAGIC
        assert int.from_bytes(head[16:20], "big") >= 1200
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg")
        assert root.find("{http://www.w3.org/2000/svg}title").text == chart.title()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_table_button_names_what_a_click_brings(results, qtbot, lang) -> None:
    # it said "Show table" over the table (and "Show chart" over the chart) until the language changed
    _window, tab = results(lang)
    chart = tab.main_chart()
    button = chart.table_button
    words = {"nb": ("Vis tabell", "Vis figur"), "en": ("Show table", "Show chart")}[lang]
    assert button.text() == words[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chart.stack.currentWidget() is chart.table
    assert button.text() == words[1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chart.stack.currentWidget() is chart.plot
    assert button.text() == words[0]


def test_charts_retranslate_live_and_describe_themselves(results, qtbot) -> None:
    window, tab = results("nb")
    titles = {c.chart_id: c.title() for c in tab.charts}
    assert titles["effect"].startswith("Forskjellen etter ett år")
    for chart in tab.charts:
        assert chart.plot.accessibleName() == chart.title()
        assert chart.plot.accessibleDescription() == chart.summary.text() != ""
        assert chart.table_button.accessibleName()
    play = tab.chart("rerun").playback.play_button
    assert play.text() == "Spill av"
    window.toggle_language()
    effect = tab.chart("effect").heading
    qtbot.waitUntil(lambda: effect.text().startswith("The difference after one year"))
    assert play.text() == "Play"  # the playback re-labels its own controls
    for chart in tab.charts:
        assert chart.title() != titles[chart.chart_id]
        # the title first; a narrow effect chart keys its lines' names under it
        assert chart.heading.text().split("<br>")[0] == chart.title()


def test_timers_stop_when_hidden_and_nothing_survives_closing(results, qtbot) -> None:
    window, tab = results()
    year = tab.show_chart("rerun")
    year.playback.play()
    assert year.playback.timer.isActive()
    window.show_chapter("method")  # the chart is hidden: its timer stops
    assert not year.playback.timer.isActive()
    window.show_chapter("results")
    assert year.playback.timer.isActive()  # and it plays on when seen again
    window.close()
    QApplication.processEvents()
    timers = [c.playback.timer for c in tab.charts if c.animated]
    assert not any(t.isActive() for t in timers)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []


def test_keyboard_focus_tells_value_and_source_on_every_chart(results, qtbot) -> None:
    _window, tab = results("nb")
    for chart in tab.charts:
        tab.show_chart(chart.chart_id)
        chart.seek(chart.end())  # a still chart stays as it is
        chart.plot.setFocus()
        qtbot.waitUntil(chart.plot.hasFocus)
        qtbot.keyClick(chart.plot, Qt.Key.Key_Down)
        text = chart.details.text()
        assert text, chart.chart_id
        if chart.chart_id != "rerun":  # simulated repeats have no source; they say they are simulated
            assert "Kilde" in text or "poeng" in text, (chart.chart_id, text)


def test_charts_that_play_hold_a_playback(results) -> None:
    _window, tab = results()
    playing = {c.chart_id for c in tab.charts if c.animated}
    assert playing == {"rerun"}
    still = tab.chart("effect")
    still.seek(still.end())  # a still chart answers, and stays as it is
    assert (still.position, still.end()) == (0.0, 0.0)
