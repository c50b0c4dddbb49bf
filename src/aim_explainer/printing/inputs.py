"""What a handout is made from: plain values, not the application's state, so that a handout can be
made (and tested) without a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aim_explainer.core import handout as text
from aim_explainer.core.data import StudyData


@dataclass(frozen=True)
class HandoutInputs:
    """One handout to put on paper. Words of the page furniture (footer, chart labels) come from the
    translator installed for `language`; the prose, the numbers and their formatting from these values."""

    data: StudyData
    language: str  # "nb" or "en"
    kind: str  # one of core.handout.KINDS
    parts: tuple[text.Part, ...]  # the handout's text cut into parts (core.handout.handout_parts)
    title: str  # for the document's properties and the printer's queue
    printed_on: date  # the date in the footer


def handout_inputs(
    content_dir: Path, kind: str, language: str, data: StudyData, printed_on: date | None = None
) -> HandoutInputs:
    """The handout `kind` in `language` from the templates under `content_dir`, printed today unless told."""
    parts = tuple(text.handout_parts(content_dir, kind, language, data))
    return HandoutInputs(data, language, kind, parts, text.title(list(parts)), printed_on or date.today())
