#!/usr/bin/env python3
"""Seeded random input in a real X window: the application must stay alive, log no traceback and close cleanly.

    python tests/random_input.py [--seconds 60] [--seed N] [--size 1024x768]

Starts a virtual X server (Xvfb), the application on it, and sends a seeded random mix of mouse moves,
clicks, drags, wheel turns and the documented keys with xdotool. On a failure it prints the seed and the
last 50 events, so the run can be replayed with --seed. Needs Debian's xvfb and xdotool (.ci/run installs them).
Nothing here runs under pytest: it is a separate check, as a person's use is.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

# The documented keys (README): chapters, sub-pages, presentation, blank, spotlight, language, text size,
# high contrast, sources, glossary, Esc. Not Ctrl+Q (it ends the run) nor the print dialog (a printer).
KEYS = [
    "ctrl+1", "ctrl+2", "ctrl+3", "ctrl+4", "ctrl+5", "ctrl+Tab", "ctrl+shift+Tab",
    "F5", "Escape", "Escape", "b", "period", "g", "1", "2", "3", "4", "5",
    "Next", "Prior", "Right", "Left", "Up", "Down", "space", "Home", "End", "BackSpace", "Return", "Tab",
    "ctrl+l", "ctrl+plus", "ctrl+minus", "ctrl+0", "ctrl+shift+h", "ctrl+shift+s", "F1",
]  # fmt: skip
SETTLE = 0.05  # seconds between events: a brisk person, and time for Qt to answer


def wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


class Run:
    def __init__(self, seed: int, size: tuple[int, int], home: Path) -> None:
        self.seed, self.size, self.home = seed, size, home
        self.random = random.Random(seed)
        self.events: deque[str] = deque(maxlen=50)
        self.display = f":{90 + seed % 9}"
        self.env = {**os.environ, "DISPLAY": self.display, "AIM_EXPLAINER_HOME": str(home), "HOME": str(home)}
        self.env.pop("QT_QPA_PLATFORM", None)  # a real X window, not offscreen
        self.xvfb: subprocess.Popen | None = None
        self.app: subprocess.Popen | None = None

    def xdotool(self, *args: str) -> None:
        self.events.append(" ".join(args))
        subprocess.run(["xdotool", *args], env=self.env, check=False, capture_output=True, timeout=10)

    def start(self) -> None:
        width, height = self.size
        screen = f"{width}x{height}x24"
        self.xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", screen, "-nolisten", "tcp"])
        socket = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        wait_for(socket.exists, 10, "the X server")
        command = [sys.executable, "-m", "aim_explainer", "--window-size", f"{width}x{height}"]
        self.app = subprocess.Popen(
            command, env=self.env, cwd=self.home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        wait_for(self.window_shown, 30, "the application's window")

    def window_shown(self) -> bool:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid), "--name", "."],
            env=self.env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        return bool(found.stdout.strip())

    def one_event(self) -> None:
        width, height = self.size
        x, y = self.random.randrange(width), self.random.randrange(height)
        kind = self.random.choices(["move", "click", "drag", "wheel", "right", "key"], [30, 20, 8, 8, 6, 28])[0]
        if kind == "move":
            self.xdotool("mousemove", str(x), str(y))
        elif kind == "click":
            self.xdotool("mousemove", str(x), str(y), "click", self.random.choice(["1", "1", "1", "--repeat", "2"]))
        elif kind == "drag":
            to_x, to_y = self.random.randrange(width), self.random.randrange(height)
            self.xdotool(
                "mousemove", str(x), str(y), "mousedown", "1", "mousemove", str(to_x), str(to_y), "mouseup", "1"
            )
        elif kind == "wheel":
            self.xdotool("mousemove", str(x), str(y), "click", self.random.choice(["4", "5"]))
        elif kind == "right":  # held: the spotlight in presentation mode
            self.xdotool(
                "mousemove", str(x), str(y), "mousedown", "3", "mousemove", str(width - x), str(y), "mouseup", "3"
            )
        else:
            self.xdotool("key", self.random.choice(KEYS))

    def alive(self) -> bool:
        return self.app is not None and self.app.poll() is None

    def log_text(self) -> str:
        log = self.home / "logs" / "aim-explainer.log"
        return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""

    def close(self) -> int | None:
        """Esc out of whatever is open, give the main window the keyboard (with no window manager, focus can
        be left on a window that has closed), then Ctrl+Q; the status it exits with (None: it would not close)."""
        for attempt in range(3):
            for _ in range(4):
                self.xdotool("key", "Escape")
                time.sleep(0.2)
            for window in self.windows():
                self.xdotool("windowfocus", "--sync", window)
                self.xdotool("key", "ctrl+q")
                try:
                    return self.app.wait(10 if attempt < 2 else 20)
                except subprocess.TimeoutExpired:
                    continue
        return None

    def windows(self) -> list[str]:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid), "--name", "AIM"],
            env=self.env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        return found.stdout.split()

    def stop(self) -> str:
        output = ""
        if self.app is not None:
            if self.app.poll() is None:
                self.app.kill()
            output = self.app.communicate(timeout=10)[0].decode("utf-8", "replace")
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(10)
        return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--size", default="1024x768")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"random input: {tool} is not installed (Debian: xvfb, xdotool)", file=sys.stderr)
            return 2
    width, height = (int(n) for n in args.size.split("x"))
    home = Path(tempfile.mkdtemp(prefix="aim-random-input-"))
    run = Run(args.seed, (width, height), home)
    problem, count, status = "", 0, None
    started = time.monotonic()
    try:
        run.start()
        while time.monotonic() - started < args.seconds and run.alive():
            run.one_event()
            count += 1
            time.sleep(SETTLE)
        if not run.alive():
            problem = f"the application ended by itself (status {run.app.returncode})"
        elif "Traceback" in run.log_text():
            problem = "the log holds a traceback"
        else:
            status = run.close()
            if status != 0:
                problem = f"it did not close cleanly (status {status})"
    except Exception as exc:  # the harness itself: still report the seed and events
        problem = f"the run failed: {exc}"
    finally:
        output = run.stop()
    seconds = time.monotonic() - started
    if problem or "Traceback" in run.log_text():
        print(f"random input FAILED with seed {args.seed} after {count} events ({seconds:.0f} s): {problem}")
        print("last events:\n  " + "\n  ".join(run.events))
        print("log:\n" + run.log_text()[-4000:])
        print("output:\n" + output[-2000:])
        return 1
    shutil.rmtree(home, ignore_errors=True)
    print(f"random input: {count} events in {seconds:.0f} s with seed {args.seed}, no traceback, closed cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
