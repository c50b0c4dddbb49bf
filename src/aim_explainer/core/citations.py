"""A source as a reader sees it: the paper, table, page or summary, without the project's working notes.

The data file's `source` column carries notes for whoever checks it ("[SECONDARY - confirm vs BMJ abstract]",
file names of the project's own notes). On screen and paper the status is said in words of its own
(core.values.SourceStatus); the citation shows only where the number comes from.
"""

from __future__ import annotations

import re

_NOTES = (
    (re.compile(r"\s*\[[^\]]*\]"), ""),  # the notes' status tags, said as a status instead
    (re.compile(r"\s*\((?:seed|study)/[^)]*\)"), ""),  # file names of the project's sources
    (re.compile(r"\bstudy/trial-data\.md(?:\s*(?:§\s*[\d.]+|flag \d+))?:\s*"), ""),  # the project's study notes
    (re.compile(r"\s*-?\s*confirm vs [^;,)\]]*", re.IGNORECASE), ""),  # a checker's to-do
)


def readable_citation(source: str) -> str:
    text = source
    for pattern, replacement in _NOTES:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" ;,-") or source.strip()
