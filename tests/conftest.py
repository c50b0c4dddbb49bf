"""Test set-up: headless Qt, a private settings/log folder, and a factory for main windows.

Nothing here imports Qt at the top: tests/core runs where PySide6 and pyqtgraph are absent (tests/test_layers.py
proves it), so Qt is imported inside the fixtures that need it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any Qt import: without a display, Qt aborts the whole run with exit code 134.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"  # pyqtgraph would pick PyQt6 if it ever were installed
# Never touch the real user's settings or logs.
HOME = tempfile.mkdtemp(prefix="aim-explainer-tests-")
os.environ["AIM_EXPLAINER_HOME"] = HOME

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for build_installer, the one place that compiles translations

import build_installer  # noqa: E402

from aim_explainer import paths  # noqa: E402
from aim_explainer.core.data import StudyData, load_study_data  # noqa: E402
from aim_explainer.core.quantities import required_selectors  # noqa: E402

# leak_check: nothing outlives its test (fails a test that leaves Qt things behind); pytester: to test that check.
pytest_plugins = ["leak_check", "pytester"]


def pytest_sessionstart(session: pytest.Session) -> None:
    if hasattr(session.config, "workerinput"):
        return  # a parallel worker: the main process built both before it started the workers
    build_installer.snapshot()  # the application reads the bundled data from it, as the bundle does
    try:
        import PySide6  # noqa: F401 - only to learn whether Qt is here
    except ImportError:
        return  # the pure core tests need no catalogues
    build_installer.translations()  # the tests need the same .qm files the application loads


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The frozen-bundle tests run only when `-m` names them (build_installer.py smoke): not by default, and not
    by a `-m` that is about something else, such as `-m "not slow"`."""
    if "frozen" in (config.option.markexpr or ""):
        return
    frozen = [item for item in items if item.get_closest_marker("frozen")]
    if frozen:
        config.hook.pytest_deselected(items=frozen)
        items[:] = [item for item in items if not item.get_closest_marker("frozen")]


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def study_data() -> StudyData:
    return load_study_data(paths.default_data_file(), required_selectors())


@pytest.fixture
def make_window(qtbot, study_data) -> Iterator[Callable[..., object]]:
    """Build a MainWindow in a given language; the fixture closes it and resets the language."""
    from PySide6.QtWidgets import QApplication

    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui import style
    from aim_explainer.ui.app_state import AppState
    from aim_explainer.ui.main_window import MainWindow

    made: list[MainWindow] = []
    app = QApplication.instance()
    languages = LanguageManager()  # the language is the application's: one manager for every window

    def factory(lang: str = "nb", data_warning: str = "", settings_path=None, loaded: bool = True, start: bool = False):
        """A window on its chapters, or with `start` on the start screen, as the application opens."""
        languages.set_language(lang)
        style.apply_look(app)  # a no-op when the look is already in force: restyling is costly
        state = AppState(study_data if loaded else None, languages, data_warning, settings_path)
        window = MainWindow(state)
        if not start:
            window.screens.setCurrentWidget(window.tabs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield factory
    for window in made:
        window.close()
        window.deleteLater()  # closed is not gone: a closed window is re-laid at every later change of look
    made.clear()
    languages.uninstall()
    languages.deleteLater()  # and with it what a test connected to its signals (a lambda holding a window)
    style.apply_look(app)  # the next test starts from the standard look


@pytest.fixture
def open_chapter(make_window) -> Callable[..., tuple]:
    """`open_chapter(chapter, lang, audience)`: a shown window on that chapter, in that language and path, and
    the chapter's tab."""
    from PySide6.QtWidgets import QApplication

    from aim_explainer.core.content import CHAPTERS

    def opened(chapter: str, lang: str = "en", audience: str = "patient") -> tuple:
        window = make_window(lang)
        window.state.set_audience(audience)
        window.show_chapter(chapter)
        QApplication.processEvents()
        return window, window.chapter_tabs[CHAPTERS.index(chapter)]

    return opened


@pytest.fixture
def bokmal(qapp) -> Iterator[None]:
    """The Bokmål interface, as the application installs it; English and the standard look again afterwards."""
    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui import style

    languages = LanguageManager()
    languages.set_language("nb")
    yield
    languages.uninstall()
    languages.deleteLater()
    style.apply_look(qapp)
