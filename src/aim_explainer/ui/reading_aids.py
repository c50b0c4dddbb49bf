"""Marks that make a chapter easier to read on: quiet number links and the "Next" card at its end.

A number is a link to its source, but a page full of blue numbers is noise to a patient: numbers take the
text's colour with a dotted underline, still links and still reached by Tab. Every chapter ends on a card
that leads on to the next one (the last one back to the start screen).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFrameFormat, QTextLength

NUMBER_SCHEME = "source:"  # the links core.content makes of the numbers it fills in


@dataclass(frozen=True)
class NextCard:
    href: str  # chapter:<id>, or chapter:start for the start screen
    text: str  # the card's words, a link


def quiet_numbers(document: QTextDocument, colour: QColor) -> None:
    """Number links in `colour` with a dotted underline; other links (terms, web addresses) as they are."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isAnchor() and fmt.anchorHref().startswith(NUMBER_SCHEME):
                quiet = QTextCharFormat()
                quiet.setForeground(colour)
                quiet.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                quiet.setUnderlineColor(colour)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(quiet)
            it += 1
        block = block.next()


def append_next_card(document: QTextDocument, card: NextCard, line_height: float, link: QColor, ground: QColor) -> None:
    """The card at the end of the text: a bordered panel on `ground` holding one link, in the links' colour `link`."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel = QTextFrameFormat()
    panel.setBackground(ground)
    panel.setBorder(1.5)
    panel.setBorderBrush(link)
    panel.setPadding(line_height * 0.7)
    panel.setTopMargin(line_height * 1.2)
    panel.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    cursor.insertFrame(panel)
    words = QTextCharFormat()
    words.setAnchor(True)
    words.setAnchorHref(card.href)
    words.setFontWeight(700)
    words.setFontPointSize(document.defaultFont().pointSizeF() * 1.15)
    words.setForeground(link)
    words.setFontUnderline(True)
    cursor.insertText(card.text + " \u2192", words)


def frame_cards(document: QTextDocument, href_prefix: str, line_height: float, border: QColor) -> None:
    """Set each section (a heading of level 2 or 3 and what follows it up to the next heading) that holds a
    link starting with `href_prefix` apart as a card: a bordered panel."""
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    starts = [i for i, b in enumerate(blocks) if b.blockFormat().headingLevel() in (1, 2, 3)]
    sections = []
    for n, first in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(blocks)) - 1
        if blocks[first].blockFormat().headingLevel() == 1:
            continue
        if any(_holds_link(blocks[i], href_prefix) for i in range(first, last + 1)):
            sections.append((blocks[first].position(), blocks[last].position() + blocks[last].length() - 1))
    card = QTextFrameFormat()
    card.setBorder(1.0)
    card.setBorderBrush(border)
    card.setPadding(line_height * 0.6)
    card.setTopMargin(line_height * 0.5)
    card.setBottomMargin(line_height * 0.3)
    for start, end in reversed(sections):  # from the end: the earlier positions stay valid
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertFrame(card)


def _holds_link(block, href_prefix: str) -> bool:
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().anchorHref().startswith(href_prefix):
            return True
        it += 1
    return False
