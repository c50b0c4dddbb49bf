"""The steps of one path through the presentation.

The slides files name the clinician's charts and mark path-only parts as the chapters do (`<!-- clinician -->`).
On the patient path the clinician's main chart, with its subgroups and the Danish line, becomes the patient's
(the planned results only); a step with another chart of the clinician path (the simulation, the Danish curves)
is left out, and the chapter's steps are numbered again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aim_explainer.core import slides
from aim_explainer.core.data import StudyData
from aim_explainer.plots.catalogue import MAIN_CHARTS, SLIDE_CHARTS, chart_spec
from aim_explainer.plots.pictures.catalogue import PICTURES

SLIDE_CHART_IDS = tuple(spec.chart_id for spec in SLIDE_CHARTS)


def for_path(steps: list[slides.Step], audience: str) -> list[slides.Step]:
    """The steps as `audience` sees them: charts of the other path swapped or their steps left out."""
    kept: list[slides.Step] = []
    main = MAIN_CHARTS[audience]
    for step in steps:
        if step.chart is not None and not chart_spec(step.chart).shown_to(audience):
            if step.chart not in MAIN_CHARTS.values():
                continue
            step = replace(step, chart=main, layer=min(step.layer, chart_spec(main).layers))
        number = 1 + sum(1 for other in kept if other.chapter == step.chapter)
        kept.append(replace(step, number=number))
    return kept


def path_steps(content_dir: Path, lang: str, data: StudyData, audience: str) -> list[slides.Step]:
    """Every chapter's steps for one path, in one language."""
    steps = slides.presentation(content_dir, lang, data, audience, SLIDE_CHART_IDS, tuple(PICTURES))
    return for_path(steps, audience)
