"""The one line parser of the content files."""

from __future__ import annotations

import re

from aim_explainer.core.sections import headed_sections, split_sections

HEADING = re.compile(r"^## ([a-z]+): (.+)$")


def test_sections_keep_their_order_and_the_lines_before_the_first_heading() -> None:
    text = "intro\n## one: First\na\n\nb\n## two: Second\n## three: Third\nc"
    sections = split_sections(text, HEADING)
    assert [s.heading.group(1) if s.heading else None for s in sections] == [None, "one", "two", "three"]
    assert sections[0].body == "intro"
    assert sections[1].body == "a\n\nb"
    assert sections[2].body == ""
    assert [s.body for s in headed_sections(text, HEADING)] == ["a\n\nb", "", "c"]


def test_text_without_headings_is_one_section() -> None:
    assert [s.body for s in split_sections("x\ny", HEADING)] == ["x\ny"]
    assert headed_sections("x\ny", HEADING) == []
