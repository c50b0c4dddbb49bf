"""Every number on screen is a value of the data file, formatted for the language.

Two checks: the prose templates hold no digits of their own (only placeholders), and the rendered
text of every tab, in both languages, holds no number that the data file does not have.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from aim_explainer import paths
from aim_explainer.core.content import CHAPTERS, GLOSSARY_FILE, PLACEHOLDER, read_template
from aim_explainer.core.formatting import MINUS, parse_number

# What prose may write with digits: these are labels and conventions, not study numbers.
ALLOWED_IN_PROSE = [
    r"<?https?://[^\s>)]+>?",  # addresses of the lay summary's links
    r"(?m)^\s*\d+\.\s",  # ordered-list markers
    r"\b[Tt]ype(?:ne|s)? [1-3](?:(?:, | og | and | eller | or )[1-3])*\b",  # Modic type labels
    r"\b95\s?%",  # the confidence level of every interval here
]
NUMBER = re.compile(rf"[{MINUS}-]?\d+(?:[.,]\d+)?")


def strip_allowed(text: str) -> str:
    for pattern in ALLOWED_IN_PROSE:
        text = re.sub(pattern, " ", text)
    return text


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", [*CHAPTERS, GLOSSARY_FILE])
def test_prose_types_no_numbers(lang: str, name: str) -> None:
    template = read_template(paths.resource("content"), lang, name)
    prose = strip_allowed(PLACEHOLDER.sub(" ", template))
    digits = [m.group(0) for m in re.finditer(r".{0,25}\d.{0,25}", prose)]
    assert digits == [], f"{lang}/{name}.md types numbers itself: {digits}"


def data_values(study_data) -> set[Decimal]:
    values: set[Decimal] = set()
    for row in study_data.rows:
        for number in (row.value, row.ci_low, row.ci_high, row.n):
            if number is not None:
                values.update({Decimal(number), -Decimal(number)})  # the screen may negate an effect
    return values


def test_every_number_in_every_tab_comes_from_the_data(make_window, study_data) -> None:
    allowed = data_values(study_data)
    window = make_window("nb")
    for lang in ("nb", "en"):
        window.set_language(lang)
        for tab in window.chapter_tabs:
            tab.retranslate()
            text = strip_allowed(tab.plain_text())
            foreign = [n for n in NUMBER.findall(text) if parse_number(n) not in allowed]
            assert foreign == [], f"{lang}/{tab.chapter} shows numbers not in the data: {foreign}"
            if lang == "nb":
                # Norwegian writes a decimal comma: no number like 1.6 may appear
                assert not re.search(r"\d\.\d", text), f"nb/{tab.chapter} has a decimal point"


def test_the_check_catches_a_number_typed_into_prose(study_data) -> None:
    allowed = data_values(study_data)
    typed = "Amoksicillin ga 13,9 poeng bedre funksjon."
    assert [n for n in NUMBER.findall(strip_allowed(typed)) if parse_number(n) not in allowed] == ["13,9"]
