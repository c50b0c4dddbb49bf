"""Presentation mode driven as a presenter would: clicker keys, blank, jump, language, Esc, two screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from aim_explainer import paths
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.effects import row_layer
from aim_explainer.core.slides import parse_steps, presentation
from aim_explainer.plots.catalogue import chart_spec
from aim_explainer.plots.settle import settle


def press(qtbot, view, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(view, key)


def test_clicker_keys_step_blank_and_jump(session, qtbot) -> None:
    window, running = session
    view, controller = running.audience, running.controller
    assert not window.isVisible()  # the room sees only the presentation
    assert controller.index == 0
    press(qtbot, view, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
    assert controller.index == 4
    press(qtbot, view, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left)
    assert controller.index == 1
    assert view.title.text() == controller.step.title
    press(qtbot, view, Qt.Key.Key_B)
    assert view.black.isVisible()
    press(qtbot, view, Qt.Key.Key_B)
    assert not view.black.isVisible()
    press(qtbot, view, Qt.Key.Key_3)
    assert (controller.step.chapter, controller.step.number) == ("results", 1)
    press(qtbot, view, Qt.Key.Key_G, Qt.Key.Key_5)
    assert (controller.step.chapter, controller.step.number) == ("conclusion", 1)
    press(qtbot, view, Qt.Key.Key_End)
    assert controller.index == len(controller.steps) - 1
    press(qtbot, view, Qt.Key.Key_PageDown)
    assert controller.index == len(controller.steps) - 1  # the last step stays
    press(qtbot, view, Qt.Key.Key_Home)
    assert controller.index == 0
    assert "1" in view.progress.text()


def test_charts_reveal_layer_by_layer(session, qtbot) -> None:
    window, running = session
    window.state.set_audience("clinician")  # the whole script: its charts with subgroups and the simulation
    controller, view = running.controller, running.audience
    charted = [(i, s) for i, s in enumerate(controller.steps) if s.chart == "effect"]
    assert len({s.layer for _i, s in charted}) >= 2, "the effect chart is revealed over several steps"
    for index, step in charted:
        controller.go(index)
        chart = view.chart("effect")
        assert view.charts.isVisible()
        assert chart.shown_layer == step.layer
        for layer, items in chart.layers.by_layer().items():
            assert all(item.isVisible() == (layer <= step.layer) for item in items)
        labels = [text for _y, text in chart.plot.getPlotItem().getAxis("left")._tickLevels[0]]
        assert len(labels) == sum(1 for r in chart.rows if chart.layer_visible(row_layer(r)))


def test_animated_charts_show_their_end_unless_their_layers_are_moments(session) -> None:
    window, running = session
    window.state.set_audience("clinician")  # the whole script: its charts with subgroups and the simulation
    controller, view = running.controller, running.audience
    seen = set()
    for index, step in enumerate(controller.steps):
        chart = view.chart(step.chart) if step.chart else None
        if chart is None or not hasattr(chart, "seek"):
            continue
        controller.go(index)
        spec = chart_spec(step.chart)
        at_end = chart.position == chart.end()
        assert at_end == (not spec.layers_are_moments or step.layer >= spec.layers), (step.chart, step.layer)
        seen.add((spec.layers_are_moments, at_end))
    assert seen == {(False, True), (True, False), (True, True)}, "the slides show both kinds"


def test_language_switch_keeps_the_step(session, qtbot) -> None:
    window, running = session
    controller, view = running.controller, running.audience
    controller.go(7)
    before = (controller.step.chapter, controller.step.number, controller.step.title)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.state.language == "en"
    assert controller.index == 7
    after = (controller.step.chapter, controller.step.number, controller.step.title)
    assert after[:2] == before[:2]
    assert after[2] != before[2]
    assert view.title.text() == after[2]


def test_escape_restores_the_normal_window(session, qtbot) -> None:
    window, running = session
    qtbot.keyClick(running.audience, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert not running.audience.isVisible()
    assert window.current_chapter() in CHAPTERS


def test_pointer_shows_while_held(session, qtbot) -> None:
    _window, running = session
    view = running.audience
    qtbot.keyPress(view, Qt.Key.Key_L)
    assert view.spotlight.isVisible()
    qtbot.keyRelease(view, Qt.Key.Key_L)
    assert not view.spotlight.isVisible()
    qtbot.mousePress(view, Qt.MouseButton.RightButton, pos=view.rect().center())
    assert view.spotlight.isVisible()
    assert view.spotlight.centre == view.rect().center()
    qtbot.mouseRelease(view, Qt.MouseButton.RightButton, pos=view.rect().center())
    assert not view.spotlight.isVisible()


def test_one_screen_means_no_presenter_view(session) -> None:
    _window, running = session
    assert len(QApplication.screens()) == 1
    assert running.presenter is None


def test_both_languages_have_the_same_steps_and_charts(study_data) -> None:
    content = paths.resource("content")
    nb, en = (presentation(content, lang, study_data) for lang in ("nb", "en"))
    assert [(s.chapter, s.number, s.chart, s.layer) for s in nb] == [
        (s.chapter, s.number, s.chart, s.layer) for s in en
    ]
    assert {s.chapter for s in nb} == set(CHAPTERS)
    assert all(s.notes for s in nb + en), "every step has speaker notes"
    assert nb[0].title != en[0].title


def test_slide_format_errors_are_named() -> None:
    from aim_explainer.core.content import ContentError

    with pytest.raises(ContentError, match="step 2: a step starts with '# title'"):
        parse_steps("# One\ntext\n---\nno title\n", "background", "nb/slides_background.md")
    with pytest.raises(ContentError, match="unknown chart 'pie'"):
        parse_steps("# One\nChart: pie 1\n", "background", "nb/slides_background.md", charts=("effect",))


SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from aim_explainer import app, cli
qapp = QApplication([])
window = app.build_window(qapp, cli.build_parser().parse_args(["--export-text", "-"]), True)
window.state.load_data(None)
window.show()
running = window.start_presentation(full_screen=False)
qapp.processEvents()
running.controller.next()
qapp.processEvents()
print(json.dumps({
    "audience": running.audience.screen().name(),
    "presenter": running.presenter.screen().name() if running.presenter else None,
    "notes": running.presenter.notes.toPlainText() if running.presenter else "",
    "step_notes": running.controller.step.notes,
    "next": running.presenter.next.toPlainText() if running.presenter else "",
    "next_title": running.controller.next_step.title,
    "clock_running": running.presenter.timer.isActive() if running.presenter else False,
}))
running.end()
app.dispose(qapp, window)
"""


