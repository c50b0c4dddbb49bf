"""Frames per second and CPU share of the animated charts, against pyqtgraph's own ceiling.

In one process: each animated chart (Results' and the Comparison chapter's) plays for a few seconds at normal speed
while its plot's paints and the process's CPU time are counted. Two baselines with the same number of
points, measured the same way in the same run: a bare pyqtgraph animation at 60 frames a second (the
ratio against it says what the chart costs beyond pyqtgraph's own animation on this machine, however busy),
and the ceiling, a bare plot redrawn as fast as the event loop allows. Budget: 60 frames a second at under
10 % of one core (DESIGN.md, Budgets). The load average is printed with the numbers: the machine may be shared.
Under a real X server: QT_QPA_PLATFORM=xcb DISPLAY=... (e.g. Xvfb :99 -screen 0 1280x800x24).

    .venv/bin/python benchmarks/animation.py [--seconds 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIM_EXPLAINER_HOME", tempfile.mkdtemp(prefix="aim-explainer-bench-"))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

BUDGET = 0.10  # share of one core at 60 frames a second
FRAME_MS = 16  # a bare animation's frame: 60 a second, as the charts' playback


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def measure(app: QApplication, viewport: QObject, seconds: float, start, stop) -> tuple[float, float]:
    """(frames a second, share of one core) while `start()` … `stop()` runs for `seconds`."""
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    start()
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()  # the real event loop, idle between frames as in the application
    stop()
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    viewport.removeEventFilter(counter)
    return counter.paints / wall, cpu / wall


def bare_plot(app: QApplication, size: object, points: int, seconds: float, frame_ms: int) -> tuple[float, float]:
    """A bare pyqtgraph plot of `points` points of the chart's size, its curve set anew every `frame_ms` ms (0: as
    fast as the event loop allows), measured as a chart is."""
    from aim_explainer.plots._pg import pg

    bare = pg.PlotWidget()
    bare.resize(size)
    curve = bare.plot([], [])
    bare.show()
    xs = list(range(max(points, 2)))
    frame = [0]

    def redraw() -> None:
        frame[0] += 1
        curve.setData(xs, [(x + frame[0]) % 7 for x in xs])

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(frame_ms)
    timer.timeout.connect(redraw)
    try:
        return measure(app, bare.viewport(), seconds, timer.start, timer.stop)
    finally:
        bare.close()
        bare.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()

    from aim_explainer import app, cli
    from aim_explainer.ui.tabs.comparison_tab import PAGE_CHARTS

    qapp = QApplication(sys.argv[:1])
    window = app.build_window(qapp, cli.build_parser().parse_args(["--export-text", "-"]), True)
    window.state.load_data(None)
    window.resize(1280, 800)
    window.show()
    window.show_chapter("results")
    results = window.chapter_tabs[2]
    results.ensure_charts()

    load = " ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    print(f"Qt platform {qapp.platformName()}; {args.seconds:g} s each; {os.cpu_count()} cores, load average {load}")
    window.state.set_audience("clinician")  # the simulation is the clinician path's
    comparison = window.chapter_tabs[3]

    def show(chart: object) -> None:
        """Its chapter and page on screen: Results' charts, and the Comparison chapter's charts page."""
        if chart in results.charts:
            window.show_chapter("results")
            results.show_chart(chart.chart_id)
        else:
            window.show_chapter("comparison")
            comparison.show_page(PAGE_CHARTS)

    comparison.ensure_charts()
    for chart in [*results.charts, *comparison.charts]:
        if not chart.animated:
            continue
        show(chart)
        qapp.processEvents()
        chart.seek(0)
        fps, share = measure(qapp, chart.plot.viewport(), args.seconds, chart.playback.play, chart.pause)
        points = sum(
            len(item.getData()[0] if item.getData()[0] is not None else [])
            for item in chart.plot.getPlotItem().listDataItems()
        )

        bare_fps, bare_share = bare_plot(qapp, chart.plot.size(), points, args.seconds, FRAME_MS)
        ceiling_fps, ceiling_share = bare_plot(qapp, chart.plot.size(), points, args.seconds, 0)
        verdict = "within" if fps >= 55 and share < BUDGET else "outside"
        print(
            f"  {chart.chart_id:6s} {fps:5.1f} frames/s at {share * 100:4.1f} % of one core ({points} points); "
            f"{verdict} the budget (60/s, < {BUDGET:.0%})\n"
            f"         bare pyqtgraph animation {bare_fps:5.1f} frames/s at {bare_share * 100:4.1f} %: "
            f"the chart costs {share / bare_share:.2f} × its CPU share\n"
            f"         pyqtgraph ceiling {ceiling_fps:6.1f} frames/s at {ceiling_share * 100:4.1f} %; "
            f"the chart plays at {fps / ceiling_fps * 100:4.1f} % of the ceiling"
        )
    window.close()


if __name__ == "__main__":
    main()
