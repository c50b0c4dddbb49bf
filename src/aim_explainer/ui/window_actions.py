"""The main window's menus, toolbar and keyboard shortcuts, and their words in the current language.

MainWindow derives from WindowActions and provides the slots the actions call (set_language, set_text_scale, ...):
declared here, so that the type checker holds the window to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QToolBar

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.languages import SUPPORTED
from aim_explainer.i18n import translate

if TYPE_CHECKING:
    from aim_explainer.ui.app_state import AppState
    from aim_explainer.ui.navigation import Navigation
    from aim_explainer.ui.presentation.session import PresentationSession

TEXT_STEP = 0.25


class WindowActions(QMainWindow):
    """Menus, toolbar and shortcuts of the main window, which sets `state` and `navigation` before
    `build_actions()` and overrides the slots below."""

    state: AppState
    navigation: Navigation

    # --- the slots the actions call: MainWindow's ---------------------------------------------------
    def print_handout(self) -> bool:
        raise NotImplementedError

    def save_handout_pdf(self) -> object:
        raise NotImplementedError

    def show_start(self) -> None:
        raise NotImplementedError

    def show_chapter(self, chapter: str) -> None:
        raise NotImplementedError

    def step_tab(self, step: int) -> None:
        raise NotImplementedError

    def set_clinician_path(self, on: bool) -> None:
        raise NotImplementedError

    def set_language(self, code: str) -> None:
        raise NotImplementedError

    def toggle_language(self) -> None:
        raise NotImplementedError

    def set_text_scale(self, scale: float) -> None:
        raise NotImplementedError

    def set_high_contrast(self, on: bool) -> None:
        raise NotImplementedError

    def show_source(self, key: str) -> None:
        raise NotImplementedError

    def show_glossary(self, term_id: str) -> None:
        raise NotImplementedError

    def start_presentation(self, full_screen: bool = True) -> PresentationSession:
        raise NotImplementedError

    def show_about(self) -> None:
        raise NotImplementedError

    # --- the actions --------------------------------------------------------------------------------

    def build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")

        # handouts to take home (ui/handout_dialog.py, imported when used)
        self.print_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_handout)
        self.save_pdf_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.save_pdf_action.triggered.connect(self.save_handout_pdf)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.save_pdf_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        # Home: the start screen (Alt+Home, as in a web browser; Ctrl+0 is the normal text size)
        self.home_action = QAction(self, shortcut=QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.show_start)
        self.view_menu.addAction(self.home_action)
        # Back: from Sources or the glossary to where the link was followed (works in those windows too)
        self.back_action = QAction(self, shortcut=QKeySequence("Alt+Left"), enabled=False)
        self.back_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.back_action.triggered.connect(self.navigation.back)
        self.view_menu.addAction(self.back_action)
        self.clinician_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+K"), checkable=True)
        self.clinician_action.setChecked(self.state.audience == "clinician")
        self.clinician_action.toggled.connect(self.set_clinician_path)
        self.view_menu.addAction(self.clinician_action)
        self.view_menu.addSeparator()

        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in SUPPORTED:
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.toggle_language_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.toggle_language_action.triggered.connect(self.toggle_language)
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.toggle_language_action)

        self.view_menu.addSeparator()
        self.larger_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.larger_action.triggered.connect(lambda: self.set_text_scale(self.state.text_scale + TEXT_STEP))
        self.smaller_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.smaller_action.triggered.connect(lambda: self.set_text_scale(self.state.text_scale - TEXT_STEP))
        self.contrast_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+H"), checkable=True)
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.normal_size_action = QAction(self, shortcut=QKeySequence("Ctrl+0"))
        self.normal_size_action.triggered.connect(lambda: self.set_text_scale(1.0))
        for action in (self.larger_action, self.smaller_action, self.normal_size_action, self.contrast_action):
            self.view_menu.addAction(action)

        self.view_menu.addSeparator()
        self.sources_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.sources_action.triggered.connect(lambda: self.show_source(""))
        self.glossary_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.glossary_action.triggered.connect(lambda: self.show_glossary(""))
        self.view_menu.addAction(self.sources_action)
        self.view_menu.addAction(self.glossary_action)

        self.present_action = QAction(self, shortcut=QKeySequence("F5"))
        self.present_action.triggered.connect(self.start_presentation)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.present_action)

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        for action in (
            self.home_action,
            self.present_action,
            self.toggle_language_action,
            self.sources_action,
            self.glossary_action,
            self.smaller_action,
            self.larger_action,
        ):
            self.toolbar.addAction(action)

        for number in range(1, len(CHAPTERS) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_chapter(CHAPTERS[n - 1]))
        QShortcut(QKeySequence("Ctrl+Tab"), self).activated.connect(lambda: self.step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self).activated.connect(lambda: self.step_tab(-1))

    def retranslate_actions(self) -> None:
        self.file_menu.setTitle(translate("WindowActions", "&File"))
        self.view_menu.setTitle(translate("WindowActions", "&View"))
        self.help_menu.setTitle(translate("WindowActions", "&Help"))
        self.quit_action.setText(translate("WindowActions", "&Quit"))
        self.print_action.setText(translate("WindowActions", "&Print…"))
        self.print_action.setToolTip(
            translate("WindowActions", "Print a handout for patients or professionals (Ctrl+P)")
        )
        self.save_pdf_action.setText(translate("WindowActions", "Save as P&DF…"))
        self.save_pdf_action.setToolTip(translate("WindowActions", "Save a handout as a PDF file (Ctrl+Shift+P)"))
        self.language_menu.setTitle(translate("WindowActions", "&Language"))
        other = next(name for code, name in SUPPORTED if code != self.state.language)
        self.toggle_language_action.setText(translate("WindowActions", "Switch to {language}").format(language=other))
        self.toggle_language_action.setIconText(other)  # the toolbar shows the other language by name
        self.toggle_language_action.setToolTip(
            translate("WindowActions", "Switch the language of the whole application (Ctrl+L)")
        )
        self.language_actions[self.state.language].setChecked(True)
        self.larger_action.setText(translate("WindowActions", "Larger text"))
        self.larger_action.setIconText("A+")
        self.larger_action.setToolTip(translate("WindowActions", "Larger text (Ctrl++)"))
        self.smaller_action.setText(translate("WindowActions", "Smaller text"))
        self.smaller_action.setIconText("A\u2212")
        self.smaller_action.setToolTip(translate("WindowActions", "Smaller text (Ctrl+-)"))
        self.normal_size_action.setText(translate("WindowActions", "Normal text size"))
        self.contrast_action.setText(translate("WindowActions", "&High contrast"))
        self.contrast_action.setToolTip(
            translate("WindowActions", "Black on white with stronger borders (Ctrl+Shift+H)")
        )
        self.sources_action.setText(translate("WindowActions", "&Sources"))
        self.sources_action.setToolTip(translate("WindowActions", "Where every number comes from (Ctrl+Shift+S)"))
        self.glossary_action.setText(translate("WindowActions", "&Glossary"))
        self.glossary_action.setToolTip(translate("WindowActions", "Plain explanations of the terms (F1)"))
        self.about_action.setText(translate("WindowActions", "&About"))
        self.home_action.setText(translate("WindowActions", "&Start"))
        self.home_action.setToolTip(
            translate("WindowActions", "The start screen: the answer in short and the five chapters (Alt+Home)")
        )
        self.back_action.setText(translate("WindowActions", "&Back"))
        self.back_action.setToolTip(translate("WindowActions", "Back to where you followed the link from (Alt+Left)"))
        self.clinician_action.setText(translate("WindowActions", "More detail for &health professionals"))
        self.clinician_action.setToolTip(
            translate("WindowActions", "Show the extra analyses, the simulation and the P values (Ctrl+Shift+K)")
        )
        self.present_action.setText(translate("WindowActions", "&Present"))
        self.present_action.setToolTip(
            translate("WindowActions", "Full-screen presentation for a group, step by step (F5; Esc ends it)")
        )
        self.toolbar.setWindowTitle(translate("WindowActions", "Tools"))
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
                button.setAccessibleDescription(action.toolTip())
                button.updateGeometry()  # new words need new widths, or Qt elides them
        layout = self.toolbar.layout()
        assert layout is not None, "a QToolBar makes its own layout"
        layout.invalidate()
