"""The printed handouts, read back from the PDF as a reader's software would: pages, size, fonts, text,
numbers as the language writes them, and nothing that depends on colour."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog
from tests.ui.test_numbers_on_screen import NUMBER, data_values, strip_allowed

from aim_explainer import printing
from aim_explainer.core.formatting import MINUS, parse_number
from aim_explainer.core.handout import ARTICLE_URL, KINDS, REFERENCES
from aim_explainer.plots.print_chart import PrintedChart, print_grey
from aim_explainer.plots.row_names import row_name
from aim_explainer.printing.qr import paint_qr
from aim_explainer.ui import handout_dialog

A4_POINTS = (595.28, 841.89)
PRINTED_ON = date(2026, 3, 9)
DATE_TEXT = {"nb": "9. mars 2026", "en": "9 March 2026"}
FOOTER_PAGE = {"nb": r"Side \d+ av \d+", "en": r"Page \d+ of \d+"}
LABELS: dict[str, tuple[str, ...]] = {}
EFFECT_KEYS = ("effect_total", "effect_type1", "effect_type2", "effect_age_lt40", "effect_age_ge40", "effect_stir3")


@pytest.fixture(scope="module")
def pdfs(qapp, study_data, tmp_path_factory) -> dict[tuple[str, str], tuple[Path, printing.Rendered]]:
    """Every handout in every language, written once for the module from plain inputs, without a window.
    Also keeps, per language, the chart's group labels (LABELS), which only the translator knows."""
    from aim_explainer import paths
    from aim_explainer.i18n import LanguageManager
    from aim_explainer.ui import style

    folder = tmp_path_factory.mktemp("handouts")
    languages = LanguageManager()
    style.apply_look(qapp)
    written = {}
    try:
        for lang in ("nb", "en"):
            languages.set_language(lang)
            QApplication.processEvents()
            LABELS[lang] = tuple(row_name(key) for key in EFFECT_KEYS)
            for kind in KINDS:
                path = folder / f"{kind}-{lang}.pdf"
                handout = printing.handout_inputs(paths.resource("content"), kind, lang, study_data, PRINTED_ON)
                written[(kind, lang)] = (path, printing.write_pdf(path, handout))
    finally:
        languages.uninstall()
        languages.deleteLater()
    return written


@pytest.fixture
def write(pdfs):
    """The handout `kind` in `lang`: the PDF's path and what was put on paper."""
    return lambda kind, lang: pdfs[(kind, lang)]


def loose(text: str) -> str:
    """A pattern for `text` that allows line breaks and spaces anywhere (the PDF wraps long lines)."""
    return r"\s*".join(re.escape(c) for c in re.sub(r"\s+", "", text))


def read_pages(path: Path, rendered: printing.Rendered) -> tuple[str, str]:
    """The PDF's text outside the chart and inside it, spaces normalised, ligatures undone."""
    outside, inside = [], []
    for index, page in enumerate(PdfReader(path).pages):
        height = float(page.mediabox.height)
        boxes = [box for number, box in rendered.chart_boxes if number == index]

        def visit(
            text: str, cm: list[float], tm: list[float], _font: object, _size: object, height=height, boxes=boxes
        ) -> None:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = height - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5])  # from the top, as the layout counts
            in_chart = any(box.adjusted(-2, -2, 2, 2).contains(x, y) for box in boxes)
            (inside if in_chart else outside).append(text)

        page.extract_text(visitor_text=visit)
        outside.append("\n")

    def clean(parts: list[str]) -> str:
        text = unicodedata.normalize("NFKC", "".join(parts))
        return re.sub(r"[ \t\u00a0]+", " ", text)

    return clean(outside), clean(inside)


def strip_print_furniture(text: str, lang: str) -> str:
    """Take out what is not a study number: addresses, citations, the footer, the chart's group labels."""
    for reference in (*REFERENCES, ARTICLE_URL):
        text = re.sub(loose(reference), " ", text)
    text = re.sub(FOOTER_PAGE[lang], " ", text)
    text = text.replace(DATE_TEXT[lang], " ")
    for label in LABELS[lang]:  # the chart's own group labels, also in the clinician's table
        text = text.replace(label, " ")
    return strip_allowed(re.sub(r"\bSTIR3\b", " ", text))


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_a4_pages_with_embedded_fonts(write, kind: str, lang: str) -> None:
    path, rendered = write(kind, lang)
    reader = PdfReader(path)
    assert len(reader.pages) == rendered.pages
    assert rendered.pages == 2  # the clinician page: the summary, then the references with their sources
    if kind == "clinician":
        first = reader.pages[0].extract_text()
        assert "Referanser" not in first
        assert "References" not in first
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=1)
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for font in fonts.values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)[
                "/FontDescriptor"
            ]
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), "font not embedded"
    assert reader.metadata.title


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_number_comes_from_the_data(write, study_data, kind: str, lang: str) -> None:
    path, rendered = write(kind, lang)
    outside, inside = read_pages(path, rendered)
    allowed = data_values(study_data)
    text = strip_print_furniture(outside, lang)
    foreign = [n for n in NUMBER.findall(text) if parse_number(n) not in allowed]
    assert foreign == [], f"{kind}/{lang} prints numbers the data file lacks: {foreign}"
    if lang == "nb":
        assert not re.search(r"\d\.\d", text), "Norwegian writes a decimal comma"
    # in the chart, the axis has whole-number ticks; every other number is the data's
    chart = strip_print_furniture(inside, lang)
    odd = [n for n in NUMBER.findall(chart) if parse_number(n) not in allowed and parse_number(n) % 1 != 0]
    assert odd == []


