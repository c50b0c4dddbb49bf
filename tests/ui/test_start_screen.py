"""The start screen and the two paths, used as a person does: clicks, keys, the View menu, and the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.formatting import format_number
from aim_explainer.core.settings import Settings, load_settings
from aim_explainer.core.values import study_value


def test_the_window_opens_on_the_start_screen_with_the_answer_from_the_data(make_window, qtbot, study_data) -> None:
    window = make_window("nb", start=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.apply_settings(Settings(chapter="method"))  # as the application starts: the start screen first
    assert window.on_start_screen()
    answer = window.start.answer.text()
    for key in ("effect_total", "aim_mcid", "ae_drug_amox"):
        assert format_number(study_value(study_data, key).value, "nb") in answer, key
    assert [card.chapter for card in window.start.cards] == list(CHAPTERS)
    qtbot.waitUntil(window.start.cards[CHAPTERS.index("method")].hasFocus)  # the keyboard starts where the reader was


def test_a_click_on_a_chapter_card_opens_it_and_home_comes_back(make_window, qtbot) -> None:
    window = make_window("en", start=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = window.start.cards[CHAPTERS.index("results")]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert not window.on_start_screen()
    assert window.current_chapter() == "results"
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.on_start_screen()
    assert window.home_action in window.toolbar.actions()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_on_a_focused_card_opens_its_chapter(make_window, qtbot, key) -> None:
    window = make_window("en", start=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = window.start.cards[CHAPTERS.index("comparison")]
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, key)
    assert window.current_chapter() == "comparison"
    assert not window.on_start_screen()


def test_the_three_main_actions(make_window, qtbot, monkeypatch) -> None:
    window = make_window("en", start=True)
    window.state.set_audience("clinician")
    qtbot.mouseClick(window.start.explain_button, Qt.MouseButton.LeftButton)
    assert window.state.audience == "patient"  # explaining to a patient: the patient path, from the start
    assert window.current_chapter() == CHAPTERS[0]
    assert not window.on_start_screen()

    printed: list[object] = []
    monkeypatch.setattr("aim_explainer.ui.handout_dialog.print_handout", lambda *args: printed.append(args))
    window.show_start()
    qtbot.mouseClick(window.start.print_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1

    qtbot.mouseClick(window.start.present_button, Qt.MouseButton.LeftButton)
    session = window.presentation
    assert session is not None  # the presentation started
    session.end()
    QApplication.processEvents()
    assert window.presentation is None


def test_the_path_switches_live_from_the_start_screen_and_the_menu_and_is_remembered(make_window, qtbot) -> None:
    window = make_window("en", start=True)
    background = window.chapter_tabs[0]
    results = window.chapter_tabs[CHAPTERS.index("results")]
    short = background.plain_text()
    results.ensure_charts()
    assert results.main_chart().chart_id == "effect-planned"
    assert "rerun" not in results.PAGE_IDS

    qtbot.mouseClick(window.start.clinician_radio, Qt.MouseButton.LeftButton)
    assert window.state.audience == "clinician"
    assert window.clinician_action.isChecked()  # the View menu agrees
    assert len(background.plain_text()) > 2 * len(short)  # the details are back
    assert results.main_chart().chart_id == "effect"  # with the exploratory subgroups
    assert "rerun" in results.PAGE_IDS
    assert window.current_settings().audience == "clinician"

    window.clinician_action.trigger()  # the View menu switches back
    assert window.state.audience == "patient"
    assert window.start.patient_radio.isChecked()
    assert background.plain_text() == short


def test_the_path_is_saved_on_close_and_restored(make_window, tmp_path) -> None:
    path = tmp_path / "settings.json"
    window = make_window("en", settings_path=path)
    window.state.set_audience("clinician")
    window.close()
    assert load_settings(path)[0].audience == "clinician"
    again = make_window("en", settings_path=path)
    again.apply_settings(load_settings(path)[0])
    assert again.state.audience == "clinician"
    assert again.start.clinician_radio.isChecked()
