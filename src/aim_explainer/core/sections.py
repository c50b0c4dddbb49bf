"""The one line parser of the content files: cut Markdown at the lines a pattern matches.

Glossary entries (`## term: Title`), comparison table rows (`## row_id: Title`), the explanations
(`## Heading`), slides (`---` between steps) and speaker notes (`Notes:`) are all sections of this kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    heading: re.Match[str] | None  # the line that opened it; None for the lines before the first heading
    lines: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n".join(self.lines).strip()


def split_sections(text: str, heading: re.Pattern[str]) -> list[Section]:
    """Every section in order, the lines before the first heading included (heading None)."""
    sections: list[Section] = []
    opened: re.Match[str] | None = None
    lines: list[str] = []
    for line in text.splitlines():
        match = heading.match(line)
        if match is None:
            lines.append(line)
            continue
        sections.append(Section(opened, tuple(lines)))
        opened, lines = match, []
    sections.append(Section(opened, tuple(lines)))
    return sections


def headed_sections(text: str, heading: re.Pattern[str]) -> list[Section]:
    """The sections that start with a heading: what comes before the first one is not part of any."""
    return [s for s in split_sections(text, heading) if s.heading is not None]
