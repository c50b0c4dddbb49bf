"""Wording rules the statistics demand, checked in every chapter and the glossary, both languages."""

from __future__ import annotations

import re

import pytest

from aim_explainer import paths
from aim_explainer.core.content import CHAPTERS, GLOSSARY_FILE, chapter_markdown, read_template

FORBIDDEN = [
    # the interval is not a 95 % probability statement about this one interval (research §4a)
    r"95\s?%[^.]{0,60}(sannsynlig|probab|sikker|certain|chance|sjanse)",
    r"(sannsynlig|probab|sikker|certain|chance|sjanse)[^.]{0,60}95\s?%",
    r"BIOMODIC",  # the Oslo anti-inflammatory trial is BackToBasic
]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", [*CHAPTERS, GLOSSARY_FILE])
def test_no_forbidden_wording(lang: str, name: str) -> None:
    text = read_template(paths.resource("content"), lang, name)
    for pattern in FORBIDDEN:
        assert not re.search(pattern, text, re.IGNORECASE), f"{lang}/{name}.md matches {pattern}"


@pytest.mark.parametrize(("lang", "wrong"), [("nb", "\u22122,7 til 2,6"), ("en", "\u22122.7 to 2.6")])
def test_type2_interval_is_never_shown_in_the_lay_summary_s_wrong_order(study_data, lang: str, wrong: str) -> None:
    for chapter in CHAPTERS:
        assert wrong not in chapter_markdown(paths.resource("content"), chapter, lang, study_data)


def test_key_messages_are_split_from_the_text() -> None:
    from aim_explainer.core.content import split_key_messages

    text, messages = split_key_messages("# Title\n\n> - One.\n> - Two [x](glossary:rmdq).\n\n## Next\n\nBody.")
    assert messages == ["One.", "Two [x](glossary:rmdq)."]
    assert text == "# Title\n\n\n## Next\n\nBody."
    assert split_key_messages("## No title\n\n> - quote") == ("## No title\n\n> - quote", [])


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_opens_with_key_messages(lang: str, chapter: str) -> None:
    from aim_explainer.core.content import split_key_messages

    _text, messages = split_key_messages(read_template(paths.resource("content"), lang, chapter))
    assert 2 <= len(messages) <= 4
