"""The layout check's judging: overlapping texts and texts past their area are found, texts apart are not."""

from __future__ import annotations

from aim_explainer.core.layout_geometry import Box, TextBox, find_problems

SCREEN = {"screen": Box(0, 0, 1024, 768), "plot": Box(100, 100, 400, 300)}


def test_two_overlapping_labels_are_one_problem_naming_both() -> None:
    texts = [TextBox("better with placebo", Box(120, 200, 200, 30), "plot"),
             TextBox("better with amoxicillin", Box(300, 210, 180, 30), "plot")]  # fmt: skip
    problems = find_problems(texts, SCREEN)
    assert [p.describe() for p in problems] == ["overlap: 'better with placebo' and 'better with amoxicillin'"]


def test_texts_that_only_touch_or_stand_apart_pass() -> None:
    texts = [TextBox("0", Box(200, 400, 20, 30), "screen"), TextBox("1", Box(221, 400, 20, 30), "screen"),
             TextBox("title", Box(100, 431, 300, 30), "screen")]  # fmt: skip
    assert find_problems(texts, SCREEN) == []


def test_a_text_past_its_area_is_named_with_the_area() -> None:
    texts = [TextBox("Set in advance: 4", Box(450, 150, 120, 30), "plot")]
    assert [p.describe() for p in find_problems(texts, SCREEN)] == ["outside: 'Set in advance: 4' runs past plot"]


def test_parts_of_one_text_are_not_compared() -> None:
    texts = [TextBox("a", Box(0, 0, 50, 50), "screen", group="one"), TextBox("b", Box(10, 10, 50, 50), "screen", "one")]
    assert find_problems(texts, SCREEN) == []
