"""The contract every chapter tab keeps: render its text, retranslate live, keep the reader's place.

A tab renders its text only once it is whole: ChapterTab's constructor builds, and the concrete tab's constructor
ends with `self.retranslate()` (PlainChapterTab does so for the chapters that are text and a picture only), so that
no override runs on a half-built tab."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from aim_explainer.core.content import CHAPTERS
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.base import Picture
from aim_explainer.plots.pictures.catalogue import make_picture
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.content_view import ContentView
from aim_explainer.ui.reading_aids import NextCard
from aim_explainer.ui.tabs.titles import chapter_title


class ChapterTab(QWidget):
    chapter = ""  # set by each subclass: one of core.content.CHAPTERS
    picture_id = ""  # the chapter's drawn picture, if it has one

    source_requested = Signal(str)
    glossary_requested = Signal(str)
    external_link = Signal(str)
    chapter_requested = Signal(str)  # a chapter id, or "start": the card at the end of the chapter

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"chapter_{self.chapter}")
        self.view = ContentView(self)
        self.view.setObjectName(f"content_{self.chapter}")
        self.view.source_requested.connect(self.source_requested)
        self.view.glossary_requested.connect(self.glossary_requested)
        self.view.external_link.connect(self.external_link)
        self.view.chapter_requested.connect(self.chapter_requested)
        self.column = layout = QVBoxLayout(self)  # a tab with pages puts them here, around or instead of the text
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._rendered: tuple = ("", False, "")  # (language, with data, audience)
        state.data_changed.connect(self.refresh)
        state.audience_changed.connect(self.refresh)

    def title(self) -> str:
        return chapter_title(self.chapter)

    def next_card(self) -> NextCard:
        """The card that closes the chapter: on to the next one, or from the last back to the start screen."""
        index = CHAPTERS.index(self.chapter) + 1
        if index < len(CHAPTERS):
            words = translate("ChapterTab", "Next: {chapter}").format(chapter=chapter_title(CHAPTERS[index]))
            return NextCard(f"chapter:{CHAPTERS[index]}", words)
        return NextCard("chapter:start", translate("ChapterTab", "Back to the start screen"))

    def picture(self) -> Picture | None:
        """The chapter's picture (`picture_id`, from plots/pictures/catalogue.py, the list the slides name theirs
        from), drawn from the data and shown before its paragraphs; None: no picture."""
        if not self.picture_id or self.state.data is None:
            return None
        return make_picture(self.picture_id, self.state.data, self.state.language)

    def refresh(self) -> None:
        """Render again, for new data or the other audience."""
        self._rendered = ("", False, "")
        self.retranslate()

    def retranslate(self) -> None:
        wanted = (self.state.language, self.state.data is not None, self.state.audience)
        if self._rendered == wanted:
            return  # Qt may deliver LanguageChange more than once
        markdown = self.state.chapter_markdown(self.chapter)
        if markdown is None:
            markdown = "# " + self.title() + "\n\n" + translate("ChapterTab", "Loading the study data…")
        loaded = self.state.data is not None
        with self.view.keeping_place():
            self.view.set_markdown(markdown, self.picture() if loaded else None, self.next_card() if loaded else None)
        self._rendered = wanted
        self.view.setAccessibleName(self.title())
        self.setAccessibleName(self.title())  # the page too: a screen reader walking the tree meets it first
        self.view.set_description(
            translate(
                "ChapterTab",
                "Chapter text. Numbers and underlined terms are links: press Tab to reach "
                "them and Enter to see the source or the explanation.",
            )
        )

    def plain_text(self) -> str:
        """The text exactly as the screen shows it."""
        return self.view.plain_text()

    def show_each_page(self) -> Iterator[str]:
        """Show each page after the first in turn and yield its id (for screenshots); a chapter of text has
        none."""
        yield from ()

    def dispose(self) -> None:
        """The window is closing for good: a chapter with charts takes them apart; one of text has nothing to."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlainChapterTab(ChapterTab):
    """A chapter of text and a picture only: whole once ChapterTab has built it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.retranslate()
