"""The bundled typeface is the one the window, the charts and the handouts set their text in, whatever fonts
the machine has; so text and the handouts' pages come out the same on Windows, macOS and Linux."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from aim_explainer import fonts, paths, printing

NORWEGIAN_AND_MINUS = "æøåÆØÅ−"  # the letters of Bokmål and the true minus sign of the estimates


def test_the_bundled_faces_and_their_licence_are_in_the_resources():
    folder = paths.resource("fonts")
    assert sorted(path.name for path in folder.glob("*.ttf")) == sorted(fonts.FACES)
    assert "Bitstream Vera" in (folder / fonts.LICENCE).read_text(encoding="utf-8")


def test_registration_adds_the_bundled_family_with_every_letter_it_needs(qapp):
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    ids = fonts.register()
    assert len(ids) == len(fonts.FACES)
    assert {family for font_id in ids for family in QFontDatabase.applicationFontFamilies(font_id)} == {fonts.FAMILY}
    assert fonts.register() == ids, "each face is added once"
    for bold in (False, True):
        metrics = QFontMetrics(fonts.font(12, bold))
        assert [char for char in NORWEGIAN_AND_MINUS if not metrics.inFontUcs4(ord(char))] == []


def test_window_and_charts_use_the_bundled_family(qapp):
    from PySide6.QtGui import QFontInfo

    from aim_explainer.plots import style as chart_style
    from aim_explainer.ui import style

    style.apply_look(qapp, "standard", 1.25)
    try:
        assert QFontInfo(qapp.font()).family() == fonts.FAMILY
        assert f'font-family: "{fonts.FAMILY}"' in qapp.styleSheet(), "menus and menu bars too, on Windows"
        bold = chart_style.chart_font(10, bold=True)
        assert QFontInfo(bold).family() == fonts.FAMILY
        assert bold.bold()
    finally:
        style.apply_look(qapp)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_handout_pdf_embeds_only_the_bundled_family(qapp, study_data, tmp_path: Path, lang: str):
    handout = printing.handout_inputs(paths.resource("content"), "clinician", lang, study_data, date(2026, 3, 9))
    target = tmp_path / "handout.pdf"
    printing.write_pdf(target, handout)
    embedded = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            embedded.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    assert "DejaVuSans" in embedded
    assert embedded <= {Path(face).stem for face in fonts.FACES}, "only the bundled faces, none synthesised or other"
