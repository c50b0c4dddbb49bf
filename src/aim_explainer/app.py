"""Start-up: the command line, logging, the exception hook, the QApplication and the main window.

Qt and the window are imported only after the command line is understood, so `--version` and a
wrong option answer at once, and a failure while starting is shown (dialog and log), never swallowed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import re
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from aim_explainer import APP_ID, APP_NAME, __version__, paths
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.handout import KINDS
from aim_explainer.core.languages import CODES

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from aim_explainer.ui.main_window import MainWindow

log = logging.getLogger("aim_explainer")

# Chapter names accepted by --tab: the English ids and the Norwegian tab names.
TAB_NAMES = dict(zip(CHAPTERS, CHAPTERS, strict=True)) | {
    "bakgrunn": "background",
    "metode": "method",
    "resultater": "results",
    "sammenligning": "comparison",
    "konklusjon": "conclusion",
}


def _window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800")
    return int(match.group(1)), int(match.group(2))


def _text_size(text: str) -> float:
    try:
        percent = int(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole percentage") from None
    if not 100 <= percent <= 200:
        raise argparse.ArgumentTypeError(f"{percent} % is outside 100 to 200")
    return percent / 100


def _tab(text: str) -> str:
    chapter = TAB_NAMES.get(text.strip().lower())
    if chapter is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a chapter; choose from {', '.join(TAB_NAMES)}")
    return chapter


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Explains the Norwegian AIM trial of antibiotics for low back pain with Modic changes.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument("--lang", choices=CODES, help="language of the whole application (default: last used, nb)")
    parser.add_argument("--tab", type=_tab, metavar="NAME", help=f"chapter to open: {', '.join(TAB_NAMES)}")
    parser.add_argument("--data", type=Path, metavar="PATH", help="a study data file of the bundled format")
    parser.add_argument("--window-size", type=_window_size, metavar="WxH", help="window size, e.g. 1024x768")
    parser.add_argument("--text-size", type=_text_size, metavar="PERCENT", help="text size from 100 to 200")
    parser.add_argument(
        "--present", action="store_true", help="start in presentation mode (with --screenshot: write its steps)"
    )
    batch = parser.add_mutually_exclusive_group()
    batch.add_argument("--screenshot", type=Path, metavar="DIR", help="write DIR/<lang>/<chapter>.png, then exit")
    batch.add_argument("--export-text", type=Path, metavar="DIR", help="write DIR/<lang>/<chapter>.txt, then exit")
    batch.add_argument(
        "--export-charts", type=Path, metavar="DIR", help="write DIR/<lang>/<chart>.png and .svg, then exit"
    )
    batch.add_argument(
        "--handout", type=Path, metavar="FILE.pdf", help="write a printable A4 handout as PDF (see --kind), then exit"
    )
    batch.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="quit once the window has painted, and again with the study text (for start-up benchmarks)",
    )
    parser.add_argument(
        "--kind", choices=KINDS, help="the handout --handout writes: for patients (default) or for clinicians"
    )
    return parser


def setup_logging() -> Path | None:
    """Log to stderr and to a file in the user's log folder. Returns the file, if it could be opened."""
    log.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(formatter)
    log.addHandler(stderr)
    path = paths.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setFormatter(formatter)
    log.addHandler(handler)
    return path


def show_error(title: str, message: str, interactive: bool) -> None:
    """A dialog when someone is there to see it; stderr (and the log) always."""
    print(f"{title}\n{message}", file=sys.stderr)
    if not interactive:
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def install_excepthook(interactive: bool) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        show_error(
            f"{APP_NAME}: unexpected error",
            f"{error}\n\nThe details are in the log file {paths.log_file()}\n\n{details[-2000:]}",
            interactive,
        )

    sys.excepthook = hook


