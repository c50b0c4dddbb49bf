"""Where the labels of a chart go on a slide, where the text is large: no label over another, none past the edge.

On screen, a chart's labels sit where the reader's text size leaves room. On a projector, the text is three times
as large and the labels ran into each other ("placebedre"), over the watermark, or out of the chart. These place
them from the pixel size of the plot; each chart calls its function from `fit_to_room` while presenting.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from aim_explainer.core.effects import row_layer
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg

if TYPE_CHECKING:
    from aim_explainer.plots.chart_panel import ChartPanel
    from aim_explainer.plots.effect_chart import EffectChart
    from aim_explainer.plots.rerun_chart import RerunChart

LINE_GAP = 1.25  # a label's line height, as a share of its text height, when labels are stacked


def _dpi(chart: object) -> float:
    return float(chart.logicalDpiY()) or 96.0  # type: ignore[attr-defined]


def text_height(chart: object, point_size: float) -> float:
    return QFontMetricsF(style.chart_font(point_size)).height()


def short(label: str, presenting: bool) -> str:
    """A row's name without its "(exploratory)": on a slide the band says it once, above its rows."""
    return label.split(" (")[0] if presenting else label


def fit_effect(chart: EffectChart) -> None:
    """Rows: only those the slide shows, with no room kept for the rest. The directions: in the axis title, as
    one line under the numbers, where two labels inside the plot overlapped. The Danish line's label: below the
    label of the line set in advance. Ticks: far enough apart for their numbers."""

    visible_rows = [y for y, r in zip(chart.y, chart.rows, strict=True) if chart.layer_visible(row_layer(r))]
    plot = chart.plot.getPlotItem()
    view = plot.getViewBox()
    size = chart.font_size()
    height = max(view.height(), 1.0)
    line = text_height(chart, size * 0.9) * LINE_GAP
    lines = chart.reference_lines
    shown_lines = [key for key, item in lines.items() if item.isVisible()]
    room = line * 0.2
    if visible_rows:
        low, high = min(visible_rows) - 0.7, max(visible_rows) + 0.5
        if height > 2 * room:
            high += (high - low) * room / (height - room)
        view.setYRange(low, high, padding=0)
    for item in (chart.direction_left, chart.direction_right):
        item.setVisible(False)
    zero = getattr(chart, "zero_label", None)  # the patient's chart names the zero line below its rows
    if zero is not None and visible_rows:  # below the rows on show: below all rows, it ran out of the plot
        zero.setPos(0, min(visible_rows) - 0.45)
    gap = "\u00a0" * 5  # not collapsed, as plain spaces are in the axis title's rich text
    placebo, amoxicillin = (translate("EffectChart", t) for t in ("better with placebo", "better with amoxicillin"))
    directions = f"\u2190 {placebo}{gap}{amoxicillin} \u2192"
    if plot.getAxis("bottom").labelText != directions:
        plot.setLabel("bottom", directions)
        plot.getAxis("bottom").label.setFont(style.chart_font(size))
    key_lines, notes = [], []  # the lines' names, above the plot: inside it, they were wider than the plot itself
    for key, sample in (("mcid", "\u254c\u254c"), ("danish", "\u2508\u2508")):
        if key in shown_lines:
            lines[key].label.setVisible(False)
            text = lines[key].label.format  # its own lines: one wide title line widened the plot past the slide
            colour = lines[key].pen.color().name()
            first, *rest = f"{sample} {text}".splitlines()
            key_lines.append(f"<span style='color:{colour}; font-weight:bold'>{escape(first)}</span>")
            notes.extend(f"<span style='color:{colour}'>{escape(line)}</span>" for line in rest)
    # the key goes in the chart's heading, a label above the plot that wraps (a plot title cannot)
    key = "<br>".join([("\u00a0" * 4).join(key_lines), *notes]) if key_lines else ""
    if key != chart.heading.text():  # only when it changes: a new text lays the panel out again
        chart.heading.setText(key)
        chart.heading.setStyleSheet(f"font-size: {size * 0.9:.1f}pt;")
        chart.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    chart.heading.setVisible(bool(key))
    explored = [y for y, r in zip(chart.y, chart.rows, strict=True) if r.exploratory and y in visible_rows]
    chart.band_label.setVisible(bool(explored))
    if explored:
        chart.band_label.setText(translate("EffectChart", "Exploratory"))
        chart.band_label.setFont(style.chart_font(size * 0.9, bold=True))
        chart.band_label.setPos(chart.x_range[0], max(explored) + 0.5)
    span = chart.x_range[1] - chart.x_range[0]
    style.spread_ticks(plot.getAxis("bottom"), span, view.width(), size, _dpi(chart))


