"""Easy ways on and back: quiet number links, the card at each chapter's end, places kept, and Back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor

from aim_explainer.core.content import CHAPTERS


def _anchor_point(view, href_start: str) -> QPoint:
    """Scroll the first link whose address starts with `href_start` into view; its middle, in the viewport."""
    document = view.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith(href_start):
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href_start}")


def _fragments(view, href_start: str) -> list:
    found = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().anchorHref().startswith(href_start):
                found.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    return found


def test_numbers_are_quiet_links_in_the_text_colour(make_window) -> None:
    window = make_window("en")
    view = window.chapter_tabs[2].view
    numbers = _fragments(view, "source:")
    assert numbers, "the results chapter has numbers"
    text = view.palette().color(QPalette.ColorRole.Text)
    for fmt in numbers:
        assert fmt.isAnchor()
        assert fmt.foreground().color() == text
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    terms = _fragments(view, "glossary:")
    assert terms
    assert all(f.foreground().color() != text for f in terms)


def _selected_href(view) -> str:
    selected = view.textCursor()
    if not selected.hasSelection():
        return ""
    probe = QTextCursor(view.document())
    probe.setPosition(selected.selectionStart() + 1)
    return probe.charFormat().anchorHref()


def test_a_number_is_still_reached_by_tab_and_opens_its_source(make_window, qtbot) -> None:
    window = make_window("en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.chapter_tabs[2].view
    view.setFocus()
    for _ in range(80):  # Tab goes from link to link, numbers included
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if _selected_href(view).startswith("source:"):
            break
    href = _selected_href(view)
    assert href.startswith("source:")
    with qtbot.waitSignal(window.chapter_tabs[2].source_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [href.removeprefix("source:").split()[0]]


def test_every_chapter_ends_on_a_card_to_the_next_and_the_last_to_the_start(make_window, qtbot) -> None:
    window = make_window("en")
    for index, chapter in enumerate(CHAPTERS):
        window.show_chapter(chapter)
        view = window.chapter_tabs[index].view
        last = index + 1 == len(CHAPTERS)
        expected = "Back to the start screen" if last else f"Next: {window.chapter_tabs[index + 1].title()}"
        assert view.toPlainText().rstrip().endswith(expected + " \u2192"), chapter
        assert expected not in window.chapter_tabs[index].plain_text()  # the export leaves the card out
        point = _anchor_point(view, "chapter:")
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        if last:
            assert window.on_start_screen()
        else:
            assert window.current_chapter() == CHAPTERS[index + 1]
            assert not window.on_start_screen()


def test_each_chapter_keeps_its_page_and_scroll_position(make_window, qtbot) -> None:
    window = make_window("en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_chapter("background")
    background = window.chapter_tabs[0].view
    bar = background.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.show_chapter("comparison")
    comparison = window.chapter_tabs[3]
    later = comparison.switch.tabRect(comparison.switch.tab_of(2)).center()
    qtbot.mouseClick(comparison.switch, Qt.MouseButton.LeftButton, pos=later)  # the later evidence
    assert comparison.pages.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_chapter() == "background"
    assert bar.value() == kept
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_chapter() == "comparison"
    assert comparison.pages.currentIndex() == 2


def test_back_returns_from_the_sources_to_the_place_the_link_was_followed(make_window, qtbot) -> None:
    window = make_window("en")
    assert not window.back_action.isEnabled()
    window.show_chapter("results")
    view = window.chapter_tabs[2].view
    point = _anchor_point(view, "source:")
    scroll = view.verticalScrollBar().value()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    sources = window._sources
    assert sources is not None
    assert sources.isVisible()
    window.show_chapter("method")  # wandering off meanwhile
    sources.activateWindow()
    qtbot.waitUntil(sources.isActiveWindow)
    qtbot.keyClick(sources, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not sources.isVisible()
    assert window.current_chapter() == "results"
    assert view.verticalScrollBar().value() == scroll
    assert not window.back_action.isEnabled()


def test_back_from_the_glossary_is_in_the_menu(make_window, qtbot) -> None:
    window = make_window("en")
    window.show_chapter("background")
    view = window.chapter_tabs[0].view
    point = _anchor_point(view, "glossary:")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window._glossary is not None
    assert window._glossary.isVisible()
    window.show_chapter("conclusion")
    assert window.back_action in window.view_menu.actions()
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert not window._glossary.isVisible()
    assert window.current_chapter() == "background"
