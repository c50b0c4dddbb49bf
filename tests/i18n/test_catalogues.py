"""Both catalogues complete, every interface string in them, and Qt's own buttons in Bokmål."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import build_installer
from PySide6.QtWidgets import QDialogButtonBox

from aim_explainer import paths
from aim_explainer.core.content import CHAPTERS, glossary

CATALOGUE = paths.translations_dir() / "aim_explainer_nb.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_norwegian_catalogue_is_finished() -> None:
    unfinished = [key for key, tr in messages(CATALOGUE).items() if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


def test_every_interface_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (paths.bundle_root() / "src").rglob("*.py"))
    lupdate = build_installer._pyside_tool("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(CATALOGUE))
    assert missing == set(), "run: python build_installer.py update-ts, then translate"


def test_placeholders_survive_translation() -> None:
    for (_context, source), translation in messages(CATALOGUE).items():
        for token in ("{n}", "{language}", "{url}", "{file}", "{name}", "{version}"):
            assert (token in source) == (token in (translation.text or "")), (source, token)


def test_content_exists_in_both_languages_with_the_same_numbers(study_data) -> None:
    from aim_explainer.core.content import placeholders_in, read_template

    content = paths.resource("content")
    for chapter in CHAPTERS:
        nb, en = (read_template(content, lang, chapter) for lang in ("nb", "en"))
        assert nb != en
        assert sorted(set(placeholders_in(nb))) == sorted(set(placeholders_in(en))), chapter
    nb_terms = [e.term_id for e in glossary(content, "nb", study_data)]
    assert nb_terms == [e.term_id for e in glossary(content, "en", study_data)]
    assert {"modic", "placebo", "randomisation", "double_blind", "rmdq", "confidence_interval", "mid"} <= set(nb_terms)


def test_qt_standard_buttons_read_as_bokmal(make_window, qtbot) -> None:
    make_window("nb")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (box.StandardButton.Close, box.StandardButton.Save)}
    assert texts == {"Lukk", "Lagre"}  # Nynorsk alone would say "Lagra"