def fit_rerun(chart: RerunChart, headroom: float) -> float:
    """Three rows above the repeats, one label each, so that none covers another: the watermark, the assumed
    true difference (left of its line) and the line set in advance (left of its line, so it never runs past the
    right edge); and room under the repeats for the key, which covered the last of them. Returns the headroom,
    in repeats, that the three rows need at this size."""
    plot = chart.plot.getPlotItem()
    view = plot.getViewBox()
    size = chart.font_size()
    row = text_height(chart, size * 1.1) * LINE_GAP
    height = max(view.height(), 1.0)
    span = len(chart.trials) + 1
    # the key's words at the slide's size first: its height decides the room kept for it under the repeats
    for _sample, label in chart.legend.items:
        label.setText(label.text, size=f"{size * 0.9:.1f}pt")
    # in as few rows as the width allows: every row of the key is a row less for the repeats
    boxes = [(sample.boundingRect(), label.item.boundingRect()) for sample, label in chart.legend.items]
    entries = [(sample.width() + words.width() + 16, words.height()) for sample, words in boxes]
    widest = max((w for w, _h in entries), default=0.0)
    columns = next((c for c in range(len(entries), 1, -1) if c * widest + 20 < view.width()), 1)
    chart.legend.setColumnCount(columns)
    foot = -(-len(entries) // columns) * (max((h for _w, h in entries), default=0.0) + 4) + 24
    bottom = span
    if height > 4 * row + foot:
        per_px = span / (height - 3 * row - foot)  # repeats per pixel
        headroom, bottom = 3 * row * per_px, span + foot * per_px
    view.setYRange(-headroom, bottom, padding=0)
    # which repeat is which is no matter for the room: the numbers on the left only took width
    plot.getAxis("left").setStyle(showValues=False)
    left = view.viewRange()[0][0]
    chart.watermark.setPos(left, -headroom * 5 / 6)
    chart.watermark.setAnchor((0, 0.5))
    # right of its line where it fits there, else left of it, else as near as the edges allow: at 1024 × 768
    # it ran past the plot's right edge, and on the left it ran past the left one
    x_low, x_high = view.viewRange()[0]
    wide = chart.truth_label.textItem.boundingRect().width() * (x_high - x_low) / max(view.width(), 1.0)
    if chart.truth + wide <= x_high:
        x = chart.truth
    elif chart.truth - wide >= x_low:
        x = chart.truth - wide
    else:
        x = max(x_low, x_high - wide)
    chart.truth_label.setAnchor((0, 0.5))
    chart.truth_label.setPos(x, -headroom / 2)
    if plot.getAxis("left").labelText:  # the bars say what they are; the tall axis title did not fit
        plot.setLabel("left", "")
        plot.getAxis("left").showLabel(False)
    if chart.threshold_label is not None:
        chart.threshold_label.setAnchor((1, 0.5))
        chart.threshold_label.setPos(chart.threshold, -headroom / 6)
    chart.watermark.setFont(style.chart_font(size * 1.1, bold=True))
    return headroom


def fit_directions(chart: EffectChart) -> None:
    """In a window: where the plot is too narrow for both direction words inside it, they would run into each
    other ("placebobedre"); then they go under the axis, in one line below its title."""
    words = (chart.direction_left, chart.direction_right)
    room = chart.plot.getPlotItem().getViewBox().width()
    fits = sum(item.boundingRect().width() for item in words) + 3 * chart.font_size() < room
    for item in words:
        item.setVisible(fits)
    unit = translate("EffectChart", "Points better with amoxicillin on the 0 to 24 questionnaire")
    directions = " \u00a0\u00a0 ".join(item.toPlainText() for item in words)
    label = unit if fits else f"{unit}<br>{directions}"
    if chart.plot.getPlotItem().getAxis("bottom").labelText != label:
        chart.plot.getPlotItem().setLabel("bottom", label)


def _rotated_title_above(chart: ChartPanel) -> str:
    """The left axis's title when it is longer than the axis is high (a short chart under three lines of text):
    taken off the axis, where it was cut at the top, for the heading above the plot; "" when it fits."""
    plot = chart.plot.getPlotItem()
    left = plot.getAxis("left")
    title = left.labelText or getattr(chart, "_slide_left_title", "")
    if not title or not left.isVisible():
        return ""
    # with a margin: the label's box is a little longer than its words, and a close fit still ran past the chart
    too_long = QFontMetricsF(left.label.font()).horizontalAdvance(title) + 16 > left.boundingRect().height()
    chart._slide_left_title = title if too_long else ""  # type: ignore[attr-defined]
    if too_long and left.labelText:
        plot.setLabel("left", "")
        left.showLabel(False)
    elif not too_long and not left.labelText:
        plot.setLabel("left", title)  # room again: the title goes back on its axis
    return title if too_long else ""


def fit_plain(chart: ChartPanel) -> None:
    """A chart without a slide layout of its own (the Danish year, the points): an axis title longer than its axis
    goes above the plot, where it wraps ("De 24 ja/nei-utsagnene ..." ran past the chart at 1024 × 768); a
    rotated title gets a gap before the tick numbers (it touched them); and a label too wide for the room from
    where it stands wraps (AIM's missing-curves note ran past the plot)."""
    plot = chart.plot.getPlotItem()
    bottom = plot.getAxis("bottom")
    title = bottom.labelText or getattr(chart, "_slide_axis_title", "")  # relabelled in a new language: the new
    side = _rotated_title_above(chart)
    if (title and bottom.isVisible()) or side:
        wide = QFontMetricsF(bottom.label.font()).horizontalAdvance(title) if title else 0.0
        too_long = bool(title) and wide > bottom.boundingRect().width()
        chart._slide_axis_title = title if too_long else ""  # type: ignore[attr-defined]
        if too_long:
            plot.setLabel("bottom", "")
            bottom.showLabel(False)
        text = " · ".join(t for t in (side, title if too_long else "") if t)
        heading = chart.heading
        sheet = f"font-size: {chart.font_size():.1f}pt;"  # the size follows the slide's, also for the same words
        before = (heading.styleSheet(), heading.text(), heading.isVisibleTo(chart))
        if heading.styleSheet() != sheet:
            heading.setStyleSheet(sheet)
        if heading.text() != text:
            heading.setText(text)
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setVisible(bool(text))
        if (heading.styleSheet(), heading.text(), heading.isVisibleTo(chart)) != before:
            # A heading shown again kept the zero height it had while hidden: lay the chart out anew.
            chart.layout().invalidate()
    left = plot.getAxis("left")
    if left.isVisible() and left.labelText and left.label.isVisible():
        gap = text_height(chart, chart.font_size()) * 0.3
        left.setWidth(
            round(left.textWidth + sum(left.style["tickTextOffset"][:1]) + 5 + left.label.boundingRect().height() + gap)
        )
    view = plot.getViewBox()
    room = view.sceneBoundingRect()
    for item in plot.items:
        if not isinstance(item, pg.TextItem) or not item.isVisible():
            continue
        item.setTextWidth(-1)
        shown = item.sceneBoundingRect()
        if shown.right() > room.right() and shown.left() < room.right():
            item.setTextWidth(max(room.right() - shown.left() - 4, 40))