def test_presenter_view_on_the_laptop_audience_on_the_projector(tmp_path: Path) -> None:
    def screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
        return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip

    screens = {"screens": [screen("laptop", 0, 1366, 768), screen("projector", 1366, 1920, 1080)]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", AIM_EXPLAINER_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["audience"] == "projector"
    assert seen["presenter"] == "laptop"
    assert seen["notes"].strip()
    assert seen["next_title"] in seen["next"]
    assert seen["clock_running"]


def test_a_step_with_a_secondary_number_explains_its_mark_on_screen(session, qtbot) -> None:
    from aim_explainer.core.content import SECONDARY_MARK

    _window, running = session
    controller, view = running.controller, running.audience
    marked = [i for i, s in enumerate(controller.steps) if SECONDARY_MARK in f"{s.title}\n{s.body}"]
    plain = [i for i, s in enumerate(controller.steps) if SECONDARY_MARK not in f"{s.title}\n{s.body}"]
    assert marked, "the slides show numbers from secondary sources (Modic type 1 and 2)"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    while controller.index < marked[0]:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.footnote.isVisible()
    assert view.footnote.text().startswith(SECONDARY_MARK)
    controller.go(plain[0])
    assert not view.footnote.isVisible()


@pytest.mark.parametrize("where", ["body", "charts"])
def test_right_button_spotlight_opens_no_menu_and_keys_still_work(session, qtbot, where: str) -> None:
    _window, running = session
    controller, view = running.controller, running.audience
    controller.go(next(i for i, s in enumerate(controller.steps) if s.chart))  # a step with text and a chart
    settle()
    target = getattr(view, where)
    point = target.mapTo(view, target.rect().center())
    under = view.childAt(point) or view  # where Qt delivers a click at that point
    local = under.mapFrom(view, point)
    qtbot.mousePress(under, Qt.MouseButton.RightButton, pos=local)
    assert view.spotlight.isVisible()
    # The window system follows a right press with a context-menu event to the widget under the pointer.
    opened: list[str] = []

    def close_any_menu() -> None:  # a menu runs its own event loop: close it from inside, and remember it
        popup = QApplication.activePopupWidget()
        if popup is not None:
            opened.append(type(popup).__name__)
            popup.close()

    QTimer.singleShot(0, close_any_menu)
    QApplication.sendEvent(under, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, under.mapToGlobal(local)))
    assert opened == [], "a context menu opened over the slides"
    qtbot.mouseRelease(under, Qt.MouseButton.RightButton, pos=local)
    assert not view.spotlight.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert controller.step.chapter == CHAPTERS[2]
