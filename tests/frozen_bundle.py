"""How the smoke tests start the frozen bundle: headless, without network where this machine can cut it, with
a private home folder, and never for longer than a minute or two. What they check is in test_frozen_smoke.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

START_TIMEOUT = 120  # seconds for one start (a normal one takes a few); a hung start fails


def bundle_files(executable: Path) -> Path:
    """The folder that the frozen application sees as sys._MEIPASS."""
    internal = executable.parent / "_internal"
    return internal if internal.is_dir() else executable.parent.parent / "Frameworks"  # macOS .app


def qt_files(root: Path, platform: str = sys.platform) -> Path:
    """Qt's folder in the bundle (plugins, translations), laid out as in the PySide6 wheels: PySide6/ itself in
    the Windows wheels, PySide6/Qt/ in the Linux and macOS ones."""
    return root / "PySide6" if platform == "win32" else root / "PySide6" / "Qt"


def network_isolation() -> list[str]:
    """A command prefix that runs a program without any network (Linux, as root), or [] where there is none."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n", "--"]
    return []


def frozen_env(home: Path | None, platform_name: str = "offscreen") -> dict[str, str]:
    """This environment less Qt's, Python's and the home folder's variables; then the given ones."""
    dropped = ("QT_", "PYTHON", "PYQTGRAPH", "AIM_EXPLAINER_HOME")
    env = {key: value for key, value in os.environ.items() if not key.upper().startswith(dropped)}
    env["QT_QPA_PLATFORM"] = platform_name
    if home is not None:
        env["AIM_EXPLAINER_HOME"] = str(home)
    return env


def run_frozen(
    executable: Path,
    args: list[str],
    home: Path | None,
    prefix: list[str] | None = None,
    platform_name: str = "offscreen",
) -> subprocess.CompletedProcess[str]:
    """Start the frozen application once, without network where this machine can isolate it.

    `home` becomes AIM_EXPLAINER_HOME (settings and log); None leaves the application to find its folders.

    A start that hangs (an error dialog waiting for a click, say) is ended after START_TIMEOUT seconds with all
    it started, and reported as exit code -1 with what it wrote so far and a line that says so.
    """
    command = [*(network_isolation() if prefix is None else prefix), str(executable), *args]
    print("+", " ".join(command), flush=True)
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=frozen_env(home, platform_name),
        start_new_session=os.name == "posix",  # its own process group, to end xvfb-run's server with it
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            if os.name == "posix":
                os.killpg(process.pid, 9)
            else:
                process.kill()
            stdout, stderr = process.communicate()
            stderr += f"\nError: still running after {START_TIMEOUT} s, ended (an error dialog waiting?)\n"
            return subprocess.CompletedProcess(command, -1, stdout, stderr)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def log_of(home: Path) -> str:
    log = home / "logs" / "aim-explainer.log"
    return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
