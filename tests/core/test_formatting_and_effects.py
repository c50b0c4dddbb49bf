"""Numbers per language, and the sign convention between the data and the screen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aim_explainer.core.content import shown_value
from aim_explainer.core.formatting import MINUS, NBSP, format_interval, format_number, format_percent, parse_number


@pytest.mark.parametrize(
    ("text", "nb", "en"),
    [
        ("1.6", "1,6", "1.6"),
        ("-2.7", f"{MINUS}2,7", f"{MINUS}2.7"),
        ("0.0", "0,0", "0.0"),
        ("-0.0", "0,0", "0.0"),
        ("7", "7", "7"),
        ("0.06", "0,06", "0.06"),
        ("2015", "2015", "2015"),
    ],
)
def test_format_number(text: str, nb: str, en: str) -> None:
    assert format_number(Decimal(text), "nb") == nb
    assert format_number(Decimal(text), "en") == en
    assert parse_number(nb) == Decimal(text)


def test_percent_and_interval() -> None:
    assert format_percent(Decimal(56), "nb") == f"56{NBSP}%"
    assert format_percent(Decimal(56), "en") == "56%"
    assert format_interval("0,0", "3,1", "nb") == "0,0 til 3,1"
    assert format_interval("0.0", "3.1", "en") == "0.0 to 3.1"


@pytest.mark.parametrize("key", ["effect_total", "effect_type1", "effect_type2", "effect_age_lt40", "effect_stir3"])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_effects_on_screen_follow_the_convention(study_data, key: str, lang: str) -> None:
    shown = shown_value(study_data, key, lang)
    row = shown.row
    assert row.arm == "amoxicillin_minus_placebo"
    assert parse_number(shown.value) == -row.value
    assert parse_number(shown.low) == -row.ci_high
    assert parse_number(shown.high) == -row.ci_low
    assert parse_number(shown.low) <= parse_number(shown.value) <= parse_number(shown.high)


def test_type2_reads_as_published_in_the_right_framing(study_data) -> None:
    shown = shown_value(study_data, "effect_type2", "nb")
    assert (shown.value, shown.low, shown.high) == ("0,1", f"{MINUS}2,6", "2,7")
    total = shown_value(study_data, "effect_total", "en")
    assert (total.value, total.low, total.high) == ("1.6", "0.0", "3.1")
