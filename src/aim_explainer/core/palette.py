"""The one palette: Okabe-Ito colours (safe for colour-blind viewers) and the interface colours, and the themes.

Plain hex strings, so core stays free of Qt; ui/style.py and plots/ turn them into Qt colours.
"""

from enum import StrEnum


class Theme(StrEnum):
    """The look in force. Its values are what settings files and the command line write."""

    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"


TEXT_POINT_SIZE = 11.0  # the normal reading size; larger than Qt's default, as the text is the product
CHART_TEXT_SCALE_MAX = 1.4  # charts grow their text this far with the reader's text size, no further:
# beyond it the plot would be all labels (the table view shows the same numbers at any size)

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

UI = {
    "window": "#F7F7F4",
    "surface": "#FFFFFF",
    "text": "#1B1B1B",
    "muted_text": "#4A4A4A",
    "accent": "#0062A3",  # a darker Okabe-Ito blue: 6:1 on white for links and focus
    "border": "#C9C9C2",
    "key_message": "#E8F1F8",  # panel behind a chapter's key messages
    "warning_bg": "#FFF4D6",
    "warning_border": "#B07A00",
}

# Okabe-Ito hues darkened where a line or its label must reach 4.5:1 on white (WCAG 1.4.3 / 1.4.11).
CHART = {
    "threshold": "#00745A",  # bluish green, darker: the line set in advance
    "danish": "#8E3B78",  # reddish purple, darker: the Danish trial
}

# The high-contrast theme: black on white, a deep blue for links and focus, black borders.
UI_HIGH_CONTRAST = {
    **UI,
    "window": "#FFFFFF",
    "surface": "#FFFFFF",
    "text": "#000000",
    "muted_text": "#000000",
    "accent": "#0000B0",
    "border": "#000000",
    "key_message": "#EEEEEE",
    "warning_bg": "#FFFFFF",
    "warning_border": "#000000",
}
THEMES = {Theme.STANDARD: UI, Theme.HIGH_CONTRAST: UI_HIGH_CONTRAST}

# Colours outside the themes: tints, overlays and print. Alpha is 0 (clear) to 255 (solid).
CHART_TINT = {
    "treatment": "#EDEDE6",  # behind the treatment period and the exploratory rows
    "contrast_text": "#000000",  # chart labels in the high-contrast theme
}
LABEL_PATCH_RGBA = (255, 255, 255, 235)  # behind labels and legends: words stay readable over lines
CLEAR_RGBA = (0, 0, 0, 0)
PRESENTATION = {
    "blank": "#000000",  # B blanks the projector
    "spotlight_ring_outer": "#000000",
    "spotlight_ring_inner": "#FFD400",  # yellow on black: seen on any background
}
SPOTLIGHT_DIM_RGBA = (0, 0, 0, 110)
PRINT = {"ink": "#000000", "paper": "#FFFFFF", "rule": "#808080"}  # handouts: black and greys only
# The pictures drawn from the data: light washes under words keep the text's full contrast.
PICTURE = {
    "amoxicillin_wash": "#DCEBF5",  # the amoxicillin blue, light
    "placebo_wash": "#F8E3D6",  # placebo's vermillion, light
    "neutral_wash": "#F1F1EC",
    "bone": "#EFE9DC",
    "bone_edge": "#8A7F6A",
    "disc": "#BFD8E8",
    "modic_type3": "#6E6E6E",  # hardened bone, with a cross-hatch as its second cue
}
