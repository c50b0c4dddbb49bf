"""Cold start of the frozen application against the unfrozen one and a bare window frozen the same way.

The baseline is the bare QMainWindow with one pyqtgraph plot of benchmarks/startup.py, frozen by the
application's own spec (`-- --bare`): onedir, the same excludes and options, into build/frozen-start/.
Each run is a fresh process; the four programs alternate so that all see the same machine. Every child
prints the wall-clock time and its peak resident memory (VmHWM, Linux) at its first paint; the application
also when the study text has painted. Budget: the frozen application's first paint at most 1.3 x the bare
window frozen the same way, and the chapter text within 1.1 x its time and 1.0 x its memory.

    python3.11 build_installer.py freeze && .venv/bin/python benchmarks/frozen_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import build_installer  # noqa: E402
from startup import BARE_WINDOW, BUDGET, CONTENT_BUDGET, measure  # noqa: E402

WORK = ROOT / "build" / "frozen-start"


def freeze_bare_window() -> Path:
    """The bare window, frozen by packaging/aim-explainer.spec exactly as the application is."""
    WORK.mkdir(parents=True, exist_ok=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(WORK / "dist"), "--workpath", str(WORK / "work"), str(build_installer.SPEC),
            "--", "--bare", str(script), "--name", "bare-window",
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    executable = WORK / "dist" / "bare-window" / "bare-window"
    print(f"froze the bare window in {time.monotonic() - started:.0f} s")
    return executable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen = build_installer.frozen_executable()
    if not frozen.is_file():
        sys.exit(f"no frozen application at {frozen}: run `python3.11 build_installer.py freeze` first")
    bare_frozen = freeze_bare_window()
    size = ["--window-size", "1280x800"]
    commands = {
        "bare window frozen": [str(bare_frozen)],
        "application frozen": [str(frozen), "--quit-after-first-paint", *size],
        "application": [sys.executable, "-m", "aim_explainer", "--quit-after-first-paint", *size],
        "bare window": [sys.executable, "-c", BARE_WINDOW],
    }
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="aim-explainer-bench-") as home:
        env = dict(os.environ, AIM_EXPLAINER_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for command in commands.values():  # warm the file cache once, as any second start would find it
            measure(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(measure(command, env))

    def median(name: str, event: str, index: int) -> float:
        return statistics.median(run[event][index] for run in runs[name])

    print(f"Qt platform {env['QT_QPA_PLATFORM']}; {args.runs} runs each; medians from spawn")
    for name in commands:
        for event in ("first-paint", "content-painted"):
            if event in runs[name][0]:
                print(
                    f"  {name:19s} {event:16s} {median(name, event, 0):6.3f} s"
                    f"   peak memory {median(name, event, 1):6.1f} MiB"
                )
    for event in ("first-paint", "content-painted"):
        for label, index in (("time", 0), ("memory", 1)):
            frozen_value = median("application frozen", event, index)
            ratio = frozen_value / median("bare window frozen", "first-paint", index)
            budget = CONTENT_BUDGET[label] if event == "content-painted" else BUDGET
            verdict = "within" if ratio <= budget else "over"
            versus_unfrozen = frozen_value / median("application", event, index)
            print(
                f"  frozen application {event:16s} {label:6s} {ratio:5.2f} x the bare frozen window"
                f" ({verdict} the {budget} x budget), {versus_unfrozen:5.2f} x the unfrozen application"
            )


if __name__ == "__main__":
    main()
