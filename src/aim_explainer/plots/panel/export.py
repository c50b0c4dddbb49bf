"""A chart written to a file: PNG (a picture wide enough for print) or SVG (vectors, text kept as text).

Qt draws the file into memory; core.atomic_file writes it, as every file is written: whole or not at all,
never over a device, a pipe or a read-only file, and under a name only Python spells (a Latin-1 locale
spells æ, ø and å one way for Python and another for Qt). A failed save leaves no empty or cut-short file
behind and keeps whatever file had the name before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from aim_explainer.core.atomic_file import FileWriteError, shown, write_file
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP, message
from aim_explainer.i18n import message_text, translate

if TYPE_CHECKING:  # for the hints only: screenshots write PNGs here, and must not load pyqtgraph for it
    from aim_explainer.plots._pg import pg

PNG_MIN_WIDTH = 1200  # pixels: sharp on a slide and on paper
PNG_END = b"IEND\xaeB`\x82"  # the last chunk of every whole PNG file
SVG_END = b"</svg>"
CONTEXT = "ChartExport"


def _refused(path: Path, reason: str) -> FileWriteError:
    """`reason` is an English text marked with QT_TRANSLATE_NOOP("ChartExport", ...) where it is written."""
    return FileWriteError(path, message(CONTEXT, reason))


def export_plot(plot: pg.PlotWidget, path: Path, title: str, description: str, title_points: float) -> Path:
    """Write `plot` as PNG or SVG (by the file's suffix), with `title` drawn above it."""
    plot.setTitle(title, size=f"{title_points:.0f}pt", bold=True)  # an exported picture carries its title
    try:
        if path.suffix.lower() == ".svg":
            data, ending = _svg(plot, path, title, description), SVG_END
        else:
            data, ending = _png(plot, path), PNG_END
    finally:
        plot.setTitle(None)
    if not data.rstrip().endswith(ending):
        raise _refused(path, QT_TRANSLATE_NOOP("ChartExport", "the file is incomplete (is the disk full?)"))
    return write_file(path, data)


def png_bytes(picture: QImage | QPixmap, path: Path) -> bytes:
    """`picture` as a whole PNG file's bytes, for `path` (named when it fails)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Type checker: PySide6 takes the format as text at run time (b"PNG" raises), where its stubs ask for bytes.
    saved = picture.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    data = bytes(array.data())
    if not saved or not data:
        raise _refused(path, QT_TRANSLATE_NOOP("ChartExport", "the picture could not be written"))
    if not data.endswith(PNG_END):
        raise _refused(path, QT_TRANSLATE_NOOP("ChartExport", "the file is incomplete (is the disk full?)"))
    return data


def write_png(picture: QImage | QPixmap, path: Path) -> Path:
    """`picture` as a PNG file at `path`, written as every file is (core.atomic_file)."""
    return write_file(path, png_bytes(picture, path))


def _svg(plot: pg.PlotWidget, path: Path, title: str, description: str) -> bytes:
    # pyqtgraph's own SVG exporter fails on Qt 6.11 paths (pyqtgraph issue 3485): let Qt's SVG
    # generator record the painting of the plot instead; text stays text.
    from PySide6.QtSvg import QSvgGenerator

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(plot.size())
    generator.setViewBox(QRect(QPoint(0, 0), plot.size()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise _refused(path, QT_TRANSLATE_NOOP("ChartExport", "the drawing could not be started"))
    plot.render(painter)
    if not painter.end():
        raise _refused(path, QT_TRANSLATE_NOOP("ChartExport", "the drawing could not be finished"))
    buffer.close()
    return bytes(array.data())


def _png(plot: pg.PlotWidget, path: Path) -> bytes:
    from pyqtgraph.exporters import ImageExporter

    item = plot.getPlotItem()
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = max(int(item.sceneBoundingRect().width()) * 2, PNG_MIN_WIDTH)
    return png_bytes(exporter.export(toBytes=True), path)


def ask_and_export(parent: QWidget, name: str, suffix: str, export: Callable[[Path], Path]) -> None:
    """Ask where to save the chart as `suffix`, save it with `export`, and say so if that failed."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ChartExport", "Save the chart"), f"{name}.{suffix}", f"*.{suffix}"
    )
    if not chosen:
        return
    try:
        export(Path(chosen).with_suffix(f".{suffix}"))
    except FileWriteError as error:
        QMessageBox.warning(
            parent,
            translate("ChartExport", "The chart was not saved"),
            translate("ChartExport", "{file} could not be saved: {reason}").format(
                file=shown(error.path), reason=message_text(error.reason)
            ),
        )
