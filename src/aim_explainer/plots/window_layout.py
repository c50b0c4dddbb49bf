"""Labels of charts in a window (not on a slide, see slide_layout): placed from the plot's pixels so that at a
small window (800x600) no label covers another or the data, and none runs past the plot's edge."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aim_explainer.plots.effect_chart import EffectChart
    from aim_explainer.plots.rerun_chart import RerunChart

GAP = 4.0  # px between and around labels
LABEL_ROWS = 2.5  # rows of the effect chart above its first: room for two labels, one of two lines, at 800x600
ONE_LABEL_ROWS = 1.5  # the same for one label (the patient's chart names only the line set in advance)


def labels_above_rows(chart: EffectChart) -> None:
    """The names of the line set in advance and of the Danish trial stand one above the other, above the rows:
    inside the rows they covered each other and the intervals. The room above is a fixed number of rows, so
    that the chart's range stays put when the panel around it changes height (a reader's click shows details)."""
    view = chart.plot.getPlotItem().getViewBox()
    labels = [line.label for line in chart.reference_lines.values() if line.isVisible()]
    low, high = chart.rows_range
    above = (0.0, ONE_LABEL_ROWS)[len(labels)] if len(labels) < 2 else LABEL_ROWS
    view.setYRange(low, high + above, padding=0)
    height = view.height()
    if height <= 0:
        return
    top = GAP
    for label in labels:
        label.anchors = [(label.anchor.x(), 0), (label.anchor.x(), 0)]  # the label hangs from its place
        label.setPosition(1.0 - top / height)
        top += label.textItem.boundingRect().height() + GAP


def _left_of(chart: RerunChart, x: float) -> float:
    """The part of the plot's width left of `x`."""
    low, high = chart.plot.getPlotItem().getViewBox().viewRange()[0]
    return (x - low) / (high - low)


def fit_rerun(chart: RerunChart, repeats: int) -> None:
    """The names of the lines in rows above the repeats, inside the plot (the line set in advance is named left
    of its line: right of it, it ran past the edge), and the key below the last repeat, where it covered the
    bottom repeats at the end of the animation."""
    view = chart.plot.getPlotItem().getViewBox()
    height, width = view.height(), view.width()
    row = max(item.textItem.boundingRect().height() for item in (chart.watermark, chart.truth_label)) + GAP
    chart.truth_label.setAnchor((1, 0.5))  # left of its line, under the watermark's row
    labels_width = chart.watermark.textItem.boundingRect().width() + GAP
    threshold = chart.threshold_label
    if threshold is not None:
        threshold.setAnchor((1, 0.5))
        labels_width += threshold.textItem.boundingRect().width()
    # the watermark and the line set in advance share the top row when the plot is wide enough
    shared = threshold is None or labels_width < width * _left_of(chart, chart.threshold or 0.0)
    rows = 2 if shared else 3
    # the key's size from its words (its own size follows only after Qt lays it out): in one row if it fits
    texts = [(sample, label.item.boundingRect()) for sample, label in chart.legend.items]
    entries = [(sample.boundingRect().width() + text.width() + 16, text.height()) for sample, text in texts]
    widest = max((w for w, _ in entries), default=0.0)  # the key's columns are as wide as its widest entry
    columns = next((c for c in (len(entries), 2) if c * widest + 20 < width), 1)
    chart.legend.setColumnCount(columns)
    # rows of words, the key's own margins, and 10 px off the edge
    foot = math.ceil(len(entries) / columns) * (max((h for _, h in entries), default=0) + 4) + 30
    span = float(repeats + 1)
    if height < 1.5 * (rows * row + foot):  # not laid out yet, or far too small: as drawn
        return
    per_px = span / (height - rows * row - foot)  # repeats per pixel
    top = -rows * row * per_px
    view.setYRange(top, span + foot * per_px, padding=0)
    chart.watermark.setAnchor((0, 0.5))
    chart.watermark.setPos(view.viewRange()[0][0], top + row * per_px / 2)
    chart.truth_label.setPos(chart.truth, top + (rows - 0.5) * row * per_px)
    if threshold is not None:
        threshold.setPos(chart.threshold, top + (0.5 if shared else 1.5) * row * per_px)
