"""Settings survive between runs, and a damaged file falls back to defaults with a note."""

from __future__ import annotations

import base64
import json
import os
import random
from dataclasses import fields
from pathlib import Path

import pytest

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.core.palette import THEMES
from aim_explainer.core.settings import TEXT_SCALE_MAX, TEXT_SCALE_MIN, Settings, load_settings, save_settings


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


# Contents that once stopped every start: "could not start", and the file kept for the next start to fail on.
DAMAGED = {
    "non-ASCII geometry": '{"geometry": "æøå"}',
    "a list as theme": '{"theme": ["x"]}',
    "100,000-deep nesting": "[" * 100_000 + "]" * 100_000,
    "a 5,000-digit number": '{"text_scale": ' + "1" * 5000 + "}",
}


def usable(settings: Settings) -> bool:
    """What the window relies on: every field of its type and in its range."""
    try:
        geometry_ok = base64.b64decode(settings.geometry.encode("ascii"), validate=True) is not None
    except (AttributeError, UnicodeEncodeError, ValueError):
        geometry_ok = False
    return (
        isinstance(settings.language, str)
        and settings.language in CODES
        and isinstance(settings.chapter, str)
        and settings.chapter in CHAPTERS
        and geometry_ok
        and isinstance(settings.theme, str)
        and settings.theme in THEMES
        and type(settings.text_scale) in (int, float)
        and TEXT_SCALE_MIN <= settings.text_scale <= TEXT_SCALE_MAX
    )


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_any_damage_falls_back_to_defaults_with_a_note(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings, notes = load_settings(path)
    assert settings == Settings()
    assert notes
    assert all(str(path) in n for n in notes)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("geometry", "æøå"),
        ("geometry", "not base64!"),
        ("geometry", ["AAA="]),
        ("theme", ["x"]),
        ("theme", {"a": 1}),
        ("language", ["en"]),
        ("chapter", {"results": 1}),
        ("text_scale", "1.5"),
        ("text_scale", float("nan")),
        ("text_scale", True),
        ("text_scale", 10**400),
    ],
)
def test_each_field_falls_back_alone(tmp_path: Path, field: str, bad: object) -> None:
    path = tmp_path / "settings.json"
    good = {"language": "en", "chapter": "results", "geometry": "AAA=", "text_scale": 1.5, "theme": "high_contrast"}
    path.write_text(json.dumps(good | {field: bad}), encoding="utf-8")
    settings, notes = load_settings(path)
    assert settings == Settings(**(good | {field: getattr(Settings(), field)}))
    assert len(notes) == 1
    assert field in notes[0]


def random_json(rng: random.Random, depth: int = 0) -> object:
    kinds = ["none", "bool", "int", "float", "text", "list", "object", "known"]
    kind = rng.choice(kinds if depth < 4 else kinds[:5])
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice([0, -1, 1, 2, 10**30, -(10**30), rng.randint(-1000, 1000)])
    if kind == "float":
        return rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, -1.0, 1e308, float("inf"), float("nan"), rng.uniform(-3, 3)])
    if kind == "text":
        return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 12)))
    if kind == "list":
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "object":
        return {f"k{i}": random_json(rng, depth + 1) for i in range(rng.randint(0, 3))}
    return rng.choice(["en", "nb", "results", "AAA=", "standard", "high_contrast", ""])


def test_random_values_in_every_field_never_stop_the_start(tmp_path: Path) -> None:
    rng = random.Random(17)
    path = tmp_path / "settings.json"
    names = [f.name for f in fields(Settings)]
    for _ in range(300):
        raw = {name: random_json(rng) for name in names if rng.random() < 0.8}
        path.write_text(json.dumps(raw), encoding="utf-8")
        settings, _notes = load_settings(path)
        assert usable(settings), raw
        for name in names:  # a usable value is kept, whatever its neighbours hold
            kept = getattr(settings, name)
            if name in raw and kept != getattr(Settings(), name):
                assert kept == raw[name], (name, raw)


def test_random_bytes_never_stop_the_start(tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "settings.json"
    for _ in range(300):
        content = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
        if rng.random() < 0.5:  # damage a valid file rather than write noise
            valid = bytearray(json.dumps({"language": "en", "geometry": "AAA=", "theme": "standard"}).encode())
            valid[rng.randrange(len(valid))] = rng.randrange(256)
            content = bytes(valid)
        path.write_bytes(content)
        settings, _notes = load_settings(path)
        assert usable(settings), content


def test_a_byte_order_mark_keeps_the_settings(tmp_path: Path) -> None:
    # Windows Notepad saves UTF-8 with a byte order mark; that must not discard every setting.
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"language": "en", "chapter": "results"}).encode())
    assert load_settings(path) == (Settings(language="en", chapter="results"), [])


def test_a_huge_settings_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    with path.open("wb") as f:  # sparse: quick to write, and reading it all would take its size in memory
        f.truncate(200_000_000)
    settings, notes = load_settings(path)
    assert settings == Settings()
    assert len(notes) == 1
    assert "too large" in notes[0]


def test_saving_replaces_the_file_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(language="en"))
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        assert load_settings(path)[0].language == "en"  # the old file is whole until the new one replaces it
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    save_settings(path, Settings(language="nb"))
    assert [dst for _src, dst in replaced] == [str(path)]
    assert load_settings(path) == (Settings(language="nb"), [])
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left behind


@pytest.mark.skipif(os.name != "posix", reason="file modes and links as POSIX has them")
def test_a_read_only_settings_file_is_kept(tmp_path: Path) -> None:
    """The reader (or an administrator) made it read-only: it is not replaced, and saving says why."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(OSError, match="read-only"):
        save_settings(path, Settings(language="nb"))
    assert load_settings(path) == (Settings(language="en"), [])
    assert path.stat().st_mode & 0o777 == 0o444


@pytest.mark.skipif(os.name != "posix", reason="file modes and links as POSIX has them")
def test_a_linked_settings_file_is_written_through_its_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "aim.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    save_settings(link, Settings(language="en"))
    assert link.is_symlink()
    assert load_settings(real) == (Settings(language="en"), [])
    assert real.stat().st_mode & 0o777 == 0o644, "its mode kept"


def test_a_new_settings_file_is_the_users_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
