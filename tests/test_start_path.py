"""What a start loads before the chapter text is on screen: none of the heavy packages, and no view the
first chapter does not show. benchmarks/startup.py measures the time and memory; this keeps the list."""

from __future__ import annotations

import subprocess
import sys

START_TO_TEXT = """
import sys
from aim_explainer import app
code = app.main(["--quit-after-first-paint", "--window-size", "1280x800"])
print("exit", code)
print("loaded", ",".join(sorted(sys.modules)))
"""
NOT_AT_START = (
    "pandas",
    "numpy",
    "pyqtgraph",
    "segno",
    "aim_explainer.plots.charts.year",
    "aim_explainer.printing",
    "aim_explainer.ui.presentation",
    "aim_explainer.ui.about_box",
    "aim_explainer.ui.handout_dialog",
    "aim_explainer.ui.glossary_dialog",
    "aim_explainer.ui.sources_dialog",
)


def test_the_chapter_text_paints_without_pandas_charts_handouts_or_presentation() -> None:
    # the session start wrote the data snapshot, as the build does; the test environment's settings folder
    result = subprocess.run([sys.executable, "-c", START_TO_TEXT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "content-painted" in lines, result.stdout  # the text did paint
    assert lines["exit"] == "0"
    loaded = set(lines["loaded"].split(","))
    assert [name for name in NOT_AT_START if name in loaded] == []
