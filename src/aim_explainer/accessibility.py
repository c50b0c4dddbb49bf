"""What a screen reader hears: announcements and roles, through Qt's own accessibility machinery.

Qt maps its accessibility events to AT-SPI on Linux (Orca) and to UI Automation on Windows (NVDA, Narrator).
A change a screen-reader user must hear, where focus does not move (the next slide, the link Tab selected in a
chapter, the row a number link opened), goes out as a `QAccessibleAnnouncementEvent` through `announce`.

Outside the user interface (no translations here) so that the charts in plots/ can call it too, say when the
details line changes as a chart is explored by keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QStackedWidget, QTextBrowser, QWidget

Listener = Callable[[QObject, str], None]
_listeners: list[Listener] = []  # in-process observers (tests): Qt has no Python hook for its event stream
# class name -> the interface its widgets get, for widgets whose Qt interface says the wrong thing
_interfaces: dict[str, Callable[[QWidget], QAccessibleInterface]] = {}
_factory_installed = False


class QTextEdit(QTextBrowser):
    """A text browser a screen reader meets as a text it reads, not as a label: base of ReadingText, named so.

    Qt's widget factory picks an interface by class name, from the widget's own class up through its bases, and
    for "QTextBrowser" gives QAccessibleTextBrowser: QAccessibleTextEdit with the role StaticText, which Qt's
    AT-SPI bridge maps to "label" (Orca 43: "Resultater label."). That interface's text, caret and editable-text
    parts are private to Qt, and PySide6's QAccessibleTextInterface lacks textAtOffset and the text attributes,
    so a Python interface could not stand in for them. A base class of the name "QTextEdit" between a subclass and
    QTextBrowser is asked for first and gets the text edit's own interface: the same parts, the role EditableText
    ("text"), and the read-only state while the text is read-only. Only Qt's factory sees the name: the class is
    still a QTextBrowser and a QTextEdit to qobject_cast, style sheets and Python."""


ReadingText = QTextEdit


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Have the screen reader say `text` (white space folded), as coming from `source`: politely after what it is
    saying, or at once with `assertive`."""
    text = " ".join(text.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)  # a no-op while no assistive technology listens
    for listener in tuple(_listeners):
        listener(source, text)


@contextmanager
def announcements() -> Iterator[list[str]]:
    """Collect what `announce` says while the block runs, in order (tests: the event itself leaves the process)."""
    heard: list[str] = []

    def listener(_source: QObject, text: str) -> None:
        heard.append(text)

    _listeners.append(listener)
    try:
        yield heard
    finally:
        _listeners.remove(listener)


def expose(cls: type[QWidget], make: Callable[[QWidget], QAccessibleInterface]) -> None:
    """Give every widget of `cls` the interface `make` builds. Qt's factory asks by class name, the widget's own
    and then its bases' in turn, so this serves subclasses of `cls` too; one factory serves every class."""
    global _factory_installed
    _interfaces[cls.__name__] = make
    if not _factory_installed:
        QAccessible.installFactory(_interface)
        _factory_installed = True


def give_role(cls: type[QWidget], role: QAccessible.Role) -> None:
    """Expose every widget of `cls` (by its class name) with `role`, its name, description and state as Qt
    keeps them: a painted card that works as a button says "button", a plain top-level widget says "window".
    For widgets with no fitting Qt class of their own; Qt's interfaces of its own widgets are left alone."""
    expose(cls, lambda widget: QAccessibleWidget(widget, role))


def _interface(class_name: str, target: QObject) -> QAccessibleInterface | None:
    make = _interfaces.get(class_name)
    if make is None or not isinstance(target, QWidget):
        return None
    return make(target)


class PageStack(QStackedWidget):
    """Pages of which one shows, as layout to a screen reader. Qt exposes a QStackedWidget as a "layered pane",
    which Orca 43 speaks as the focus enters it ("layered pane" two or three times as a chapter opened), with
    nothing to say of it: a "filler" (Client) it passes over in silence, its pages still its children."""


give_role(PageStack, QAccessible.Role.Client)
