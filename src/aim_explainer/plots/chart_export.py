"""A chart written to a file: PNG (a picture wide enough for print) or SVG (vectors, text kept as text).

Each file is written under a temporary name in its own folder and moved into place only once it is
whole, so a failed save (a full disk, a folder that cannot be written) leaves no empty or cut-short file
behind and keeps whatever file had the name before.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from aim_explainer.i18n import translate
from aim_explainer.plots._pg import pg

PNG_MIN_WIDTH = 1200  # pixels: sharp on a slide and on paper
PNG_END = b"IEND\xaeB`\x82"  # the last chunk of every whole PNG file
SVG_END = b"</svg>"


class ChartExportError(OSError):
    """A chart could not be written to `path`, for `reason` (in the reader's language where it is ours)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"could not write {path}: {reason}")
        self.path, self.reason = path, reason


def export_plot(plot: pg.PlotWidget, path: Path, title: str, description: str, title_points: float) -> Path:
    """Write `plot` as PNG or SVG (by the file's suffix), with `title` drawn above it."""
    plot.setTitle(title, size=f"{title_points:.0f}pt", bold=True)  # an exported picture carries its title
    try:
        if path.suffix.lower() == ".svg":
            _write_whole(path, lambda temp: _write_svg(plot, temp, title, description), SVG_END)
        else:
            _write_whole(path, lambda temp: _write_png(plot, temp), PNG_END)
    finally:
        plot.setTitle(None)
    return path


def _write_whole(path: Path, write: Callable[[Path], str], ending: bytes) -> None:
    """Run `write` on a temporary file beside `path` ("" when it worked, else why not), check that the file
    is whole (it ends in `ending`), then put it in place. On failure: no temporary file, `path` untouched."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        reason = write(temp)
        if not reason and not _ends_with(temp, ending):
            reason = translate("ChartExport", "the file is incomplete (is the disk full?)")
        if reason:
            raise ChartExportError(path, reason)
        os.replace(temp, path)
    except ChartExportError:
        raise
    except OSError as error:
        raise ChartExportError(path, error.strerror or str(error)) from error
    finally:
        _remove(temp)


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):  # its folder is not there (or is a file): nor is the temporary file
        temp.unlink(missing_ok=True)


def _ends_with(path: Path, ending: bytes) -> bool:
    try:
        with path.open("rb") as file:
            size = file.seek(0, os.SEEK_END)
            file.seek(max(size - 64, 0))
            return file.read().rstrip().endswith(ending)
    except OSError:
        return False


def _write_svg(plot: pg.PlotWidget, temp: Path, title: str, description: str) -> str:
    # pyqtgraph's own SVG exporter fails on Qt 6.11 paths (pyqtgraph issue 3485): let Qt's SVG
    # generator record the painting of the plot instead; text stays text.
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(temp))
    generator.setSize(plot.size())
    generator.setViewBox(QRect(QPoint(0, 0), plot.size()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        return translate("ChartExport", "the drawing could not be started")
    plot.render(painter)
    if not painter.end():
        return translate("ChartExport", "the drawing could not be finished")
    return ""


def _write_png(plot: pg.PlotWidget, temp: Path) -> str:
    from pyqtgraph.exporters import ImageExporter

    item = plot.getPlotItem()
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = max(int(item.sceneBoundingRect().width()) * 2, PNG_MIN_WIDTH)
    image = exporter.export(toBytes=True)
    if not image.save(str(temp), "PNG"):
        return translate("ChartExport", "the picture could not be written")
    return ""


def ask_and_export(parent: QWidget, name: str, suffix: str, export: Callable[[Path], Path]) -> None:
    """Ask where to save the chart as `suffix`, save it with `export`, and say so if that failed."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ChartPanel", "Save the chart"), f"{name}.{suffix}", f"*.{suffix}"
    )
    if not chosen:
        return
    try:
        export(Path(chosen).with_suffix(f".{suffix}"))
    except ChartExportError as error:
        QMessageBox.warning(
            parent,
            translate("ChartExport", "The chart was not saved"),
            translate("ChartExport", "{file} could not be saved: {reason}").format(
                file=error.path, reason=error.reason
            ),
        )
