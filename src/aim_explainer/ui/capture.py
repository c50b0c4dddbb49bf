"""Everything the window shows, written to files: PNG screenshots and plain text, per language and audience.

The patient path (the default) is written as DIR/<lang>/..., the clinician path as DIR/<lang>/clinician/...
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from aim_explainer.core import atomic_file
from aim_explainer.core.content import AUDIENCES, CHAPTERS, PATIENT
from aim_explainer.core.languages import CODES
from aim_explainer.plots.panel.export import write_png
from aim_explainer.plots.settle import settle
from aim_explainer.ui.main_window import MainWindow
from aim_explainer.ui.tabs.results_tab import ResultsTab


def _each_chapter(window: MainWindow, audiences: tuple[str, ...] = (PATIENT,)) -> Iterator[tuple[str, str, str]]:
    """Visit every chapter in every language for each audience, leaving the window as it was found; yields
    (language, chapter, folder) where folder is "<lang>" or "<lang>/<audience>" past the patient path."""
    state = window.state
    start_language, start_chapter, start_audience = state.language, window.current_chapter(), state.audience
    on_start = window.on_start_screen()
    try:
        for lang in CODES:
            window.set_language(lang)
            for audience in audiences:
                state.set_audience(audience)
                folder = lang if audience == PATIENT else f"{lang}/{audience}"
                for chapter in CHAPTERS:
                    window.show_chapter(chapter)
                    settle()  # deliver LanguageChange, lay out and let the charts take the height they need
                    yield lang, chapter, folder
    finally:
        window.set_language(start_language)
        state.set_audience(start_audience)
        window.show_chapter(start_chapter)
        if on_start:
            window.show_start()
        QApplication.processEvents()


def write_start_screens(window: MainWindow, folder: Path) -> list[Path]:
    """DIR/<lang>/start.png: the start screen, the first thing a user sees."""
    written = []
    start_language, on_start = window.state.language, window.on_start_screen()
    try:
        window.show_start()
        for lang in CODES:
            window.set_language(lang)
            settle()
            written.append(_save_grab(window, folder / lang / "start.png"))
    finally:
        window.set_language(start_language)
        if not on_start:
            window.show_chapter(window.current_chapter())
        QApplication.processEvents()
    return written


def _save_grab(window: QWidget, path: Path) -> Path:
    return write_png(window.grab(), path)  # Qt encodes, Python names and writes the file (core.atomic_file)


def write_screenshots(window: MainWindow, folder: Path, audiences: tuple[str, ...] = AUDIENCES) -> list[Path]:
    """DIR/<lang>/start.png; DIR/<lang>/<chapter>.png for every chapter, DIR/<lang>/picture-<id>.png for each
    chapter's picture, and DIR/<lang>/<chapter>-<page>.png for
    each further page of a chapter with pages (results-<chart>, comparison-charts, comparison-later); the same
    under DIR/<lang>/clinician/ for the clinician path."""
    written = write_start_screens(window, folder)
    for lang, chapter, where in _each_chapter(window, audiences):
        written.append(_save_grab(window, folder / where / f"{chapter}.png"))
        if where == lang:  # a chapter's picture is the same on both paths
            written += _save_picture(window, chapter, folder / lang)
        pages = window.chapter_tabs[CHAPTERS.index(chapter)].show_each_page()  # none in a chapter of text
        written += [_save_grab(window, folder / where / f"{chapter}-{page}.png") for page in pages]
    return written


def _save_picture(window: MainWindow, chapter: str, folder: Path) -> list[Path]:
    """DIR/<lang>/picture-<id>.png: the chapter's drawn picture on its own, as wide as the chapter shows it."""
    tab = window.chapter_tabs[CHAPTERS.index(chapter)]
    picture = tab.picture()
    if picture is None:
        return []
    path = folder / f"picture-{picture.picture_id}.png"
    return [write_png(picture.image(tab.view.picture_width(), tab.view.font(), tab.view.devicePixelRatioF()), path)]


def write_charts(window: MainWindow, folder: Path) -> list[Path]:
    """DIR/<lang>/<chart>.png and .svg for every Results chart, for people who build slides."""
    written = []
    for lang, chapter, _where in _each_chapter(window):
        if chapter != "results":
            continue
        # Type checker: the results chapter's tab is a ResultsTab (main_window.TAB_CLASSES).
        results: ResultsTab = window.chapter_tabs[CHAPTERS.index(chapter)]  # type: ignore[assignment]
        for chart in results.show_each_chart():
            for suffix in ("png", "svg"):
                written.append(chart.export(folder / lang / f"{chart.chart_id}.{suffix}"))
    return written


def write_text(window: MainWindow, folder: Path, audiences: tuple[str, ...] = AUDIENCES) -> list[Path]:
    """DIR/<lang>/<chapter>.txt, the patient path, and DIR/<lang>/clinician/<chapter>.txt, the whole text."""
    written = []
    for _lang, chapter, where in _each_chapter(window, audiences):
        tab = window.chapter_tabs[CHAPTERS.index(chapter)]
        written.append(atomic_file.write_text(folder / where / f"{chapter}.txt", tab.plain_text() + "\n"))
    return written


PRESENTATION_SIZES = ((1920, 1080), (1024, 768))


def write_presentation(window: MainWindow, folder: Path) -> list[Path]:
    """DIR/<width>x<height>/<lang>/<chapter>-<step>.png: every step of the presentation, both languages,
    at a full-HD and a small projector's size; and the presenter view of each chapter's first step."""
    from PySide6.QtCore import QSize

    from aim_explainer.ui.presentation import AudienceView, PresentationController, PresenterView
    from aim_explainer.ui.presentation.preview import StepPreview

    written = []
    start_language = window.state.language
    controller = PresentationController(window.state)
    preview = StepPreview(window.state, QSize(*PRESENTATION_SIZES[0]))
    audience, presenter = AudienceView(controller), PresenterView(controller, preview=preview)
    try:
        for width, height in PRESENTATION_SIZES:
            audience.resize(width, height)
            presenter.resize(width, height)
            audience.show()
            for lang in CODES:
                window.set_language(lang)
                QApplication.processEvents()
                for index, step in enumerate(controller.steps):
                    controller.go(index)
                    settle()
                    name = f"{width}x{height}/{lang}/{step.chapter}-{step.number:02d}.png"
                    written.append(_save_grab(audience, folder / name))
                    if step.number == 1 and width == PRESENTATION_SIZES[0][0]:
                        presenter.show()
                        QApplication.processEvents()
                        written.append(
                            _save_grab(presenter, folder / f"{width}x{height}/{lang}/presenter-{step.chapter}.png")
                        )
                        presenter.hide()
    finally:
        audience.dispose()
        audience.close()
        presenter.close()
        preview.dispose()
        controller.detach()
        window.set_language(start_language)
    return written
