"""Settings survive between runs, and a damaged file falls back to defaults with a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aim_explainer.core.settings import Settings, load_settings, save_settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    wanted = Settings(language="en", chapter="results", geometry="AAA=", text_scale=1.5)
    save_settings(path, wanted)
    assert load_settings(path) == (wanted, [])


def test_no_file_means_defaults_silently(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == (Settings(), [])


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe\x00 not text"])
def test_damaged_file_gives_defaults_and_a_note(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, notes = load_settings(path)
    assert settings == Settings()
    assert len(notes) == 1
    assert str(path) in notes[0]


def test_bad_values_are_replaced_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "sv", "chapter": "results", "text_scale": 9, "unknown": 1}))
    settings, notes = load_settings(path)
    assert settings == Settings(chapter="results")
    assert any("'sv'" in n for n in notes)
    assert any("text_scale" in n for n in notes)
