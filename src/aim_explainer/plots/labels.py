"""The label toolkit: how tall a chart's text is, how many columns its key takes, labels stacked above rows, an axis
title too long for its axis moved to the heading above the plot, and labels wrapped at the plot's edge.

Each works on pyqtgraph items and sizes, never on a chart class, so that every chart places its labels with the
same rules in its own layout_window() and layout_slide(). The rules come from labels that collided: at 800x600
in a window, and on a projector, where the text is three times as large, labels ran into each other
("placebedre"), over the data, or out of the chart.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from aim_explainer.plots import style
from aim_explainer.plots._pg import pg

GAP = 4.0  # px between and around labels
LINE_GAP = 1.25  # a label's line height, as a share of its text height, when labels are stacked
# The key's own margins and its 10 px off the plot's edge, below its rows of words.
LEGEND_MARGIN = 30.0
LEGEND_ROW_GAP = 4.0  # px between the key's rows
LEGEND_SAMPLE_GAP = 16.0  # px between a key entry's sample line and its words, and around the entry
TITLE_SLACK = 16.0  # px: a title's box is a little longer than its words, and a close fit still ran past the chart
TITLE_NUDGE = 5.0  # px: pyqtgraph sets a bottom axis's title this far below the axis's foot
MIN_WRAP = 40.0  # px: a label is never wrapped narrower than this


def text_height(point_size: float) -> float:
    """The height of a line of the charts' type at `point_size`."""
    return QFontMetricsF(style.chart_font(point_size)).height()


def legend_grid(legend: pg.LegendItem, width: float) -> float:
    """Lay the key out in as many columns as fit in `width` pixels (every row of the key is a row less for the
    data); returns the key's height, margins included. Measured from its words, since the key's own size follows
    only after Qt lays it out."""
    texts = [(sample.boundingRect(), label.item.boundingRect()) for sample, label in legend.items]
    entries = [(sample.width() + words.width() + LEGEND_SAMPLE_GAP, words.height()) for sample, words in texts]
    widest = max((w for w, _h in entries), default=0.0)  # the key's columns are as wide as its widest entry
    columns = next((c for c in range(len(entries), 1, -1) if c * widest + 20 < width), 1)
    legend.setColumnCount(columns)
    rows = math.ceil(len(entries) / columns)
    return rows * (max((h for _w, h in entries), default=0.0) + LEGEND_ROW_GAP) + LEGEND_MARGIN


def stack_from_top(view: pg.ViewBox, lines: Iterable[pg.InfiniteLine]) -> None:
    """The names of vertical lines one under the other from the plot's top, each hanging from its place: inside the
    rows they covered each other and the data. The view's range must already keep room above the rows."""
    height = view.height()
    if height <= 0:
        return
    top = 0.0  # a name's box has its own margin around its letters: a gap enough between names and above them
    for line in lines:
        label = line.label
        label.anchors = [(label.anchor.x(), 0), (label.anchor.x(), 0)]  # the label hangs from its place
        label.setPosition(1.0 - top / height)
        top += label.textItem.boundingRect().height()


def wrap_beside(view: pg.ViewBox, lines: list[pg.InfiniteLine], most_lines: int = 3) -> bool:
    """Each vertical line's name within the room on its side, from its line to the next line, wrapped where it is
    wider: every line crosses every name's row (at 960 px the Danish line's name reached left past the plot's edge
    and across the line set in advance). Where that room is narrower than the name's longest word (a narrow plot),
    the name may cross the other lines, on its white patch, and wraps at the plot's edge instead. A centred name
    has twice its nearer side's room. Returns whether every name stands free: in its room between the lines, in
    at most `most_lines` lines (in a 97 px plot at 200 % display scaling a name took six lines, 108 px); where not,
    the chart had better give the names elsewhere (a key above the plot)."""
    low, high = view.viewRange()[0]
    per_pixel = x_per_pixel(view)
    places = [line.value() for line in lines]
    free = True
    for line in lines:
        label = line.label
        label.setTextWidth(-1)
        metrics = QFontMetricsF(label.textItem.font())
        words = (metrics.horizontalAdvance(word) for word in label.toPlainText().split())
        # as wide as its longest word and the text's margins: narrower, Qt breaks the word ("typisk-e")
        longest = max(words, default=0.0) + 2 * label.textItem.document().documentMargin() + 1
        at = line.value()
        room = 0.0
        for others in (places, [at]):  # the room between the lines, else to the plot's edges
            left = (at - max([p for p in others if p < at] + [low])) / per_pixel - 2 * GAP
            right = (min([p for p in others if p > at] + [high]) - at) / per_pixel - 2 * GAP
            side = label.anchor.x()  # 1: left of its line, 0: right of it, between: centred
            room = left if side >= 1 else right if side <= 0 else 2 * min(left, right)
            if room >= longest:
                break
            free = False
        if label.textItem.boundingRect().width() > room:
            label.setTextWidth(max(room, MIN_WRAP))
        free = free and label.textItem.boundingRect().height() <= most_lines * metrics.lineSpacing() + 2 * (
            label.textItem.document().documentMargin() + 1
        )
    return free


