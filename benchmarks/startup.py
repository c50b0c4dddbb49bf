"""Cold start to first paint, and peak memory, of the application against a bare PySide6 window.

The baseline is a bare QMainWindow holding one pyqtgraph plot with one curve, measured in the same run
with the same interpreter, alternating with the application so that both see the same machine. Each run
is a fresh process. The child prints the wall-clock time and its peak resident memory (VmHWM, Linux) at
its first paint; the application also when the study text has painted (it reads the data, the
bundled data from the build's snapshot, without pandas, only after its first paint). Budgets (DESIGN.md):
the chapter text painted within 1.1 x the bare window's time and at no more than 1.0 x its memory. Last,
the packages imported before the text has painted (one more run, `python -X importtime`): charts,
handouts, presentation, pyqtgraph, numpy and pandas must not be among them.

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

BUDGET = 1.3  # the first paint, time and memory
CONTENT_BUDGET = {"time": 1.1, "memory": 1.0}  # the chapter text painted
NOT_BEFORE_TEXT = ("pandas", "numpy", "pyqtgraph", "segno", "aim_explainer.printing", "aim_explainer.ui.presentation")


def imported_before_text(command: list[str], env: dict[str, str]) -> list[str]:
    """Every module the application imports up to the painted text, by `python -X importtime`."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True, env=env, timeout=120
    )
    names = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")]
    return [name for name in names if name != "imported package"]


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
            budget = CONTENT_BUDGET[label] if event == "content-painted" else BUDGET
            verdict = "within" if ratio <= budget else "over"
            print(f"  ratio {event:16s} {label:7s} {ratio:5.2f} x  ({verdict} the {budget} x budget)")
    modules = imported_before_text(commands["application"], env)
    own = sorted(m for m in modules if m.startswith("aim_explainer"))
    tops = {m.split(".")[0] for m in modules if not m.startswith("aim_explainer")}
    others = sorted(t for t in tops - sys.stdlib_module_names if not t.startswith("_"))
    print(f"  imported before the text painted: {len(modules)} modules")
    print(f"    packages beside the standard library: {', '.join(others)}")
    print(f"    the application's: {', '.join(m.removeprefix('aim_explainer.') for m in own)}")
    wrong = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_TEXT)]
    print(f"    that should not be: {', '.join(wrong) or 'none'}")


if __name__ == "__main__":
    main()
