"""What makes failures visible and start-up measurable: the log, the exception hook, the error dialog, and
the time and memory report that the start-up benchmark reads.

Qt is imported only to show a dialog, so logging is set up before anything heavy loads.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from aim_explainer import APP_NAME, paths

if TYPE_CHECKING:
    from aim_explainer.core.data_checks import Problem
    from aim_explainer.core.translatable import Message, Translator

log = logging.getLogger("aim_explainer")
# A record the user has already been told in their own words (a batch run's one line): the log file keeps
# it, the terminal does not print it twice.
SHOWN = {"shown_to_user": True}


def _not_yet_shown(record: logging.LogRecord) -> bool:
    return not getattr(record, "shown_to_user", False)


class LogFile(logging.handlers.RotatingFileHandler):
    """The log file. When it cannot be written (a full disk, a removed USB stick), one line on stderr says
    so and the file is left alone from then on: logging's own "--- Logging error ---" and a traceback for
    every record would bury the terminal, and a log must never stop the application."""

    given_up = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.given_up:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if self.given_up:
            return
        self.given_up = True
        from aim_explainer.core.atomic_file import reason_for, shown  # only now: start-up stays light

        error = sys.exc_info()[1]
        reason = reason_for(error) if isinstance(error, OSError) else str(error)
        print(f"cannot write the log file {shown(self.baseFilename)}: {reason}; going on without it", file=sys.stderr)


def setup_logging() -> Path | None:
    """Log to stderr and to a file in the user's log folder. Returns the file, if it could be opened."""
    log.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.addFilter(_not_yet_shown)
    stderr.setFormatter(formatter)
    log.addHandler(stderr)
    path = paths.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A file name that is not text (a Latin-1 name under a UTF-8 locale) is logged as \udce5, never an error.
        handler = LogFile(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        log.warning("cannot write the log file %r: %s", str(path), exc)  # %r: printable whatever the name holds
        return None
    handler.setFormatter(formatter)
    log.addHandler(handler)
    return path


def show_error(title: str, message: str, interactive: bool, translated: tuple[str, str] | None = None) -> None:
    """A dialog when someone is there to see it (in the reader's language when `translated` gives it);
    stderr (and the log) always, in English."""
    print(f"{title}\n{message}", file=sys.stderr)
    if not interactive:
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, *(translated or (title, message)))
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def startup_failure(error: BaseException, local: bool = True) -> tuple[str, str]:
    """The title and text that say the application could not start: in the language in force for the
    dialog (i18n.language_for_errors sets it first), in plain English (local=False) for stderr and the log.
    A data-file problem is written in that language too."""
    from aim_explainer.core.data_checks import LISTED, DataError
    from aim_explainer.core.translatable import english

    translate: Translator  # the name lupdate looks for, in either language
    message_text: Callable[[Problem | Message | str], str]
    if local:
        from aim_explainer import i18n

        translate, message_text = i18n.translate, i18n.message_text
    else:
        translate, message_text = english, str
    title = translate("Startup", "{app} could not start").format(app=APP_NAME)
    if isinstance(error, DataError):
        lines = [message_text(p) for p in error.problems[:LISTED]]
        more = len(error.problems) - LISTED
        if more > 0:
            lines.append(translate("Startup", "… and {n} more").format(n=more))
        reason = "\n".join(lines)
    else:
        reason = str(error)  # the words of Python or the system, as they come
    text = translate("Startup", "{reason}\n\nThe details are in the log file {log}").format(
        reason=reason, log=paths.log_file()
    )
    return title, text


def unexpected_failure(error: BaseException, local: bool = True) -> tuple[str, str]:
    """The title and text of an error nobody foresaw, in the language of the window (local) or in plain
    English for stderr and the log. The reason is Python's or the system's own words."""
    from aim_explainer.core.translatable import english

    translate: Translator  # the name lupdate looks for, in either language
    if local:
        from aim_explainer import i18n

        translate = i18n.translate
    else:
        translate = english
    title = translate("Startup", "{app}: unexpected error").format(app=APP_NAME)
    text = translate("Startup", "{reason}\n\nThe details are in the log file {log}").format(
        reason=error, log=paths.log_file()
    )
    return title, text


def install_excepthook(interactive: bool) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))[-2000:]
        title, text = unexpected_failure(error, local=False)
        local = unexpected_failure(error) if interactive else None
        show_error(title, f"{text}\n\n{details}", interactive, local and (local[0], f"{local[1]}\n\n{details}"))

    sys.excepthook = hook


def _hwm_kib() -> int | None:
    """Peak resident memory of this process so far (Linux), for the benchmark's report."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        return None


def report(event: str) -> None:
    """One line for benchmarks/startup.py: the event, wall-clock time and peak memory at this moment."""
    print(f"{event} {time.time():.6f} {_hwm_kib() or 0}", flush=True)
