"""The Comparison chapter: the table and its sources, the difference filter, the explanation links, the
charts, both languages, and the exported text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from aim_explainer.core import comparison
from aim_explainer.core.comparison import ROW_IDS, Verdict
from aim_explainer.core.formatting import format_number
from aim_explainer.core.quantities import BY_KEY
from aim_explainer.core.values import study_value


@pytest.fixture
def chapter(open_chapter):
    """The Comparison tab of a shown window, in a language (the clinician path unless told)."""
    return lambda lang="en", audience="clinician": open_chapter("comparison", lang, audience)


def visible_rows(tab) -> list[str]:
    return tab.table_panel.shown_row_ids()


def test_the_table_has_every_row_and_both_trials(chapter, study_data) -> None:
    _window, tab = chapter("nb")
    table = tab.table_panel.table
    assert table.rowCount() == len(ROW_IDS)
    assert table.horizontalHeaderItem(1).text() == "Den danske studien (2013)"
    assert table.horizontalHeaderItem(2).text() == "AIM (2019)"
    model = comparison.comparison_table(tab.state.content_dir, "nb", study_data)
    for r, row in enumerate(model.rows):
        assert table.item(r, 0).text().startswith(row.label)
        assert table.item(r, 1).text() == row.cells["danish"].text
        assert table.item(r, 2).text() == row.cells["aim"].text
    # differing rows say so in words and with a sign, not by colour alone
    drug = ROW_IDS.index("drug")
    assert "\u2260 Ulikt" in table.item(drug, 0).text()
    assert "= Likt" in table.item(ROW_IDS.index("duration"), 0).text()


def test_the_difference_filter_by_mouse_and_keyboard(chapter, qtbot) -> None:
    window, tab = chapter("en")
    panel = tab.table_panel
    assert visible_rows(tab) == list(ROW_IDS)
    panel.filter.setChecked(True)
    differs = [r.row_id for r in panel.model.rows if r.verdict is Verdict.DIFFERS]
    assert visible_rows(tab) == differs
    assert "duration" not in differs
    assert "drug" in differs
    # keyboard: the box takes focus and Space switches it back
    window.activateWindow()
    panel.filter.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.filter.hasFocus)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Space)
    assert not panel.filter.isChecked()
    assert visible_rows(tab) == list(ROW_IDS)
    assert panel.filter.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_each_explanation_link_selects_the_rows_it_concerns(chapter) -> None:
    window, tab = chapter("en", "patient")
    assert len(tab.explanations) == 6  # the patient path: the five of the lay summary, and chance
    window.state.set_audience("clinician")
    assert len(tab.explanations) == 7  # and how the trials were received
    panel = tab.table_panel
    for explanation in tab.explanations:
        panel.filter.setChecked(True)  # the filter gives way when a link asks for a row it hides
        tab.view.anchorClicked.emit(QUrl("rows:" + ",".join(explanation.row_ids)))
        assert panel.highlighted_row_ids() == [i for i in ROW_IDS if i in explanation.row_ids]
        assert all(i in visible_rows(tab) for i in explanation.row_ids)
        assert explanation.heading in panel.sources.toPlainText()
    blinding = next(e for e in tab.explanations if e.heading == "Blinding")
    assert blinding.row_ids == ("blinding", "placebo", "side_effects")


def test_every_rows_link_in_the_text_is_an_explanation_link(chapter) -> None:
    _window, tab = chapter("nb")
    links = tab.view.document().toMarkdown().split("(rows:")[1:]
    assert len(links) == len(tab.explanations)


def test_choosing_a_cell_shows_its_sources_and_enter_opens_the_sources_view(chapter, qtbot) -> None:
    window, tab = chapter("en")
    panel = tab.table_panel
    result = ROW_IDS.index("result")
    panel.table.setCurrentCell(result, 1)
    text = panel.sources.toPlainText()
    assert "AIM study team's Norwegian lay summary" in text  # where the 8.3 comes from
    assert "Not found in the sources" in text  # the Danish interval
    assert "Albert 2013" in text
    panel.table.setCurrentCell(ROW_IDS.index("drug"), 1)
    assert "Bioclavid" in panel.sources.toPlainText()
    assert "Verified in the primary source" in panel.sources.toPlainText()
    # a number in the source box opens the Sources view at that number
    panel.sources.anchorClicked.emit(QUrl("source:danish_diff"))
    assert window.sources_dialog().selected_key() == "danish_diff"
    # Enter on a cell opens it at the cell's first number
    panel.table.setCurrentCell(ROW_IDS.index("patients"), 2)
    panel.table.cellActivated.emit(ROW_IDS.index("patients"), 2)
    assert window.sources_dialog().selected_key() == "aim_n"


def test_the_first_column_leads_to_the_explanations_of_its_row(chapter) -> None:
    _window, tab = chapter("en")
    panel = tab.table_panel
    panel.table.setCurrentCell(ROW_IDS.index("placebo"), 0)
    assert "Explained under: Blinding" in panel.sources.toPlainText()
    bar = tab.view.verticalScrollBar()
    bar.setValue(0)
    index = next(i for i, e in enumerate(tab.explanations) if e.heading == "Blinding")
    panel.sources.anchorClicked.emit(QUrl(f"explain:{index}"))
    assert bar.value() > 0
    assert tab.view.textCursor().block().text() == "Blinding"


def test_live_language_switch_keeps_the_reader_s_place(chapter, qtbot) -> None:
    window, tab = chapter("nb")
    panel = tab.table_panel
    panel.filter.setChecked(True)
    panel.table.setCurrentCell(ROW_IDS.index("drug"), 2)
    nb_label = panel.table.item(ROW_IDS.index("drug"), 0).text()
    window.toggle_language()
    qtbot.waitUntil(lambda: panel.table.item(ROW_IDS.index("drug"), 0).text() != nb_label)
    assert panel.table.item(ROW_IDS.index("drug"), 0).text().startswith("Drug")
    assert panel.filter.isChecked()
    assert (panel.table.currentRow(), panel.table.currentColumn()) == (ROW_IDS.index("drug"), 2)
    assert "Amoxicillin alone" in panel.sources.toPlainText() or "AIM" in panel.sources.toPlainText()
    assert tab.switch.tabText(0) == "Side by side"
    assert panel.filter.text().replace("&", "") == "Show only the rows where the trials differ"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_exported_text_holds_the_whole_chapter_in_reading_order(chapter, study_data, lang: str) -> None:
    _window, tab = chapter(lang)
    tab.table_panel.filter.setChecked(True)  # the export holds the whole table whatever the screen shows
    text = tab.plain_text()
    assert "{" not in text
    model = comparison.comparison_table(tab.state.content_dir, lang, study_data)
    positions = [0]
    for explanation in tab.explanations:  # the answer first: the explanations, then the table
        positions.append(text.index(explanation.heading, positions[-1]))
    positions.append(text.index(model.heading, positions[-1]))
    for row in model.rows:
        positions.append(text.index(row.label, positions[-1]))
        for cell in row.cells.values():
            assert cell.text in text
    for chart in tab.charts:
        positions.append(text.index(chart.title(), positions[-1]))
    later = "Senere forskning" if lang == "nb" else "Later evidence"
    positions.append(text.index(later, positions[-1]))
    assert positions == sorted(positions)
    title = (tab.state.chapter_markdown("comparison") or "").splitlines()[0].lstrip("# ")
    assert text.startswith(title)


def test_the_charts_set_the_trials_on_one_scale(chapter, study_data) -> None:
    _window, tab = chapter("en")
    tab.show_page(1)
    QApplication.processEvents()
    difference = tab.chart("comparison-difference")
    assert [r.key for r in difference.rows] == ["danish_diff", "effect_type1", "effect_total", "effect_type2"]
    assert difference.mcid == study_data.one(BY_KEY["aim_mcid"].selector).value
    assert "danish" not in difference.reference_lines  # the Danish result is a row here, not a line
    _headers, rows = difference.table_content()
    assert rows[0][2] == "no interval reported"
    assert "typical scores, unadjusted" in rows[0][3]
    scores = tab.chart("comparison-year")
    assert scores.position == scores.end()  # drawn whole
    assert scores.gap is not None
    low, high = scores.gap
    assert high - low == study_data.one(BY_KEY["danish_diff"].selector).value
    assert "means or medians" in scores.summary_text()
    assert all(item.isVisible() for item in scores.bars_items)


def test_widgets_are_named_for_screen_readers(chapter) -> None:
    _window, tab = chapter("nb")
    panel = tab.table_panel
    for widget in (panel.filter, panel.table, panel.sources, tab.switch, tab.later, tab.view):
        assert widget.accessibleName(), widget.objectName()
    assert panel.table.accessibleDescription()
    assert panel.filter.accessibleDescription()


def test_tab_goes_from_the_pages_to_the_text_then_the_filter_table_and_sources(chapter, qtbot) -> None:
    window, tab = chapter("en")
    window.activateWindow()
    tab.switch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tab.switch.hasFocus)
    qtbot.keyClick(tab.switch, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.view  # the answer first (Tab then walks its links)
    order = []
    for _ in range(60):  # past the text's links, to the table's part of the page
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not tab.view:
            break
    for _ in range(3):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["comparison_filter", "comparison_table", "comparison_sources"]
    # in the table the arrow keys move, and Enter opens the Sources view at the cell's first number
    table = tab.table_panel.table
    table.setFocus()
    table.setCurrentCell(ROW_IDS.index("modic"), 1)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == 2
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.sources_dialog().selected_key() == "aim_n_type1"


def test_rows_asked_for_by_a_link_are_named_again_after_a_language_switch(chapter, qtbot) -> None:
    window, tab = chapter("nb", "patient")
    tab.view.anchorClicked.emit(QUrl("rows:dose"))
    assert "Rader for «Dosen»: «Dose»." in tab.table_panel.sources.toPlainText()
    window.toggle_language()
    qtbot.waitUntil(lambda: "Rows for «The dose»: «Dose»." in tab.table_panel.sources.toPlainText())
    assert tab.table_panel.highlighted_row_ids() == ["dose"]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_path_keeps_the_rows_and_later_evidence_a_patient_needs(chapter, study_data, lang) -> None:
    window, tab = chapter(lang, "patient")
    patient = comparison.comparison_table(tab.state.content_dir, lang, study_data, "patient")
    ids = [row.row_id for row in patient.rows]
    assert ids == ["modic", "drug", "dose", "blinding", "extra", "result", "side_effects"]
    assert tab.table_panel.table.rowCount() == len(ids)
    assert tab.table_panel.shown_row_ids() == ids
    text = tab.plain_text()
    assert format_number(study_value(study_data, "effect_total").value, lang) in text  # the main outcome
    assert format_number(study_value(study_data, "ae_drug_amox").value, lang) in text
    for detail in ("Bioclavid", "telemedicine", "telemedisin"):  # the clinician path's details
        assert detail not in text
    assert not tab.switch.is_page_shown(1)  # the charts are the clinician path's
    assert tab.switch.count() == 2
    assert [page for page in tab.show_each_page()] == ["later"]
    # every explanation links to rows the patient's table has
    assert all(set(e.row_ids) <= set(ids) for e in tab.explanations)
    window.state.set_audience("clinician")
    assert tab.table_panel.table.rowCount() == len(ROW_IDS)
    assert tab.switch.is_page_shown(1)
    assert tab.switch.count() == 3
    assert len(tab.plain_text()) > 2 * len(text)


def test_only_a_difference_that_could_matter_is_marked_as_one(chapter) -> None:
    _window, tab = chapter("en")
    table = tab.table_panel.table
    for row_id in ("sites", "years", "patients"):  # no one named them as a cause
        label = table.item(ROW_IDS.index(row_id), 0).text()
        assert "\u2260" not in label
        assert "not named as a cause" in label
    assert "\u2260 Differs" in table.item(ROW_IDS.index("blinding"), 0).text()


def test_the_explanations_come_first_as_cards_each_with_its_conclusion(chapter) -> None:
    _window, tab = chapter("en", "patient")
    assert tab.splitter.widget(0) is tab.view  # the answer before the table
    root = tab.view.document().rootFrame()
    cards = [f for f in root.childFrames() if f.frameFormat().border() == 1.0]
    assert len(cards) == len(tab.explanations)
    document = tab.view.document()
    for card, explanation in zip(cards, tab.explanations, strict=True):
        first = document.findBlock(card.firstPosition())
        assert first.text() == explanation.heading
        words = first.next().text()
        assert words.startswith(("The AIM researchers concluded:", "Our view:")), words  # chance: our reading


def test_at_double_text_size_the_table_grows_and_the_page_scrolls_as_one(chapter, qtbot) -> None:
    window, tab = chapter("nb")
    window.resize(1024, 768)
    window.set_text_scale(2.0)
    table = tab.table_panel.table
    qtbot.waitUntil(lambda: tab.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0)  # every row shown: no keyhole
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows
    assert tab.view.verticalScrollBar().maximum() == 0  # the whole text, too
    assert tab.side_page.verticalScrollBar().maximum() > 0  # the page scrolls instead
    window.set_text_scale(1.0)
    qtbot.waitUntil(lambda: tab.splitter.orientation() == Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: tab.side_page.verticalScrollBar().maximum() == 0)
