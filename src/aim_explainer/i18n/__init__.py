"""The one translation helper and the live language switch.

Short interface strings go through Qt Linguist (.ts -> .qm); long prose lives in resources/content.
Always call `translate(context, text)` with a literal context and text, so lupdate can find them. A text that
core marked with QT_TRANSLATE_NOOP where it wrote it goes through `marked_text` (tests/i18n/test_translate_calls.py
holds every call to these rules).
"""

from __future__ import annotations

import logging
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from aim_explainer import paths
from aim_explainer.core.data_checks import Problem
from aim_explainer.core.languages import CODES, DEFAULT
from aim_explainer.core.translatable import Message
from aim_explainer.core.values import SourceStatus

log = logging.getLogger(__name__)

QT_LOCALE = {"nb": "nb_NO", "en": "en_GB"}
APP_CATALOGUE = "aim_explainer"
# Qt ships no Bokmål catalogue for its own dialogs: Nynorsk first, then our Bokmål override on top.
QT_CATALOGUES = {"nb": ("qtbase_nn",), "en": ()}
OVERRIDE_CATALOGUE = {"nb": "qtbase_nb_override", "en": None}


def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


# The contexts under which core marks texts it hands to the interface (core.translatable.QT_TRANSLATE_NOOP).
MarkedContext = Literal["Quantity", "Fact", "SourceStatus"]


def marked_text(context: MarkedContext, text: str) -> str:
    """A text core marked with QT_TRANSLATE_NOOP(`context`, ...) where it wrote it (a quantity's or a fact's
    description, a source status's wording), in the language in force. lupdate found the text at its mark; this
    is the one place that translates a text held in a variable."""
    return translate(context, text)


def status_text(status: SourceStatus) -> str:
    """The one wording of a source status, for every view."""
    return marked_text("SourceStatus", status.wording)


def _number(value: float) -> str:
    """A count or a size as the language in force writes it (10 000 / 10,000; 5,3 / 5.3)."""
    return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(value, "f", 1)


def message_text(item: Problem | Message | str) -> str:
    """A message from core (a data-file problem, say) in the language in force: its template translated,
    its blanks filled, numbers written the local way. A plain string is shown as it is."""
    if isinstance(item, (Problem, Message)):
        return item.render(translate, _number)
    return item


class LanguageManager(QObject):
    """Owns the installed translators; `set_language` switches them live and says so."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self._translators: list[QTranslator] = []
        # Loaded once per language and kept: a new set at every switch grew memory by a third in 500 switches.
        self._loaded: dict[str, list[QTranslator]] = {}

    @property
    def language(self) -> str:
        return self._language or DEFAULT

    @property
    def installed(self) -> bool:
        """Whether a language was set (its catalogues installed)."""
        return bool(self._language)

    def uninstall(self) -> None:
        """Remove this manager's translators from the application (the interface falls back to English)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        self._language = ""

    def _catalogues(self, code: str) -> list[QTranslator]:
        if code in self._loaded:
            return self._loaded[code]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [(name, qt_dir) for name in QT_CATALOGUES[code]]
        override = OVERRIDE_CATALOGUE[code]
        if override:
            wanted.append((override, str(paths.translations_dir())))
        if code != "en":  # English is the source language of the interface strings
            wanted.append((f"{APP_CATALOGUE}_{code}", str(paths.translations_dir())))
        loaded = []
        for name, folder in wanted:
            translator = QTranslator(self)
            if translator.load(name, folder):
                loaded.append(translator)
            else:
                log.warning("translation catalogue %s not found in %s", name, folder)
                translator.deleteLater()
        self._loaded[code] = loaded
        return loaded

    def set_language(self, code: str) -> None:
        if code not in CODES:
            raise ValueError(f"unsupported language {code!r}")
        if code == self._language:
            return
        # The new language is in force before any translator moves: removing and installing translators
        # sends LanguageChange at once, and whatever renders then must already see the new language
        # (its numbers, its words), never an empty or the old one.
        self._language = code
        QLocale.setDefault(QLocale(QT_LOCALE[code]))
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = list(self._catalogues(code))
        # Installing sends LanguageChange to every widget; the last installed is searched first.
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        if not self._translators:
            # Nothing installed means no LanguageChange from Qt: the content still has to switch.
            from PySide6.QtCore import QEvent

            app = QCoreApplication.instance()
            if app is not None:
                QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.language_changed.emit(code)


def language_for_errors(app: QCoreApplication, requested: str | None) -> None:
    """Before a start-up error dialog: the language of --lang or the settings in force, also when start-up
    failed before it was set, so the dialog (and Qt's buttons in it) speak the reader's language."""
    manager = app.findChild(LanguageManager)
    if manager is not None and manager.installed:
        return
    try:
        code = requested
        if code is None:
            from aim_explainer.core.settings import load_settings

            code = load_settings(paths.settings_file())[0].language
        (manager or LanguageManager(app)).set_language(code if code in CODES else DEFAULT)
    except Exception:  # the error to show matters more than its language
        log.exception("no language for the error message")
