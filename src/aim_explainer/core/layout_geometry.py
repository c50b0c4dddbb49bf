"""Which texts on a screen collide: two text boxes that overlap, or a text that runs past the area it belongs to.

Pure geometry, no Qt: the presentation's layout check (ui/presentation/layout_check.py) measures the boxes on a
drawn step and hands them here, and a test can build boxes by hand to prove the check can fail.
"""

from __future__ import annotations

from dataclasses import dataclass

# Pixels two boxes may share before they count as overlapping: glyph boxes carry a pixel of rounding, and two
# lines of one paragraph touch without colliding.
TOLERANCE = 1.5


@dataclass(frozen=True)
class Box:
    """A rectangle in screen pixels: left, top, width, height."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlap(self, other: Box) -> tuple[float, float]:
        """How far the two boxes reach into each other, across and down (≤ 0: apart)."""
        across = min(self.right, other.right) - max(self.left, other.left)
        down = min(self.bottom, other.bottom) - max(self.top, other.top)
        return across, down

    def overhang(self, outer: Box) -> float:
        """How far this box runs past `outer` on its worst side (≤ 0: inside)."""
        return max(outer.left - self.left, self.right - outer.right, outer.top - self.top, self.bottom - outer.bottom)


@dataclass(frozen=True)
class TextBox:
    """A text as drawn: what it says, where, and the area it must stay inside (the chart's plot or the screen)."""

    text: str
    box: Box
    area: str  # a name of an Area
    group: str = ""  # texts of one group are one text's lines or parts, laid out together: never compared


@dataclass(frozen=True)
class Problem:
    kind: str  # "overlap" or "outside"
    first: str
    second: str  # the other text, or the area the first ran past

    def describe(self) -> str:
        if self.kind == "overlap":
            return f"overlap: {self.first!r} and {self.second!r}"
        return f"outside: {self.first!r} runs past {self.second}"


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def find_problems(texts: list[TextBox], areas: dict[str, Box], tolerance: float = TOLERANCE) -> list[Problem]:
    """Every pair of overlapping texts (of different groups) and every text past its area, in the order found."""
    problems = []
    for text in texts:
        area = areas.get(text.area)
        if area is not None and text.box.overhang(area) > tolerance:
            problems.append(Problem("outside", _short(text.text), text.area))
    for index, first in enumerate(texts):
        for second in texts[index + 1 :]:
            if first.group and first.group == second.group:
                continue
            across, down = first.box.overlap(second.box)
            if across > tolerance and down > tolerance:
                problems.append(Problem("overlap", _short(first.text), _short(second.text)))
    return problems
