"""Start-up: the QApplication and the main window, for a person at the screen or for a batch run.

Qt and the window are imported only after the command line is understood (aim_explainer.cli), so
`--version` and a wrong option answer at once; a failure while starting is shown (dialog and log,
aim_explainer.diagnostics), never swallowed.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from aim_explainer import APP_ID, APP_NAME, __version__, cli, paths
from aim_explainer.core.palette import Theme
from aim_explainer.diagnostics import install_excepthook, log, report, setup_logging, show_error, startup_failure

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from aim_explainer.ui.main_window import MainWindow


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


def keep_qt_settings_at_home() -> None:
    """What Qt itself remembers (its file dialog's last folder and history) goes to a file in the application's
    own settings folder, not to ~/.config/QtProject.conf: the README promises nothing outside our folders but the
    settings and the log. (On Windows the file dialog writes to the registry, which no path moves.)"""
    from PySide6.QtCore import QSettings

    ours = str(paths.settings_file().parent)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # the dialog asks for the native one
        QSettings.setPath(kind, QSettings.Scope.UserScope, ours)


def close_on_signals(app: QApplication, window: QWidget) -> None:
    """Ctrl+C and SIGTERM (a logout, `kill`) close the window as its close button does: the language and the
    chapter are saved. Python runs a signal's handler only when it runs some Python code, so a timer wakes it
    a few times a second while Qt waits for events."""
    import signal

    from PySide6.QtCore import QTimer

    def close_now() -> None:
        window.close()
        app.quit()

    def close(number: int, _frame: object) -> None:
        log.info("signal %d: closing", number)
        QTimer.singleShot(0, app, close_now)  # in the event loop: a quit before it runs would be lost

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
    wake = QTimer(app)
    wake.setInterval(200)
    wake.timeout.connect(lambda: None)
    wake.start()
    log.info("Ctrl+C and SIGTERM close the window")


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # instance() is typed as the QCoreApplication it could be; windows need a QApplication, and only one is made
    assert isinstance(app, QApplication), "the windows need a QApplication, not a bare QCoreApplication"
    keep_qt_settings_at_home()
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    batch = cli.is_batch(args)
    interactive = not batch and app.platformName() not in ("offscreen", "minimal")
    install_excepthook(interactive)

    def fail(exc: Exception) -> int:
        log.error("the application could not start", exc_info=exc)
        from aim_explainer.i18n import language_for_errors

        language_for_errors(app, args.lang)  # the reader's language, even if start-up failed before setting it
        show_error(*startup_failure(exc, local=False), interactive, translated=startup_failure(exc))
        return 1

    try:
        window = build_window(app, args, batch)
    except Exception as exc:
        return fail(exc)
    try:
        if not batch:
            return _run_on_screen(app, window, args, fail)
        try:
            window.state.load_data(args.data)
        except Exception as exc:
            return fail(exc)
        from aim_explainer.batch import write_files

        return write_files(app, window, args)
    finally:
        dispose(app, window)


def _run_on_screen(
    app: QApplication, window: MainWindow, args: argparse.Namespace, fail: Callable[[Exception], int]
) -> int:
    """Show the window, read the data after its first paint, and run until it closes."""

    def report_and_quit() -> None:
        report("content-painted")
        app.quit()

    def load_data() -> None:
        # The data is read only now, after the window is on screen: a --data file needs pandas (ui/app_state.py).
        if args.quit_after_first_paint:
            report("first-paint")
        try:
            window.state.load_data(args.data)
        except Exception as exc:
            app.exit(fail(exc))
            return
        if args.quit_after_first_paint:
            _after_first_paint(app, window, report_and_quit)
            window.update()
        elif args.present:
            window.start_presentation()

    _after_first_paint(app, window, load_data)
    close_on_signals(app, window)
    window.show()
    return app.exec()


def dispose(app: QApplication, window: QWidget) -> None:
    """Close and delete the window while Qt is still whole: plot items left to the interpreter's
    shutdown, after the QApplication, crash it."""
    from PySide6.QtCore import QEvent

    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def build_window(app: QApplication, args: argparse.Namespace, batch: bool) -> MainWindow:
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
    if args.audience:  # the command line chooses for this run; a person at the screen may change it again
        state.set_audience(args.audience)
    if args.theme:
        window.set_high_contrast(args.theme == Theme.HIGH_CONTRAST)
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
    args = cli.parse_args(argv)  # exits 2 with a usage message on a wrong option
    setup_logging()
    log.info("%s %s starting (pid %d)", APP_NAME, __version__, os.getpid())
    try:
        return run(args)
    except Exception as exc:  # anything the hooks above did not catch
        log.exception("fatal error")
        show_error(f"{APP_NAME}: fatal error", str(exc), interactive=False)
        return 1
