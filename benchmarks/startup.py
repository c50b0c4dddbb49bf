"""Cold start to first paint, and peak memory, of the application against a bare PySide6 window.

The baseline is a bare QMainWindow holding one pyqtgraph plot with one curve, measured in the same run
with the same interpreter, alternating with the application so that both see the same machine. Each run
is a fresh process. The child prints the wall-clock time and its peak resident memory (VmHWM, Linux) at
its first paint; the application also when the study text has painted (it reads the data, and imports
pandas, only after its first paint). Budget for the first paint: 1.3 x the bare window on both.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
import sys, time

def hwm_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg

app = QApplication(sys.argv)
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([0, 1, 2, 3], [1, 3, 2, 4])
window.setCentralWidget(plot)
window.resize(1280, 800)

def report_and_quit():
    print(f"first-paint {time.time():.6f} {hwm_kib()}", flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, report_and_quit)
        return False

app.installEventFilter(FirstPaint(app))  # the first paint of any widget
window.show()
app.exec()
"""

BUDGET = 1.3


def measure(command: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Run one fresh process; for each event it reports, seconds since spawn and peak memory in MiB."""
    spawned = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr}")
    events = {}
    for line in result.stdout.splitlines():
        name, stamp, kib = line.split()
        events[name] = (float(stamp) - spawned, int(kib) / 1024)
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="aim-explainer-bench-")
    env = dict(os.environ, AIM_EXPLAINER_HOME=home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    commands = {
        "bare window": [sys.executable, "-c", BARE_WINDOW],
        "application": [sys.executable, "-m", "aim_explainer", "--quit-after-first-paint", "--window-size", "1280x800"],
    }
    for command in commands.values():  # warm the file cache once, as any second start would find it
        measure(command, env)
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():  # alternate, so both see the same machine
            runs[name].append(measure(command, env))

    def median(name: str, event: str, index: int) -> float:
        return statistics.median(run[event][index] for run in runs[name])

    print(f"Qt platform {env['QT_QPA_PLATFORM']}; {args.runs} runs each; medians")
    rows = [("bare window", "first-paint"), ("application", "first-paint"), ("application", "content-painted")]
    for name, event in rows:
        print(
            f"  {name:12s} {event:16s} {median(name, event, 0):6.3f} s   peak memory {median(name, event, 1):6.1f} MiB"
        )
    bare_time, bare_mem = median("bare window", "first-paint", 0), median("bare window", "first-paint", 1)
    for event in ("first-paint", "content-painted"):
        for label, value, bare in (
            ("time", median("application", event, 0), bare_time),
            ("memory", median("application", event, 1), bare_mem),
        ):
            ratio = value / bare
            verdict = "within" if ratio <= BUDGET else "over"
            print(f"  ratio {event:16s} {label:7s} {ratio:5.2f} x  ({verdict} the {BUDGET} x budget)")


if __name__ == "__main__":
    main()
