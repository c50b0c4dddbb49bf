"""The evidence as a timeline: the trials before AIM, AIM's enrolment and publication, and the trials since.

Every year comes from the data file (core.values); an event whose year the file lacks is left out rather
than guessed. The events alternate above and below the line, so neighbouring years keep their words apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from aim_explainer.core.palette import CHART, OKABE_ITO, PICTURE, UI
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.base import Picture, box, fitted_font, scaled_font

# (line colour, label fill): AIM's own events in the amoxicillin blue, the Danish trial in its chart colour
AIM = (OKABE_ITO["blue"], PICTURE["amoxicillin_wash"])
DANISH = (CHART["danish"], PICTURE["neutral_wash"])
OTHER = (UI["muted_text"], PICTURE["neutral_wash"])
LABEL_SHARE = 0.3  # of the picture's width: one event's words
MARGIN_YEARS = 1  # the axis runs one calendar year beyond the first and last event: room for their words


@dataclass(frozen=True)
class Event:
    start: Decimal
    end: Decimal  # the same as start for a single year; a span (AIM's enrolment) otherwise
    when: str  # the year or the span, as written
    what: str  # translated words
    colour: str
    fill: str


class TimelinePicture(Picture):
    picture_id = "timeline"
    aspect = 0.4

    def _year(self, key: str) -> Decimal | None:
        shown = find_value(self.data, key)
        return shown.value if shown is not None else None

    def events(self) -> list[Event]:
        """The events the data file dates, in time order."""
        # Trials of the treatment itself: the activity-advice trial the AIM team cites is in the clinicians' text,
        # where it is explained; on the timeline a patient took it for advice about their own activity.
        wanted = (
            ("danish_year", None, translate("TimelinePicture", "Danish trial: a large benefit"), DANISH),
            ("aim_enrol_start", "aim_enrol_end", translate("TimelinePicture", "AIM takes in patients"), AIM),
            ("aim_year", None, translate("TimelinePicture", "AIM published: a small difference"), AIM),
            ("btb_year", None, translate("TimelinePicture", "BackToBasic (another drug): no clear difference"), OTHER),
            (
                "aus_year",
                None,
                translate("TimelinePicture", "Australian trial: no clear difference"),
                OTHER,
            ),
        )
        found: list[Event] = []
        for start_key, end_key, what, (colour, fill) in wanted:
            start = self._year(start_key)
            if start is None:
                continue  # never a guessed year
            end = self._year(end_key) if end_key else start
            end = end if end is not None else start
            when = self.number(start_key)
            if end != start and end_key is not None:
                when += f"\u2013{self.number(end_key)}"
            found.append(Event(start, end, when, what, colour, fill))
        return sorted(found, key=lambda e: (e.start, e.end))

    def alt_text(self) -> str:
        steps = ". ".join(f"{e.when}: {e.what}" for e in self.events())
        return translate("TimelinePicture", "Timeline of the evidence. {steps}.").format(steps=steps)

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        events = self.events()
        if not events:
            return
        first = float(min(e.start for e in events)) - MARGIN_YEARS
        last = float(max(e.end for e in events)) + MARGIN_YEARS
        span = max(last - first, 1.0)

        def x(year: Decimal | float) -> float:
            return rect.left() + rect.width() * (float(year) - first) / span

        axis_y = rect.center().y()
        ink = QColor(UI["muted_text"])
        painter.setPen(QPen(ink, 2.0))
        painter.drawLine(QPointF(rect.left() + 2, axis_y), QPointF(rect.right() - 2, axis_y))
        label_w = rect.width() * LABEL_SHARE
        label_h = rect.height() * 0.36
        tick = rect.height() * 0.06
        centres = [(x(e.start) + x(e.end)) / 2 for e in events]
        lefts = _spread([c - label_w / 2 for c in centres], label_w, rect)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        inner = QRectF(0, 0, label_w * 0.86, label_h * 0.86)  # the box's padding, as box() leaves it
        words = scaled_font(font, rect, 12)
        for event in events:  # one size for every label: the smallest any of them needs
            fitted = fitted_font(words, inner, f"{event.when}\n{event.what}", flags)
            words = fitted if fitted.pointSizeF() < words.pointSizeF() else words
        for i, event in enumerate(events):
            left, right = x(event.start), x(event.end)
            painter.setPen(QPen(QColor(event.colour), 1.5))
            painter.setBrush(QColor(event.colour))
            if right - left > 1:  # a span: a bar along the line
                painter.drawRoundedRect(QRectF(left, axis_y - tick / 2, right - left, tick), tick / 3, tick / 3)
            else:
                painter.drawEllipse(QPointF(left, axis_y), tick * 0.6, tick * 0.6)
            if small:
                continue
            above = i % 2 == 0
            top = rect.top() + 2 if above else rect.bottom() - label_h - 2
            label = QRectF(lefts[i], top, label_w, label_h)
            painter.setPen(QPen(ink, 1.0, Qt.PenStyle.DotLine))
            edge = label.bottom() if above else label.top()
            painter.drawLine(QPointF(centres[i], axis_y), QPointF(label.center().x(), edge))
            box(painter, label, f"{event.when}\n{event.what}", words, event.fill, event.colour)


def _spread(wanted: list[float], width: float, rect: QRectF) -> list[float]:
    """Left edges of the labels, each as near its event as it can be without touching its neighbour on the same
    side of the line (events alternate sides, so a neighbour is two events away)."""
    gap = rect.width() * 0.02
    lefts = [min(max(w, rect.left()), rect.right() - width) for w in wanted]
    for i in range(2, len(lefts)):  # push right, past the neighbour before
        lefts[i] = max(lefts[i], lefts[i - 2] + width + gap)
    for i in range(len(lefts) - 1, -1, -1):  # and back left, where that passed the right edge
        lefts[i] = min(lefts[i], rect.right() - width)
        if i + 2 < len(lefts):
            lefts[i] = min(lefts[i], lefts[i + 2] - width - gap)
    return lefts