def _hwm_kib() -> int | None:
    """Peak resident memory of this process so far (Linux), for the benchmark's report."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        return None


def _report(event: str) -> None:
    # Read by benchmarks/startup.py: wall-clock time and peak memory at this moment.
    print(f"{event} {time.time():.6f} {_hwm_kib() or 0}", flush=True)


def _after_first_paint(app: QApplication, window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, right after the first paint of any part of `window`."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
                app.removeEventFilter(self)
                self.deleteLater()
                QTimer.singleShot(0, then)  # after the rest of this paint pass
            return False

    app.installEventFilter(FirstPaint(app))


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    batch = bool(args.screenshot or args.export_text or args.export_charts or args.handout)
    interactive = not batch and app.platformName() not in ("offscreen", "minimal")
    install_excepthook(interactive)

    def fail(exc: Exception) -> int:
        log.error("the application could not start", exc_info=exc)
        show_error(f"{APP_NAME} could not start", f"{exc}\n\nDetails: {paths.log_file()}", interactive)
        return 1

    try:
        window = _build_window(app, args, batch)
    except Exception as exc:
        return fail(exc)

    if batch:
        from aim_explainer.ui import capture

        try:
            window.state.load_data(args.data)
        except Exception as exc:
            return fail(exc)
        if args.handout:
            return _write_handout(app, window, args.handout, args.kind or KINDS[0])
        window.show()
        app.processEvents()
        folder = args.screenshot or args.export_text or args.export_charts
        if args.screenshot and args.present:
            written = capture.write_presentation(window, folder)
        elif args.screenshot:
            written = capture.write_screenshots(window, folder)
        elif args.export_text:
            written = capture.write_text(window, folder)
        else:
            written = capture.write_charts(window, folder)
        print(f"wrote {len(written)} files under {folder}")
        _dispose(app, window)
        return 0

    def load_data() -> None:
        # pandas and the data are read only now, after the window is on screen (see ui/app_state.py).
        if args.quit_after_first_paint:
            _report("first-paint")
        try:
            window.state.load_data(args.data)
        except Exception as exc:
            app.exit(fail(exc))
            return
        if args.quit_after_first_paint:
            _after_first_paint(app, window, lambda: (_report("content-painted"), app.quit()))
            window.update()
        elif args.present:
            window.start_presentation()

    _after_first_paint(app, window, load_data)
    window.show()
    status = app.exec()
    _dispose(app, window)
    return status


def _write_handout(app: QApplication, window: MainWindow, path: Path, kind: str) -> int:
    from aim_explainer import printing

    state = window.state
    assert state.data is not None, "load_data raises when there is no data"
    try:
        rendered = printing.write_pdf(
            path, printing.handout_inputs(state.content_dir, kind, state.language, state.data)
        )
    except Exception as exc:
        log.error("could not write the handout %s", path, exc_info=exc)
        # a failed write names the file and the reason itself; anything else gets the file named here
        named = isinstance(exc, printing.HandoutPrintError)
        print(str(exc) if named else f"could not write the handout {path}: {exc}", file=sys.stderr)
        status = 1
    else:
        print(f"wrote {path} ({rendered.pages} page{'' if rendered.pages == 1 else 's'})")
        status = 0
    _dispose(app, window)
    return status


def _dispose(app: QApplication, window: QWidget) -> None:
    """Close and delete the window while Qt is still whole: plot items left to the interpreter's
    shutdown, after the QApplication, crash it."""
    from PySide6.QtCore import QEvent

    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _build_window(app: QApplication, args: argparse.Namespace, batch: bool) -> MainWindow:
    from aim_explainer.core.settings import load_settings
    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui import style
    from aim_explainer.ui.app_state import AppState
    from aim_explainer.ui.main_window import MainWindow

    settings, notes = load_settings(paths.settings_file())
    for note in notes:
        log.warning("%s", note)
    languages = LanguageManager(app)
    languages.set_language(args.lang or settings.language)
    style.apply_look(app)
    state = AppState(None, languages, settings_path=None if batch else paths.settings_file())
    window = MainWindow(state)
    window.apply_settings(settings)
    if args.text_size:
        window.set_text_scale(args.text_size)
    if args.tab:
        window.show_chapter(args.tab)
    if args.window_size:
        window.resize(*args.window_size)
    elif batch:
        window.resize(1280, 800)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with a usage message on a wrong option
    if args.kind and not args.handout:
        parser.error("--kind goes with --handout")
    setup_logging()
    log.info("%s %s starting (pid %d)", APP_NAME, __version__, os.getpid())
    try:
        return run(args)
    except Exception as exc:  # anything the hooks above did not catch
        log.exception("fatal error")
        show_error(f"{APP_NAME}: fatal error", str(exc), interactive=False)
        return 1
