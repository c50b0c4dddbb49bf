"""Are the bundled data rows copies of the study team's file? A check for where that file exists.

    python tests/study_file_check.py PATH/TO/trial-data.csv

The team keeps the study file outside this repository (CI has it beside the checkout), so this is a step of
.ci/run, not a test: a stranger's clone has no such file, and the README's test command must pass there.
Every bundled row must be a row of the study file, unchanged, or one of the few facts added here from a
cited, verified source (hospitals, dates, the score's range). tests/core/test_study_file_check.py keeps it
able to fail.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "resources" / "data" / "trial-data.csv"
# What the bundled file may add to the study file: facts about the trials, each with its source, never results.
MAY_BE_ADDED = frozenset(
    {"hospitals", "enrolment_start", "enrolment_end", "trial_end", "publication", "published_online", "score_range_min"}
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def problems(bundled: Path, study_file: Path) -> list[str]:
    """Each bundled row that is neither a copy of a study-file row nor an allowed, sourced, verified addition."""
    study = _rows(study_file)
    columns = list(study[0]) if study else []
    known = {tuple(row.get(c, "") for c in columns) for row in study}
    found = []
    for line, row in enumerate(_rows(bundled), start=2):
        if tuple(row.get(c, "") for c in columns) in known:
            continue
        where = f"{bundled.name} line {line} ({row.get('study')}, {row.get('measure')}, {row.get('subgroup')})"
        if row.get("measure") not in MAY_BE_ADDED:
            found.append(f"{where}: not a copy of a row of {study_file} (changed, or a result that is not there)")
        elif not row.get("source") or row.get("verified") != "yes":
            found.append(f"{where}: an added fact must cite its source and be verified")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    study_file = Path(argv[0])
    if not study_file.is_file():
        print(f"the study team's data file is not at {study_file}", file=sys.stderr)
        return 1
    found = problems(BUNDLED, study_file)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(f"{len(found)} bundled row(s) differ from the study file: copy the rows from it again", file=sys.stderr)
        return 1
    print(f"every row of {BUNDLED.relative_to(ROOT)} is a copy of {study_file} or a sourced, verified addition")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
