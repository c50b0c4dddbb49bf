"""printing works from plain inputs: it never reaches into the application's window or state, and it
leaves every pyqtgraph use to plots."""

from __future__ import annotations

from pathlib import Path

import aim_explainer.printing


def test_printing_knows_neither_the_ui_nor_pyqtgraph() -> None:
    sources = sorted(Path(aim_explainer.printing.__file__).parent.glob("*.py"))
    assert len(sources) > 3
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for word in ("aim_explainer.ui", "AppState", "pyqtgraph", "plots._pg"):
            assert word not in text, f"{path.name} names {word}"
        assert len(text.splitlines()) <= 300, f"{path.name} has more than one job"
