"""The one lookup of a shown value: the sign convention, the status, and a clear refusal of what cannot be shown."""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.citations import readable_citation
from aim_explainer.core.data import COLUMNS, DataError, StudyData, load_study_data
from aim_explainer.core.quantities import BY_KEY, required_selectors
from aim_explainer.core.values import NotShowableError, SourceStatus, find_value, study_value

SRC = Path(__file__).resolve().parents[2] / "src" / "aim_explainer"


def _with_row(study_data: StudyData, key: str, **changes: object) -> StudyData:
    """The bundled data with the row of `key` changed: a file nobody wrote, made in memory."""
    row = study_data.one(BY_KEY[key].selector)
    changed = type(row)(**{**row.__dict__, **changes})
    return StudyData(study_data.path, tuple(changed if r is row else r for r in study_data.rows))


def test_a_framed_effect_is_negated_with_its_bounds_swapped(study_data) -> None:
    # The lay summary's mistake for Modic type 2: the published form must be turned round, bounds swapped.
    row = study_data.one(BY_KEY["effect_type2"].selector)
    shown = study_value(study_data, "effect_type2")
    assert (shown.value, shown.low, shown.high) == (-row.value, -row.ci_high, -row.ci_low)
    assert shown.low <= shown.value <= shown.high
    assert shown.status is SourceStatus.SECONDARY if row.secondary else SourceStatus.PRIMARY
    assert shown.source == readable_citation(row.source)
    assert "[" not in shown.source  # the data file's notes are left out


def test_a_plain_value_keeps_its_sign(study_data) -> None:
    row = study_data.one(BY_KEY["danish_diff"].selector)
    shown = study_value(study_data, "danish_diff")
    assert (shown.value, shown.low, shown.high) == (row.value, row.ci_low, row.ci_high)


@pytest.mark.parametrize(
    ("changes", "status"),
    [({"value": None, "ci_low": None, "ci_high": None}, SourceStatus.NOT_FOUND), ({"verified": False}, None)],
)
def test_an_empty_or_unverified_row_is_refused_with_a_typed_error(study_data, changes, status) -> None:
    data = _with_row(study_data, "effect_type1", **changes)
    with pytest.raises(NotShowableError) as raised:
        study_value(data, "effect_type1")
    assert raised.value.key == "effect_type1"
    assert raised.value.row is not None
    assert raised.value.row.line > 1
    assert find_value(data, "effect_type1") is None
    if status is not None:
        assert SourceStatus.of(raised.value.row) is status


def test_an_unknown_key_or_a_missing_row_is_refused(study_data) -> None:
    with pytest.raises(NotShowableError):
        study_value(study_data, "no_such_quantity")
    row = study_data.one(BY_KEY["effect_stir3"].selector)
    without = StudyData(study_data.path, tuple(r for r in study_data.rows if r is not row))
    with pytest.raises(NotShowableError, match="0 rows"):
        study_value(without, "effect_stir3")


def test_every_status_of_the_data_has_one_wording() -> None:
    wordings = [s.wording for s in SourceStatus]
    assert len(set(wordings)) == len(wordings)
    assert not SourceStatus.NOT_FOUND.found
    assert not SourceStatus.UNVERIFIED.found
    assert SourceStatus.DERIVED.found


def _write_without_total_effect(tmp_path: Path, verified: str) -> tuple[Path, int]:
    bundled = paths.default_data_file()
    with bundled.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    selector = BY_KEY["effect_total"].selector
    index = next(
        i
        for i, r in enumerate(rows)
        if (r["study"], r["subgroup"], r["arm"], r["measure"], r["statistic"])
        == (selector.study, selector.subgroup, selector.arm, selector.measure, selector.statistic)
    )
    rows[index].update(value="NA", ci_low="NA", ci_high="NA", verified=verified)
    path = tmp_path / "no-total.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path, index + 2  # the header is line 1


@pytest.mark.parametrize("verified", ["yes", "no"])
def test_a_file_without_the_main_result_is_refused_naming_file_line_and_field(tmp_path, verified) -> None:
    path, line = _write_without_total_effect(tmp_path, verified)
    with pytest.raises(DataError) as raised:
        load_study_data(path, required_selectors())
    problem = next(p for p in raised.value.problems if p.line == line)
    assert problem.path == str(path)
    assert problem.field == "value"


def test_the_sign_flip_lives_in_one_function() -> None:
    # A negated estimate or bound (-row.value, -x.ci_high, ...) anywhere but core/values.py is a second copy.
    flip = re.compile(r"(?:^|[=(\[,:]|\breturn)\s*-\s*[a-z_]+\.(value|ci_low|ci_high|low|high)\b")
    found = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if flip.search(line.split("#")[0])
    ]
    assert found, "the rule itself must be found, or this search finds nothing"
    assert all(f.startswith("core/values.py:") for f in found), found


def test_values_are_decimals_as_the_file_prints_them(study_data) -> None:
    assert isinstance(study_value(study_data, "aim_mcid").value, Decimal)


def test_a_citation_leaves_out_the_project_s_working_notes() -> None:
    raw = "Univadis summary of the BMJ abstract, 16 Oct 2019 [SECONDARY - confirm vs BMJ abstract] '-2.3 points'"
    assert readable_citation(raw) == "Univadis summary of the BMJ abstract, 16 Oct 2019 '-2.3 points'"
    lay = "AIM study team's Norwegian lay summary (seed/000_84cb845b13b784c6.txt): '8,3 RMDQ-poeng'"
    assert readable_citation(lay) == "AIM study team's Norwegian lay summary: '8,3 RMDQ-poeng'"
    assert readable_citation("study/trial-data.md §2.1: years of recruitment NOT FOUND") == (
        "years of recruitment NOT FOUND"
    )
