"""Document flow: boxes placed top to bottom, page after page, never below the room a page has.

The flow knows heights and where a box may be cut, not what is in it: text, charts and QR codes are
painters of a box (see layout.py). Lengths are in device pixels, relative to the printable area above
the footer, so that it can be tested with made-up heights.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

Paint = Callable[[QPainter, QRectF], None]  # draws something into a box on the page
SlicePaint = Callable[[float, float], Paint]  # the painter of a slice of a tall box: its top and height


@dataclass
class Placed:
    rect: QRectF  # in device pixels, relative to the printable area
    paint: Paint
    chart: bool = False  # the caller wants to know where charts went (the tests read the PDF's text by it)


@dataclass
class Flow:
    """Places boxes top to bottom, page after page, in a column `height` high."""

    height: float
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, rect: QRectF, paint: Paint, chart: bool = False) -> None:
        self.pages[-1].append(Placed(rect, paint, chart))

    def skip(self, space: float) -> None:
        if self.y > 0:  # no space at the top of a page
            self.y = min(self.y + space, self.height)

    def keep_together(self, height: float) -> None:
        """Start a new page unless `height` fits on this one (a box taller than a page starts at the top)."""
        if height > self.room and self.y > 0:
            self.new_page()

    def add(self, height: float, paint: Paint, width: float, left: float = 0.0, chart: bool = False) -> None:
        """A box that is never cut: at the current height, on this page or on the next."""
        self.keep_together(height)
        self.place(QRectF(left, self.y, width, height), paint, chart)
        self.y += height

    def add_breakable(
        self, height: float, breaks: Sequence[float], slice_paint: SlicePaint, width: float, left: float = 0.0
    ) -> None:
        """A box `height` high that may be cut at `breaks` (heights inside it): as much as fits on this
        page, the rest on the next ones. Cut at the page's end only where no break fits on a fresh page."""
        top = 0.0
        while True:
            rest = height - top
            if rest <= self.room:
                self.place(QRectF(left, self.y, width, rest), slice_paint(top, rest))
                self.y += rest
                return
            fitting = [b for b in breaks if top < b <= top + self.room]
            if not fitting:
                if self.y == 0:  # taller than a page: cut it where the page ends
                    fitting = [top + self.room]
                else:
                    self.new_page()
                    continue
            end = fitting[-1]
            self.place(QRectF(left, self.y, width, end - top), slice_paint(top, end - top))
            top = end
            self.new_page()
