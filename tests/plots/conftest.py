"""What the chart tests share: the Results tab of a shown window, its charts built."""

from __future__ import annotations

import pytest


@pytest.fixture
def results(open_chapter):
    """`results(lang, audience)`: a window on Results in that language and path, with its charts built."""
    from PySide6.QtWidgets import QApplication

    def open_results(lang: str = "en", audience: str = "patient"):
        window, tab = open_chapter("results", lang, audience)
        tab.ensure_charts()
        QApplication.processEvents()
        return window, tab

    return open_results
