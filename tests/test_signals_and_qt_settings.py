"""The application as the system treats it: Ctrl+C and SIGTERM close it as its close button does, and Qt's own
memory (the file dialog's folders) stays in the application's folder."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

READY = "Ctrl+C and SIGTERM close the window"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_saves_language_and_chapter_and_quits(tmp_path: Path, number: int) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AIM_EXPLAINER_HOME=str(tmp_path))
    running = subprocess.Popen(
        [sys.executable, "-m", "aim_explainer", "--lang", "en", "--tab", "comparison"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = tmp_path / "logs" / "aim-explainer.log"
    try:
        while READY not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert running.poll() is None, running.communicate()
            with contextlib.suppress(subprocess.TimeoutExpired):  # on the process: returns as soon as it ends
                running.wait(timeout=0.05)
        running.send_signal(number)
        _out, err = running.communicate(timeout=60)
    finally:
        if running.poll() is None:
            running.kill()
            running.communicate()
    assert running.returncode == 0, err
    assert "Traceback" not in err
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert (saved["language"], saved["chapter"]) == ("en", "comparison")


DIALOG = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from aim_explainer.app import keep_qt_settings_at_home

app = QApplication([sys.argv[0]])
keep_qt_settings_at_home()
dialog = QFileDialog(None, "Save", sys.argv[1])
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
QTimer.singleShot(0, dialog.reject)
dialog.exec()
del dialog  # the dialog writes its history as it goes
"""


def test_the_file_dialog_writes_nothing_outside_the_applications_folder(tmp_path: Path) -> None:
    home, ours = tmp_path / "home", tmp_path / "aim"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env |= {"HOME": str(home), "AIM_EXPLAINER_HOME": str(ours), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", DIALOG, str(tmp_path)], env=env, check=True, timeout=60)
    assert not [p for p in home.rglob("*") if p.is_file()], "Qt wrote into the home folder"
    assert list((ours / "config").glob("QtProject*"))  # its history is kept, in our folder
