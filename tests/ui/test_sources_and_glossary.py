"""Numbers lead to their source and terms to the glossary, one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.quantities import QUANTITIES


def test_clicking_a_number_shows_its_source(make_window) -> None:
    window = make_window("nb")
    results = window.chapter_tabs[CHAPTERS.index("results")]
    results.view.anchorClicked.emit(QUrl("source:effect_type2"))
    dialog = window.sources_dialog()
    assert dialog.isVisible()
    assert dialog.selected_key() == "effect_type2"
    row = dialog.table.currentRow()
    assert dialog.table.item(row, 1).text() == "0,1"
    assert dialog.table.item(row, 2).text() == "\u22122,6 til 2,7"
    assert "Univadis" in dialog.table.item(row, 4).text()
    assert dialog.table.item(row, 3).text() == "Kontrollert i en annenhåndskilde"


def test_sources_lists_every_quantity_with_a_status(make_window) -> None:
    window = make_window("en")
    dialog = window.sources_dialog()
    assert dialog.table.rowCount() == len(QUANTITIES)
    statuses = {dialog.table.item(i, 3).text() for i in range(dialog.table.rowCount())}
    assert "Not found in the sources" in statuses  # AIM's number analysed at one year
    dialog.filter.setText("Danish")
    shown = [i for i in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(i)]
    assert shown
    assert all("Danish" in dialog.table.item(i, 0).text() for i in shown)


def test_every_number_link_in_the_text_resolves(make_window) -> None:
    window = make_window("en")
    keys = {q.key for q in QUANTITIES}
    for tab in window.chapter_tabs:
        links = [a for a in tab.view.document().toMarkdown().split("(source:")[1:]]
        assert links, f"{tab.chapter} has no number links"
        for link in links:
            assert link.split(" ")[0].rstrip(")") in keys


def test_clicking_a_term_opens_the_glossary_at_that_term(make_window) -> None:
    window = make_window("en")
    window.chapter_tabs[0].view.anchorClicked.emit(QUrl("glossary:placebo"))
    dialog = window.glossary_dialog()
    assert dialog.isVisible()
    assert dialog.current_term() == "placebo"
    assert "Placebo" in dialog.text.toPlainText()
    window.toggle_language()
    dialog.retranslate()
    assert dialog.current_term() == "placebo"
    assert dialog.windowTitle() == "Ordliste"


def test_web_links_are_copied_not_opened(make_window) -> None:
    from PySide6.QtGui import QGuiApplication

    window = make_window("en")
    url = "https://www.bmj.com/content/367/bmj.l5654.full"
    window.chapter_tabs[CHAPTERS.index("conclusion")].view.anchorClicked.emit(QUrl(url))
    assert QGuiApplication.clipboard().text() == url
    assert url in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_sources_at_first_opening_fit_their_text(make_window, qtbot, lang) -> None:
    """At its first opening at the default size: every column starts inside the table, none takes a third of it
    for a few words, and each row is as tall as its wrapped text, not several times taller (in Norwegian the
    Source column started beyond the right edge and rows showed 1.5-3 lines of 3)."""
    window = make_window(lang)
    button = window.toolbar.widgetForAction(window.sources_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.sources_dialog()
    qtbot.waitExposed(dialog)
    table = dialog.table
    seen = table.viewport().width()
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        assert header.sectionViewportPosition(column) + 40 < seen, f"column {column} starts beyond the edge"
    assert header.sectionSize(3) < seen * 0.2  # Status: a few words, wrapped
    assert header.sectionSize(4) > seen * 0.25  # the Source has room to be read
    line = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        tallest = max(
            table.fontMetrics()
            .boundingRect(0, 0, header.sectionSize(c) - 8, 10_000, Qt.TextFlag.TextWordWrap, table.item(row, c).text())
            .height()
            for c in range(table.columnCount())
        )
        assert table.rowHeight(row) <= tallest + line + 12, f"row {row} is much taller than its text"


@pytest.mark.parametrize(("lang", "scale"), [("nb", 1.0), ("en", 1.0), ("nb", 2.0), ("en", 2.0)])
def test_the_glossary_list_shows_every_term_whole(make_window, qtbot, lang, scale) -> None:
    """Each term in the list is shown whole, at 1024×768 and at twice the text size: "RMDQ (Roland-Morris
    questionnaire)" was cut to "RMDQ (Roland-Morris questionnai…". A term too long for the list wraps."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle

    window = make_window(lang)
    window.resize(1024, 768)
    window.set_text_scale(scale)
    try:
        window.show_glossary("")
        dialog = window.glossary_dialog()
        qtbot.waitExposed(dialog)
        terms = dialog.terms
        metrics = terms.fontMetrics()
        room = terms.viewport().width()
        assert terms.count() > 5
        for row in range(terms.count()):
            item = terms.item(row)
            shown = terms.visualItemRect(item)
            width = shown.width() - 2 * terms.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) - 2
            # the height the text needs, wrapped at the width its item has
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            assert shown.right() <= room, f"{item.text()!r} runs past the list"
            assert max(metrics.horizontalAdvance(word) for word in item.text().split()) <= width, item.text()
            assert needed.height() <= shown.height(), f"{item.text()!r} is cut: {needed.height()} > {shown.height()}"
    finally:
        window.set_text_scale(1.0)
