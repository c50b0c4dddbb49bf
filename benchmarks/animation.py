"""Frames per second and CPU share of the animated charts, against pyqtgraph's own ceiling.

In one process: each animated chart of the Results chapter plays for a few seconds at normal speed
while its plot's paints and the process's CPU time are counted. The ceiling is a bare pyqtgraph
plot with the same number of points, redrawn as fast as the event loop allows, measured the same way.
Budget: 60 frames a second at under 10 % of one core (DESIGN.md, Budgets).

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

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

BUDGET = 0.10  # share of one core at 60 frames a second


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()

    from aim_explainer import app, cli

    qapp = QApplication(sys.argv[:1])
    window = app.build_window(qapp, cli.build_parser().parse_args(["--export-text", "-"]), True)
    window.state.load_data(None)
    window.resize(1280, 800)
    window.show()
    window.show_chapter("results")
    results = window.chapter_tabs[2]
    results.ensure_charts()

    from aim_explainer.plots._pg import pg

    print(f"Qt platform {qapp.platformName()}; {args.seconds:g} s each")
    window.state.set_audience("clinician")  # the simulation is the clinician path's
    for chart in results.charts:
        if not chart.animated:
            continue
        results.show_chart(chart.chart_id)
        qapp.processEvents()
        chart.seek(0)
        fps, share = measure(qapp, chart.plot.viewport(), args.seconds, chart.playback.play, chart.pause)
        points = sum(
            len(item.getData()[0] if item.getData()[0] is not None else [])
            for item in chart.plot.getPlotItem().listDataItems()
        )

        # the ceiling: the same number of points, redrawn as fast as possible
        bare = pg.PlotWidget()
        bare.resize(chart.plot.size())
        curve = bare.plot([], [])
        bare.show()
        xs = list(range(max(points, 2)))
        frame = [0]

        def redraw(curve=curve, xs=xs, frame=frame) -> None:
            frame[0] += 1
            curve.setData(xs, [(x + frame[0]) % 7 for x in xs])

        timer = QTimer()
        timer.setInterval(0)
        timer.timeout.connect(redraw)
        ceiling_fps, ceiling_share = measure(qapp, bare.viewport(), args.seconds, timer.start, timer.stop)
        bare.close()
        verdict = "within" if fps >= 55 and share < BUDGET else "outside"
        print(
            f"  {chart.chart_id:6s} {fps:5.1f} frames/s at {share * 100:4.1f} % of one core ({points} points); "
            f"pyqtgraph ceiling {ceiling_fps:6.1f} frames/s at {ceiling_share * 100:4.1f} %; "
            f"{fps / ceiling_fps * 100:4.1f} % of the ceiling; {verdict} the budget (60/s, < {BUDGET:.0%})"
        )
    window.close()


if __name__ == "__main__":
    main()
