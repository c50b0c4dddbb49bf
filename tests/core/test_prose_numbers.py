"""No prose types a number of its own: every `resources/content/*/*.md` (chapters, glossary, comparison,
slides and notes, handouts) writes study numbers only as placeholders filled from the data file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.content import PLACEHOLDER

CONTENT = paths.resource("content")
FILES = sorted(CONTENT.glob("*/*.md"))
# What prose may write with digits: labels and conventions, not study numbers. One list for every file.
ALLOWED_IN_PROSE = [
    r"<?https?://[^\s>)]+>?",  # addresses of the lay summary's links
    r"(?m)^\s*\d+\.\s",  # ordered-list markers
    r"\b[Tt]ype(?:ne|s)? [1-3](?:(?:, | og | and | eller | or )[1-3])*\b",  # Modic type labels
    r"\b95\s?%",  # the confidence level of every interval here
    r"\bSTIR3\b",  # the name of a group in the MRI sub-study
    r"(?m)^Chart: [a-z][a-z-]* \d+\s*$",  # a slide's chart and layer (chart names may hold a hyphen)
]


def typed_numbers(template: str) -> list[str]:
    prose = PLACEHOLDER.sub(" ", template)
    for pattern in ALLOWED_IN_PROSE:
        prose = re.sub(pattern, " ", prose)
    return [m.group(0) for m in re.finditer(r".{0,25}\d.{0,25}", prose)]


def test_every_language_has_the_same_content_files() -> None:
    names = {lang: {p.name for p in FILES if p.parent.name == lang} for lang in ("nb", "en")}
    assert names["nb"] == names["en"]
    assert len(names["nb"]) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_prose_types_no_numbers(path: Path) -> None:
    assert typed_numbers(path.read_text(encoding="utf-8")) == [], f"{path} types numbers itself"


def test_the_check_finds_a_typed_number_and_passes_a_placeholder() -> None:
    assert typed_numbers("The difference was {effect_total} points (Modic type 1, 95 % interval).") == []
    assert typed_numbers("The difference was 1,6 points.") != []
    assert typed_numbers("Chart: effect 3\nAbout 4 statements.") != []
