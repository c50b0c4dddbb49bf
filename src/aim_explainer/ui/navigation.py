"""Ways on and back: the chapter-end cards, and Back after a link led into Sources or the glossary.

A reader who follows a number to its source, or a term to the glossary, should get back to the very place
they left with one key (Alt+Left, as in a web browser): the same chapter, page, scroll position and focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from aim_explainer.core.content import CHAPTERS

if TYPE_CHECKING:
    from aim_explainer.ui.main_window import MainWindow
    from aim_explainer.ui.tabs.chapter_tab import ChapterTab

START = "start"  # the chapter-end card of the last chapter leads here


@dataclass(frozen=True)
class Place:
    chapter: str  # a chapter id, or START
    page: int  # the chapter's sub-page (0 where it has none)
    scroll: int  # of the reading view in front
    focus: QWidget | None


class Navigation:
    """Connects the chapters' links to the window and remembers where the reader was."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.places: list[Place] = []

    def connect_tab(self, tab: ChapterTab) -> None:
        tab.source_requested.connect(self.follow_source)
        tab.glossary_requested.connect(self.follow_term)
        tab.chapter_requested.connect(self.go_to)

    def go_to(self, chapter: str) -> None:
        if chapter == START:
            self.window.show_start()
        elif chapter in CHAPTERS:
            self.window.show_chapter(chapter)

    def follow_source(self, key: str) -> None:
        self.remember()
        self.window.show_source(key)

    def follow_term(self, term_id: str) -> None:
        self.remember()
        self.window.show_glossary(term_id)

    def remember(self) -> None:
        window = self.window
        if window.on_start_screen():
            place = Place(START, 0, 0, window.focusWidget())
        else:
            tab = window.chapter_tabs[window.tabs.currentIndex()]
            view = self._reading_view(tab)
            scroll = view.verticalScrollBar().value() if view is not None else 0
            page = tab.pages.currentIndex() if hasattr(tab, "pages") else 0
            place = Place(tab.chapter, page, scroll, window.focusWidget())
        self.places.append(place)
        window.back_action.setEnabled(True)

    def back(self) -> None:
        """Close what the link opened and return to the place it was followed from."""
        window = self.window
        for dialog in (window._sources, window._glossary):
            if dialog is not None and dialog.isVisible():
                dialog.hide()
        if not self.places:
            return
        place = self.places.pop()
        window.back_action.setEnabled(bool(self.places))
        window.activateWindow()
        if place.chapter == START:
            window.show_start()
        else:
            window.show_chapter(place.chapter)
            tab = window.chapter_tabs[CHAPTERS.index(place.chapter)]
            if hasattr(tab, "show_page"):
                tab.show_page(place.page)
            view = self._reading_view(tab)
            if view is not None:
                view.verticalScrollBar().setValue(place.scroll)
        if place.focus is not None and place.focus.isVisible():
            place.focus.setFocus()

    @staticmethod
    def _reading_view(tab: ChapterTab) -> QAbstractScrollArea | None:
        """The scrolling view of the page in front: the chapter text, or a page of its own that scrolls."""
        if hasattr(tab, "pages"):
            page = tab.pages.currentWidget()
            if isinstance(page, QAbstractScrollArea):
                return page
        return tab.view
