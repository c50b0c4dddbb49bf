"""The check that bundled rows copy the study team's file (run by .ci/run, where that file exists) can fail."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from tests.study_file_check import BUNDLED, main, problems


def rewrite(path: Path, change: dict[str, str], where: dict[str, str]) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = reader.fieldnames or [], list(reader)
    for row in rows:
        if all(row[k] == v for k, v in where.items()):
            row.update(change)
            break
    else:
        raise AssertionError(f"no row matches {where}")
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def test_the_bundled_file_against_itself_has_no_problem(capsys) -> None:
    assert problems(BUNDLED, BUNDLED) == []
    assert main([str(BUNDLED)]) == 0
    assert "is a copy of" in capsys.readouterr().out


def test_a_changed_result_is_named_with_its_line(tmp_path: Path) -> None:
    study = tmp_path / "trial-data.csv"
    shutil.copy(BUNDLED, study)
    rewrite(study, {"value": "9.9"}, {"study": "AIM2019", "statistic": "mean_difference", "subgroup": "total"})
    found = problems(BUNDLED, study)
    assert len(found) == 1
    assert "RMDQ_0_24" in found[0]
    assert "not a copy" in found[0]


def test_an_added_fact_without_its_source_is_named(tmp_path: Path) -> None:
    bundled, study = tmp_path / "bundled.csv", tmp_path / "trial-data.csv"
    shutil.copy(BUNDLED, bundled)
    shutil.copy(BUNDLED, study)
    rewrite(bundled, {"source": ""}, {"measure": "hospitals"})
    rewrite(study, {"value": "0"}, {"measure": "hospitals"})  # the study file lacks that fact as bundled
    found = problems(bundled, study)
    assert found
    assert all("must cite its source" in line for line in found)


def test_a_missing_study_file_is_said_plainly(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nowhere.csv")]) == 1
    assert "not at" in capsys.readouterr().err
