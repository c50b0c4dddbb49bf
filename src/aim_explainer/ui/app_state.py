"""Application state the widgets observe: the study data, the language, the text size and the theme.

The study data arrives just after the window has first painted. The bundled file is read from the build's
snapshot of it, without pandas (core.snapshot); a file chosen with --data, or a bundled file changed since
the build, needs pandas, which adds a quarter of a second and a third of the memory: the window is on
screen meanwhile. Widgets show a short "loading" note until `data_changed` fires.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from aim_explainer import paths
from aim_explainer.core import content
from aim_explainer.core.data import DataError, Problem, StudyData, load_with_fallback
from aim_explainer.core.palette import Theme
from aim_explainer.core.quantities import required_selectors
from aim_explainer.core.settings import Settings, save_settings
from aim_explainer.i18n import LanguageManager

log = logging.getLogger(__name__)


class AppState(QObject):
    text_scale_changed = Signal(float)
    theme_changed = Signal(str)
    data_changed = Signal()
    audience_changed = Signal(str)

    def __init__(
        self,
        data: StudyData | None,
        languages: LanguageManager,
        data_warning: str = "",  # one problem a line
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings_path = settings_path  # None: remember nothing (screenshots, exports, tests)
        self._unsaved_said = False  # a settings file that cannot be written is logged once, not at every save
        self.data = data
        self.languages = languages
        # Why a --data file was refused, one problem each, shown in the window (summarised there).
        # Problems stay Problems (not text) so the banner can show them in whichever language is in force.
        self.data_problems: tuple[Problem | str, ...] = tuple(data_warning.splitlines())
        self.content_dir: Path = paths.resource("content")
        self.text_scale = 1.0
        self.theme = Theme.STANDARD
        self.audience = content.PATIENT  # or content.CLINICIAN: which path through the chapters

    @property
    def language(self) -> str:
        return self.languages.language

    def load_data(self, chosen: Path | None) -> None:
        """Read the chosen data file, or the bundled one if it is refused; raises if even that fails."""
        data, refused = load_with_fallback(chosen, paths.default_data_file(), required_selectors())
        if refused:
            log.warning("data file refused, using the bundled data:\n%s", DataError(refused))
        self.set_data(data, refused)

    def set_data(self, data: StudyData, problems: Iterable[Problem | str] = ()) -> None:
        """New data, and the problems of the chosen file if the bundled data replaces it."""
        self.data, self.data_problems = data, tuple(problems)
        self.data_changed.emit()

    def chapter_markdown(self, chapter: str) -> str | None:
        """The chapter in the current language, or None while the data is still loading."""
        if self.data is None:
            return None
        return content.chapter_markdown(self.content_dir, chapter, self.language, self.data, self.audience)

    def set_audience(self, audience: str) -> None:
        if audience not in content.AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        if audience != self.audience:
            self.audience = audience
            self.audience_changed.emit(audience)

    def glossary(self) -> tuple[content.GlossaryEntry, ...]:
        if self.data is None:
            return ()
        return content.glossary(self.content_dir, self.language, self.data)

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self.text_scale_changed.emit(scale)

    def set_theme(self, theme: Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.theme_changed.emit(theme)

    def save_settings(self, settings: Settings) -> None:
        if self.settings_path is None:
            return
        try:
            save_settings(self.settings_path, settings)
        except OSError as exc:  # a read-only file or profile must not stop the window from closing
            if not self._unsaved_said:
                log.warning("the settings cannot be saved: %s", exc)
            self._unsaved_said = True
