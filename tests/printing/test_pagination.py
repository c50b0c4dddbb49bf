"""A long made-up handout through the real typesetting and paginator, without the application's state:
it runs onto several pages, every paragraph is printed once, nothing reaches the footer, and no page
ends with a heading."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from aim_explainer import printing
from aim_explainer.core.handout import Part
from aim_explainer.printing.layout import HandoutLayout
from aim_explainer.printing.pdf import page_layout

SECTIONS = 12
PARAGRAPHS = 5  # per section


def paragraph(section: int, number: int) -> str:
    words = " ".join(["The words of a paragraph that wraps over several lines of the page."] * 4)
    return f"Paragraph {section}-{number} begins. {words} Paragraph {section}-{number} ends."


@pytest.fixture
def long_handout(study_data) -> printing.HandoutInputs:
    parts = [Part("text", "# A made-up handout\n\nIt is long on purpose.")]
    for section in range(1, SECTIONS + 1):
        body = "\n\n".join(paragraph(section, number) for number in range(1, PARAGRAPHS + 1))
        parts.append(Part("text", f"## Section {section}\n\n{body}"))
    parts.append(Part("text", "## The last heading"))  # a heading that ends a part waits for what follows
    parts.append(Part("text", "The closing words."))
    return printing.HandoutInputs(study_data, "en", "patient", tuple(parts), "A made-up handout", date(2026, 3, 9))


def test_the_layout_keeps_every_box_above_the_footer(qapp, long_handout, tmp_path) -> None:
    device = QPdfWriter(str(tmp_path / "unused.pdf"))
    device.setPageLayout(page_layout())
    width = device.pageLayout().paintRectPixels(device.logicalDpiX()).width()
    layout = HandoutLayout(device, long_handout, width, 1000.0)
    try:
        flow = layout.layout()
    finally:
        layout.close()
    assert len(flow.pages) > 2
    for page in flow.pages:
        assert page
        for placed in page:
            assert placed.rect.top() >= 0
            assert placed.rect.bottom() <= flow.height + 0.5


def test_a_long_handout_runs_onto_pages_and_loses_nothing(qapp, long_handout, tmp_path) -> None:
    path = tmp_path / "long.pdf"
    rendered = printing.write_pdf(path, long_handout)
    reader = PdfReader(path)
    assert rendered.pages == len(reader.pages) > 2
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    text = " ".join(pages)
    for section in range(1, SECTIONS + 1):
        assert text.count(f"Section {section} ") + text.endswith(f"Section {section}") == 1
        for number in range(1, PARAGRAPHS + 1):
            assert text.count(f"Paragraph {section}-{number} begins.") == 1, (section, number)
            assert text.count(f"Paragraph {section}-{number} ends.") == 1, (section, number)
    assert text.count("The closing words.") == 1
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"Page {number} of {len(pages)}"), "the footer is the last thing on the page"
        body = re.sub(r"The AIM trial explained\. Printed 9 March 2026 Page \d+ of \d+$", "", page).strip()
        assert not re.search(r"(Section \d+|The last heading)$", body), f"page {number} ends with a heading"
