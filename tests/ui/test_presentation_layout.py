"""The presentation's layout check: the real deck passes it everywhere, and labels made to overlap are caught."""

from __future__ import annotations

import pytest

from aim_explainer.plots._pg import pg
from aim_explainer.plots.settle import settle
from aim_explainer.ui.presentation import layout_check


@pytest.mark.slow  # every step × size × language × theme × path
def test_every_step_passes_at_both_sizes_in_both_languages_themes_and_paths(session) -> None:
    window, running = session
    running.audience.hide()  # the check draws its own view; the session's is only in the way
    findings = layout_check.check_deck(window.state)
    assert [f.describe() for f in findings] == []


def test_two_labels_made_to_overlap_are_caught(session) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    view.resize(1024, 768)
    controller.go(next(i for i, s in enumerate(controller.steps) if s.chart))
    settle()
    assert layout_check.problems_on_show(view) == []
    plot = view.charts.currentWidget().plot.getPlotItem()
    first, second = pg.TextItem("first label on purpose"), pg.TextItem("second label on purpose")
    for item in (first, second):
        item.setFont(view.font())
        item.setPos(0, 1)  # the same place
        plot.addItem(item)
    settle()
    described = [p.describe() for p in layout_check.problems_on_show(view)]
    assert "overlap: 'first label on purpose' and 'second label on purpose'" in described or (
        "overlap: 'second label on purpose' and 'first label on purpose'" in described
    ), described
    for item in (first, second):
        plot.removeItem(item)


def test_a_label_past_the_plot_is_caught(session) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    view.resize(1024, 768)
    controller.go(next(i for i, s in enumerate(controller.steps) if s.chart))
    settle()
    plot = view.charts.currentWidget().plot.getPlotItem()
    far = pg.TextItem("far past the right edge " * 4)
    far.setPos(plot.getViewBox().viewRange()[0][1], 1)  # starts at the right edge
    plot.addItem(far)
    settle()
    problems = layout_check.problems_on_show(view)
    assert any(p.kind == "outside" and p.first.startswith("far past") for p in problems), problems
    plot.removeItem(far)


@pytest.mark.parametrize("args", [["--check-layout"], ["--present", "--check-layout"]])
def test_check_layout_goes_with_present(args: list[str]) -> None:
    from aim_explainer import cli

    if "--present" in args:
        assert cli.is_batch(cli.parse_args(args))  # nobody watches: no dialogs, no settings written
        return
    with pytest.raises(SystemExit) as raised:
        cli.parse_args(args)
    assert raised.value.code == 2
