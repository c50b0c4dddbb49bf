"""The presentation script: each chapter as a sequence of steps, with speaker notes, per language.

resources/content/<lang>/slides_<chapter>.md holds a chapter's steps, separated by lines of `---`:

    # Short title
    One to three lines of big text.
    Chart: effect 3          (optional: a chart and how many of its layers to show)
    Notes:
    What the presenter may say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from aim_explainer.core.content import CHAPTERS, ContentError, fill_placeholders, read_template
from aim_explainer.core.data import StudyData

CHARTS = ("effect", "year", "rerun", "points")
CHART_LINE = re.compile(r"^Chart:\s*([a-z]+)\s+(\d+)\s*$")


@dataclass(frozen=True)
class Step:
    chapter: str
    number: int  # 1 for a chapter's first step
    title: str
    body: str  # Markdown, numbers filled in as plain text
    chart: str | None
    layer: int
    notes: str  # Markdown, numbers filled in


def parse_steps(text: str, chapter: str, where: str) -> list[Step]:
    """Steps with their placeholders still unfilled."""
    steps = []
    for number, block in enumerate((b for b in re.split(r"(?m)^---\s*$", text) if b.strip()), start=1):
        lines = block.strip().splitlines()
        if not lines[0].startswith("# "):
            raise ContentError(f"{where}, step {number}: a step starts with '# title'")
        title = lines[0][2:].strip()
        body, notes, chart, layer = [], [], None, 0
        target = body
        for line in lines[1:]:
            found = CHART_LINE.match(line.strip())
            if found:
                chart, layer = found.group(1), int(found.group(2))
                if chart not in CHARTS:
                    raise ContentError(f"{where}, step {number}: unknown chart '{chart}'")
            elif line.strip() == "Notes:":
                target = notes
            else:
                target.append(line)
        steps.append(Step(chapter, number, title, "\n".join(body).strip(), chart, layer, "\n".join(notes).strip()))
    if not steps:
        raise ContentError(f"{where}: no steps")
    return steps


def presentation(content_dir: Path, lang: str, data: StudyData) -> list[Step]:
    """Every chapter's steps in order, numbers filled in for the language."""
    steps = []
    for chapter in CHAPTERS:
        where = f"{lang}/slides_{chapter}.md"
        for step in parse_steps(read_template(content_dir, lang, f"slides_{chapter}"), chapter, where):
            steps.append(
                Step(
                    chapter,
                    step.number,
                    fill_placeholders(step.title, data, lang, where, links=False),
                    fill_placeholders(step.body, data, lang, where, links=False),
                    step.chart,
                    step.layer,
                    fill_placeholders(step.notes, data, lang, where, links=False),
                )
            )
    return steps
