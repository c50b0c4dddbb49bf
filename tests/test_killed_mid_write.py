"""Killed mid-write (SIGKILL: no clean-up runs), the previous handout and settings file are intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

WRITER = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
from aim_explainer import paths, printing
from aim_explainer.core.data import load_study_data
from aim_explainer.core.quantities import required_selectors
from aim_explainer.core.settings import Settings, save_settings

app = QApplication([])
target, kind = Path(sys.argv[1]), sys.argv[2]
data = load_study_data(paths.default_data_file(), required_selectors())
inputs = printing.handout_inputs(paths.resource("content"), "patient", "nb", data, date(2026, 3, 9))
print("ready", flush=True)
while True:  # until killed
    if kind == "handout":
        printing.write_pdf(target, inputs)
    else:
        save_settings(target, Settings(language="en", chapter="results", geometry="x" * 200_000))
"""


def _kill_while_writing(target: Path, kind: str) -> None:
    """Start a writer, wait until a previous file is there and a new write is under way (its temporary file
    exists), then SIGKILL it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), kind], env=env, stdout=subprocess.PIPE, cwd=ROOT
    )
    try:
        assert writer.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            partial = [p for p in target.parent.iterdir() if p != target and p.name.startswith((".", target.name))]
            if partial and target.exists():
                break
        else:
            pytest.fail("the writer never started a write")
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL


def test_a_handout_killed_mid_write_leaves_the_previous_one_whole(tmp_path: Path) -> None:
    from aim_explainer.printing.pdf import pdf_problem

    target = tmp_path / "handout.pdf"
    for round_number in range(3):
        _kill_while_writing(target, "handout")
        assert target.exists(), "the previous handout is gone"
        assert pdf_problem(target) == "", f"round {round_number}: the handout is not a whole PDF"


def test_settings_killed_mid_write_are_the_previous_ones(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    previous = {"language": "nb", "chapter": "method"}
    target.write_text(json.dumps(previous), encoding="utf-8")
    for _ in range(3):
        _kill_while_writing(target, "settings")
        saved = json.loads(target.read_text(encoding="utf-8"))  # whole JSON: the old file or a new whole one
        assert saved == previous or saved["chapter"] == "results"
