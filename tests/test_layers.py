"""The layers hold: import-linter's contracts (pyproject.toml), core without Qt, and a cheap start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

NO_HEAVY_IMPORTS = """
import importlib, pkgutil, sys
import aim_explainer.core as core
for module in pkgutil.iter_modules(core.__path__):
    importlib.import_module(f"aim_explainer.core.{module.name}")
import aim_explainer.paths
print(",".join(sorted(m for m in ("PySide6", "pyqtgraph", "pandas", "numpy") if m in sys.modules)))
"""


def test_the_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_importing_every_core_module_loads_no_qt_and_no_pandas() -> None:
    # pandas is imported only when a data file is read; Qt never in core.
    result = subprocess.run([sys.executable, "-c", NO_HEAVY_IMPORTS], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_core_tests_pass_where_qt_and_pyqtgraph_cannot_be_imported(tmp_path: Path) -> None:
    # Stand-ins that fail on import, ahead of the real packages on the path: as on a machine without them.
    for name in ("PySide6", "shiboken6", "pyqtgraph"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(f"raise ImportError('{name} is absent here')\n")
    # ROOT/src too: the code of this checkout, not whichever one the environment has installed.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "src")])}
    # Without pytest-qt its settings in pyproject.toml are unknown, so the strict options are set aside.
    command = [sys.executable, "-m", "pytest", "tests/core", "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider"]
    result = subprocess.run([*command, "-o", "addopts="], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
