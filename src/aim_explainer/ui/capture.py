"""Everything the window shows, written to files: PNG screenshots and plain text, per language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.languages import CODES
from aim_explainer.ui.main_window import MainWindow


def _each_chapter(window: MainWindow) -> Iterator[tuple[str, str]]:
    """Visit every chapter in every language, leaving the window as it was found."""
    start_language, start_chapter = window.state.language, window.current_chapter()
    try:
        for lang in CODES:
            window.set_language(lang)
            for chapter in CHAPTERS:
                window.show_chapter(chapter)
                QApplication.processEvents()  # deliver LanguageChange and lay out before reading
                yield lang, chapter
    finally:
        window.set_language(start_language)
        window.show_chapter(start_chapter)
        QApplication.processEvents()


def write_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    written = []
    for lang, chapter in _each_chapter(window):
        path = folder / lang / f"{chapter}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def write_text(window: MainWindow, folder: Path) -> list[Path]:
    written = []
    for lang, chapter in _each_chapter(window):
        path = folder / lang / f"{chapter}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        path.write_text(tab.plain_text() + "\n", encoding="utf-8")
        written.append(path)
    return written
