"""The one place that imports pyqtgraph: PySide6 first, so pyqtgraph can only pick that binding."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
import PySide6.QtWidgets  # noqa: F401 - binds pyqtgraph to PySide6

from aim_explainer.core.palette import UI

pg.setConfigOptions(antialias=True, background=UI["surface"], foreground=UI["text"], useOpenGL=False)

__all__ = ["pg"]
