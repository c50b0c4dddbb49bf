"""Contrast of every colour pair the application uses (WCAG 2.2: text 4.5:1, lines and marks 3:1)."""

from __future__ import annotations

import pytest

from aim_explainer.core.palette import CHART, OKABE_ITO, THEMES, UI


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_against_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_text_reaches_4_5_to_1_on_every_background(theme: str) -> None:
    colours = THEMES[theme]
    minimum = 7.0 if theme == "high_contrast" else 4.5  # the high-contrast theme aims at AAA
    for text in ("text", "muted_text", "accent"):
        for background in ("window", "surface", "key_message", "warning_bg"):
            ratio = contrast(colours[text], colours[background])
            assert ratio >= minimum, f"{theme}: {text} on {background} is {ratio:.2f}:1"


CHART_LINES = {
    "amoxicillin": OKABE_ITO["blue"],
    "placebo": OKABE_ITO["vermillion"],
    "threshold": CHART["threshold"],
    "danish": CHART["danish"],
    "neutral": UI["muted_text"],
}
CHART_TEXT = {
    "threshold": CHART["threshold"],
    "danish": CHART["danish"],
    "values": OKABE_ITO["blue"],
    "neutral": UI["muted_text"],
}
CHART_BACKGROUNDS = {"surface": UI["surface"], "band": "#EDEDE6"}


@pytest.mark.parametrize("name", sorted(CHART_LINES))
def test_chart_lines_reach_3_to_1(name: str) -> None:
    for background in CHART_BACKGROUNDS.values():
        assert contrast(CHART_LINES[name], background) >= 3.0, name


@pytest.mark.parametrize("name", sorted(CHART_TEXT))
def test_chart_labels_reach_4_5_to_1(name: str) -> None:
    assert contrast(CHART_TEXT[name], UI["surface"]) >= 4.5, name
