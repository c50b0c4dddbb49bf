"""Numbers as each language writes them: Norwegian uses a decimal comma, both use a true minus sign.

The number of decimals is the data file's own: Decimal keeps "0.0" as one decimal and "7" as none.
"""

from __future__ import annotations

from decimal import Decimal

MINUS = "\u2212"
NBSP = "\u00a0"

_DECIMAL_MARK = {"nb": ",", "en": "."}
_RANGE_WORD = {"nb": "til", "en": "to"}


def format_number(value: Decimal, lang: str) -> str:
    if value.is_zero():
        value = value.copy_abs()  # never show "−0.0"
    text = format(value, "f")
    negative = text.startswith("-")
    text = text.lstrip("-").replace(".", _DECIMAL_MARK[lang])
    return f"{MINUS}{text}" if negative else text


def format_percent(value: Decimal, lang: str) -> str:
    # Norwegian puts a (non-breaking) space before the percent sign; English does not.
    space = NBSP if lang == "nb" else ""
    return f"{format_number(value, lang)}{space}%"


def format_interval(low: str, high: str, lang: str) -> str:
    """Join two already formatted bounds: "1,5 til 2,5" / "1.5 to 2.5"."""
    return f"{low} {_RANGE_WORD[lang]} {high}"


# Whole numbers from two to twelve, as running text writes them (klarspråk: "seks sykehus", not "6 sykehus").
# One is left out: Norwegian "en/ei/ett" agrees with its noun, which the number does not know.
_COUNT_WORDS = {
    "nb": ("to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"),
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
}


def count_in_words(shown: str, lang: str) -> str:
    """A formatted whole number from two to twelve as a word; any other number as it was formatted."""
    if not shown.isdigit() or not 2 <= int(shown) <= 1 + len(_COUNT_WORDS[lang]):
        return shown
    return _COUNT_WORDS[lang][int(shown) - 2]


def parse_number(text: str) -> Decimal:
    """Inverse of format_number, for tests and for reading numbers back from rendered text."""
    return Decimal(text.replace(MINUS, "-").replace(",", "."))
