"""The build's snapshot of the bundled data file: the same objects as pandas gives, and never a stale one."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core import data as data_module
from aim_explainer.core.data import DataError, build_snapshot, load_bundled, load_study_data, load_with_fallback
from aim_explainer.core.quantities import required_selectors
from aim_explainer.core.snapshot import snapshot_file


def copy_of_bundled(tmp_path: Path) -> Path:
    target = tmp_path / "trial-data.csv"
    shutil.copyfile(paths.default_data_file(), target)
    return target


def no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading with pandas fail, so that a passing load proves the snapshot was read."""

    def refuse(path: Path) -> list[dict[str, str]]:
        raise AssertionError(f"{path} was read with pandas")

    monkeypatch.setattr(data_module, "read_records", refuse)


def as_text(data) -> list[str]:
    # repr shows each Decimal's digits: 0.0 and 0 are equal numbers but not the same text in a chapter
    return [repr(row) for row in data.rows]


def test_the_snapshot_gives_the_same_study_data_as_pandas(tmp_path, monkeypatch) -> None:
    csv = copy_of_bundled(tmp_path)
    build_snapshot(csv, required_selectors())
    from_pandas = load_study_data(csv, required_selectors())
    no_pandas(monkeypatch)
    from_snapshot = load_bundled(csv, required_selectors())
    assert from_snapshot == from_pandas
    assert as_text(from_snapshot) == as_text(from_pandas)
    assert from_snapshot.path == csv


def test_the_bundled_snapshot_of_this_checkout_matches_the_file(monkeypatch) -> None:
    # the session start wrote it, as the build does; the application reads exactly this one
    bundled = paths.default_data_file()
    if not snapshot_file(bundled).exists():
        build_snapshot(bundled, required_selectors())
    from_pandas = load_study_data(bundled, required_selectors())
    no_pandas(monkeypatch)
    assert as_text(load_bundled(bundled, required_selectors())) == as_text(from_pandas)


def test_a_changed_data_file_is_not_shadowed_by_its_old_snapshot(tmp_path, caplog) -> None:
    csv = copy_of_bundled(tmp_path)
    build_snapshot(csv, required_selectors())
    text = csv.read_text(encoding="utf-8")  # one more row, after the snapshot was taken
    csv.write_text(text + "EXTRA2024,total,both,0,randomised,count,12,,,12,a later file,yes\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aim_explainer.core.snapshot"):
        data = load_bundled(csv, required_selectors())
    assert any(row.study == "EXTRA2024" for row in data.rows)
    assert as_text(data) == as_text(load_study_data(csv, required_selectors()))
    assert "has changed since the snapshot" in caplog.text


@pytest.mark.parametrize(
    "damage",
    [
        lambda content: {**content, "version": content["version"] + 1},
        lambda content: {**content, "columns": content["columns"][:-1]},
        lambda content: {**content, "rows": [row[:-1] for row in content["rows"]]},
        lambda content: ["not", "a", "snapshot"],
    ],
    ids=["other version", "other columns", "short rows", "not a snapshot"],
)
def test_a_snapshot_of_another_format_is_not_used(tmp_path, caplog, damage) -> None:
    csv = copy_of_bundled(tmp_path)
    target = build_snapshot(csv, required_selectors())
    target.write_text(json.dumps(damage(json.loads(target.read_text(encoding="utf-8")))), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aim_explainer.core.snapshot"):
        data = load_bundled(csv, required_selectors())
    assert as_text(data) == as_text(load_study_data(csv, required_selectors()))
    assert "is not used" in caplog.text


def test_a_broken_snapshot_file_falls_back_to_the_data_file(tmp_path, caplog) -> None:
    csv = copy_of_bundled(tmp_path)
    build_snapshot(csv, required_selectors()).write_bytes(b"{\xff not json")
    with caplog.at_level(logging.WARNING, logger="aim_explainer.core.snapshot"):
        assert load_bundled(csv, required_selectors()) == load_study_data(csv, required_selectors())
    assert "cannot be read" in caplog.text


def test_without_a_snapshot_the_file_is_read_with_pandas(tmp_path) -> None:
    csv = copy_of_bundled(tmp_path)
    assert not snapshot_file(csv).exists()
    assert load_bundled(csv, required_selectors()) == load_study_data(csv, required_selectors())


def test_the_build_refuses_a_data_file_that_fails_validation_and_writes_no_snapshot(tmp_path) -> None:
    csv = copy_of_bundled(tmp_path)
    text = csv.read_text(encoding="utf-8")
    header, first, rest = text.split("\n", 2)
    csv.write_text(f"{header}\n{first.replace(',yes', ',perhaps')}\n{rest}", encoding="utf-8")
    with pytest.raises(DataError, match="verified"):
        build_snapshot(csv, required_selectors())
    assert not snapshot_file(csv).exists()


def test_a_chosen_data_file_is_read_with_pandas_even_beside_a_snapshot(tmp_path, monkeypatch) -> None:
    csv = copy_of_bundled(tmp_path)
    build_snapshot(csv, required_selectors())
    no_pandas(monkeypatch)
    with pytest.raises(AssertionError, match="read with pandas"):
        load_with_fallback(csv, csv, required_selectors())  # --data PATH: the file itself, not a snapshot


def test_a_snapshot_that_cannot_be_put_in_place_leaves_nothing(tmp_path, monkeypatch) -> None:
    import os

    from aim_explainer.core import atomic_file

    csv = copy_of_bundled(tmp_path)

    def refused(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_file.os, "replace", refused)
    with pytest.raises(OSError, match=r"trial-data\.snapshot\.json: permission denied"):
        build_snapshot(csv, required_selectors())
    assert sorted(os.listdir(tmp_path)) == ["trial-data.csv"], "no temporary file, no half snapshot"
