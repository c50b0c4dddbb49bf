"""The presentation follows the audience path: the patient path shows the planned results, no simulation and no
Danish curves, and drops the slides' clinician parts; a chart's marked label brings the footnote; the slide
effect chart numbers its ticks closely enough to read."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.content import SECONDARY_MARK
from aim_explainer.plots.settle import settle
from aim_explainer.ui.presentation.deck import path_steps

CONTENT = paths.resource("content")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_path_shows_the_planned_results_and_leaves_out_the_clinician_charts(study_data, lang) -> None:
    patient = path_steps(CONTENT, lang, study_data, "patient")
    clinician = path_steps(CONTENT, lang, study_data, "clinician")
    charts = {audience: {s.chart for s in steps} for audience, steps in (("p", patient), ("c", clinician))}
    assert charts["p"] == {None, "effect-planned", "points", "side-effects"}
    assert {"effect", "rerun", "year", "points", "side-effects"} <= charts["c"]
    assert "effect-planned" not in charts["c"]
    assert len(patient) == len(clinician) - 4  # the two simulation steps and the two Danish curve steps
    for steps in (patient, clinician):  # numbered again within each chapter, without gaps
        for chapter in {s.chapter for s in steps}:
            assert [s.number for s in steps if s.chapter == chapter] == list(
                range(1, 1 + sum(1 for s in steps if s.chapter == chapter))
            )


def test_a_clinician_part_of_the_slides_is_left_out_on_the_patient_path(study_data, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    slides = content / "en" / "slides_method.md"
    text = slides.read_text(encoding="utf-8")
    first_notes = text.index("Notes:")
    slides.write_text(
        text[:first_notes]
        + "<!-- clinician -->\nOnly for clinicians here.\n<!-- /clinician -->\n"
        + text[first_notes:],
        encoding="utf-8",
    )
    patient, clinician = (path_steps(content, "en", study_data, a) for a in ("patient", "clinician"))
    first = ("method", 1)
    assert "Only for clinicians" in next(s.body for s in clinician if (s.chapter, s.number) == first)
    assert "Only for clinicians" not in next(s.body for s in patient if (s.chapter, s.number) == first)
    assert "clinician -->" not in "".join(s.body for s in patient + clinician)


def test_the_presentation_follows_the_audience_chosen(session) -> None:
    window, running = session
    controller = running.controller
    assert window.state.audience == "patient"
    assert "rerun" not in {s.chart for s in controller.steps}
    window.state.set_audience("clinician")
    assert "rerun" in {s.chart for s in controller.steps}
    window.state.set_audience("patient")
    assert "rerun" not in {s.chart for s in controller.steps}


def test_a_mark_in_the_chart_alone_brings_the_footnote(session) -> None:
    window, running = session
    window.state.set_audience("clinician")
    controller, view = running.controller, running.audience
    view.resize(1024, 768)
    only_chart = [
        i for i, s in enumerate(controller.steps)
        if s.chart == "effect" and s.layer >= 2 and SECONDARY_MARK not in f"{s.title}\n{s.body}"
    ]  # fmt: skip
    assert only_chart, "a step whose text has no mark but whose chart shows 'Modic type 1\u2020'"
    assert controller.steps[only_chart[0]].footnote == ""
    controller.go(only_chart[0])
    settle()
    assert SECONDARY_MARK in view.charts.currentWidget().shown_text()
    assert view.footnote.isVisible()
    assert view.footnote.text().startswith(SECONDARY_MARK)
    first = next(i for i, s in enumerate(controller.steps) if s.chart == "effect" and s.layer == 1)
    controller.go(first)  # all patients only: nothing marked, no footnote
    settle()
    assert SECONDARY_MARK not in view.charts.currentWidget().shown_text()
    assert not view.footnote.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_slide_effect_chart_numbers_every_point_or_every_second(session, size) -> None:
    window, running = session
    window.state.set_audience("clinician")
    controller, view = running.controller, running.audience
    view.resize(*size)
    controller.go(
        max(
            range(len(controller.steps)),
            key=lambda i: controller.steps[i].layer if controller.steps[i].chart == "effect" else -1,
        )
    )
    settle()
    chart = view.charts.currentWidget()
    numbers = sorted(
        float(line.replace("\u2212", "-").replace(",", "."))
        for line in chart.shown_text().splitlines()
        if line.replace("\u2212", "").replace(",", "").isdigit()
    )
    positives = [n for n in numbers if n >= 0]
    assert len(positives) >= 4, numbers
    assert max(b - a for a, b in itertools.pairwise(positives)) <= 2, numbers


def test_an_axis_title_moved_above_the_plot_follows_the_language(session) -> None:
    window, running = session
    controller, view = running.controller, running.audience
    view.resize(1024, 768)
    window.set_language("en")
    controller.go(next(i for i, s in enumerate(controller.steps) if s.chart == "points"))
    settle()
    chart = view.charts.currentWidget()
    assert "statements" in chart.shown_text() + chart.heading.text()
    window.set_language("nb")
    settle()
    shown = chart.shown_text() + chart.heading.text()
    assert "statements" not in shown
    assert "utsagn" in shown
