"""What a screen reader is told as the caret moves through a read-only chapter text: the heading it is on, the link
Tab selected.

A link in a text is no widget, and would be silent: when Tab selects one, it is announced with its text and where
it leads ("<number> \u2014 source: ..."). Qt's text accessibility has no headings (it gives AT-SPI and UI
Automation one text with font attributes, and Orca 43 moves by heading only in web pages and office documents), so
the text does it itself: H and Shift+H move the caret to the next and previous heading, and a caret on a heading
line is described as "heading level N", which Orca speaks after the line (with the heading's words when H moved
there: Orca reads the line only after keys it knows move the caret).

Screen readers that ignore announcements (Orca 43) speak a change of the focused text's description, so a link's
or a heading's words stand in for the text's own description while the caret is on them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible, QAccessibleTextCursorEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from aim_explainer.accessibility import announce
from aim_explainer.core.quantities import QUANTITIES
from aim_explainer.i18n import marked_text, translate


class CaretSpeech:
    """Speaks for `text`: its owner calls `link_selected` after Tab, `move_to_heading` for H, `focus_left`."""

    def __init__(self, text: QTextBrowser, link_target: Callable[[QUrl], str | None]) -> None:
        self._text = text
        self._link_target = link_target  # where a link of a scheme of the host's leads, in words; None: not ours
        self._own_description: str | None = None  # the description a link's words stand in for, while they do
        self._heading_said = -1  # the heading block the caret was last described on (-1: none)
        self._by_heading_key = False  # H moved the caret: the description carries the heading's words too
        text.cursorPositionChanged.connect(self._describe_heading)

    def link_selected(self) -> None:
        """Tab selected a link: Qt raises no event for it, so the screen reader is told here."""
        cursor = self._text.textCursor()
        QAccessible.updateAccessibility(QAccessibleTextCursorEvent(self._text, cursor.position()))
        words = self.link_words(cursor.selectedText(), self.selected_link())
        # the description names the link while Tab is on one, and is the text's own again on leaving
        if self._own_description is None:
            self._own_description = self._text.accessibleDescription()
        self._text.setAccessibleDescription(words)
        announce(self._text, words)

    def focus_left(self) -> None:
        """The text's own description back, where a link's or a heading's words stood in for it."""
        self._heading_said = -1
        if self._own_description is not None:
            own, self._own_description = self._own_description, None
            self._text.setAccessibleDescription(own)

    def move_to_heading(self, forward: bool) -> bool:
        """The caret to the start of the next (or previous) heading; False, and nothing moves, at the last one."""
        block = self._text.textCursor().block()
        block = block.next() if forward else block.previous()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.next() if forward else block.previous()
        if not block.isValid():
            return False
        self._by_heading_key = True
        try:
            self._text.setTextCursor(QTextCursor(block))
        finally:
            self._by_heading_key = False
        self._text.ensureCursorVisible()
        return True

    def _describe_heading(self) -> None:
        """On a heading line the focused text is described by the heading's level; off it, by its own words."""
        text = self._text
        if not text.hasFocus() or text.textCursor().hasSelection():
            return  # Tab selecting a link says the link's words instead
        block = text.textCursor().block()
        level = block.blockFormat().headingLevel()
        if not level:
            if self._heading_said >= 0:
                self.focus_left()
            return
        if block.blockNumber() == self._heading_said:
            return
        if self._own_description is None:
            self._own_description = text.accessibleDescription()
        self._heading_said = block.blockNumber()
        words = translate("CaretSpeech", "heading level {level}").format(level=level)
        if self._by_heading_key:
            words = f"{block.text().strip()}, {words}"
        if text.accessibleDescription() == words:  # from one heading to the next of its level: said again
            text.setAccessibleDescription("")  # Qt raises no event for the same words (Orca says nothing for none)
        text.setAccessibleDescription(words)
        announce(text, words if self._by_heading_key else f"{block.text().strip()}, {words}")

    def set_description(self, description: str) -> None:
        """The text's own accessible description (what it is, how to use it); while a link's words stand in for
        it, it takes over when the focus leaves."""
        if self._own_description is not None:
            self._own_description = description
        else:
            self._text.setAccessibleDescription(description)

    def selected_link(self) -> QUrl:
        """The link Tab selected, or an empty address."""
        cursor = self._text.textCursor()
        if not cursor.hasSelection():
            return QUrl()
        inside = QTextCursor(self._text.document())
        inside.setPosition(cursor.selectionStart() + 1)  # the format of the character after the position
        return QUrl(inside.charFormat().anchorHref())

    def link_words(self, text: str, url: QUrl) -> str:
        """A link as a screen reader says it: its text and where it leads, so that two links with the same text
        ("Show in the table.") can be told apart."""
        scheme, target = url.scheme(), url.path()
        if scheme == "source":
            what = next((marked_text("Quantity", q.description) for q in QUANTITIES if q.key == target), "")
            where = translate("CaretSpeech", "source of the number: {what}").format(what=what)
        elif scheme == "glossary":
            where = translate("CaretSpeech", "explanation of the word")
        elif scheme == "chapter":
            where = translate("CaretSpeech", "chapter")
        elif scheme in ("http", "https"):
            where = translate("CaretSpeech", "web address {url}, copied when chosen").format(url=url.toString())
        else:
            where = self._link_target(url) or ""
        return f"{text.strip()} \u2014 {where}" if where else text.strip()
