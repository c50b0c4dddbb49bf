"""`--audience` and `--theme` as a presenter or a reviewer types them: one path or one look for the whole run."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.test_cli import run_app
from tests.ui.test_patient_text import LIX_MAX, WORDS_MAX, lix, words

from aim_explainer import cli
from aim_explainer.core.content import CHAPTERS


def test_the_export_writes_only_the_path_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "text"
    result = run_app("--audience", "patient", "--export-text", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (out / "nb").iterdir()) == sorted(f"{c}.txt" for c in CHAPTERS)
    assert not (out / "nb" / "clinician").exists()

    clinician = tmp_path / "clinician"
    result = run_app("--audience", "clinician", "--export-text", str(clinician), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (clinician / "nb" / "results.txt").exists()
    patient_words = len((out / "nb" / "results.txt").read_text(encoding="utf-8").split())
    clinician_words = len((clinician / "nb" / "clinician" / "results.txt").read_text(encoding="utf-8").split())
    assert clinician_words > patient_words  # the clinician path holds the details the patient path leaves out


@pytest.mark.slow  # four handouts written by the application, each read back
def test_the_handout_follows_the_audience_unless_a_kind_is_named(tmp_path: Path) -> None:
    def first_page(*args: str) -> str:
        out = tmp_path / f"{'-'.join(args)}.pdf"
        result = run_app("--handout", str(out), "--lang", "en", *args, home=tmp_path)
        assert result.returncode == 0, result.stderr
        return " ".join(PdfReader(out).pages[0].extract_text().split())

    assert first_page("--audience", "clinician") == first_page("--kind", "clinician")
    assert first_page("--audience", "clinician") != first_page()
    assert first_page("--audience", "clinician", "--kind", "patient") == first_page()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--audience", "doctor"], "invalid choice: 'doctor'"),
        (["--theme", "dark"], "'dark' is not a theme; choose from standard, high-contrast"),
    ],
)
def test_a_wrong_audience_or_theme_gets_usage_and_status_2(tmp_path: Path, args: list[str], expected: str) -> None:
    result = run_app(*args, home=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr


@pytest.mark.parametrize("spelling", ["high-contrast", "High_Contrast"])
def test_the_window_opens_with_the_theme_and_path_of_the_command_line(qapp, spelling: str) -> None:
    from aim_explainer import app
    from aim_explainer.ui import style

    args = cli.parse_args(["--theme", spelling, "--audience", "clinician", "--lang", "en"])
    window = app.build_window(qapp, args, batch=True)
    try:
        assert window.state.theme == "high_contrast"
        assert window.contrast_action.isChecked()
        assert window.state.audience == "clinician"
        assert window.clinician_action.isChecked()
        assert style.applied_look(qapp)[0] == "high_contrast"
    finally:
        languages = window.state.languages
        app.dispose(qapp, window)
        languages.uninstall()
        style.apply_look(qapp)


def test_the_norwegian_patient_export_is_short_and_plain(tmp_path: Path) -> None:
    out = tmp_path / "text"
    result = run_app("--audience", "patient", "--export-text", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    chapters = {c: (out / "nb" / f"{c}.txt").read_text(encoding="utf-8") for c in CHAPTERS}
    total = sum(len(words(text)) for text in chapters.values())
    assert total <= WORDS_MAX, f"the Norwegian patient path has {total} words"
    hard = {c: round(lix(text), 1) for c, text in chapters.items() if lix(text) > LIX_MAX}
    assert not hard, f"chapters over LIX 35: {hard}"
