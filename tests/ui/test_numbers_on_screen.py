"""Every number on screen is a value of the data file, formatted for the language.

The rendered text of every tab, in both languages, holds no number that the data file does not have
(that the templates type none is tests/core/test_prose_numbers.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tests.core.test_prose_numbers import ALLOWED_IN_PROSE

from aim_explainer.core.formatting import MINUS, parse_number

NUMBER = re.compile(rf"[{MINUS}-]?\d+(?:[.,]\d+)?")


def strip_allowed(text: str) -> str:
    for pattern in ALLOWED_IN_PROSE:
        text = re.sub(pattern, " ", text)
    return text


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
