"""What a presentation and the high-contrast theme ask of a chart: layers revealed one at a time, text sized
for the room with no controls in view, and the high-contrast look (black labels, thicker lines, no tints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from aim_explainer.plots import drawn_text, slide_layout, style

if TYPE_CHECKING:
    from aim_explainer.plots.chart_panel import ChartPanel

HIGH_CONTRAST = "high_contrast"


class Presentable:
    """Mixed into ChartPanel: the layers, the projector's look and the theme."""

    shown_layer: int | None = None  # None: every layer
    fixed_font_size: float | None = None  # set by presentation mode: text sized for the room
    high_contrast = False
    presenting = False  # on a slide (a printed chart also has a fixed size, but its own layout)

    def add_to_layer(self: ChartPanel, layer: int, *items: object) -> None:
        """Items of `layer` show once the chart shows that many layers (layer 0 always shows)."""
        self._layers.setdefault(layer, []).extend(items)

    def layer_count(self: ChartPanel) -> int:
        """How many layers this chart reveals (the chart list, plots/catalogue.py, must agree)."""
        return max(self._layers, default=0)

    def layer_visible(self, layer: int) -> bool:
        return self.shown_layer is None or layer <= self.shown_layer

    def show_layers(self: ChartPanel, upto: int | None) -> None:
        self.shown_layer = upto
        for layer, items in self._layers.items():
            for item in items:
                item.setVisible(self.layer_visible(layer))
        if self._built:
            self.relabel()
            self.fit_to_room()

    def set_presentation(self: ChartPanel, point_size: float | None) -> None:
        """For the projector: text of `point_size`; no buttons, sliders, readouts or captions, since the presenter
        drives the chart with keys (None: back to normal)."""
        self.fixed_font_size = point_size
        presenting = self.presenting = point_size is not None
        if presenting and not getattr(self, "_follows_size", False):  # labels are placed from the plot's pixels
            self._follows_size = True
            self.plot.getPlotItem().getViewBox().sigResized.connect(lambda *_: self.fit_to_room())
        for widget in (self.heading, self.summary, self.details, self.table_button, self.png_button, self.svg_button):
            widget.setVisible(not presenting)
        if presenting:
            self.status.setVisible(False)
        for index in range(self.controls.count()):  # a chart's own controls too ("New run")
            widget = self.controls.itemAt(index).widget()
            if isinstance(widget, QWidget):
                widget.setVisible(not presenting)
        self.stack.setCurrentIndex(0)
        self.retranslate()

    def shown_text(self: ChartPanel) -> str:
        """Every word and number the chart shows now, one text a line: what a slide reads for marks."""
        heading = self.heading.text() if self.heading.isVisibleTo(self) else ""
        return "\n".join(filter(None, (heading, drawn_text.shown_text(self.plot))))

    def set_status(self: ChartPanel, text: str) -> None:
        if text != self.status.text():  # a new text re-lays out the panel: not on every frame
            self.status.setText(text)
        self.status.setVisible(bool(text) and not self.presenting)

    def set_theme(self: ChartPanel, theme: str) -> None:
        """Follow the window's theme: the chart draws itself again in the new look."""
        if (theme == HIGH_CONTRAST) != self.high_contrast:
            self.high_contrast = theme == HIGH_CONTRAST
            self.build()

    def finish_look(self: ChartPanel) -> None:
        """After labelling: the high-contrast look, and the projector's layout."""
        if self.high_contrast:
            style.apply_contrast(self.plot.getPlotItem())
        self.fit_to_room()

    def fit_to_room(self) -> None:
        """Presentation mode: place labels and ticks for the text size of the room (charts with labels of their own
        to place override it)."""
        if self.presenting and getattr(self, "_built", False):
            slide_layout.fit_plain(self)