def bottom_title_within(plot: pg.PlotItem, width: float) -> None:
    """The bottom axis's title wraps, centred, where under its axis it would run past the chart's `width` pixels:
    it is centred under a plot that wide row names on both sides may leave narrow (at 800 px with a scroll bar it
    ran past the chart's right edge). The axis is as tall as its numbers and the whole title: pyqtgraph counts a
    title at 0.8 of its height, which cut the last line of a title of three lines."""
    axis = plot.getAxis("bottom")
    title = axis.label
    if not axis.isVisible() or not axis.labelText or not title.isVisible():
        return
    centre = axis.mapRectToScene(axis.boundingRect()).center().x()
    room = max(2 * min(centre, width - centre) - 4 * GAP, MIN_WRAP)
    option = title.document().defaultTextOption()
    if option.alignment() != Qt.AlignmentFlag.AlignHCenter:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.document().setDefaultTextOption(option)
    title.setTextWidth(-1)
    title.setTextWidth(room if title.boundingRect().width() > room else -1.0)
    numbers = max(axis.textHeight, QFontMetricsF(axis.style["tickFont"] or axis.font()).height())
    offset = axis.style["tickTextOffset"][1] + max(0, axis.style["tickLength"])
    height = round(numbers + offset + title.boundingRect().height() - TITLE_NUDGE)  # its top right under the numbers
    if axis.fixedHeight != height:
        axis.setHeight(height)
    else:
        axis.resizeEvent()  # the title, maybe wrapped anew, centred again at the axis's foot
    margins = plot.layout.getContentsMargins()
    if margins[3] != TITLE_NUDGE:  # pyqtgraph sets the title this far below its axis's foot
        plot.layout.setContentsMargins(margins[0], margins[1], margins[2], TITLE_NUDGE)


def bottom_title_free(plot: pg.PlotItem) -> None:
    """The bottom axis's title unwrapped and its height pyqtgraph's own again (a slide lays out its own title)."""
    axis = plot.getAxis("bottom")
    axis.label.setTextWidth(-1)
    if axis.fixedHeight is not None:
        axis.setHeight(None)
        margins = plot.layout.getContentsMargins()
        plot.layout.setContentsMargins(margins[0], margins[1], margins[2], margins[0])


def stacked_height(lines: Iterable[pg.InfiniteLine]) -> float:
    """The pixels stack_from_top() takes for the lines' names, and a gap below them."""
    return sum(line.label.textItem.boundingRect().height() for line in lines) + GAP


def fit_in_row(view: pg.ViewBox, left: pg.TextItem, right: pg.TextItem, middle: list[pg.TextItem], gap: float) -> bool:
    """Whether `left` at the plot's left edge, `right` at its right edge and each of `middle` centred on its place
    stand on one row with `gap` pixels between neighbours ("← bedre med pl" ran into "ingen forskjell")."""
    low = view.viewRange()[0][0]
    per_pixel = x_per_pixel(view)
    spans = [(0.0, left.boundingRect().width())]
    for item in sorted(middle, key=lambda i: i.pos().x()):
        place, width = (item.pos().x() - low) / per_pixel, item.boundingRect().width()
        start = place - item.anchor.x() * width  # centred, or moved inside the plot (keep_inside)
        spans.append((start, start + width))
    spans.append((view.width() - right.boundingRect().width(), view.width()))
    return all(after[0] - before[1] >= gap for before, after in itertools.pairwise(spans))