EXPECTED = {  # (in the text, in the chart)
    ("patient", "nb"): (["1,6 poeng", "fra 0,0 til 3,1 poeng", "minst 4 poeng", "56 %"], ["0,1 (−2,6 til 2,7)"]),
    ("patient", "en"): (["1.6 points", "from 0.0 to 3.1 points", "at least 4 points", "56%"], ["0.1 (−2.6 to 2.7)"]),
    ("clinician", "nb"): (["0,0 til 3,1", "0,4 til 4,2", "−2,6 til 2,7", "1,9 til 8,2", "8,3† poeng", "P = 0,04"], []),
    ("clinician", "en"): (["0.0 to 3.1", "0.4 to 4.2", "−2.6 to 2.7", "1.9 to 8.2", "8.3† points", "P = 0.04"], []),
}


@pytest.mark.parametrize(("kind", "lang"), list(EXPECTED))
def test_the_key_numbers_as_the_language_writes_them(write, kind: str, lang: str) -> None:
    path, rendered = write(kind, lang)
    outside, inside = read_pages(path, rendered)
    in_text, in_chart = EXPECTED[(kind, lang)]
    flat = re.sub(r"\s+", " ", outside)
    for expected in in_text:
        assert expected in flat, f"{kind}/{lang}: {expected!r} missing"
    for expected in in_chart:
        assert expected in re.sub(r"\s+", " ", inside)
    assert MINUS in outside + inside or kind == "patient"
    assert re.search(loose(REFERENCES[0]), outside), "the full citation"
    assert re.search(loose(ARTICLE_URL), outside), "the article's address as text"
    assert DATE_TEXT[lang] in flat


def test_the_patient_handout_has_the_chart_and_the_clinician_page_the_table(write) -> None:
    _path, patient = write("patient", "nb")
    path, clinician = write("clinician", "nb")
    assert len(patient.chart_boxes) == 1
    page, box = patient.chart_boxes[0]
    assert page == 0
    assert box.width() > 400
    assert clinician.chart_boxes == ()
    outside, _inside = read_pages(path, clinician)
    assert "Utforskende" in outside
    assert "Hovedanalyse" in outside
    assert "Sekundæranalyse" in outside


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_handout_on_paper_has_no_exploratory_row(write, study_data, lang: str) -> None:
    """The printed page, chart included, shows the rows the patient path shows and no other (the chart once drew
    "Under 40 years (exploratory)" and "STIR3"); the clinician's page keeps them, marked, and marks the secondary
    analyses."""
    from aim_explainer.core.effects import rows_for

    path, rendered = write("patient", lang)
    outside, inside = read_pages(path, rendered)
    flat = re.sub(r"\s+", " ", outside + " " + inside)
    exploratory = [LABELS[lang][EFFECT_KEYS.index(r.key)] for r in rows_for(study_data, "clinician") if r.exploratory]
    assert [label for label in exploratory if label in flat] == []
    assert "STIR" not in flat
    shown = [LABELS[lang][EFFECT_KEYS.index(r.key)] for r in rows_for(study_data, "patient")]
    assert all(re.search(loose(label), inside) for label in shown), shown
    path, rendered = write("clinician", lang)
    clinician, _ = read_pages(path, rendered)
    assert all(re.search(loose(label), clinician) for label in exploratory)
    secondary = {"nb": "sekundæranalyse", "en": "secondary analysis"}[lang]
    assert re.search(loose(f"{LABELS[lang][1]}\u2020"), clinician)  # Modic type 1, marked in the table
    assert re.search(loose(secondary), clinician, re.IGNORECASE)


