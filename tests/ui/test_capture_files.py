"""Screenshots and text written by a batch run go through the one file writer: a full disk names the file
and leaves no empty file, and a folder name that is not UTF-8 (as a Latin-1 locale passes æ, ø, å) is
written under exactly that name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from aim_explainer.core import atomic_file
from aim_explainer.core.atomic_file import FileWriteError
from aim_explainer.ui import capture


def test_a_full_disk_names_the_text_file_and_leaves_no_empty_file(make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window("nb")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.os, "write", full)
    with pytest.raises(FileWriteError) as caught:
        capture.write_text(window, tmp_path)
    first = tmp_path / "nb" / "background.txt"
    assert str(caught.value) == f"could not write {first}: the disk is full"
    assert list(first.parent.iterdir()) == [], "no 0-byte background.txt, no temporary file"


@pytest.mark.skipif(os.name != "posix", reason="byte file names as POSIX has them")
def test_screenshots_under_a_name_only_python_can_spell(make_window, tmp_path: Path) -> None:
    window = make_window("nb", start=True)
    folder = tmp_path / os.fsdecode(b"skjerm\xe6")
    written = capture.write_start_screens(window, folder)
    assert os.listdir(os.fsencode(tmp_path)) == [b"skjerm\xe6"]
    assert sorted(os.listdir(os.fsencode(folder))) == [b"en", b"nb"]
    for path in written:
        assert path.read_bytes().startswith(b"\x89PNG")


def test_the_clinician_results_screenshot_shows_the_whole_main_chart(make_window) -> None:
    """`--screenshot DIR --window-size 1024x768 --audience clinician`: where the batch run grabs Results (right after
    its visit, capture._each_chapter), the main chart has the height its six rows, the lines' names and the axis
    need, every row inside its plot and the plot inside its pane (reported: six rows squeezed into the height laid
    out for three, the axis outside)."""
    from PySide6.QtCore import QPoint, QRect

    window = make_window("nb", start=True)
    window.resize(1024, 768)
    seen: dict[str, tuple[int, int, bool, bool]] = {}
    for lang, chapter, _folder in capture._each_chapter(window, ("clinician",)):
        if chapter != "results":
            continue
        assert not window.grab().isNull()  # what the batch run writes, taken at this moment
        chart = window.chapter_tabs[2].main_chart()
        assert chart.chart_id == "effect"
        low, high = chart.plot.getPlotItem().getViewBox().viewRange()[1]
        rows_inside = low <= min(chart.row_y) - 0.5 and max(chart.row_y) + 0.5 <= high
        pane = chart.parentWidget()  # the scroll area's viewport
        plot = QRect(chart.plot.mapTo(pane, QPoint(0, 0)), chart.plot.size())
        seen[lang] = (chart.plot.height(), chart.least_plot_height(), rows_inside, pane.rect().contains(plot))
    assert set(seen) == {"nb", "en"}
    assert window.state.audience == "patient"  # the window is left as it was found
    for lang, (height, least, rows_inside, in_pane) in seen.items():
        assert height >= least, (lang, height, least)
        assert rows_inside, lang
        assert in_pane, lang


def test_a_screenshot_run_leaves_no_window_behind(qapp, tmp_path: Path, monkeypatch) -> None:
    """The batch run as the command line starts it, the clinician path at 1024×768: when it returns, no top-level
    widget of its own remains. Two hidden ones did: the spare widget Qt makes for a graphics layout's spacing, held
    by the legends of two charts, which went only when Python's cycle collector happened to run. The collector is
    held off here so that the run itself must tidy them."""
    import gc
    import sys

    from PySide6.QtWidgets import QApplication

    from aim_explainer import app, cli
    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui import style

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the run installs its own
    args = cli.parse_args(["--screenshot", str(tmp_path), "--window-size", "1024x768", "--audience", "clinician"])
    before = {id(widget) for widget in QApplication.topLevelWidgets()}
    gc.disable()
    try:
        assert app.run(args) == 0
        left = [
            f"{type(widget).__name__} {widget.objectName()!r} parent={widget.parent()!r}"
            for widget in QApplication.topLevelWidgets()
            if id(widget) not in before
        ]
    finally:
        gc.enable()
        for manager in qapp.findChildren(LanguageManager):  # run() installed its translators app-wide
            manager.uninstall()
        style.apply_look(qapp)
    assert left == []
