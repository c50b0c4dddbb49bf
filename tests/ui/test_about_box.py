"""Help → About: the version, and the evidence's date and main sources as the data gives them."""

from __future__ import annotations

from decimal import Decimal

from aim_explainer import __version__
from aim_explainer.ui.about_box import about_box, about_text


def test_about_gives_the_version_and_the_evidence_date_from_the_data(make_window, study_data) -> None:
    window = make_window("en")
    newest = max(row.value for row in study_data.rows if row.statistic == "year" and row.verified)
    text = about_text(window.state)
    assert __version__ in text
    assert f"Evidence up to {newest}" in text
    assert "BMJ" in text  # the main sources, as a reader cites them
    assert not window.windowIcon().isNull()
    assert not about_box(window, window.state).iconPixmap().isNull()


def test_the_year_in_about_follows_the_data(make_window, study_data) -> None:
    from dataclasses import replace

    window = make_window("en")
    later = [
        replace(r, value=Decimal(2031)) if r.measure == "publication" and r.study == "CICUTTINI2026" else r
        for r in study_data.rows
    ]
    window.state.set_data(replace(study_data, rows=tuple(later)))
    assert "Evidence up to 2031" in about_text(window.state)