def test_print_colours_are_greys_and_light_fills_stay_light() -> None:
    for name in ("#0072B2", "#D55E00", "#00745A", "#8E3B78", "#4A4A4A"):
        grey = print_grey(QColor(name))
        assert grey.red() == grey.green() == grey.blue() <= 0.3 * 255 + 1
    assert print_grey(QColor("#FFFFFF")) == QColor("#FFFFFF")
    assert print_grey(QColor("#EDEDE6")).lightness() > 200


def test_the_printed_chart_uses_no_colour(make_window) -> None:
    window = make_window("en")
    chart = PrintedChart(window.state.data, "en", QSizeF(480, 202.5))  # points: 640 by 270 pixels of 96 per inch
    try:
        image = QImage(640, 270, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        chart.paint(painter, QRectF(0, 0, 640, 270))
        painter.end()
        colours = {QColor(image.pixel(x, y)).saturation() for x in range(0, 640, 2) for y in range(0, 270, 2)}
        assert max(colours) <= 8, "a printed chart must not depend on colour"
        dark = sum(QColor(image.pixel(x, y)).lightness() < 90 for x in range(0, 640, 2) for y in range(0, 270, 2))
        assert dark > 500, "the chart was drawn"
    finally:
        chart.close()


def test_the_qr_code_is_the_articles_address() -> None:
    import segno

    code = segno.make(ARTICLE_URL, error="m", micro=False)
    modules = code.symbol_size(border=4)[0]
    unit = 6
    image = QImage(modules * unit, modules * unit, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))  # the code paints its own white quiet zone
    painter = QPainter(image)
    paint_qr(painter, QRectF(0, 0, modules * unit, modules * unit), ARTICLE_URL)
    painter.end()
    for row, line in enumerate(code.matrix):
        for column, dark in enumerate(line):
            pixel = QColor(image.pixel((column + 4) * unit + unit // 2, (row + 4) * unit + unit // 2))
            assert (pixel == QColor("black")) == bool(dark), (row, column)
    assert QColor(image.pixel(1, 1)) == QColor("white")


def test_the_file_menu_saves_and_prints(make_window, tmp_path, monkeypatch) -> None:
    window = make_window("nb")
    assert window.print_action.isEnabled()
    assert window.save_pdf_action.isEnabled()
    assert window.print_action in window.file_menu.actions()
    assert window.save_pdf_action.text() == "Lagre som P&DF …"
    monkeypatch.setattr(handout_dialog, "choose_kind", lambda *_args, **_kw: "clinician")

    saved = tmp_path / "fagark"
    monkeypatch.setattr(
        handout_dialog.QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(saved), "*.pdf"))
    )
    assert window.save_handout_pdf() == saved.with_suffix(".pdf")
    assert len(PdfReader(saved.with_suffix(".pdf")).pages) == 2
    assert "Sider: 2" in window.statusBar().currentMessage()

    printed = tmp_path / "printed.pdf"
    from PySide6.QtPrintSupport import QPrintDialog

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))  # a printer that writes PDF
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.print_handout() is True
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    assert "0,0 til 3,1" in re.sub(r"\s+", " ", reader.pages[0].extract_text())


def test_the_chooser_offers_both_handouts_in_the_current_language(make_window) -> None:
    window = make_window("en")
    dialog = handout_dialog.HandoutDialog("en", printing=True, parent=window)
    try:
        assert set(dialog.buttons) == set(KINDS)
        assert dialog.kind() == handout_dialog.HandoutDialog.last_kind
        dialog.buttons["clinician"].setChecked(True)
        assert dialog.kind() == "clinician"
        assert "English" in dialog.findChildren(handout_dialog.QLabel)[0].text()
    finally:
        dialog.deleteLater()
        QApplication.processEvents()


def test_a_printer_of_another_resolution_gets_the_same_pages(pdfs, make_window, tmp_path) -> None:
    """Printers need not have the screen's resolution: the layout holds, the chart comes as a picture."""
    from PySide6.QtGui import QPdfWriter

    window = make_window("nb")
    path = tmp_path / "300dpi.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(printing.page_layout())
    state = window.state
    rendered = printing.render(
        writer, printing.handout_inputs(state.content_dir, "patient", "nb", state.data, PRINTED_ON)
    )
    del writer
    _vector_path, vector = pdfs[("patient", "nb")]
    assert rendered.pages == vector.pages
    (_page, box), (_same_page, vector_box) = rendered.chart_boxes[0], vector.chart_boxes[0]
    assert box.width() == pytest.approx(vector_box.width(), abs=2)
    assert box.height() == pytest.approx(vector_box.height(), abs=2)
    reader = PdfReader(path)
    assert "0,0 til 3,1" in re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert reader.pages[0].images, "the chart as a picture"
