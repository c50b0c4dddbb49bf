"""What a presentation asks of a chart: layers revealed one at a time, and text sized for the room with no
controls in view. The chart holds one of each (composed, not mixed in); its layout_slide() places the labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QWidget


class Layers:
    """The chart's items by the layer a slide reveals them in (layer 0 always shows)."""

    def __init__(self) -> None:
        self.shown: int | None = None  # None: every layer
        self._items: dict[int, list[QGraphicsItem]] = {}

    def clear(self) -> None:
        """Forget the items: the chart draws them anew."""
        self._items = {}

    def add(self, layer: int, *items: QGraphicsItem) -> None:
        self._items.setdefault(layer, []).extend(items)

    def by_layer(self) -> dict[int, list[QGraphicsItem]]:
        return {layer: list(items) for layer, items in self._items.items()}

    def count(self) -> int:
        """How many layers the chart reveals (the chart list, plots/catalogue.py, must agree)."""
        return max(self._items, default=0)

    def visible(self, layer: int) -> bool:
        return self.shown is None or layer <= self.shown

    def show(self, upto: int | None) -> None:
        self.shown = upto
        for layer, items in self._items.items():
            for item in items:
                item.setVisible(self.visible(layer))


class SlideMode:
    """On a slide or off it: the slide's text size, and the panel's own texts and controls out of view, since the
    presenter drives the chart with keys."""

    def __init__(self, panel_widgets: Sequence[QWidget], controls: QHBoxLayout) -> None:
        self._widgets = panel_widgets  # heading, summary, details, buttons: hidden on a slide
        self._controls = controls  # a chart's own controls too ("New run")
        self.point_size: float | None = None

    @property
    def on(self) -> bool:
        return self.point_size is not None

    def set(self, point_size: float | None) -> None:
        """On a slide with text of `point_size` (None: back in the window)."""
        self.point_size = point_size
        for widget in self._widgets:
            widget.setVisible(not self.on)
        for index in range(self._controls.count()):
            item = self._controls.itemAt(index)
            control = item.widget() if item is not None else None
            if control is not None:
                control.setVisible(not self.on)
