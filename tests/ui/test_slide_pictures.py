"""The story's pictures on their slides: the spine on Modic changes, the trial's design on the treatment, the
timeline on the way forward; drawn large under the text, said in words to a screen reader, gone on other steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aim_explainer.core.content import ContentError
from aim_explainer.core.slides import parse_steps
from aim_explainer.plots.pictures.catalogue import PICTURES, make_picture
from aim_explainer.plots.settle import settle


def test_a_slide_names_a_picture_from_the_one_list() -> None:
    text = "# Modic\nOne line.\nPicture: spine\nNotes:\nSay it."
    (step,) = parse_steps(text, "background", "test", pictures=tuple(PICTURES))
    assert step.picture == "spine"
    assert "Picture" not in step.body
    with pytest.raises(ContentError, match="unknown picture 'skeleton'"):
        parse_steps(text.replace("spine", "skeleton"), "background", "test", pictures=tuple(PICTURES))


def test_each_story_picture_is_on_a_step_and_shown_under_its_text(session, qtbot) -> None:
    window, running = session
    audience, controller = running.audience, running.controller
    audience.resize(1024, 768)
    shown = {}
    controller.go(0)
    for index, step in enumerate(controller.steps):
        for _press in range(2):  # a question's step takes one more press: its answer first
            if controller.step is step:
                break
            qtbot.keyClick(audience, Qt.Key.Key_PageDown)
        assert controller.step is step, index
        settle()  # the layout of the new step, as before it is painted
        if not step.picture:
            assert not audience.picture.isVisible(), step.title
            continue
        picture = make_picture(step.picture, window.state.data, window.state.language)
        assert audience.picture.isVisible(), step.title
        assert audience.picture.accessibleName() == picture.alt_text()
        drawn = audience.picture.drawn_rect()
        assert drawn.height() >= audience.height() * 0.3, (step.title, drawn)  # large enough for the room
        assert audience.picture.geometry().top() >= audience.body.geometry().bottom()  # under the text
        shown[step.picture] = step.chapter
    assert shown == {"spine": "background", "design": "method", "timeline": "conclusion"}


def test_a_marked_answer_brings_its_footnote_only_when_revealed(session, qtbot) -> None:
    from aim_explainer.core.content import SECONDARY_MARK

    _window, running = session
    audience, controller = running.audience, running.controller
    index = next(
        i
        for i, step in enumerate(controller.steps)
        if SECONDARY_MARK in step.answer and SECONDARY_MARK not in step.title + step.body and not step.chart
    )
    controller.go(index)
    settle()
    assert not audience.footnote.isVisible()  # the room has not seen a marked number yet
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # the answer
    assert controller.revealed
    assert audience.footnote.isVisible()
    assert SECONDARY_MARK in audience.footnote.text()
