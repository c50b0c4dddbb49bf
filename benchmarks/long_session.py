"""A long session: memory over thousands of actions, and nothing left behind.

Drives the main window as a long day of use would: chapter switches, language switches, presentation
mode entered and left, and an animation playing, sampling the resident memory every 100 actions.
Prints the growth from the first sample after warm-up to the last (budget: under 5 %), and the
top-level widgets and live timers before and after (budget: none left behind).

    .venv/bin/python benchmarks/long_session.py [--chapters 2000] [--languages 500] [--presentations 200]
                                                 [--animation-seconds 600]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIM_EXPLAINER_HOME", tempfile.mkdtemp(prefix="aim-explainer-bench-"))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.data import load_study_data
from aim_explainer.core.quantities import required_selectors
from aim_explainer.i18n import LanguageManager
from aim_explainer.ui import style
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.main_window import MainWindow

SAMPLE_EVERY = 100


def resident_mib() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def census() -> tuple[int, int]:
    """(visible top-level widgets, live QTimers that are running) in the whole application."""
    app = QApplication.instance()
    widgets = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    timers = [t for t in app.findChildren(QTimer) if t.isActive()]
    for widget in QApplication.topLevelWidgets():
        timers += [t for t in widget.findChildren(QTimer) if t.isActive()]
    return len(widgets), len(timers)


def present_once(window: MainWindow) -> None:
    """Enter presentation mode, go to a step with a chart, leave."""
    session = window.start_presentation(full_screen=False)
    QApplication.processEvents()
    session.controller.go(next(i for i, s in enumerate(session.controller.steps) if s.chart))
    QApplication.processEvents()
    session.end()
    settle()  # what the event loop does next: deferred deletions, then timers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapters", type=int, default=2000)
    parser.add_argument("--languages", type=int, default=500)
    parser.add_argument("--presentations", type=int, default=200)
    parser.add_argument("--animation-seconds", type=float, default=600)
    args = parser.parse_args()

    app = QApplication(sys.argv)
    languages = LanguageManager()
    languages.set_language("nb")
    style.apply_look(app)
    data = load_study_data(paths.default_data_file(), required_selectors())
    window = MainWindow(AppState(data, languages))
    window.resize(1280, 800)
    window.show()
    settle()
    samples: list[tuple[str, int, float]] = []
    actions = 0

    def act(label: str) -> None:
        nonlocal actions
        actions += 1
        if actions % SAMPLE_EVERY == 0:
            settle()
            samples.append((label, actions, resident_mib()))

    # Warm-up: every chapter and chart, and ten presentations and language switches, so that Qt's and the
    # allocator's caches are full before the baseline (the first ten presentations take about 50 MiB, the
    # next seventy 1 MiB together: caches, not a leak).
    for chapter in CHAPTERS:
        window.show_chapter(chapter)
        settle()
    window.chapter_tabs[CHAPTERS.index("results")].ensure_charts()
    for _ in range(10):
        present_once(window)
        window.toggle_language()
    settle()
    before = census()
    baseline = resident_mib()
    started = time.perf_counter()

    for i in range(args.chapters):
        window.show_chapter(CHAPTERS[i % len(CHAPTERS)])
        QApplication.processEvents()
        act("chapter")
    for _ in range(args.languages):
        window.toggle_language()
        QApplication.processEvents()
        act("language")
    for _ in range(args.presentations):
        present_once(window)
        act("presentation")
    settle()

    results = window.chapter_tabs[CHAPTERS.index("results")]
    window.show_chapter("results")
    window.state.set_audience("clinician")  # the simulation plays on the clinician path's Results
    chart = results.show_chart("rerun")
    chart.playback.play()
    end = time.perf_counter() + args.animation_seconds
    while time.perf_counter() < end:
        loop = QEventLoop()
        QTimer.singleShot(1000, loop.quit)
        loop.exec()
        if not chart.playback.playing:
            chart.seek(0.0)
            chart.playback.play()
        act("animation")
    chart.playback.pause()
    window.show_chapter("background")
    settle()
    after = census()
    final = resident_mib()
    seconds = time.perf_counter() - started

    print(f"actions: {actions} in {seconds:.0f} s (chapters {args.chapters}, languages {args.languages}, "
          f"presentations {args.presentations}, animation {args.animation_seconds:.0f} s)")  # fmt: skip
    for label, count, mib in samples[:: max(1, len(samples) // 12)]:
        print(f"  after {count:5d} actions ({label:12s}): {mib:7.1f} MiB")
    growth = (final - baseline) / baseline * 100
    print(f"resident memory: {baseline:.1f} MiB after warm-up, {final:.1f} MiB at the end: {growth:+.1f} %")
    print(f"visible top-level widgets: {before[0]} before, {after[0]} after; "
          f"running timers: {before[1]} before, {after[1]} after")  # fmt: skip
    window.close()
    return 0 if growth < 5 and after <= before else 1


if __name__ == "__main__":
    sys.exit(main())
