"""Nothing piles up in a long session: language switches and presentations leave no objects behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from aim_explainer.ui.presentation import AudienceView, PresentationSession


def _delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_language_switches_reuse_their_translators(make_window) -> None:
    window = make_window("nb")
    manager = window.state.languages
    for _ in range(4):
        window.toggle_language()
    _delete_later_now()
    settled = len(manager.findChildren(QTranslator))
    for _ in range(40):
        window.toggle_language()
    _delete_later_now()
    assert len(manager.findChildren(QTranslator)) == settled
    assert window.state.language == "nb"


def test_presentations_leave_no_session_or_view_behind(make_window, qtbot) -> None:
    window = make_window("nb")
    for _ in range(5):
        running = window.start_presentation(full_screen=False)
        qtbot.waitExposed(running.audience)
        running.end()
        _delete_later_now()
    assert window.findChildren(PresentationSession) == []
    assert window.presentation is None
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, AudienceView)] == []
    # a language switch calls into no ended presentation (it did, and grew slower with each)
    window.toggle_language()
    assert window.state.language == "en"


def test_numbers_keep_the_language_s_decimal_mark_through_switches_and_reloads(make_window, study_data) -> None:
    # Seen once after a long session: Norwegian text with English decimal points. Switch the language
    # while the data is set again (a rebuild), many times, and read every chapter in both languages.
    import re

    from aim_explainer.core.content import CHAPTERS

    window = make_window("nb")
    window.state.languages.language_changed.connect(lambda _code: window.state.set_data(study_data))
    for _ in range(10):
        window.toggle_language()
        window.state.set_data(study_data)
    for lang, wrong in (("nb", r"\d\.\d"), ("en", r"\d,\d")):
        window.set_language(lang)
        for chapter in CHAPTERS:
            window.show_chapter(chapter)
            text = window.chapter_tabs[CHAPTERS.index(chapter)].plain_text()
            shown = re.sub(r"https?://\S+|doi:\S+|\b\d+,\d{3}\b", " ", text)  # addresses; English thousands
            assert not re.search(wrong, shown), (lang, chapter, re.search(rf".{{30}}{wrong}.{{30}}", shown))
