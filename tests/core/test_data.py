"""Loading and validating the study data file: every rule, and messages that name file, line and field."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.data import COLUMNS, DataError, Problem, Selector, load_study_data
from aim_explainer.core.quantities import QUANTITIES, required_selectors

BUNDLED = paths.default_data_file()


def bundled_rows() -> list[dict[str, str]]:
    with BUNDLED.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(tmp_path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> Path:
    path = tmp_path / "data.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def find_line(rows: list[dict[str, str]], **match: str) -> int:
    """The index of the first row matching `match`, and its file line (header is line 1)."""
    for i, row in enumerate(rows):
        if all(row[k] == v for k, v in match.items()):
            return i
    raise AssertionError(f"no row matches {match}")


def error_for(tmp_path: Path, rows: list[dict[str, str]], **kw: object) -> DataError:
    with pytest.raises(DataError) as info:
        load_study_data(write(tmp_path, rows, **kw), required_selectors())  # type: ignore[arg-type]
    return info.value


def test_bundled_file_loads_and_every_quantity_has_exactly_one_row() -> None:
    data = load_study_data(BUNDLED, required_selectors())
    for quantity in QUANTITIES:
        assert len(data.find(quantity.selector)) == 1, quantity.key


def test_values_keep_the_decimals_of_the_file() -> None:
    data = load_study_data(BUNDLED)
    row = data.one(Selector("AIM2019", "RMDQ_0_24", "mean_difference", subgroup="total"))
    assert str(row.ci_high) == "0.0"  # not 0: the text shows "0,0"


def test_missing_value_is_allowed_only_when_not_verified(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, study="AIM2019", measure="randomised", arm="both", subgroup="total")
    rows[i]["value"] = "NA"
    error = error_for(tmp_path, rows)
    assert f"line {i + 2}, field 'value'" in str(error)
    assert "verified=yes must have a value" in str(error)


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("value", "one point six", "is not a number"),
        ("ci_low", "-1.0", "lies outside its interval"),
        ("ci_high", "-3.5", "is above ci_high"),
        ("verified", "maybe", "must be 'yes' or 'no'"),
        ("n", "-3", "whole number of 0 or more"),
        ("timepoint_weeks", "900", "outside 0 to 520"),
        ("source", "", "must not be empty"),
    ],
)
def test_each_field_rule_names_file_line_and_field(tmp_path: Path, field: str, text: str, expected: str) -> None:
    rows = bundled_rows()
    i = find_line(rows, study="AIM2019", subgroup="total", statistic="mean_difference", measure="RMDQ_0_24")
    rows[i][field] = text
    error = error_for(tmp_path, rows)
    message = str(error)
    reported_field = "value" if expected == "lies outside its interval" else field
    reported_field = "ci_low" if expected == "is above ci_high" else reported_field
    assert str(tmp_path / "data.csv") in message
    assert f"line {i + 2}, field '{reported_field}'" in message
    assert expected in message


@pytest.mark.parametrize(
    ("match", "value", "expected"),
    [
        (
            {"measure": "RMDQ_disability", "statistic": "central_value_mean_or_median_unspecified"},
            "31",
            "between 0 and 24",
        ),
        ({"measure": "AE_drug_related_any", "statistic": "percent"}, "156", "between 0 and 100"),
        ({"measure": "randomised", "statistic": "count", "study": "AIM2019"}, "180.5", "whole number"),
        ({"statistic": "p_value"}, "1.5", "between 0 and 1"),
        ({"statistic": "year"}, "19", "not a plausible year"),
    ],
)
def test_ranges(tmp_path: Path, match: dict[str, str], value: str, expected: str) -> None:
    rows = bundled_rows()
    i = find_line(rows, **match)
    rows[i]["value"] = value
    rows[i]["ci_low"] = rows[i]["ci_high"] = ""
    error = error_for(tmp_path, rows)
    assert f"line {i + 2}, field 'value'" in str(error)
    assert expected in str(error)


def test_rmdq_difference_range(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, subgroup="modic_type2", statistic="mean_difference")
    rows[i]["ci_low"] = "-30"
    error = error_for(tmp_path, rows)
    assert f"line {i + 2}, field 'ci_low'" in str(error)
    assert "between -24 and 24" in str(error)


def test_half_an_interval_is_refused(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, subgroup="modic_type1", statistic="mean_difference")
    rows[i]["ci_high"] = ""
    assert "needs both ci_low and ci_high" in str(error_for(tmp_path, rows))


def test_missing_required_row_and_duplicates(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, subgroup="modic_type1", statistic="mean_difference")
    duplicate = dict(rows[i])
    del rows[i]
    assert "a required row is missing: AIM2019 / modic_type1" in str(error_for(tmp_path, rows))
    rows = bundled_rows()
    rows.append(duplicate)
    assert f"line {len(rows) + 1}" in str(error_for(tmp_path, rows))


def test_missing_column(tmp_path: Path) -> None:
    columns = tuple(c for c in COLUMNS if c != "verified")
    error = error_for(tmp_path, bundled_rows(), columns=columns)
    assert "line 1, field 'verified': this required column is missing" in str(error)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b",".join(c.encode() for c in COLUMNS) + b"\n", "no rows"),
        (b'study,measure\n"unclosed,x\n', "not valid CSV"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as info:
        load_study_data(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_a_file_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        load_study_data(tmp_path / "nowhere.csv")


def test_rows_are_immutable() -> None:
    row = load_study_data(BUNDLED).rows[0]
    with pytest.raises(AttributeError):
        row.value = Decimal(1)  # type: ignore[misc]


def test_nan_in_a_verified_row_is_named_as_not_a_number(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, study="AIM2019", measure="randomised", arm="both", subgroup="total")
    rows[i]["value"] = "NaN"
    problem = next(p for p in error_for(tmp_path, rows).problems if p.line == i + 2 and p.field == "value")
    assert problem.message.startswith("'NaN' (not a number) marks a missing value")
    assert "verified=yes must have a value" in problem.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-1_6", "'-1_6' is not a number"),
        ("1e1", "'1e1' is not a number"),
        ("١٦", "is not a number"),
        ("-1,6", "write decimals with a point"),
        ("-1.234567890123456789012345678901", "more than 12 significant digits"),
        ("-1600000000000.0", "more than 12 significant digits"),
    ],
)
def test_numbers_are_plain_decimals_of_sensible_precision(tmp_path: Path, text: str, expected: str) -> None:
    rows = bundled_rows()
    i = find_line(rows, study="AIM2019", subgroup="total", statistic="mean_difference", measure="RMDQ_0_24")
    rows[i]["value"] = text
    rows[i]["ci_low"] = rows[i]["ci_high"] = ""
    problem = next(p for p in error_for(tmp_path, rows).problems if p.line == i + 2 and p.field == "value")
    assert expected in problem.message


def test_twelve_significant_digits_are_accepted(tmp_path: Path) -> None:
    rows = bundled_rows()
    i = find_line(rows, study="AIM2019", subgroup="total", statistic="mean_difference", measure="RMDQ_0_24")
    rows[i]["value"] = "-1.60000000000"
    data = load_study_data(write(tmp_path, rows), required_selectors())
    assert str(next(r for r in data.rows if r.line == i + 2).value) == "-1.60000000000"


def test_a_conflicting_duplicate_of_any_row_is_refused_naming_both_lines(tmp_path: Path) -> None:
    rows = bundled_rows()
    selectors = required_selectors()
    data = load_study_data(BUNDLED)
    free = next(r for r in data.rows if r.value is not None and not any(s.matches(r) for s in selectors))
    conflicting = dict(rows[free.line - 2], value=str(free.value + 1))
    rows.append(conflicting)
    error = error_for(tmp_path, rows)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.line == len(rows) + 1
    assert f"line {free.line}" in problem.message
    assert str(free.value) in problem.message
    assert str(free.value + 1) in problem.message


def test_an_identical_repeat_of_a_row_that_is_not_required_is_accepted(tmp_path: Path) -> None:
    rows = bundled_rows()
    selectors = required_selectors()
    data = load_study_data(BUNDLED)
    free = next(r for r in data.rows if not any(s.matches(r) for s in selectors))
    rows.append(dict(rows[free.line - 2]))
    assert len(load_study_data(write(tmp_path, rows), selectors).rows) == len(rows)


def test_a_long_summary_ends_with_how_many_more() -> None:
    problems = [Problem("f.csv", line, "value", "bad") for line in range(2, 502)]
    lines = str(DataError(problems)).splitlines()
    assert lines[:10] == [str(p) for p in problems[:10]]
    assert lines[10:] == ["… and 490 more"]
