"""What the user-interface tests share: a window in presentation mode."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(make_window, qtbot):
    window = make_window("nb")
    running = window.start_presentation(full_screen=False)
    qtbot.addWidget(running.audience)
    qtbot.waitExposed(running.audience)
    yield window, running
    if running.audience.isVisible():
        running.end()
