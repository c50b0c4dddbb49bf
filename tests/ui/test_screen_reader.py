"""What a screen reader meets, checked in the accessibility tree Qt builds for it (QAccessible, in-process).

The events themselves leave the process (to AT-SPI or UI Automation); what the application says through
aim_explainer.accessibility.announce is collected with `announcements()`, and the rest is the tree's names,
roles and states, and the focus. tests/screen_reader_check.py walks the same over AT-SPI in CI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QApplication, QScrollArea

from aim_explainer.accessibility import announcements
from aim_explainer.core.content import CHAPTERS
from aim_explainer.ui.presentation.presenter import PresenterView


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def activate(qtbot, window) -> None:
    """Focus needs an active window, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_through_links(qtbot, view, limit: int = 80) -> list[str]:
    """Tab from the top of a chapter's text until focus leaves it; what was announced on the way."""
    view.setFocus()
    view.moveCursor(view.textCursor().MoveOperation.Start)
    with announcements() as heard:
        for _ in range(limit):
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            if not view.hasFocus():
                break
    assert not view.hasFocus(), "Tab never left the text"
    return heard


def test_each_presentation_step_is_announced_in_a_named_window(session, qtbot) -> None:
    _window, running = session
    view, controller = running.audience, running.controller
    assert role(view) == QAccessible.Role.Window  # a window a screen reader enters, not a "filler"
    assert name(view) == "Presentasjon"
    with announcements() as heard:
        for _ in range(3):
            qtbot.keyClick(view, Qt.Key.Key_PageDown)
            step = controller.step
            # the focused window describes the step on screen: its heading and its text, as shown
            assert view.accessibleDescription().startswith(step.title)
            assert view.body.toPlainText().split("\n")[0] in view.accessibleDescription()
            assert heard[-1] == " ".join(view.accessibleDescription().split())
        assert len(heard) == 3
        view.resize(view.width() - 40, view.height())  # drawn again, the same step: nothing said again
        assert len(heard) == 3
    charted = next(i for i, s in enumerate(controller.steps) if s.chart)
    controller.go(charted)
    chart = view.chart(controller.step.chart)
    assert chart.plot.accessibleDescription() in view.accessibleDescription()  # what the chart shows


def test_the_presentation_texts_are_read_only_texts_not_labels(session, qtbot) -> None:
    # the slide's text and the presenter's notes are text browsers too: Orca called them "label"
    _window, running = session
    presenter = PresenterView(running.controller)  # the laptop's view, made here as a second screen would
    qtbot.addWidget(presenter)
    for text in (running.audience.body, presenter.notes, presenter.next):
        face = QAccessible.queryAccessibleInterface(text)
        assert face.role() == QAccessible.Role.EditableText, text.objectName()
        assert face.state().readOnly
        assert face.textInterface() is not None
    assert role(running.audience.charts) == QAccessible.Role.Client  # layout, not a "layered pane"


def test_links_are_announced_with_text_and_target_and_told_apart(make_window, qtbot) -> None:
    window = make_window("nb")
    activate(qtbot, window)
    window.show_chapter("comparison")
    view = window.chapter_tabs[CHAPTERS.index("comparison")].view
    own = view.accessibleDescription()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    # for screen readers that ignore announcements: the focused text's description names the link
    assert view.accessibleDescription().startswith(view.textCursor().selectedText().strip() + " \u2014 ")
    heard = tab_through_links(qtbot, view)
    assert view.accessibleDescription() == own  # its own again once the focus has left
    tables = [words for words in heard if words.startswith("Vis i tabellen")]
    assert len(tables) == 6
    assert len(set(tables)) == 6  # each says which rows it marks
    assert all("\u2014 rader i tabellen: " in words for words in tables)
    window.show_chapter("results")
    heard = tab_through_links(qtbot, window.chapter_tabs[CHAPTERS.index("results")].view)
    numbers = [words for words in heard if "\u2014 kilden til tallet: " in words]
    assert len(numbers) >= 3
    # "2,3 — kilden til tallet: …", an interval, or a small count the text writes as a word ("seks — kilden …")
    heads = [words.split(" \u2014 ")[0] for words in numbers]
    number = r"[\d\u2212][\d,.\u00a0 %\u2020]*"  # a marked number keeps its mark (2,3†)
    odd = [head for head in heads if not re.fullmatch(rf"{number}(?: til {number})?|[a-zæøå]+", head)]
    assert odd == []


