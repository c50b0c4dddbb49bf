"""core is pure: importing it loads neither Qt, pyqtgraph nor (until data is read) pandas."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import aim_explainer.core.content, aim_explainer.core.data, aim_explainer.core.effects
import aim_explainer.core.formatting, aim_explainer.core.palette, aim_explainer.core.quantities
import aim_explainer.core.settings, aim_explainer.core.languages, aim_explainer.paths
heavy = sorted(m for m in ("PySide6", "pyqtgraph", "pandas", "numpy") if m in sys.modules)
print(",".join(heavy))
"""


def test_core_imports_no_qt_and_no_pandas() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_core_source_never_names_qt() -> None:
    from pathlib import Path

    import aim_explainer.core

    for path in Path(aim_explainer.core.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text, path
        assert "pyqtgraph" not in text, path
