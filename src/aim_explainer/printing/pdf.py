"""The handout as an A4 PDF file, written whole or not at all.

The PDF is written to a temporary file in the target's folder, checked (the writer said it finished,
and the file is a complete PDF), and only then moved over the target in one step: a kill or a full disk
half-way leaves any earlier handout as it was, and a failure is reported, never a truncated file.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from aim_explainer import APP_NAME, __version__
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


def pdf_problem(path: Path) -> str:
    """Why `path` is not a complete PDF, or "" when it is: it must start as a PDF, end with %%EOF and
    point at its cross-reference where that really is (a lost piece in the middle moves it)."""
    table = b""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(5)
            file.seek(max(0, size - TAIL_BYTES))
            tail = file.read()
            end = END.search(tail)
            if end is not None and int(end.group(1)) < size:
                file.seek(int(end.group(1)))
                table = file.read(32)
    except OSError as exc:
        return f"could not be read back ({exc.strerror or exc})"
    if size == 0:
        return "is empty"
    if head != b"%PDF-" or end is None:
        return "is incomplete"
    if not (table.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj", table)):
        return "is damaged"
    return ""


def write_pdf(path: Path, handout: HandoutInputs) -> Rendered:
    """Write `handout` as an A4 PDF to `path`, replacing any file there only once the new one is whole.
    Raises HandoutPrintError naming the file and the reason; then `path` is as it was before."""
    temporary = _temporary_beside(path)
    try:
        rendered = _write(temporary, handout)
        problem = pdf_problem(temporary)
        if problem:
            raise HandoutPrintError(f"the new file {problem}; is the disk full?")
        _flush(temporary)
        os.replace(temporary, path)
    except Exception as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise HandoutPrintError(f"could not write {path}: {reason}") from exc
    log.info("wrote the %s handout (%s, %d pages) to %s", handout.kind, handout.language, rendered.pages, path)
    return rendered


def _temporary_beside(path: Path) -> Path:
    """A new empty file beside `path`, so that the move is one step on one file system; a hidden name
    nobody opens, made as an ordinary file (the user's usual permissions) and never reused."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where a folder of the path should be
        raise HandoutPrintError(f"could not write {path}: {exc.filename} is a file, not a folder") from exc
    except OSError as exc:
        raise HandoutPrintError(f"could not write {path}: {exc.strerror or exc}") from exc
    temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        temporary.open("xb").close()
    except OSError as exc:
        raise HandoutPrintError(f"could not write {path}: {exc.strerror or exc}") from exc
    return temporary


def _write(path: Path, handout: HandoutInputs) -> Rendered:
    pdf = QPdfWriter(str(path))
    try:
        pdf.setResolution(chart_resolution())  # the chart's own: it goes on paper as vectors
        pdf.setPageLayout(page_layout())
        pdf.setTitle(handout.title)
        pdf.setCreator(f"{APP_NAME} {__version__}")
        return render(pdf, handout)
    finally:
        del pdf  # closes the file


def _flush(path: Path) -> None:
    """Have the new file on the disk before it takes the old one's place (a power cut must not lose both).
    Opened for writing: on Windows fsync is FlushFileBuffers, which fails on a read-only handle (EBADF)."""
    with path.open("r+b") as file:
        os.fsync(file.fileno())