def test_the_chapter_text_has_a_caret_the_keys_move(make_window, qtbot) -> None:
    window = make_window("en")
    activate(qtbot, window)
    window.show_chapter("results")
    view = window.chapter_tabs[CHAPTERS.index("results")].view
    assert view.hasFocus()
    assert view.textCursor().position() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    line = view.textCursor().position()
    assert line > 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.textCursor().position() > line
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().position() == view.document().characterCount() - 1
    text = QAccessible.queryAccessibleInterface(view).textInterface()
    assert text.cursorPosition() == view.textCursor().position()  # what the screen reader is told


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_chapter_text_is_a_read_only_text_not_a_label(make_window, qtbot, language) -> None:
    # Qt gives a QTextBrowser the role StaticText, which AT-SPI turns into "label" (Orca: "Resultater label.")
    window = make_window(language)
    activate(qtbot, window)
    for chapter in CHAPTERS:
        window.show_chapter(chapter)
        view = window.chapter_tabs[CHAPTERS.index(chapter)].view
        face = QAccessible.queryAccessibleInterface(view)
        assert face.role() == QAccessible.Role.EditableText, chapter  # AT-SPI's "text"
        state = face.state()
        assert state.readOnly
        assert not state.editable
        assert state.multiLine
        assert state.focusable
        assert state.focused
        assert face.text(QAccessible.Text.Name) == window.chapter_tabs[CHAPTERS.index(chapter)].title()
        text = face.textInterface()
        assert text is not None
        assert text.characterCount() == view.document().characterCount() - 1
        assert text.text(0, 12).startswith(view.toPlainText()[:12])  # the title first
    # the caret and the links work as in the text browser it still is
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert face.textInterface().cursorPosition() == view.textCursor().position() > 0
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus()
    assert view.selected_link().isValid()


def test_no_layered_pane_of_ours_is_spoken_on_the_way_to_a_chapter(make_window, qtbot) -> None:
    # Orca speaks each unnamed "layered pane" (a QStackedWidget) the focus enters, and passes over a "filler"
    window = make_window("nb", start=True)
    results = window.chapter_tabs[CHAPTERS.index("results")]
    stacks = [
        window.screens,
        results.pages,
        results.main_charts,
        window.chapter_tabs[CHAPTERS.index("comparison")].pages,
    ]
    assert [role(stack) for stack in stacks] == [QAccessible.Role.Client] * 4
    for chapter in CHAPTERS:
        window.show_chapter(chapter)
        face = QAccessible.queryAccessibleInterface(window.chapter_tabs[CHAPTERS.index(chapter)].view).parent()
        panes = []
        while face is not None:
            if face.role() == QAccessible.Role.LayeredPane:
                panes.append(face.object().objectName())
            face = face.parent()
        assert panes == ["qt_tabwidget_stackedwidget"], chapter  # the tab widget's own, Qt's to expose
    assert QAccessible.queryAccessibleInterface(window.screens).childCount() == window.screens.count()