def keep_inside(view: pg.ViewBox, item: pg.TextItem) -> None:
    """A word centred on its place, moved only as far as keeps it inside the plot, or centred on the plot where it
    is as wide (its letters fit, its patch's margins may not): at 200 % display scaling "no difference", centred on
    the zero line of a 97 px plot, lost its first letter at the plot's left edge. A word wider than the plot wraps
    within it ("ingen forskjell" lost a letter at each edge of a 155 px plot at 200 %)."""
    room = view.width()
    item.setTextWidth(-1)
    if room > 0 and item.boundingRect().width() > room:
        item.setTextWidth(room)
    width = item.boundingRect().width()
    if width <= 0 or room <= 0:
        return
    place = (item.pos().x() - view.viewRange()[0][0]) / x_per_pixel(view)
    if width >= room:
        share = (place - (room - width) / 2) / width  # the share of the word left of its place
    else:  # half, unless an edge is nearer
        share = min(max(0.5, 1.0 - (room - place) / width), place / width)
    item.setAnchor((share, item.anchor.y()))


def titles_to_heading(plot: pg.PlotItem, heading: QLabel, titles: dict[str, str], point_size: float) -> bool:
    """An axis title longer than its axis goes to the heading above the plot, where it wraps (on a slide "De 24
    ja/nei-utsagnene ..." ran past the chart, and a rotated title longer than a short axis was cut at its top);
    one that fits again goes back on its axis. `titles` are the chart's own titles by side ("bottom", "left").
    Returns whether the heading changed (the chart must lay itself out again: a heading shown again kept the zero
    height it had while hidden)."""
    moved = []
    for side in ("left", "bottom"):
        title = titles.get(side, "")
        axis = plot.getAxis(side)
        if not title or not axis.isVisible():
            continue
        wide = QFontMetricsF(axis.label.font()).horizontalAdvance(title)
        length = axis.boundingRect().height() if side == "left" else axis.boundingRect().width()
        too_long = wide + (TITLE_SLACK if side == "left" else 0.0) > length
        if too_long:
            moved.append(title)
            if axis.labelText:
                plot.setLabel(side, "")
                axis.showLabel(False)
        elif axis.labelText != title:
            plot.setLabel(side, title)
    text = " · ".join(moved)
    sheet = f"font-size: {point_size:.1f}pt;"  # the size follows the slide's, also for the same words
    before = (heading.styleSheet(), heading.text(), heading.isHidden())
    if heading.styleSheet() != sheet:
        heading.setStyleSheet(sheet)
    if heading.text() != text:
        heading.setText(text)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    heading.setVisible(bool(text))
    return (heading.styleSheet(), heading.text(), heading.isHidden()) != before


def gap_before_ticks(axis: pg.AxisItem, point_size: float) -> None:
    """A rotated axis title a third of a line away from the tick numbers: it touched them."""
    if axis.isVisible() and axis.labelText and axis.label.isVisible():
        gap = text_height(point_size) * 0.3
        offset = sum(axis.style["tickTextOffset"][:1])
        axis.setWidth(round(axis.textWidth + offset + 5 + axis.label.boundingRect().height() + gap))


def wrap_at_edge(plot: pg.PlotItem) -> None:
    """A label too wide for the room from where it stands to the plot's right edge wraps there (AIM's
    missing-curves note ran past the plot)."""
    room = plot.getViewBox().sceneBoundingRect()
    for item in plot.items:
        if not isinstance(item, pg.TextItem) or not item.isVisible():
            continue
        item.setTextWidth(-1)
        shown = item.sceneBoundingRect()
        if shown.right() > room.right() and shown.left() < room.right():
            item.setTextWidth(max(room.right() - shown.left() - GAP, MIN_WRAP))


def x_per_pixel(view: pg.ViewBox) -> float:
    """How far along the x axis one pixel of the plot reaches."""
    low, high = view.viewRange()[0]
    return (high - low) / max(view.width(), 1.0)


def inside_x(view: pg.ViewBox, at: float, width: float) -> float:
    """Where a label `width` (in x units) wide starts: right of `at` where it fits there, else left of it, else as
    near as the edges allow (at 1024 × 768 a label ran past the plot's right edge, and on the left past the left)."""
    low, high = view.viewRange()[0]
    if at + width <= high:
        return at
    if at - width >= low:
        return at - width
    return max(low, high - width)
