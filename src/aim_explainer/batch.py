"""Batch runs: write screenshots, the text, the charts or a handout, then exit; nobody watches.

Qt and the window's modules are imported inside the functions: the command line loads none of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from aim_explainer.core.atomic_file import FileWriteError, reason_for, shown
from aim_explainer.core.handout import KINDS
from aim_explainer.diagnostics import SHOWN, log

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from aim_explainer.ui.main_window import MainWindow


def write_files(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    """Write what the options ask for, with the study data already loaded; the exit status."""
    if args.handout:
        return write_handout(window, args.handout, args.kind or args.audience or KINDS[0])
    if args.check_layout:
        return check_layout(window)
    from aim_explainer.core.content import AUDIENCES
    from aim_explainer.ui import capture

    # Both paths unless the command line names one; each path keeps its own folder either way.
    audiences = (args.audience,) if args.audience else AUDIENCES

    window.show()
    app.processEvents()  # the first layout, before the window is grabbed or read
    folder = args.screenshot or args.export_text or args.export_charts
    try:
        if args.screenshot and args.present:
            written = capture.write_presentation(window, folder)
        elif args.screenshot:
            written = capture.write_screenshots(window, folder, audiences)
        elif args.export_text:
            written = capture.write_text(window, folder, audiences)
        else:
            written = capture.write_charts(window, folder)
    except OSError as exc:
        return not_written(exc, folder)
    print(f"wrote {len(written)} files under {shown(folder)}")
    return 0


def not_written(exc: OSError, path: Path) -> int:
    """Say in one line, in the language in force, which file was not written and why; status 1.

    An expected failure (a full disk, a read-only file, a folder where a file should be) is the reader's to
    fix, not a bug: no traceback on the terminal, and the log gets the same one line."""
    from aim_explainer.i18n import message_text

    if not isinstance(exc, FileWriteError):  # the system's error, from a call outside the one writer
        exc = FileWriteError(Path(exc.filename) if exc.filename else path, reason_for(exc), exc.errno)
    log.error("%s", exc, extra=SHOWN)  # English in the log; the terminal has it in the reader's language
    print(message_text(exc.message), file=sys.stderr)
    return 1


def write_handout(window: MainWindow, path: Path, kind: str) -> int:
    from aim_explainer import printing

    state = window.state
    assert state.data is not None, "load_data raises when there is no data"
    try:
        rendered = printing.write_pdf(
            path, printing.handout_inputs(state.content_dir, kind, state.language, state.data)
        )
    except OSError as exc:
        return not_written(exc, path)
    print(f"wrote {shown(path)} ({rendered.pages} page{'' if rendered.pages == 1 else 's'})")
    return 0


def check_layout(window: MainWindow) -> int:
    """Every presentation step checked for overlapping or clipped text: each problem printed, 1 if any."""
    from aim_explainer.ui.presentation.layout_check import check_deck

    findings = check_deck(window.state)
    for finding in findings:
        print(finding.describe())
    print(f"layout check: {len(findings)} problem{'' if len(findings) == 1 else 's'}")
    return 1 if findings else 0
