"""The start screen's words: the one-line answer and a sentence per chapter, from `start.md`, filled from the
data; and the evidence date, the newest year a source in the data file carries.

`start.md` holds an `## answer` section (the one-line answer, in plain words, with placeholders) and one
`## <chapter>: Title` section per chapter (the sentence under the chapter's picture on the story map).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aim_explainer.core.content import CHAPTERS, ContentError, fill_placeholders, read_template
from aim_explainer.core.data import StudyData
from aim_explainer.core.sections import headed_sections

START_FILE = "start"
HEADING = re.compile(r"^## ([a-z][a-z0-9_]*)(?:: (.+))?$")
ANSWER = "answer"


@dataclass(frozen=True)
class ChapterCard:
    chapter: str
    title: str
    sentence: str  # plain text: the map is read at a glance, not followed link by link


@dataclass(frozen=True)
class Story:
    answer: str  # Markdown without links
    chapters: tuple[ChapterCard, ...]  # in CHAPTERS order


def story(content_dir: Path, lang: str, data: StudyData) -> Story:
    where = f"{lang}/{START_FILE}.md"
    text = fill_placeholders(read_template(content_dir, lang, START_FILE), data, lang, where, links=False)
    sections = {s.heading.group(1): s for s in headed_sections(text, HEADING) if s.heading is not None}
    headings = {name: section.heading for name, section in sections.items() if section.heading is not None}
    missing = [name for name in (ANSWER, *CHAPTERS) if name not in sections]
    if missing:
        raise ContentError(f"{where}: no section for {', '.join(missing)}")
    cards = tuple(
        ChapterCard(chapter, (headings[chapter].group(2) or "").strip(), sections[chapter].body) for chapter in CHAPTERS
    )
    return Story(sections[ANSWER].body, cards)


def evidence_year(data: StudyData) -> Decimal | None:
    """The newest year any source in the data file carries (publication, online, trial end): how recent
    the evidence the application explains is. None if the file holds no year."""
    years = [row.value for row in data.rows if row.statistic == "year" and row.value is not None and row.verified]
    return max(years, default=None)
