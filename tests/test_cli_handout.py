"""`aim-explainer --handout FILE.pdf [--lang nb|en] [--kind patient|clinician]` as a batch job runs it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.test_cli import run_app


@pytest.mark.parametrize(
    ("kind", "lang", "pages", "words"),
    [
        ("patient", "nb", 2, ["Hva fant AIM-studien?", "0,0 til 3,1"]),
        ("patient", "en", 2, ["What did the trial find?", "0.0 to 3.1"]),
        ("clinician", "nb", 2, ["Sammenlignet med den danske studien", "1,9 til 8,2"]),
        ("clinician", "en", 2, ["Compared with the Danish trial", "1.9 to 8.2"]),
    ],
)
def test_handout_writes_a_pdf_and_exits(tmp_path: Path, kind: str, lang: str, pages: int, words: list[str]) -> None:
    out = tmp_path / "out" / f"{kind}.pdf"  # the folder is made as needed
    result = run_app("--handout", str(out), "--lang", lang, "--kind", kind, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in reader.pages))
    for expected in words:
        assert expected in text
    assert not (tmp_path / "config" / "settings.json").exists()  # batch runs remember nothing


def test_the_patient_handout_is_the_default(tmp_path: Path) -> None:
    out = tmp_path / "default.pdf"
    result = run_app("--handout", str(out), "--lang", "en", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Three questions" in " ".join(PdfReader(out).pages[-1].extract_text().split())


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--handout", "x.pdf", "--kind", "poster"], "invalid choice: 'poster'"),
        (["--handout", "x.pdf", "--lang", "sv"], "'sv' is not a language; choose from nb, en"),
        (["--kind", "patient"], "--kind goes with --handout"),
        (["--handout", "x.pdf", "--screenshot", "shots"], "not allowed with argument"),
    ],
)
def test_wrong_handout_options_get_usage_and_status_2(tmp_path: Path, args: list[str], expected: str) -> None:
    result = run_app(*args, home=tmp_path)
    assert result.returncode == 2
    assert "usage: aim-explainer" in result.stderr
    assert expected in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "handout.pdf"
    result = run_app("--handout", str(out), "--lang", "en", home=tmp_path)
    assert result.returncode == 1
    assert str(out) in result.stderr
    assert f"could not write {out}: " in result.stderr, "the file and, after it, the reason"
    assert "wrote" not in result.stdout
    assert blocker.read_text(encoding="utf-8") == "not a folder"
