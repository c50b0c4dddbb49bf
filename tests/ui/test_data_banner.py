"""The banner that says why a chosen data file was refused: short, closable by mouse and keyboard, and an
unreadable file falls back to the bundled data instead of stopping the application."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aim_explainer import paths

MANY = "\n".join(f"big.csv, line {n}, field 'verified': must be 'yes' or 'no', not 'maybe'" for n in range(2, 502))


def test_a_long_list_of_problems_is_summarised(make_window) -> None:
    window = make_window("en", data_warning=MANY)
    text = window.banner.label.text()
    assert "line 2, field 'verified'" in text
    assert "line 4, field 'verified'" in text
    assert "line 5," not in text
    assert "… and 497 more" in text
    assert window.banner.height() < window.height() / 4


def test_a_long_file_name_does_not_widen_the_window(make_window) -> None:
    name = "/tmp/" + "a" * 400 + ".csv"
    window = make_window("en", data_warning=f"{name}: the file cannot be read: {os.strerror(errno.ENAMETOOLONG)}")
    window.resize(800, 600)
    QApplication.processEvents()
    assert window.width() == 800
    assert window.banner.height() < window.height() / 4
    assert os.strerror(errno.ENAMETOOLONG) in window.banner.label.text()


def test_the_summary_is_in_the_language_of_the_window(make_window) -> None:
    window = make_window("nb", data_warning=MANY)
    assert "… og 497 til" in window.banner.label.text()
    assert window.banner.close_button.accessibleName() == "Lukk meldingen"


def test_the_banner_closes_with_the_mouse_and_stays_closed(make_window, qtbot) -> None:
    window = make_window("en", data_warning=MANY)
    close = window.banner.close_button
    assert close.accessibleName() == "Close this message"
    assert close.width() >= 24
    assert close.height() >= 24
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    window.toggle_language()  # a language switch rewrites the banner, but must not bring it back
    qtbot.waitUntil(lambda: window.windowTitle() == "AIM-studien forklart")
    assert not window.banner.isVisible()


def test_the_banner_closes_from_the_keyboard(make_window, qtbot) -> None:
    window = make_window("en", data_warning=MANY)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Backtab)  # the control just before the chapters
    assert window.banner.close_button.hasFocus()
    qtbot.keyClick(window.banner.close_button, Qt.Key.Key_Space)
    assert not window.banner.isVisible()
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().window() is window  # the focus stays in the window


def test_new_refused_data_shows_the_banner_again(make_window, qtbot, study_data) -> None:
    window = make_window("en", data_warning=MANY)
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    window.state.set_data(study_data, ["other.csv: the file is empty"])
    assert window.banner.isVisible()
    assert "other.csv: the file is empty" in window.banner.label.text()
    window.state.set_data(study_data)
    assert not window.banner.isVisible()


def test_an_unreadable_file_falls_back_to_the_bundled_data(make_window, tmp_path: Path) -> None:
    window = make_window("en", loaded=False)
    chosen = tmp_path / ("a" * 300 + ".csv")  # longer than a file name may be: the system refuses to open it
    window.state.load_data(chosen)
    assert window.state.data is not None
    assert window.state.data.path == paths.default_data_file()
    assert window.banner.isVisible()
    assert os.strerror(errno.ENAMETOOLONG) in window.banner.label.text()
    assert "built-in study data" in window.banner.label.text()


def test_the_application_starts_with_an_unreadable_data_file(tmp_path: Path) -> None:
    chosen = tmp_path / ("a" * 300 + ".csv")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{paths.HOME_ENV: str(tmp_path)})
    command = [sys.executable, "-m", "aim_explainer", "--quit-after-first-paint", "--data", str(chosen)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "content-painted" in result.stdout  # the window filled in with the built-in data
    assert f"{chosen}: the file cannot be read: {os.strerror(errno.ENAMETOOLONG)}" in result.stderr
