"""The pinned binding must not leak references to None (PySide6 6.12.0 on Python 3.11 does, and aborts)."""

from __future__ import annotations

import sys

import pyqtgraph
from PySide6.QtCore import QObject


def test_void_calls_do_not_lose_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(200):
        obj.setObjectName(f"guard{i}")
    assert sys.getrefcount(None) >= before


def test_pyqtgraph_uses_pyside6() -> None:
    assert pyqtgraph.Qt.QT_LIB == "PySide6"
