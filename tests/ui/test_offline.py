"""The application opens no network connection, and its code has no way to."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

import aim_explainer

NETWORK_MODULES = re.compile(r"^\s*(?:from|import)\s+(urllib|http|requests|socket|ssl|PySide6\.QtNetwork)\b", re.M)


def test_source_imports_no_network_module() -> None:
    root = Path(aim_explainer.__file__).parent
    offenders = [str(p) for p in root.rglob("*.py") if NETWORK_MODULES.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_using_the_whole_application_opens_no_socket(make_window, qtbot, monkeypatch, tmp_path) -> None:
    attempts: list[tuple] = []

    class NoNetwork(socket.socket):
        def connect(self, address) -> None:
            attempts.append(address)
            raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", NoNetwork)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or pytest.fail("connect"))
    from aim_explainer.ui import capture

    window = make_window("nb")
    capture.write_screenshots(window, tmp_path)
    window.show_source("effect_total")
    window.show_glossary("rmdq")
    window.copy_link("https://www.bmj.com/content/367/bmj.l5654.full")
    assert attempts == []
