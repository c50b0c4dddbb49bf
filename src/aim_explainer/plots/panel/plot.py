"""The pyqtgraph plot every chart draws on: still (no menus, no zoom or pan by mouse), with axes that write
numbers as the reader's language does, and taken apart in an order Qt survives."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from aim_explainer.accessibility import give_role
from aim_explainer.plots import style
from aim_explainer.plots._pg import pg


def make_plot(parent: QWidget | None, chart_id: str, language: Callable[[], str]) -> pg.PlotWidget:
    axes = {name: style.LocaleAxis(name, language) for name in ("left", "bottom", "right")}
    # the view box without its options menu: built, it was a window of its own until Python's cycle collector ran
    plot = pg.PlotWidget(parent, axisItems=axes, viewBox=pg.ViewBox(enableMenu=False))
    plot.setObjectName(f"plot_{chart_id}")
    plot.setMenuEnabled(False)  # its menus are built once and would not retranslate
    plot.getPlotItem().hideAxis("right")  # charts that label their rows on the right show it
    plot.setMouseEnabled(x=False, y=False)  # a chart shows what it was drawn to show: no wheel zoom, no drag
    plot.hideButtons()
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keyboard reaches every value too
    drop_option_menus(plot)
    return plot


# A chart to a screen reader, with its name (the title) and description (the summary, or the value the keys moved
# to): Qt exposes a graphics view as a nameless "filler", which says nothing of what it holds.
give_role(pg.PlotWidget, QAccessible.Role.Chart)


def drop_option_menus(plot: pg.PlotWidget) -> None:
    """pyqtgraph builds an options menu for every plot, menus on or off: "Plot Options" with six submenus holding its
    controls, each a window of its own. A screen reader was sent their events (a spin box "Downsample data before
    plotting", a check box "Auto") while a chapter opened, and said nothing else for seconds. The menus go; their
    controls stay, hidden inside the plot, since pyqtgraph reads and sets them as it adds items and changes modes
    (addItem, setLogMode, showGrid, updateDownsampling). The empty form they were made in stays as it is, never
    shown (reparented, it was deleted twice: Python holds it too)."""
    item = plot.getPlotItem()
    controls = item.ctrl
    groups = (
        controls.transformGroup,
        controls.decimateGroup,
        controls.averageGroup,
        controls.alphaGroup,
        controls.gridGroup,
        controls.pointsGroup,
    )
    holder = QWidget(plot)  # not a window: what it holds is no one's to see or hear
    holder.setObjectName("pyqtgraph_options")
    holder.hide()
    # Plot Options, deleted with its submenus; each group then goes back to no parent (its QWidgetAction keeps it)
    shiboken6.delete(item.ctrlMenu)
    for group in groups:
        group.setParent(holder)
    # PlotItem.close() detaches and drops whatever stands here (the holder would go with the controls it holds, which
    # pyqtgraph still reads); nothing else asks for the menu while menus are off
    item.ctrlMenu = QObject(holder)


class PointerWatcher(QObject):
    """Every move of the pointer over a plot, as a signal in the viewport's coordinates.

    pyqtgraph's own sigMouseMoved drops moves that come close together (its mouseRateLimit), and the move
    where the pointer stops may be among them. A signal, not a filter that calls the chart: an exception
    in a slot is reported and contained, one that leaves an event filter can take the process down."""

    moved = Signal(QPoint)

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        plot.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseMove:
            # Type checker: the event is a mouse or hover event here, whose position() the base QEvent's stubs lack.
            self.moved.emit(event.position().toPoint())  # type: ignore[attr-defined]
        return False


def data_point(plot: pg.PlotWidget, point: QPoint) -> QPointF | None:
    """The plot coordinates under `point` of the plot's viewport; None outside the plot and its axes."""
    scene = plot.mapToScene(point)
    if not plot.getPlotItem().sceneBoundingRect().contains(scene):
        return None
    return plot.getPlotItem().getViewBox().mapSceneToView(scene)


def take_apart(plot: pg.PlotWidget) -> None:
    """Remove everything from `plot`. A legend still anchored to its view box when both are deleted calls
    into the deleted box (and can crash the interpreter's shutdown): unhook it first. Then delete it: out of the
    scene it is Python's, held in a cycle, and with it the hidden widget Qt makes for its layout's spacing (a
    top-level widget left behind by every batch run, until the cycle collector happened to run)."""
    legend = plot.getPlotItem().legend
    if legend is not None:
        # pyqtgraph keeps no public way to unhook a legend from its anchor
        follow = getattr(legend, "_GraphicsWidgetAnchor__geometryChanged", None)
        parent = legend.parentItem()
        if parent is not None and follow is not None:
            parent.geometryChanged.disconnect(follow)
        if legend.scene() is not None:
            legend.scene().removeItem(legend)
        legend.deleteLater()
    plot.getPlotItem().legend = None
    plot.clear()
