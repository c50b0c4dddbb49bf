"""The frozen bundle in dist/, started as a user would start it, but headless and without network.

Every check of the frozen application lives here; `build_installer.py smoke` runs them (`pytest -m frozen`)
after `build_installer.py freeze`. The normal run leaves them out (tests/conftest.py).
The unmarked tests run always: they keep these checks able to fail. How the bundle is started is in
frozen_bundle.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import build_installer
import pytest
from tests.frozen_bundle import bundle_files, log_of, network_isolation, qt_files, run_frozen

from aim_explainer import APP_ID, APP_NAME, __version__
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.fonts import FACES, LICENCE
from aim_explainer.plots.catalogue import RESULTS_CHARTS

EXECUTABLE = build_installer.frozen_executable()
START_LINE = f"{APP_NAME} {__version__} starting"
# In the log or on stderr of the frozen application, any of these fails the smoke test. The application logs
# "translation catalogue X not found in Y" when a .qm file is missing.
FATAL_MARKERS = (
    "Traceback",
    "ModuleNotFoundError",
    "ImportError",
    "Fatal Python error",
    "could not find or load the Qt platform plugin",
    "Could not load the Qt platform plugin",
    "translation catalogue",
    "not found",
    "Error",
    "CRITICAL",
)
# Other Qt bindings and Qt modules the application does not use (the spec excludes them).
UNWANTED = re.compile(r"^(PyQt5|PyQt6|PySide2|Qt(WebEngine|Qml|Quick|Multimedia|Sql|Network)\w*\.(abi3\.so|pyd))$")


def fatal_lines(text: str) -> list[str]:
    ignored = "This plugin does not support"  # the offscreen platform's notes on window hints
    return [line for line in text.splitlines() if any(m in line for m in FATAL_MARKERS) and ignored not in line]


def platform_plugins() -> tuple[str, ...]:
    """Qt's headless platform plugin, then this platform's desktop one."""
    if sys.platform == "win32":
        return ("qoffscreen.dll", "qwindows.dll")
    if sys.platform == "darwin":
        return ("libqoffscreen.dylib", "libqcocoa.dylib")
    return ("libqoffscreen.so", "libqxcb.so")


def test_qt_plugins_are_looked_for_where_each_platforms_wheels_put_them(tmp_path):
    """The Windows wheels have no PySide6/Qt/ folder: a desktop-plugin check there would fail every Windows build."""
    assert qt_files(tmp_path, "win32") == tmp_path / "PySide6"
    assert qt_files(tmp_path, "linux") == tmp_path / "PySide6" / "Qt"
    assert qt_files(tmp_path, "darwin") == tmp_path / "PySide6" / "Qt"


def test_the_build_script_names_the_bundle_after_the_package():
    assert build_installer.metadata() == {"version": __version__, "name": APP_NAME, "id": APP_ID}
    assert APP_ID in EXECUTABLE.name


def test_a_missing_catalogue_fails_the_smoke_test(tmp_path):
    """The application's own log line for a missing .qm file is one of the fatal lines the smoke test finds.

    In a child process, so that this application's translators and locale stay as they are.
    """
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from aim_explainer import diagnostics, paths\n"
        "from aim_explainer.i18n import LanguageManager\n"
        "paths.translations_dir = lambda: Path(sys.argv[1])  # an empty folder: no catalogues\n"
        "diagnostics.setup_logging()\n"
        "qt = QCoreApplication([])\n"
        "LanguageManager().set_language('nb')\n"
    )
    home, empty = tmp_path / "home", tmp_path / "empty"
    empty.mkdir()
    env = dict(os.environ, AIM_EXPLAINER_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", script, str(empty)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    log = log_of(home)
    assert "translation catalogue aim_explainer_nb not found" in log
    assert fatal_lines(log)
    assert fatal_lines(result.stderr)
    assert fatal_lines(f"{START_LINE}\nThis plugin does not support propagateSizeHints()") == []


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("frozen")


@pytest.fixture(scope="module")
def exported(scratch) -> tuple[subprocess.CompletedProcess[str], Path, str]:
    """One start that visits every chapter in both languages and writes its text; offline where possible."""
    home, folder = scratch / "home-export", scratch / "text"
    result = run_frozen(EXECUTABLE, ["--export-text", str(folder)], home)
    return result, folder, log_of(home)


@pytest.mark.frozen
def test_bundle_holds_everything_it_needs_and_nothing_it_should_not():
    assert EXECUTABLE.is_file(), "run `build_installer.py freeze` first"
    root = bundle_files(EXECUTABLE)
    qt = qt_files(root)
    wanted = [
        root / "resources" / "data" / "trial-data.csv",
        root / "resources" / "styles",
        *(root / "resources" / "fonts" / face for face in (*FACES, LICENCE)),  # the one typeface, on every OS
        *(root / "resources" / "content" / lang for lang in CODES),
        root / "translations" / "aim_explainer_nb.qm",
        root / "translations" / "qtbase_nb_override.qm",
        qt / "translations" / "qtbase_nn.qm",  # Qt's own dialogs in Norwegian, from QLibraryInfo's folder
        *(qt / "plugins" / "platforms" / name for name in platform_plugins()),
    ]
    assert [str(path.relative_to(root)) for path in wanted if not path.exists()] == []
    everything = list(root.rglob("*"))
    assert [str(path.relative_to(root)) for path in everything if UNWANTED.match(path.name)] == []
    if sys.platform == "win32":  # the Visual C++ runtime, which a clinic PC may lack
        names = {path.name.lower() for path in everything}
        assert {"vcruntime140.dll", "msvcp140.dll"} <= names


@pytest.mark.frozen
def test_runs_without_network_where_this_machine_can_cut_it():
    isolation = network_isolation()
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        assert isolation[1:] == ["-n", "--"], "as root on Linux every frozen start runs in a namespace without network"
    else:
        assert isolation == [] or isolation[1:] == ["-n", "--"]


@pytest.mark.frozen
def test_every_chapter_in_both_languages(exported):
    result, folder, _ = exported
    assert result.returncode == 0, result.stderr
    for lang in CODES:
        for chapter in CHAPTERS:
            words = (folder / lang / f"{chapter}.txt").read_text(encoding="utf-8").split()
            assert len(words) >= 100, f"{lang}/{chapter}.txt"
    nb, en = ((folder / lang / "results.txt").read_text(encoding="utf-8") for lang in ("nb", "en"))
    assert "poeng" in nb
    assert "points" in en
    assert "poeng" not in en


@pytest.mark.frozen
def test_log_and_stderr_have_no_fatal_lines(exported):
    result, _, log = exported
    assert START_LINE in log
    assert fatal_lines(log) == []
    assert fatal_lines(result.stderr) == []


@pytest.mark.frozen
def test_first_paint_then_study_text(scratch):
    home = scratch / "home-paint"
    result = run_frozen(EXECUTABLE, ["--quit-after-first-paint"], home)
    assert result.returncode == 0, result.stderr
    log = log_of(home)
    assert START_LINE in log
    assert fatal_lines(log + result.stderr) == []
    events = [line.split()[0] for line in result.stdout.splitlines()]
    if sys.platform != "win32":  # a windowed Windows program has no stdout to report on
        assert events == ["first-paint", "content-painted"]


@pytest.mark.frozen
def test_screenshots_of_every_chapter(scratch):
    """Charts and images render in the bundle (image format plugins, fonts, pyqtgraph)."""
    home, folder = scratch / "home-shots", scratch / "shots"
    result = run_frozen(EXECUTABLE, ["--screenshot", str(folder)], home)
    assert result.returncode == 0, result.stderr
    for lang in CODES:
        for chapter in CHAPTERS:
            data = (folder / lang / f"{chapter}.png").read_bytes()
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            assert len(data) > 20_000, f"{lang}/{chapter}.png looks empty"
        # the chart pages of both paths (the main chart stands beside the text, in results.png); that every
        # chart module made it into the bundle is the export test's to prove
        pages = sorted((folder / lang).glob("results-*.png")) + sorted(
            (folder / lang / "clinician").glob("results-*.png")
        )
        assert len(pages) >= 2, lang
        assert all(page.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for page in pages)
    assert fatal_lines(log_of(home) + result.stderr) == []


@pytest.mark.frozen
def test_chart_export_as_png_and_svg(scratch):
    """The charts' PNG and SVG export (QtSvg) works in the bundle, in both languages."""
    home, folder = scratch / "home-charts", scratch / "charts"
    result = run_frozen(EXECUTABLE, ["--export-charts", str(folder)], home)
    assert result.returncode == 0, result.stderr
    for lang in CODES:
        svgs, pngs = sorted((folder / lang).glob("*.svg")), sorted((folder / lang).glob("*.png"))
        assert sorted(path.stem for path in svgs) == sorted(spec.chart_id for spec in RESULTS_CHARTS), lang
        assert [path.stem for path in svgs] == [path.stem for path in pngs]
        for svg in svgs:
            assert ElementTree.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
        for png in pngs:
            assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert fatal_lines(log_of(home) + result.stderr) == []


