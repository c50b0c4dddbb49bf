"""The paginator alone: boxes of made-up heights flow onto pages; none is lost, none runs into the
footer, and a box is cut only where it may be."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF

from aim_explainer.printing.flow import Flow, Placed

PAGE = 1000.0  # the column's height above the footer, in made-up pixels
WIDTH = 600.0


def painter_named(name: str):
    def paint(_painter, _box) -> None:  # the flow never paints; the name tells the boxes apart
        raise AssertionError("the flow must not paint")

    paint.name = name
    return paint


def slices_named(name: str):
    """A slice painter that records which part of the box each slice is."""

    def slice_of(top: float, height: float):
        paint = painter_named(name)
        paint.part = (top, height)
        return paint

    return slice_of


def everything(flow: Flow) -> list[tuple[int, Placed]]:
    return [(number, placed) for number, page in enumerate(flow.pages) for placed in page]


def assert_inside_and_apart(flow: Flow) -> None:
    for number, page in enumerate(flow.pages):
        assert page, f"page {number + 1} is empty"
        for placed in page:
            assert placed.rect.top() >= 0
            assert placed.rect.bottom() <= flow.height + 1e-9, f"{placed.paint.name} runs into the footer"
        ordered = sorted(page, key=lambda p: p.rect.top())
        for upper, lower in pairwise(ordered):
            assert upper.rect.bottom() <= lower.rect.top() + 1e-9, "boxes overlap"


def test_many_boxes_break_onto_new_pages_and_none_is_lost() -> None:
    flow = Flow(PAGE)
    heights = [130.0 + 17.0 * (number % 5) for number in range(40)]
    for number, height in enumerate(heights):
        flow.add(height, painter_named(f"box {number}"), WIDTH)
    placed = everything(flow)
    assert [p.paint.name for _n, p in placed] == [f"box {number}" for number in range(40)], "each once, in order"
    assert [p.rect.height() for _n, p in placed] == heights, "never cut"
    assert len(flow.pages) > 1
    assert len(flow.pages) == pytest.approx(sum(heights) / PAGE, abs=1.5)
    assert_inside_and_apart(flow)
    # a page ends only where the next box would not have fitted
    for number in range(len(flow.pages) - 1):
        used = max(p.rect.bottom() for p in flow.pages[number])
        assert used + flow.pages[number + 1][0].rect.height() > PAGE


def test_a_tall_box_is_cut_at_its_breaks_and_every_slice_is_kept() -> None:
    flow = Flow(PAGE)
    flow.add(400.0, painter_named("before"), WIDTH)
    breaks = [150.0 * number for number in range(1, 16)]  # paragraphs every 150 pixels
    flow.add_breakable(2300.0, breaks, slices_named("text"), WIDTH)
    flow.add(50.0, painter_named("after"), WIDTH)
    slices = [p for _n, p in everything(flow) if p.paint.name == "text"]
    assert len(slices) > 2
    tops = [s.paint.part[0] for s in slices]
    assert tops[0] == 0.0
    assert all(top in breaks for top in tops[1:]), "cut only at a break"
    for this, following in pairwise(slices):
        assert this.paint.part[0] + this.paint.part[1] == following.paint.part[0], "no gap and no repeat"
    assert sum(s.paint.part[1] for s in slices) == 2300.0
    assert [s.rect.height() for s in slices] == [s.paint.part[1] for s in slices]
    assert_inside_and_apart(flow)
    assert everything(flow)[-1][1].paint.name == "after"


def test_a_box_taller_than_a_page_without_breaks_is_cut_where_pages_end() -> None:
    flow = Flow(PAGE)
    flow.add(300.0, painter_named("before"), WIDTH)
    flow.add_breakable(2500.0, [], slices_named("picture"), WIDTH)
    slices = [(n, p) for n, p in everything(flow) if p.paint.name == "picture"]
    assert [n for n, _p in slices] == [1, 2, 3], "it starts on a fresh page rather than after the box above"
    assert [p.paint.part for _n, p in slices] == [(0.0, PAGE), (PAGE, PAGE), (2 * PAGE, 500.0)]
    assert_inside_and_apart(flow)


def test_keeping_together_starts_a_page_only_when_needed() -> None:
    flow = Flow(PAGE)
    flow.keep_together(5000.0)  # at the top of a page: no empty page for a box that fits nowhere
    assert len(flow.pages) == 1
    flow.add(700.0, painter_named("first"), WIDTH)
    flow.keep_together(300.0)
    assert len(flow.pages) == 1, "it fits exactly"
    flow.keep_together(301.0)
    assert len(flow.pages) == 2
    assert flow.y == 0.0


def test_space_is_skipped_between_boxes_but_not_at_the_top_of_a_page() -> None:
    flow = Flow(PAGE)
    flow.skip(40.0)
    assert flow.y == 0.0
    flow.add(100.0, painter_named("box"), WIDTH)
    flow.skip(40.0)
    assert flow.y == 140.0
    flow.skip(5000.0)
    assert flow.y == PAGE, "never past the page's end"
    flow.place(QRectF(0, 0, 1, 1), painter_named("dot"))
    assert flow.y == PAGE, "placing by hand leaves the height to the caller"
