"""Side effects as an icon array: 100 people per group, as many filled as the data's percentage says.

A risk is easiest to read as so many people out of 100 (icon arrays, IPDAS). The two groups stand side by side
on the same grid; a filled figure is one who had side effects the health professionals judged could come from
the capsules, a hollow one did not. Filled or hollow is the cue besides colour.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath
from PySide6.QtWidgets import QWidget

from aim_explainer.core.content import SECONDARY_MARK
from aim_explainer.core.data import StudyData
from aim_explainer.core.formatting import format_number, format_percent
from aim_explainer.core.values import find_value
from aim_explainer.i18n import translate
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg
from aim_explainer.plots.panel.chart_panel import ChartPanel, ChartState
from aim_explainer.plots.row_names import row_name

PEOPLE = 100
ROW = 10  # ten to a row: a row is ten in a hundred
GROUP_GAP = 2.5  # columns between the two groups
# (percent key, group size key, colour)
GROUPS = (
    ("ae_drug_amox", "aim_n_amox", style.AMOXICILLIN),
    ("ae_drug_placebo", "aim_n_placebo", style.PLACEBO),
)


def person_path() -> QPainterPath:
    """A person: a head and a body, in a unit box centred on the origin (a scatter symbol). The plot's y axis
    points up, so the head is at the top with positive y."""
    path = QPainterPath()
    path.addEllipse(QRectF(-0.16, 0.18, 0.32, 0.32))
    path.addRoundedRect(QRectF(-0.3, -0.5, 0.6, 0.62), 0.2, 0.2)
    return path


def out_of_hundred(percent: Decimal) -> int:
    """How many of 100 people a percentage fills (half up, as people are whole)."""
    return int(min(max(percent, Decimal(0)), Decimal(PEOPLE)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class IconArrayChart(ChartPanel):
    chart_id = "side-effects"

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.build()

    def draw(self, data: StudyData) -> None:
        self.groups: list[tuple[str, Decimal, Decimal | None, int, str, str, bool]] = []
        for key, n_key, colour in GROUPS:
            shown = find_value(data, key)
            if shown is None:
                continue
            size = find_value(data, n_key)
            n = size.value if size is not None else None
            filled = out_of_hundred(shown.value)
            self.groups.append((key, shown.value, n, filled, colour, shown.source, shown.status.marked))
        plot = self.plot.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.getViewBox().setAspectLocked(True)
        self.lefts = [i * (ROW + GROUP_GAP) for i in range(len(self.groups))]
        self.selected = 0  # the group the keyboard is on
        width = self.lefts[-1] + ROW if self.groups else ROW
        # room under the rows for the group names: a small window gives a row few pixels, the words keep theirs
        plot.getViewBox().setRange(xRange=(-0.8, width - 0.2), yRange=(-1.9, ROW + 0.6), padding=0)
        self.group_labels: list[pg.TextItem] = []
        shape = person_path()
        for layer, (left, (_key, _pct, _n, filled, colour, _source, _marked)) in enumerate(
            zip(self.lefts, self.groups, strict=True), start=1
        ):
            spots = []
            for index in range(PEOPLE):
                # filled from the bottom row up, left to right: the filled part reads as a level
                x, y = left + index % ROW, index // ROW
                on = index < filled
                spots.append(
                    {
                        "pos": (x, y),
                        "brush": QColor(colour) if on else QColor(style.TREATMENT_SHADE),
                        "pen": style.line_pen(colour if on else style.NEUTRAL, width=1),
                    }
                )
            people = pg.ScatterPlotItem(symbol=shape, size=1.0, pxMode=False)
            people.addPoints(spots)
            plot.addItem(people)
            label = pg.TextItem(anchor=(0.5, 0), color=colour)
            label.setPos(left + (ROW - 1) / 2, -0.65)
            plot.addItem(label)
            self.group_labels.append(label)
            self.add_to_layer(layer, people, label)

    def _percent(self, pct: Decimal, marked: bool) -> str:
        return format_percent(pct, self.lang) + (SECONDARY_MARK if marked else "")

    def _group_words(self, key: str, pct: Decimal, n: Decimal | None, filled: int, marked: bool) -> str:
        words = translate("IconArray", "{group}: {filled} of {people} ({percent})").format(
            group=row_name(key), filled=filled, people=PEOPLE, percent=self._percent(pct, marked)
        )
        if n is not None:
            words += ", " + translate("IconArray", "of the {n} in the group").format(n=format_number(n, self.lang))
        return words

    def relabel(self) -> None:
        font = style.chart_font(self.font_size() * 0.95, bold=True)
        for label, (key, _pct, _n, filled, _c, _s, marked) in zip(self.group_labels, self.groups, strict=True):
            label.setText(
                translate("IconArray", "{group}: {filled} of {people}").format(
                    group=row_name(key), filled=filled, people=PEOPLE
                )
                + (SECONDARY_MARK if marked else "")
            )
            label.setFont(font)

    def title(self) -> str:
        return translate("IconArray", "Side effects: 100 people in each group")

    def summary_text(self) -> str:
        parts = [
            translate(
                "IconArray",
                "Each figure is one person in 100. A filled figure had problems that health professionals judged "
                "could come from the capsules.",
            )
        ]
        parts += [f"{self._group_words(k, p, n, f, m)}." for k, p, n, f, _c, _s, m in self.groups]
        return " ".join(parts)

    def marked_text(self) -> str:
        return "".join(SECONDARY_MARK for g in self.groups if g[6])

    def table_content(self) -> tuple[list[str], list[list[str]]]:
        headers = [
            translate("IconArray", "Group"),
            translate("IconArray", "Had side effects that could come from the capsules"),
            translate("IconArray", "People in the group"),
            translate("IconArray", "Source"),
        ]
        rows = [
            [row_name(k), self._percent(p, m), format_number(n, self.lang) if n is not None else "", s]
            for k, p, n, _f, _c, s, m in self.groups
        ]
        return headers, rows

    def handle_key(self, event: QKeyEvent) -> bool:
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if event.key() not in keys or not self.groups:
            return False
        step = 1 if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
        self.selected = (self.selected + step) % len(self.groups)
        self.details.setText(self._described_group(self.selected))
        return True

    def focus_changed(self, focused: bool) -> None:
        if focused and self.groups:
            self.details.setText(self._described_group(self.selected))

    def _described_group(self, index: int) -> str:
        return self.describe_at(self.lefts[index] + (ROW - 1) / 2, (ROW - 1) / 2)

    def describe_at(self, x: float, y: float) -> str:
        for left, (key, pct, n, filled, _c, source, marked) in zip(self.lefts, self.groups, strict=True):
            if left - 0.5 <= x <= left + ROW - 0.5 and -0.5 <= y <= ROW - 0.5:
                where = translate("IconArray", "Source: {source}").format(source=source)
                return f"{self._group_words(key, pct, n, filled, marked)}. {where}"
        return ""
