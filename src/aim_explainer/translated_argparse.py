"""argparse in the reader's language: its help prefix, section title and messages about a wrong option.

Standard library and paths only, so `--help` and a wrong option answer before Qt loads: the Bokmål catalogue
is read only when a message is shown. argparse has no hook for its own words ("usage:", "options:", "error:",
its messages about a wrong option), so its help prefix and section title are set, its messages matched and put
in the reader's words.
"""

from __future__ import annotations

import argparse
import locale
import os
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

from aim_explainer import paths
from aim_explainer.core.languages import CODES

if TYPE_CHECKING:  # Qt is imported only when a message is shown (see _catalogue)
    from PySide6.QtCore import QTranslator

NORWEGIAN_LOCALES = ("nb", "no", "nn", "norwegian")


def reader_language(argv: list[str]) -> str:
    """The language of messages about the command line: --lang if it names one, else the system's."""
    for index, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value is not None and value.strip().lower() in CODES:
            return value.strip().lower()
    names = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    name = next((n for n in names if n), "") or (locale.getlocale()[0] or "")  # Windows sets no variables
    return "nb" if name.lower().startswith(NORWEGIAN_LOCALES) else "en"


_language = "en"  # the reader's, set by use_language before the parser is built


def use_language(code: str) -> None:
    """Speak `code` from now on: the options' help is translated when the parser is built, so set this first."""
    global _language
    _language = code


@cache
def _catalogue(code: str) -> QTranslator | None:
    """The interface's catalogue, loaded (and Qt's core imported) only when a message is shown."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(f"aim_explainer_{code}", str(paths.translations_dir())) else None


def translate(context: str, text: str) -> str:
    """`text` in the reader's language (lupdate finds these calls as it finds aim_explainer.i18n's)."""
    if _language == "en":
        return text
    catalogue = _catalogue(_language)
    return (catalogue.translate(context, text) or text) if catalogue is not None else text


def _argparse_message(message: str) -> str:
    """argparse's English message about a wrong option (Python 3.11's wording) in the reader's words."""
    if _language == "en":
        return message  # argparse's own, as in every other program
    named = re.match(r"argument (\S+): (.*)$", message, re.DOTALL)
    if named:
        return translate("TranslatedArgparse", "option {name}: {message}").format(
            name=named[1], message=_argparse_message(named[2])
        )
    for pattern, words in (
        (
            r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)$",
            translate("TranslatedArgparse", "invalid choice: {value} (choose from {choices})"),
        ),
        (
            r"the following arguments are required: (?P<names>.*)$",
            translate("TranslatedArgparse", "these options are required: {names}"),
        ),
        (r"unrecognized arguments: (?P<words>.*)$", translate("TranslatedArgparse", "unknown options: {words}")),
        (r"expected one argument$", translate("TranslatedArgparse", "needs a value")),
        (r"not allowed with argument (?P<other>.*)$", translate("TranslatedArgparse", "cannot go with {other}")),
    ):
        found = re.match(pattern, message, re.DOTALL)
        if found:
            return words.format(**found.groupdict())
    return message  # the program's own messages are translated where they are made


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix or translate("TranslatedArgparse", "usage: "))


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (help option, section title, usage, errors) are the reader's."""

    def __init__(self, **kwargs: Any) -> None:
        # its own -h, for the help's words in the reader's language
        super().__init__(formatter_class=_Formatter, add_help=False, **kwargs)
        self._optionals.title = translate("TranslatedArgparse", "options")  # argparse's group: no other way
        self.add_argument(
            "-h", "--help", action="help", help=translate("TranslatedArgparse", "show this help and exit")
        )

    def error(self, message: str) -> NoReturn:
        """argparse's way (usage, then one line, status 2), without a traceback."""
        self.print_usage(sys.stderr)
        error = translate("TranslatedArgparse", "error")
        self.exit(2, f"{self.prog}: {error}: {_argparse_message(message)}\n")
