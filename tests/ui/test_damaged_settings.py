"""A damaged settings file never stops the start, and a restored window always lands usable on a screen."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRect
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.core.settings import Settings, load_settings
from aim_explainer.ui.window_geometry import MIN_HEIGHT, MIN_WIDTH

DAMAGED = {
    "non-ASCII geometry": '{"geometry": "æøå"}',
    "a list as theme": '{"theme": ["x"]}',
    "100,000-deep nesting": "[" * 100_000 + "]" * 100_000,
    "a 5,000-digit number": '{"text_scale": ' + "1" * 5000 + "}",
}


def start_all(homes: list[Path]) -> list[subprocess.CompletedProcess[str]]:
    """The real start, one process per home folder, side by side: settings, window, first paint, data, close."""
    processes = []
    for home in homes:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{paths.HOME_ENV: str(home)})
        command = [sys.executable, "-m", "aim_explainer", "--quit-after-first-paint"]
        processes.append(subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def test_a_damaged_settings_file_does_not_stop_the_start(tmp_path: Path) -> None:
    contents = DAMAGED | {"a byte order mark": "\ufeff" + json.dumps({"chapter": "results", "language": "en"})}
    homes = [tmp_path / f"home{i}" for i in range(len(contents))]
    for home, content in zip(homes, contents.values(), strict=True):
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(content, encoding="utf-8")
    for home, name, result in zip(homes, contents, start_all(homes), strict=True):
        settings_file = home / "config" / "settings.json"
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
        assert "could not start" not in result.stderr, name
        log_text = (home / "logs" / "aim-explainer.log").read_text(encoding="utf-8")
        settings, notes = load_settings(settings_file)  # the next start finds a good file
        assert notes == [], name
        if name == "a byte order mark":
            assert (settings.chapter, settings.language) == ("results", "en")
            assert str(settings_file) not in log_text
        else:
            assert f"{settings_file}: " in log_text, name  # a note in the log says what was replaced


def saved_geometry(rect: QRect, screen_width: int) -> str:
    """Geometry in the format QWidget.saveGeometry writes (version 3), holding `rect` everywhere."""
    array = QByteArray()
    stream = QDataStream(array, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(QDataStream.Version.Qt_4_0)
    stream.writeUInt32(0x1D9D0CB)
    stream.writeUInt16(3)
    stream.writeUInt16(0)
    stream << rect << rect  # frame and normal geometry
    stream.writeInt32(0)  # screen number
    stream.writeUInt8(0)  # not maximised
    stream.writeUInt8(0)  # not full screen
    stream.writeInt32(screen_width)
    stream << rect
    return bytes(array.toBase64()).decode("ascii")


def inverted() -> QRect:
    rect = QRect()
    rect.setCoords(700, 500, 100, 100)  # right of left, above top: what a damaged file can hold
    return rect


def on_screen_and_big_enough(window) -> bool:
    available = QApplication.primaryScreen().availableGeometry()
    return available.contains(window.geometry()) and window.width() >= MIN_WIDTH and window.height() >= MIN_HEIGHT


def opened_with(qtbot, study_data, geometry: str):
    """A main window as the start builds it: settings applied before it is shown."""
    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui.app_state import AppState
    from aim_explainer.ui.main_window import MainWindow

    window = MainWindow(AppState(study_data, LanguageManager()))
    qtbot.addWidget(window)
    window.apply_settings(Settings(geometry=geometry))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "rect",
    [inverted(), QRect(500, 400, 700, 600), QRect(-500, -300, 700, 600), QRect(10, 30, 120, 90)],
    ids=["inverted", "half off to the right", "half off to the top left", "tiny"],
)
def test_a_bad_saved_geometry_gives_a_usable_window(qtbot, study_data, rect: QRect) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    window = opened_with(qtbot, study_data, saved_geometry(rect, screen.width()))
    assert on_screen_and_big_enough(window), window.geometry()


@pytest.mark.parametrize("rect", [inverted(), QRect(10, 30, 120, 90)], ids=["inverted", "tiny"])
def test_an_unusable_saved_geometry_gives_the_default_size_centred(qtbot, study_data, rect: QRect) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    window = opened_with(qtbot, study_data, saved_geometry(rect, screen.width()))
    assert abs(window.geometry().center().x() - screen.center().x()) <= 2
    assert abs(window.geometry().center().y() - screen.center().y()) <= 2


def test_a_good_saved_geometry_is_kept(qtbot, study_data) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    wanted = QRect(40, 50, 700, 520)
    window = opened_with(qtbot, study_data, saved_geometry(wanted, screen.width()))
    assert window.geometry().size() == wanted.size()
    assert on_screen_and_big_enough(window)


@pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")
def test_a_read_only_settings_file_is_kept_and_said_once(make_window, tmp_path: Path, caplog) -> None:
    settings_file = tmp_path / "settings.json"
    settings_file.write_text('{"language": "en"}', encoding="utf-8")
    settings_file.chmod(0o444)
    window = make_window("nb", settings_path=settings_file)
    with caplog.at_level(logging.WARNING):
        window.state.save_settings(window.current_settings())
        window.close()  # saves again
    said = [r.getMessage() for r in caplog.records if "settings" in r.getMessage()]
    assert said == [f"the settings cannot be saved: could not write {settings_file}: the file is read-only"]
    assert settings_file.read_text(encoding="utf-8") == '{"language": "en"}'