@pytest.mark.frozen
def test_presentation_mode_steps_of_every_chapter(scratch):
    """Presentation mode (`--present`), as a presenter starts it, writes its steps for every chapter."""
    home, folder = scratch / "home-present", scratch / "present"
    result = run_frozen(EXECUTABLE, ["--present", "--screenshot", str(folder)], home)
    assert result.returncode == 0, result.stderr
    for lang in CODES:
        for chapter in CHAPTERS:
            steps = list(folder.glob(f"**/{lang}/{chapter}-*.png"))
            assert steps, f"no presentation step of {lang}/{chapter}"
            assert all(step.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for step in steps)
    assert fatal_lines(log_of(home) + result.stderr) == []


@pytest.mark.frozen
def test_portable_folder_beside_the_program_keeps_settings_and_logs():
    """The portable zip's `user-data` folder: settings and logs stay on the USB stick."""
    executable = build_installer.onedir_executable()  # what the portable zip holds (not a signed macOS .app)
    portable = executable.parent / "user-data"
    portable.mkdir()
    try:
        result = run_frozen(executable, ["--quit-after-first-paint"], None)
        assert result.returncode == 0, result.stderr
        assert START_LINE in (portable / "logs" / "aim-explainer.log").read_text(encoding="utf-8")
        assert (portable / "config" / "settings.json").is_file()
    finally:
        shutil.rmtree(portable)


@pytest.mark.frozen
def test_desktop_platform_plugin_starts_on_a_virtual_screen(scratch):
    """Linux: the xcb plugin (what a desktop uses) under Xvfb, when xvfb-run is installed (CI installs it)."""
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        home = scratch / "home-xcb"
        prefix = [*network_isolation(), shutil.which("xvfb-run"), "-a"]
        result = run_frozen(EXECUTABLE, ["--quit-after-first-paint"], home, prefix, "xcb")
        assert result.returncode == 0, result.stderr
        assert "content-painted" in result.stdout
        assert START_LINE in log_of(home)
        assert fatal_lines(log_of(home) + result.stderr) == []
    else:
        assert any(
            (qt_files(bundle_files(EXECUTABLE)) / "plugins" / "platforms" / name).exists()
            for name in platform_plugins()[1:]
        )
