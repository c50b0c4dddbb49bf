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


def parse_number(text: str) -> Decimal:
    """Inverse of format_number, for tests and for reading numbers back from rendered text."""
    return Decimal(text.replace(MINUS, "-").replace(",", "."))
