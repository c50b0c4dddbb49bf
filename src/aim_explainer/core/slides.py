"""The presentation script: each chapter as a sequence of steps, with speaker notes, per language.

resources/content/<lang>/slides_<chapter>.md holds a chapter's steps, separated by lines of `---`:

    # Short title
    One to three lines of big text.
    Chart: effect 3          (optional: a chart and how many of its layers to show)
    QR: article              (optional: the QR code of the AIM article's address beside the text)
    Picture: spine           (optional: one of the story's drawn pictures, under the text, instead of a chart)
    <!-- clinician -->        (optional: parts, even whole steps, for one path only, as in the chapters)
    Answer:                  (optional: a question for the group above; its answer, shown on the next key)
    The answer, in one line from the data.
    Notes:
    What the presenter may say.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from aim_explainer.core.content import (
    CHAPTERS,
    CLINICIAN,
    SECONDARY_MARK,
    ContentError,
    fill_placeholders,
    for_audience,
    marked_note,
    read_template,
)
from aim_explainer.core.data import StudyData
from aim_explainer.core.handout import ARTICLE_URL
from aim_explainer.core.sections import split_sections

CHART_LINE = re.compile(r"^Chart:\s*([a-z][a-z-]*)\s+(\d+)\s*$")
STEP_RULE = re.compile(r"^---\s*$")
QR_LINE = re.compile(r"^QR:\s*article\s*$")
PICTURE_LINE = re.compile(r"^Picture:\s*([a-z][a-z-]*)\s*$")
NOTES_LINE = re.compile(r"^\s*Notes:\s*$")
ANSWER_LINE = re.compile(r"^\s*Answer:\s*$")


@dataclass(frozen=True)
class Step:
    chapter: str
    number: int  # 1 for a chapter's first step
    title: str
    body: str  # Markdown, numbers filled in as plain text
    chart: str | None
    layer: int
    notes: str  # Markdown, numbers filled in
    footnote: str = ""  # the explanation of a secondary-source mark the step shows, else ""
    answer: str = ""  # a question step's answer (Markdown), revealed on the next key; "" for other steps
    qr: str = ""  # an address the step shows as a QR code (the article's), else ""
    picture: str = ""  # the id of a drawn picture the step shows (plots/pictures/catalogue.py), else ""


def parse_steps(
    text: str,
    chapter: str,
    where: str,
    charts: Collection[str] | None = None,
    pictures: Collection[str] | None = None,
) -> list[Step]:
    """Steps with their placeholders still unfilled; a chart not in `charts` (the chart list of plots/catalogue.py,
    which core cannot import, so the caller hands it in) or a picture not in `pictures` is an error."""
    steps = []
    blocks = (s.body for s in split_sections(text, STEP_RULE) if s.body)
    for number, block in enumerate(blocks, start=1):
        first, _, rest = block.partition("\n")
        if not first.startswith("# "):
            raise ContentError(f"{where}, step {number}: a step starts with '# title'")
        shown, *noted = split_sections(rest, NOTES_LINE)
        asked, *answered = split_sections(shown.body, ANSWER_LINE)
        body, chart, layer = [], None, 0
        qr = picture = ""
        for line in asked.lines:
            if QR_LINE.match(line.strip()):
                qr = ARTICLE_URL
                continue
            if drawn := PICTURE_LINE.match(line.strip()):
                picture = drawn.group(1)
                if pictures is not None and picture not in pictures:
                    raise ContentError(f"{where}, step {number}: unknown picture '{picture}'")
                continue
            found = CHART_LINE.match(line.strip())
            if found is None:
                body.append(line)
                continue
            chart, layer = found.group(1), int(found.group(2))
            if charts is not None and chart not in charts:
                raise ContentError(f"{where}, step {number}: unknown chart '{chart}'")
        notes = "\n".join(s.body for s in noted)
        answer = "\n".join(s.body for s in answered).strip()
        title = first[2:].strip()
        body_text = "\n".join(body).strip()
        steps.append(
            Step(chapter, number, title, body_text, chart, layer, notes, answer=answer, qr=qr, picture=picture)
        )
    if not steps:
        raise ContentError(f"{where}: no steps")
    return steps


def presentation(
    content_dir: Path,
    lang: str,
    data: StudyData,
    audience: str = CLINICIAN,
    charts: Collection[str] | None = None,
    pictures: Collection[str] | None = None,
) -> list[Step]:
    """Every chapter's steps in order for one path (the clinician's, the whole script, unless told), numbers filled
    in for the language."""
    steps = []
    for chapter in CHAPTERS:
        where = f"{lang}/slides_{chapter}.md"
        template = for_audience(read_template(content_dir, lang, f"slides_{chapter}"), audience, where)
        for step in parse_steps(template, chapter, where, charts, pictures):
            title, body, notes, answer = (
                fill_placeholders(text, data, lang, where, links=False)
                for text in (step.title, step.body, step.notes, step.answer)
            )
            note = marked_note(f"{title}\n{body}\n{answer}", lang)
            footnote = f"{SECONDARY_MARK} {note}" if note else ""
            steps.append(replace(step, title=title, body=body, notes=notes, footnote=footnote, answer=answer))
    return steps
