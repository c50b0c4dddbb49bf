"""Data-file problems and the start-up error speak the reader's language: Bokmål in Bokmål, with file,
line and field named, English again after a live switch; the log and stderr keep plain English."""

from __future__ import annotations

from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.data import DataError, load_study_data
from aim_explainer.core.quantities import required_selectors

BUNDLED_LINES = paths.default_data_file().read_text(encoding="utf-8").splitlines(keepends=True)
LINE = 7  # a row of the file: the header is line 1


def broken_file(folder: Path) -> Path:
    """The bundled data with one value that is not a number: the file is refused, naming line and field."""
    lines = list(BUNDLED_LINES)
    fields = lines[LINE - 1].split(",")
    fields[6] = "x"  # the 'value' column
    lines[LINE - 1] = ",".join(fields)
    path = folder / "broken.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_refused_file_is_explained_in_bokmal_and_again_in_english_after_a_switch(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window("nb", loaded=False)
    window.state.load_data(broken_file(tmp_path))
    text = window.banner.label.text()
    assert "broken.csv" in text
    assert f"linje {LINE}, feltet «value»: «x» er ikke et tall" in text
    assert "is not a number" not in text
    window.toggle_language()
    qtbot.waitUntil(lambda: "is not a number" in window.banner.label.text())
    text = window.banner.label.text()
    assert f"line {LINE}, field 'value': 'x' is not a number" in text
    assert "er ikke et tall" not in text


def test_the_log_keeps_plain_english(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_study_data(broken_file(tmp_path), required_selectors())
    assert f"line {LINE}, field 'value': 'x' is not a number" in str(info.value)


def test_counts_in_a_problem_are_written_the_norwegian_way(make_window, tmp_path: Path) -> None:
    from aim_explainer.core import data_file

    path = tmp_path / "long.csv"
    path.write_text(BUNDLED_LINES[0] + "\n" * (data_file.MAX_LINES + 1), encoding="utf-8")
    window = make_window("nb", loaded=False)
    window.state.load_data(path)
    assert f"filen har flere enn {data_file.MAX_LINES:,} linjer".replace(",", "\u00a0") in window.banner.label.text()


def test_the_start_up_error_is_in_bokmal_and_its_english_stays_for_stderr(qapp, tmp_path: Path) -> None:
    from aim_explainer.diagnostics import startup_failure
    from aim_explainer.i18n import LanguageManager, language_for_errors

    with pytest.raises(DataError) as info:
        load_study_data(broken_file(tmp_path), required_selectors())
    language_for_errors(qapp, "nb")  # as app.run's fail() does before the dialog, when nothing was set yet
    try:
        title, text = startup_failure(info.value)
        english_title, english_text = startup_failure(info.value, local=False)
    finally:
        for manager in qapp.findChildren(LanguageManager):
            manager.uninstall()
    assert title.endswith("kunne ikke starte")
    assert f"linje {LINE}, feltet «value»: «x» er ikke et tall" in text
    assert "Detaljene står i loggfilen" in text
    assert english_title.endswith("could not start")
    assert f"line {LINE}, field 'value': 'x' is not a number" in english_text


def test_the_start_up_error_follows_the_language_asked_for(qapp) -> None:
    from aim_explainer.diagnostics import startup_failure
    from aim_explainer.i18n import LanguageManager, language_for_errors

    language_for_errors(qapp, "en")
    try:
        title, _ = startup_failure(OSError("disk on fire"))
    finally:
        for manager in qapp.findChildren(LanguageManager):
            manager.uninstall()
    assert title.endswith("could not start")


def test_an_unexpected_error_is_told_in_bokmal_and_logged_in_english(qapp) -> None:
    from aim_explainer.diagnostics import unexpected_failure
    from aim_explainer.i18n import LanguageManager, language_for_errors

    language_for_errors(qapp, "nb")
    try:
        title, text = unexpected_failure(ValueError("noe gikk galt"))
        english_title, english_text = unexpected_failure(ValueError("noe gikk galt"), local=False)
    finally:
        for manager in qapp.findChildren(LanguageManager):
            manager.uninstall()
    assert title.endswith("uventet feil")
    assert text.startswith("noe gikk galt")
    assert "Detaljene står i loggfilen" in text
    assert english_title.endswith("unexpected error")
    assert "The details are in the log file" in english_text
