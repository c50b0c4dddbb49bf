"""High contrast reaches what is drawn into the text too: the key-message panel, the cards and the Next card."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextFrame

from aim_explainer.core.palette import UI, UI_HIGH_CONTRAST


def frame_colours(view) -> tuple[set[str], set[str]]:
    """The backgrounds and border colours of every frame the chapter's text holds."""
    grounds, borders = set(), set()
    stack = [view.document().rootFrame()]
    while stack:
        frame: QTextFrame = stack.pop()
        stack.extend(frame.childFrames())
        fmt = frame.frameFormat()
        if fmt.background().style().value:
            grounds.add(fmt.background().color().name().upper())
        if fmt.border() > 0:
            borders.add(fmt.borderBrush().color().name().upper())
    return grounds, borders


def test_panels_and_cards_follow_the_high_contrast_theme(make_window) -> None:
    window = make_window("nb")
    window.state.set_audience("patient")
    window.show_chapter("comparison")
    view = window.chapter_tabs[3].view
    grounds, borders = frame_colours(view)
    assert UI["key_message"].upper() in grounds
    assert UI["border"].upper() in borders  # the explanation cards
    window.contrast_action.trigger()
    grounds, borders = frame_colours(view)
    assert QColor(UI_HIGH_CONTRAST["key_message"]).name().upper() in grounds
    assert UI["key_message"].upper() not in grounds
    assert UI_HIGH_CONTRAST["border"].upper() in borders
    window.contrast_action.trigger()
    assert UI["key_message"].upper() in frame_colours(view)[0]  # and back
