"""Words that core hands to the interface untranslated: marked here for Qt Linguist, translated there.

core has no Qt, so it cannot translate. It marks each English text with QT_TRANSLATE_NOOP (the name Qt
Linguist's lupdate looks for) so the text lands in the Norwegian catalogue, and the interface translates it
when it shows it. A `Message` is such a text with its blanks ({file}, {line}, {value}) filled at show time,
so a message made while reading a file can be shown in whichever language is in force, and again after a
live switch. Its plain English rendering (str()) is what the log and the command line print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Union


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    """Marks `text` for the catalogue and returns it unchanged: the one stand-in every core module uses."""
    return text


# A blank's value: words from a file or the system (shown as they are), a count, or another message.
Argument = Union[str, int, float, "Message"]  # a forward reference, so Union
Translator = Callable[[str, str], str]  # (context, English text) -> text in the language in force
NumberFormat = Callable[[float], str]


def english(context: str, text: str) -> str:
    return text


def english_number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


@dataclass(frozen=True)
class Message:
    """An English template marked for translation, and the values of its blanks."""

    context: str
    template: str
    args: tuple[tuple[str, Argument], ...] = ()

    def render(self, translate: Translator = english, number: NumberFormat = english_number) -> str:
        """The text in the language `translate` gives, numbers written by `number`; blanks filled."""
        values = {name: _rendered(value, translate, number) for name, value in self.args}
        try:
            return translate(self.context, self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong blank must not hide the message
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def _rendered(value: Argument, translate: Translator, number: NumberFormat) -> str:
    if isinstance(value, Message):
        return value.render(translate, number)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return str(value)


def message(context: str, template: str, **args: Argument) -> Message:
    return Message(context, template, tuple(args.items()))
