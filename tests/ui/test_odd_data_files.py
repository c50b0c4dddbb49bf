"""Every data file the application accepts can be shown: odd but valid files go through every view.

Each case changes the bundled file as a person editing it might, within the rules: the file is accepted, and
then every chapter, chart page, the Sources view and the handouts show it without an exception (pytest-qt
fails a test on any exception inside Qt). Files the rules refuse are tests/core/test_data*.py's.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from aim_explainer import paths, printing
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.data import COLUMNS, load_study_data
from aim_explainer.core.quantities import BY_KEY, required_selectors

Rows = list[dict[str, str]]


def _rows() -> Rows:
    with paths.default_data_file().open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _row_of(rows: Rows, key: str) -> dict[str, str]:
    selector = BY_KEY[key].selector
    return next(
        r
        for r in rows
        if (r["study"], r["measure"], r["statistic"]) == (selector.study, selector.measure, selector.statistic)
        and selector.subgroup in (None, r["subgroup"])
        and selector.arm in (None, r["arm"])
    )


def _no_interval(rows: Rows) -> None:
    _row_of(rows, "effect_type2").update(ci_low="", ci_high="")


def _at_the_edge(rows: Rows) -> None:
    _row_of(rows, "effect_stir3").update(value="-23.5", ci_low="-24", ci_high="-23")


def _long_source(rows: Rows) -> None:
    _row_of(rows, "effect_total")["source"] = "Braten 2019 BMJ " + "very long citation text " * 400


def _html_in_source(rows: Rows) -> None:
    _row_of(rows, "effect_type1")["source"] = "<b>bold</b> <script>alert(1)</script> & <a href='x'>link</a>"


def _norwegian_letters(rows: Rows) -> None:
    for row in rows:
        row["source"] = row["source"] + " — æøå ÆØÅ"
    rows.append({**rows[-1], "subgroup": "særgruppe_æøå", "measure": "målt_æøå", "source": "Kilde æøå"})


CASES: dict[str, Callable[[Rows], None]] = {
    "a subgroup with no interval": _no_interval,
    "a value at the very edge of the axis": _at_the_edge,
    "a very long source text": _long_source,
    "HTML in a source field": _html_in_source,
    "Norwegian letters in every text field": _norwegian_letters,
}


def _write(tmp_path: Path, change: Callable[[Rows], None]) -> Path:
    rows = _rows()
    change(rows)
    path = tmp_path / "odd.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.slow  # every odd file through every view, handouts included
@pytest.mark.parametrize("case", list(CASES))
def test_an_odd_but_valid_file_is_shown_by_every_view_or_refused_by_name(case, make_window, tmp_path) -> None:
    path = _write(tmp_path, CASES[case])
    data = load_study_data(path, required_selectors())  # each of these is valid: accepted, so it must show
    window = make_window("nb")
    window.state.set_data(data)
    for lang in ("nb", "en"):
        window.set_language(lang)
        for chapter in CHAPTERS:
            window.show_chapter(chapter)
            tab = window.chapter_tabs[CHAPTERS.index(chapter)]
            assert tab.plain_text().strip()
            if hasattr(tab, "show_each_page"):
                for _page in tab.show_each_page():
                    window.grab()
        dialog = window.sources_dialog()
        dialog.show_key("effect_type1")
        dialog.grab()
        dialog.close()
        for kind in ("patient", "clinician"):
            inputs = printing.handout_inputs(window.state.content_dir, kind, lang, data)
            printing.write_pdf(tmp_path / f"{kind}-{lang}.pdf", inputs)
