"""The handout as an A4 PDF file, written whole or not at all.

Qt draws the PDF into memory; it is checked (the writer said it finished, and the bytes are a complete
PDF), and only then written by core.atomic_file, as every file is: to a temporary file in the target's
folder, moved over the target in one step, never over a device, a pipe or a read-only file, and under a
name only Python spells, so æ, ø and å are one name under a Latin-1 locale too. A kill or a full disk
half-way leaves any earlier handout as it was, and a failure is reported, never a truncated file.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from aim_explainer import APP_NAME, __version__
from aim_explainer.core.atomic_file import FileWriteError, shown, writable_target, write_file
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP, message
from aim_explainer.plots.print_chart import chart_resolution
from aim_explainer.printing.inputs import HandoutInputs
from aim_explainer.printing.pages import HandoutPrintError, Rendered, render

log = logging.getLogger(__name__)

MARGINS_MM = QMarginsF(16, 13, 16, 11)
TAIL_BYTES = 1024  # the end of the file that holds the cross-reference offset and the end marker
END = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def pdf_problem(source: Path | bytes) -> str:
    """Why `source` (a file or its bytes) is not a complete PDF, or "" when it is: it must start as a PDF,
    end with %%EOF and point at its cross-reference where that really is (a lost piece in the middle moves
    it)."""
    if isinstance(source, Path):
        try:
            source = source.read_bytes()
        except OSError as exc:
            return f"could not be read back ({exc.strerror or exc})"
    size = len(source)
    end = END.search(source[-TAIL_BYTES:])
    table = source[int(end.group(1)) :][:32] if end is not None and int(end.group(1)) < size else b""
    if size == 0:
        return "is empty"
    if source[:5] != b"%PDF-" or end is None:
        return "is incomplete"
    if not (table.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj", table)):
        return "is damaged"
    return ""


def write_pdf(path: Path, handout: HandoutInputs) -> Rendered:
    """Write `handout` as an A4 PDF to `path`, replacing any file there only once the new one is whole.
    Raises FileWriteError naming the file and the reason; then `path` is as it was before."""
    writable_target(path)  # a device, a pipe or a read-only file is refused before the handout is drawn
    try:
        rendered, data = _drawn(handout)
    except HandoutPrintError as exc:
        raise FileWriteError(path, exc.reason) from exc
    problem = pdf_problem(data)
    if problem:
        log.error("the PDF drawn for %s %s", shown(path), problem)
        raise FileWriteError(path, message("Handout", QT_TRANSLATE_NOOP("Handout", "the PDF was not drawn whole")))
    write_file(path, data)
    log.info("wrote the %s handout (%s, %d pages) to %s", handout.kind, handout.language, rendered.pages, shown(path))
    return rendered


def _drawn(handout: HandoutInputs) -> tuple[Rendered, bytes]:
    """The handout drawn as a PDF file's bytes, in memory: Qt never opens a file by name."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pdf = QPdfWriter(buffer)
    try:
        pdf.setResolution(chart_resolution())  # the chart's own: it goes on paper as vectors
        pdf.setPageLayout(page_layout())
        pdf.setTitle(handout.title)
        pdf.setCreator(f"{APP_NAME} {__version__}")
        rendered = render(pdf, handout)
    finally:
        del pdf  # finishes the document in the buffer
    buffer.close()
    return rendered, bytes(array.data())
