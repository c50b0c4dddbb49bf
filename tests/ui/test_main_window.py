"""The main window: chapters in both languages, the live switch, keyboard, settings, accessibility."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QTextBrowser

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.settings import load_settings

TAB_TITLES = {
    "nb": ["Bakgrunn", "Metode", "Resultater", "Sammenligning", "Konklusjon"],
    "en": ["Background", "Method", "Results", "Comparison", "Conclusion"],
}


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i).split(" ", 1)[1] for i in range(window.tabs.count())]


def test_every_chapter_opens_in_both_languages(make_window, qtbot) -> None:
    for lang in ("nb", "en"):
        window = make_window(lang)
        assert tab_titles(window) == TAB_TITLES[lang]
        for index, tab in enumerate(window.chapter_tabs):
            window.tabs.setCurrentIndex(index)
            assert tab.isVisible()
            text = tab.plain_text()
            assert len(text.split()) > 150, f"{lang}/{tab.chapter} looks empty"
            assert "{" not in text, f"an unfilled placeholder in {lang}/{tab.chapter}"


def test_live_switch_retranslates_every_tab_and_keeps_place(make_window, qtbot) -> None:
    window = make_window("nb")
    window.show_chapter("results")
    results = window.chapter_tabs[CHAPTERS.index("results")]
    results.ensure_charts()  # built after the first paint, as the chart takes its place beside the text
    qtbot.waitUntil(lambda: results.view.verticalScrollBar().maximum() > 0)
    QApplication.processEvents()
    bar = results.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    fraction = bar.value() / bar.maximum()
    before = {tab.chapter: tab.plain_text() for tab in window.chapter_tabs}

    window.toggle_language()
    qtbot.waitUntil(lambda: tab_titles(window) == TAB_TITLES["en"])
    qtbot.waitUntil(lambda: all(tab.plain_text() != before[tab.chapter] for tab in window.chapter_tabs))
    assert window.current_chapter() == "results"
    assert abs(bar.value() / bar.maximum() - fraction) < 0.05
    assert window.windowTitle() == "The AIM trial explained"
    assert window.toggle_language_action.text() == "Switch to Norsk bokmål"

    window.toggle_language()
    qtbot.waitUntil(lambda: tab_titles(window) == TAB_TITLES["nb"])
    qtbot.waitUntil(lambda: all(tab.plain_text() == before[tab.chapter] for tab in window.chapter_tabs))
    assert window.windowTitle() == "AIM-studien forklart"


def test_keyboard_moves_between_chapters(make_window, qtbot) -> None:
    window = make_window("en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in range(1, len(CHAPTERS) + 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # wraps from the last to the first
    qtbot.keyClick(window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == len(CHAPTERS) - 1
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab_titles(window) == TAB_TITLES["nb"])


def test_interactive_widgets_have_accessible_names(make_window) -> None:
    for lang in ("nb", "en"):
        window = make_window(lang)
        QApplication.processEvents()
        widgets = window.findChildren(QAbstractButton) + window.findChildren(QTextBrowser)
        widgets += window.findChildren(QTabBar)
        unnamed = [
            w
            for w in widgets
            if w.isVisibleTo(window)
            and not (w.accessibleName() or w.text() if isinstance(w, QAbstractButton) else w.accessibleName())
        ]
        assert unnamed == [], [w.objectName() or type(w).__name__ for w in unnamed]
        assert window.tabs.accessibleDescription()
        for tab in window.chapter_tabs:
            assert tab.view.accessibleName() == tab.title()
            assert tab.view.accessibleDescription()


def test_settings_are_remembered(make_window, tmp_path) -> None:
    path = tmp_path / "settings.json"
    window = make_window("en", settings_path=path)
    window.show_chapter("comparison")
    window.set_text_scale(1.5)
    window.resize(760, 560)  # inside the offscreen screen, which restoreGeometry respects
    window.close()
    settings, notes = load_settings(path)
    assert notes == []
    assert (settings.language, settings.chapter, settings.text_scale) == ("en", "comparison", 1.5)

    again = make_window(settings.language, settings_path=path)
    again.apply_settings(settings)
    assert again.current_chapter() == "comparison"
    assert again.state.text_scale == 1.5
    assert (again.width(), again.height()) == (760, 560)


def test_text_reflows_when_small_and_at_double_size(make_window, qtbot) -> None:
    window = make_window("nb")
    window.resize(1024, 768)
    window.set_text_scale(2.0)
    QApplication.processEvents()
    for index, tab in enumerate(window.chapter_tabs):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        view = tab.view
        assert view.font().pointSizeF() == 22  # twice the normal 11 pt, really applied to the text
        assert view.document().defaultFont().pointSizeF() == 22
        assert view.horizontalScrollBar().maximum() == 0, f"{tab.chapter} scrolls sideways"
        assert view.document().size().width() <= view.viewport().width() + 1
    # the tab bar stays usable: every tab can still be reached (scroll buttons when needed)
    bar = window.tabs.tabBar()
    assert bar.tabAt(QPoint(5, 5)) >= 0


def test_a_refused_data_file_is_explained_in_the_window(make_window) -> None:
    window = make_window("en", data_warning="bad.csv, line 7, field 'value': 'x' is not a number")
    assert window.banner.isVisible()
    assert "line 7, field 'value'" in window.banner.label.text()
    assert "built-in study data" in window.banner.label.text()
    plain = make_window("en")
    assert not plain.banner.isVisible()


def test_the_window_paints_before_the_data_and_fills_in_when_it_arrives(make_window, study_data) -> None:
    window = make_window("en", loaded=False)  # as at start-up, before pandas has read the file
    for tab in window.chapter_tabs:
        assert "Loading the study data" in tab.plain_text()
    assert not window.sources_action.isEnabled()
    window.state.set_data(study_data)
    assert window.sources_action.isEnabled()
    for tab in window.chapter_tabs:
        assert "Loading" not in tab.plain_text()
        assert len(tab.plain_text().split()) > 150


def test_every_control_has_a_name_and_a_target_of_24_px(make_window, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QGraphicsView, QSlider

    for lang in ("nb", "en"):
        window = make_window(lang)
        window.show_chapter("results")
        results = window.chapter_tabs[CHAPTERS.index("results")]
        results.ensure_charts()
        for page in range(5):
            results.show_page(page)
            QApplication.processEvents()
            kinds = (QAbstractButton, QComboBox, QSlider, QTabBar, QGraphicsView, QTextBrowser)
            controls = [w for kind in kinds for w in window.findChildren(kind) if w.isVisible()]
            assert controls
            for control in controls:
                name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
                assert name.strip(), f"{lang}, page {page}: {type(control).__name__} {control.objectName()!r}"
                if isinstance(control, QAbstractButton | QComboBox | QSlider):
                    assert control.width() >= 24, control.objectName()
                    assert control.height() >= 24, control.objectName()


def test_high_contrast_theme_is_remembered(make_window, tmp_path) -> None:
    from aim_explainer.ui import style

    path = tmp_path / "settings.json"
    window = make_window("en", settings_path=path)
    window.contrast_action.trigger()
    assert window.state.theme == "high_contrast"
    assert style.applied_look(QApplication.instance()) == ("high_contrast", 1.0)
    assert "#000000" in QApplication.instance().styleSheet()
    window.close()
    settings, _notes = load_settings(path)
    assert settings.theme == "high_contrast"


def test_a_short_window_gives_the_toolbar_the_status_bar_and_the_tabs_padding_to_the_chapter(
    make_window, qtbot
) -> None:
    """At 200 % scaling a 1280×800 screen leaves a window 360 px tall: the toolbar (its buttons are all in the
    menus) and an empty status bar took 68 px of the Results chart's pane."""
    window = make_window("nb")
    window.show_chapter("results")
    assert window.toolbar.isVisible()
    assert window.statusBar().isVisible()
    bars = window.toolbar.height() + window.statusBar().height()
    chrome = window.height() - window.screens.height()
    tabs = window.tabs.tabBar().height()
    window.resize(576, 360)
    qtbot.waitUntil(lambda: not window.toolbar.isVisible())
    assert not window.statusBar().isVisible()
    # their height went to the chapter, once the window has laid itself out again
    qtbot.waitUntil(lambda: window.height() - window.screens.height() == chrome - bars)
    qtbot.waitUntil(lambda: window.tabs.tabBar().height() < tabs - 8)  # the chapters' tabs lose their padding
    assert window.tabs.tabBar().height() >= 24  # a target still
    window.copy_link("https://example.org")  # a message brings the status bar back while it shows
    assert window.statusBar().isVisible()
    window.statusBar().clearMessage()
    assert not window.statusBar().isVisible()
    window.resize(1152, 720)
    qtbot.waitUntil(window.toolbar.isVisible)
    assert window.statusBar().isVisible()
    qtbot.waitUntil(lambda: window.tabs.tabBar().height() == tabs)