def test_opening_a_chapter_puts_focus_on_its_named_text(make_window, qtbot) -> None:
    window = make_window("nb", start=True)
    activate(qtbot, window)
    for number, chapter in enumerate(CHAPTERS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        assert QApplication.focusWidget() is tab.view
        assert name(tab.view) == tab.title() == name(tab)
    window.show_start()
    card = window.start.cards[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.chapter_tabs[0].view


def test_tab_leaves_the_sources_table_and_a_number_link_lands_on_its_row(make_window, qtbot) -> None:
    window = make_window("nb")
    results = window.chapter_tabs[CHAPTERS.index("results")]
    with announcements() as heard:
        results.view.anchorClicked.emit(QUrl("source:effect_type2"))
    dialog = window.sources_dialog()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    assert QApplication.focusWidget() is table
    assert dialog.selected_key() == "effect_type2"
    assert table.currentRow() == table.selectedItems()[0].row()
    assert heard == [dialog.row_words(table.currentRow())]
    assert "Verdi: 0,1" in heard[0]
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # out of the table at once, not through its 330 cells
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.filter
    # no cell without a name: an empty one is read as "ingen"
    empty = [(r, c) for r in range(table.rowCount()) for c in range(table.columnCount()) if not table.item(r, c).text()]
    assert empty
    cells = QAccessible.queryAccessibleInterface(table)
    names = [cells.child(i).text(QAccessible.Text.Name) for i in range(cells.childCount())]
    assert "" not in names[1:]  # the first is the table's corner, which has no column of its own
    assert names.count("ingen") == len(empty)


def test_the_glossary_explanation_is_read(make_window, qtbot) -> None:
    window = make_window("nb")
    with announcements() as heard:
        window.chapter_tabs[0].view.anchorClicked.emit(QUrl("glossary:modic"))
    dialog = window.glossary_dialog()
    explanation = dialog.text.toPlainText()
    assert "modic" in explanation.casefold()
    assert dialog.text.accessibleDescription() == explanation  # read when the explanation takes focus
    assert heard == [" ".join(explanation.split())]
    dialog.terms.setFocus()
    qtbot.keyClick(dialog.terms, Qt.Key.Key_Down)
    assert dialog.text.accessibleDescription() == dialog.text.toPlainText() != explanation
    dialog.close()


def test_the_start_screen_reads_its_answer_first_and_tabs_in_visual_order(make_window, qtbot) -> None:
    with announcements() as heard:
        window = make_window("en", start=True)
        activate(qtbot, window)
        window.show_chapter("results")
        window.show_start()  # back again: the answer is not said a second time
    start = window.start
    assert start.answer.accessibleName().startswith(start.answer_heading.text())
    assert start.answer.text() in start.answer.accessibleName()  # the answer itself, with its heading
    assert heard == [" ".join(start.answer.accessibleName().split())]  # once, as the window opens
    window.show_start()
    card = QApplication.focusWidget()
    assert card in start.cards
    # for a screen reader that ignores announcements (Orca 43), the answer leads the first card's description
    own = card.question.text() + " " + card.sentence.text()
    assert card.accessibleDescription() == start.answer.accessibleName() + " " + own
    qtbot.keyClick(card, Qt.Key.Key_Tab)  # on from the card: its own words only, and every other card's
    assert QApplication.focusWidget() is not card
    qtbot.waitUntil(lambda: card.accessibleDescription() == own)  # once the focus has moved on
    assert not [c for c in start.cards if start.answer.text() in c.accessibleDescription()]
    start.answer.setFocus()
    order = [start.answer]
    for _ in range(len(start.cards) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [start.answer, start.explain_button, start.present_button, start.print_button, start.patient_radio]
    assert order[:5] == expected  # from the top down, as the page shows them
    assert order[5 : 5 + len(start.cards)] == start.cards  # the clinicians' choice is an arrow key away
    for card in start.cards:
        assert role(card) == QAccessible.Role.Button  # something to press, not a panel
        assert name(card).startswith("Chapter ")


def tab_stops_after(first) -> list:
    """The widgets Tab visits after `first` until it comes round, in Qt's focus chain (as Tab walks it)."""
    stops, widget = [], first.nextInFocusChain()
    while widget is not first:
        tabbed = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if tabbed and widget.isVisible() and widget.isEnabled() and widget.window() is first.window():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_no_unnamed_tab_stop_before_the_comparison_charts(make_window, qtbot) -> None:
    window = make_window("en")
    activate(qtbot, window)
    window.state.set_audience("clinician")  # every page and chart
    tab = window.chapter_tabs[CHAPTERS.index("comparison")]
    window.show_chapter("comparison")
    for area in (tab.side_page, tab.charts_page):  # they follow the focus inside instead of taking it
        assert not area.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    stops = tab_stops_after(tab.switch)
    assert tab.view in stops
    assert not [w for w in stops if isinstance(w, QScrollArea)]


def tab_list(bar) -> tuple[str, list[str]]:
    """A tab bar as a screen reader meets it: its name, and the names of the page tabs it offers."""
    bar_interface = QAccessible.queryAccessibleInterface(bar)
    assert bar_interface.role() == QAccessible.Role.PageTabList
    tabs = [bar_interface.child(i) for i in range(bar_interface.childCount())]
    shown = [t for t in tabs if t.role() == QAccessible.Role.PageTab]  # all it counts ("2 of 3")
    assert all(bar_interface.indexOfChild(t) == i for i, t in enumerate(shown))
    if bar.isVisible():
        assert not [t for t in shown if t.state().invisible]
    return bar_interface.text(QAccessible.Text.Name), [t.text(QAccessible.Text.Name) for t in shown]


def test_tab_bars_are_named_after_their_purpose_in_either_language(make_window, qtbot) -> None:
    window = make_window("nb")
    window.show_chapter("results")
    results = window.chapter_tabs[CHAPTERS.index("results")]
    comparison = window.chapter_tabs[CHAPTERS.index("comparison")]
    bars = (window.tabs.tabBar(), results.switch, comparison.switch)
    assert [tab_list(bar)[0] for bar in bars] == ["Kapitler", "Sider i resultatene", "Sider i sammenligningen"]
    chapters = tab_list(window.tabs.tabBar())[1]
    assert chapters == [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    window.toggle_language()  # live: the names follow
    names = ["Chapters", "Pages in the results", "Pages in the comparison"]
    qtbot.waitUntil(lambda: [tab_list(bar)[0] for bar in bars] == names)
    bar = QAccessible.queryAccessibleInterface(results.switch)
    current = bar.child(results.switch.currentIndex())
    assert current.state().selected
    assert current.text(QAccessible.Text.Name) == "The result"
    assert bar.text(QAccessible.Text.Description) == "The result"  # read with the bar's name as it takes focus
    assert (
        QAccessible.queryAccessibleInterface(comparison.switch)
        .text(QAccessible.Text.Description)
        .startswith("Side by side. The table and")
    )


def test_pages_hidden_on_the_patient_path_are_not_offered_to_a_screen_reader(make_window, qtbot) -> None:
    window = make_window("en")
    activate(qtbot, window)
    results = window.chapter_tabs[CHAPTERS.index("results")]
    comparison = window.chapter_tabs[CHAPTERS.index("comparison")]
    for bar in (results.switch, comparison.switch):  # a screen reader counts what the eye sees
        window.show_chapter(bar.parent().chapter)
        seen = [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
        assert tab_list(bar)[1] == seen
    assert "If the study were run again" not in tab_list(results.switch)[1]
    assert tab_list(comparison.switch)[1] == ["Side by side", "Later evidence"]
    window.state.set_audience("clinician")
    assert tab_list(results.switch)[1][-1] == "If the study were run again"
    assert tab_list(comparison.switch)[1] == ["Side by side", "Charts", "Later evidence"]
    # the reader's page stays the one chosen as the tabs come and go
    window.show_chapter("comparison")
    later = comparison.switch.tabRect(comparison.switch.tab_of(2)).center()
    qtbot.mouseClick(comparison.switch, Qt.MouseButton.LeftButton, pos=later)
    assert comparison.pages.currentIndex() == 2
    window.state.set_audience("patient")
    assert comparison.pages.currentIndex() == 2
    assert comparison.switch.tabText(comparison.switch.currentIndex()) == "Later evidence"
    qtbot.mouseClick(comparison.switch, Qt.MouseButton.LeftButton, pos=comparison.switch.tabRect(0).center())
    assert comparison.pages.currentIndex() == 0


def test_h_moves_by_heading_and_a_heading_is_described_with_its_level(make_window, qtbot) -> None:
    for lang, words in (("nb", "overskrift nivå"), ("en", "heading level")):
        window = make_window(lang)
        activate(qtbot, window)
        window.show_chapter("results")
        view = window.chapter_tabs[CHAPTERS.index("results")].view
        own = view.accessibleDescription()
        text = QAccessible.queryAccessibleInterface(view).textInterface()
        headings = [line for line in view.document().toMarkdown().splitlines() if line.startswith("#")]
        assert len(headings) >= 4  # the patient path: the title and three sections
        view.setFocus()
        view.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert view.accessibleDescription() == f"{words} 1"  # the chapter's title opens the text, read as a line
        with announcements() as heard:
            for heading in headings[1:]:
                qtbot.keyClick(view, Qt.Key.Key_H)
                level = len(heading.split(" ")[0])
                block = view.textCursor().block()
                assert block.text().strip() == heading.split(" ", 1)[1].strip()
                # H is no key a screen reader reads the line after: the heading's words come with its level
                assert view.accessibleDescription() == f"{block.text().strip()}, {words} {level}"
                assert text.cursorPosition() == block.position()  # the screen reader reads the line there
            assert len(heard) == len(headings) - 1
            assert heard[0] == f"{headings[1].split(' ', 1)[1].strip()}, {words} 2"
            last = view.textCursor().position()
            qtbot.keyClick(view, Qt.Key.Key_H)  # past the last heading: the caret stays
            assert view.textCursor().position() == last
            qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
            assert view.textCursor().block().text().strip() == headings[-2].split(" ", 1)[1].strip()
        qtbot.keyClick(view, Qt.Key.Key_Down)  # a line of text: its own description again
        assert view.accessibleDescription() == own
        window.close()


def test_the_answer_is_read_when_the_data_arrives_after_the_first_paint(make_window, qtbot, study_data) -> None:
    window = make_window("nb", loaded=False, start=True)  # as the application opens: the data comes after
    activate(qtbot, window)
    window.show_start()
    card = QApplication.focusWidget()
    own = card.accessibleDescription()
    with announcements() as heard:
        window.state.set_data(study_data)
    answer = window.start.answer.accessibleName()
    assert heard == [" ".join(answer.split())]
    assert card.accessibleDescription().startswith(answer)  # a change of the focused card's words: Orca reads it
    assert card.accessibleDescription() != own
    others = [c for c in window.start.cards if c is not card and answer in c.accessibleDescription()]
    assert others == []  # a card the focus reaches later says its own words, once


IMPORTED_FIRST = """
from aim_explainer.ui.main_window import MainWindow  # imported before the application exists, as tests collect
from aim_explainer.ui.tabs.results_tab import ResultsTab
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabBar
app = QApplication([])
from aim_explainer.ui.tabs.page_switch import PageSwitch
holder = QTabBar()
bar = PageSwitch(holder, "pages", ["One", "Two"])
bar.setAccessibleName("Pages")
print(QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Name))
"""


def test_tab_bars_are_named_when_the_modules_load_before_the_application() -> None:
    # Qt asks the factory installed last first, and QApplication installs its own as it starts
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", IMPORTED_FIRST], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "Pages"
