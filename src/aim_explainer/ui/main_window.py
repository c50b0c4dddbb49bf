"""The main window: one tab per chapter, menus, the language switch and the reader's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QResizeEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from aim_explainer import paths
from aim_explainer.accessibility import PageStack
from aim_explainer.core.content import CHAPTERS, CLINICIAN, PATIENT
from aim_explainer.core.languages import CODES
from aim_explainer.core.palette import Theme
from aim_explainer.core.settings import TEXT_SCALE_MAX, TEXT_SCALE_MIN, Settings
from aim_explainer.i18n import translate
from aim_explainer.tab_bar_access import NamedTabBar
from aim_explainer.ui import style, window_geometry
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.application import application
from aim_explainer.ui.data_banner import DataBanner
from aim_explainer.ui.navigation import Navigation
from aim_explainer.ui.start_screen import StartScreen
from aim_explainer.ui.tabs.background_tab import BackgroundTab
from aim_explainer.ui.tabs.chapter_tab import ChapterTab
from aim_explainer.ui.tabs.comparison_tab import ComparisonTab
from aim_explainer.ui.tabs.conclusion_tab import ConclusionTab
from aim_explainer.ui.tabs.method_tab import MethodTab
from aim_explainer.ui.tabs.results_tab import ResultsTab
from aim_explainer.ui.window_actions import WindowActions

if TYPE_CHECKING:  # the dialogs are imported when first opened: nothing of them is needed at start-up
    from aim_explainer.ui.glossary_dialog import GlossaryDialog
    from aim_explainer.ui.presentation.session import PresentationSession
    from aim_explainer.ui.sources_dialog import SourcesDialog

# Shorter than this (logical px: a 1280×800 screen at 200 % scaling leaves 360), the toolbar, whose every button is
# also in the menus, and the status bar while it has nothing to say give their height to the chapter, and the tabs of
# chapters and pages lose their padding (base.qss): with them the Results chart kept 153 px of the 281 its rows, line
# and axis need.
SHORT_WINDOW = 440

TAB_CLASSES: tuple[type[ChapterTab], ...] = (BackgroundTab, MethodTab, ResultsTab, ComparisonTab, ConclusionTab)


class MainWindow(WindowActions):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("main_window")
        self.banner = DataBanner(self)  # first, so it comes first in the keyboard's focus order
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(NamedTabBar(self.tabs))  # named "Chapters", not after the chapter open
        self.tabs.setObjectName("chapters")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.chapter_tabs: list[ChapterTab] = []
        self.navigation = Navigation(self)
        for cls in TAB_CLASSES:
            tab = cls(state, self.tabs)
            self.navigation.connect_tab(tab)
            tab.external_link.connect(self.copy_link)
            self.tabs.addTab(tab, "")
            self.chapter_tabs.append(tab)
        assert tuple(t.chapter for t in self.chapter_tabs) == CHAPTERS
        # the start screen comes first; the chapters are one page further on
        self.start = StartScreen(state, lambda: [tab.title() for tab in self.chapter_tabs], self)
        self.start.chapter_requested.connect(self.show_chapter)
        self.start.explain_requested.connect(self.explain_to_patient)
        self.start.present_requested.connect(self.start_presentation)
        self.start.print_requested.connect(self.print_handout)
        self.screens = PageStack(self)
        self.screens.setObjectName("screens")
        self.screens.addWidget(self.start)
        self.screens.addWidget(self.tabs)

        state.data_changed.connect(self._data_changed)
        state.audience_changed.connect(self._audience_changed)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.setWindowIcon(QIcon(str(paths.resource("icons", "aim-explainer.png"))))

        self._sources: SourcesDialog | None = None
        self.presentation: PresentationSession | None = None
        self._glossary: GlossaryDialog | None = None
        self.build_actions()
        self.statusBar().messageChanged.connect(self._fit_bars)
        self.resize(1280, 800)
        self.retranslate()
        self._data_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "The AIM trial explained"))
        for index, tab in enumerate(self.chapter_tabs):
            self.tabs.setTabText(index, f"&{index + 1} {tab.title()}")
            self.tabs.setTabToolTip(index, translate("MainWindow", "Chapter {n} (Ctrl+{n})").format(n=index + 1))
        self.tabs.setAccessibleName(translate("MainWindow", "Chapters"))
        self.tabs.tabBar().setAccessibleName(translate("MainWindow", "Chapters"))
        self.tabs.setAccessibleDescription(
            translate("MainWindow", "Five chapters. Ctrl+Tab moves to the next, Ctrl+1 to Ctrl+5 jump to one.")
        )
        self.retranslate_actions()
        self.banner.retranslate()

    def _data_changed(self) -> None:
        loaded = self.state.data is not None
        self.sources_action.setEnabled(loaded)
        self.present_action.setEnabled(loaded)
        self.glossary_action.setEnabled(loaded)
        self.print_action.setEnabled(loaded)
        self.save_pdf_action.setEnabled(loaded)
        self.start.present_button.setEnabled(loaded)
        self.start.print_button.setEnabled(loaded)
        self.banner.show_problems(self.state.data_problems)
        if self._sources is not None:
            self._sources.retranslate()
        if self._glossary is not None:
            self._glossary.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def short(self) -> bool:
        """Too short for the toolbar and an empty status bar (SHORT_WINDOW)."""
        return self.height() < SHORT_WINDOW

    def _fit_bars(self, *_args: object) -> None:
        short = self.short()
        self.toolbar.setVisible(not short)
        self.statusBar().setVisible(not short or bool(self.statusBar().currentMessage()))
        for bar in self.findChildren(QTabBar):
            if bar.property("short") != short:
                bar.setProperty("short", short)
                bar.style().unpolish(bar)  # a style sheet reads a property only when it polishes
                bar.style().polish(bar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_bars()

    # --- actions ------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.state.languages.set_language(code)

    def toggle_language(self) -> None:
        current = CODES.index(self.state.language)
        self.set_language(CODES[(current + 1) % len(CODES)])

    def step_tab(self, step: int) -> None:
        if self.on_start_screen():  # from the start, the next chapter is the first
            self.show_chapter(CHAPTERS[0 if step > 0 else -1])
            return
        self.show_chapter(CHAPTERS[(self.tabs.currentIndex() + step) % self.tabs.count()])

    def current_chapter(self) -> str:
        return CHAPTERS[self.tabs.currentIndex()]

    def show_chapter(self, chapter: str) -> None:
        self.tabs.setCurrentIndex(CHAPTERS.index(chapter))
        self.screens.setCurrentWidget(self.tabs)
        # on the chapter's text, named after the chapter: what a screen reader says on arrival ("Results")
        self.chapter_tabs[CHAPTERS.index(chapter)].view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_start(self) -> None:
        self.screens.setCurrentWidget(self.start)
        self.start.cards[CHAPTERS.index(self.current_chapter())].setFocus()

    def on_start_screen(self) -> bool:
        return self.screens.currentWidget() is self.start

    def explain_to_patient(self) -> None:
        """The patient path, from the first chapter."""
        self.state.set_audience(PATIENT)
        self.show_chapter(CHAPTERS[0])

    def set_clinician_path(self, on: bool) -> None:
        self.state.set_audience(CLINICIAN if on else PATIENT)

    def _audience_changed(self, audience: str) -> None:
        if self.clinician_action.isChecked() != (audience == CLINICIAN):
            self.clinician_action.setChecked(audience == CLINICIAN)

    def set_text_scale(self, scale: float) -> None:
        scale = min(max(scale, TEXT_SCALE_MIN), TEXT_SCALE_MAX)
        style.apply_look(application(), self.state.theme, scale)
        self.state.set_text_scale(scale)

    def set_high_contrast(self, on: bool) -> None:
        theme = Theme.HIGH_CONTRAST if on else Theme.STANDARD
        style.apply_look(application(), theme, self.state.text_scale)
        self.state.set_theme(theme)
        if self.contrast_action.isChecked() != on:
            self.contrast_action.setChecked(on)

    def sources_dialog(self) -> SourcesDialog:
        if self._sources is None:  # built on first use: nothing of it is needed at start-up
            from aim_explainer.ui.sources_dialog import SourcesDialog

            self._sources = SourcesDialog(self.state, self)
        return self._sources

    def glossary_dialog(self) -> GlossaryDialog:
        if self._glossary is None:
            from aim_explainer.ui.glossary_dialog import GlossaryDialog

            self._glossary = GlossaryDialog(self.state, self)
            self._glossary.text.source_requested.connect(self.show_source)
        return self._glossary

    def show_source(self, key: str) -> None:
        self.sources_dialog().show_key(key)

    def show_glossary(self, term_id: str) -> None:
        dialog = self.glossary_dialog()
        if term_id:
            dialog.show_term(term_id)
        else:
            dialog.show()
            dialog.raise_()

    def copy_link(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
        self.statusBar().showMessage(
            translate("MainWindow", "Web address copied, to read later when you are online: {url}").format(url=url),
            15000,
        )

    def print_handout(self) -> bool:
        from aim_explainer.ui.handout_dialog import print_handout

        return print_handout(self, self.state)

    def save_handout_pdf(self) -> object:
        from aim_explainer.ui.handout_dialog import save_handout_pdf

        return save_handout_pdf(self, self.state)

    def start_presentation(self, full_screen: bool = True) -> PresentationSession:
        from aim_explainer.ui.presentation import open_presentation

        session = self.presentation = open_presentation(self.state, self, full_screen)
        session.ended.connect(self._presentation_ended)
        return session

    def _presentation_ended(self) -> None:
        self.presentation = None  # the session deletes itself

    def show_about(self) -> None:
        from aim_explainer.ui.about_box import about_box

        about_box(self, self.state).exec()

    # --- settings -----------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        window_geometry.restore(self, settings.geometry)
        self.show_chapter(settings.chapter)
        self.state.set_audience(settings.audience)
        self.show_start()  # the start screen is always the first thing shown; Home comes back to it
        self.set_text_scale(settings.text_scale)
        self.set_high_contrast(settings.theme == Theme.HIGH_CONTRAST)

    def current_settings(self) -> Settings:
        return Settings(
            language=self.state.language,
            chapter=self.current_chapter(),
            geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            text_scale=self.state.text_scale,
            theme=self.state.theme,
            audience=self.state.audience,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.state.save_settings(self.current_settings())
        for tab in self.chapter_tabs:  # the chapters with charts take them apart
            tab.dispose()
        for dialog in (self._sources, self._glossary):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
