"""The application as a screen reader meets it, over AT-SPI: run by .ci/run, not by pytest.

Starts the application in a real X session with Qt's AT-SPI bridge on, and walks it as Orca would:
- every focusable control that shows has a name;
- from every chapter, Tab comes back round to where it started within 300 presses (no table traps it);
- in presentation mode, Page Down raises an event (announcement or description change) carrying the step's
  heading as the screen shows it;
- tab bars are named after their purpose ("Kapitler", "Sider i resultatene"), not after their current tab, and
  offer only the tabs that show (the patient path hides a page of the results);
- every chapter's text, focused as the chapter opens, is a read-only text (not a label) with its name, a caret
  that Down moves, and no unnamed layered pane of the application's on the way to it;
- H in a chapter's text moves to the next heading, described with its words and "overskrift nivå 2";
- the start screen's answer leads the description of the control the keyboard starts on (Orca 43 speaks no
  announcements);
- a chart taking focus is a chart and carries its title and summary, and Down on it raises a description change
  with the value reached.

Needs the system's python3 with pyatspi (python3-pyatspi), at-spi2-core, a D-Bus session and an X server:
    dbus-run-session -- xvfb-run -a /usr/bin/python3 tests/screen_reader_check.py .venv/bin/aim-explainer
Exits 1 and names each failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

TABS = 300
WINDOW_TITLE = "AIM-studien forklart"
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE,
}

LISTENED = ("object:state-changed:focused", "object:property-change:accessible-description", "object:announcement")
events: list[tuple[str, str, str]] = []  # (type, source's role and name, what it carries)
focus: list = [None]  # the element the last focus event went to, as Orca follows it


def say(line: str) -> None:
    """A line of the check's report on the CI log."""
    sys.stdout.write(f"screen reader check: {line}\n")
    sys.stdout.flush()


def pump(seconds: float = 0.0) -> None:
    """Let the D-Bus events in: pyatspi delivers them from GLib's main loop."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def listen(event) -> None:
    source = event.source
    try:
        who = f"{source.getRoleName()} {source.name!r}"
    except Exception:  # the object may be gone already
        who = "?"
    carried = event.any_data if isinstance(event.any_data, str) else ""
    if event.type.startswith("object:property-change:accessible-description"):
        try:
            carried = source.description
        except Exception:
            carried = ""
    events.append((str(event.type), who, carried))
    if event.type.startswith("object:state-changed:focused") and event.detail1:
        focus[0] = source


def key(*names: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *names], check=True)
    pump(0.15)


def find_app(timeout: float = 60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            for window in app:
                if window is not None and window.name.startswith(WINDOW_TITLE):  # "… — data file problem" too
                    return app, window
        pump(0.5)
    names = [(app.name, [w.name for w in app if w is not None]) for app in desktop if app is not None]
    raise SystemExit(f"no window named {WINDOW_TITLE!r} on the AT-SPI bus within {timeout:.0f} s: {names}")


def walk(node, path: str = ""):
    yield node, path
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, f"{path}/{child.getRoleName()}[{index}]")


def unnamed_controls(window) -> list[str]:
    found = []
    for node, path in walk(window):
        states = node.getState()
        shown = node.getRole() in INTERACTIVE and states.contains(pyatspi.STATE_SHOWING)
        if shown and states.contains(pyatspi.STATE_FOCUSABLE) and not node.name.strip():
            found.append(path)
    return found


def focused() -> str:
    for kind, who, _ in reversed(events):
        if kind == "object:state-changed:focused":
            return who
    return ""


def tab_comes_round(chapter: int) -> str | None:
    """From chapter `chapter`'s text, Tab until the focus is back where it started; None when it is."""
    key(f"ctrl+{chapter}")
    key("Tab")
    start = focused()
    seen = set()
    left = False  # Tab first moves through the text's links, where the focus stays on the text
    for count in range(1, TABS + 1):
        key("Tab")
        now = focused()
        seen.add(now)
        left = left or now != start
        if left and now == start:
            say(f"chapter {chapter}: Tab came round after {count} presses ({start})")
            return None
    return f"chapter {chapter}: {TABS} Tabs never came back to {start!r}; last: {sorted(seen)[:6]}"


def answer_told(window) -> str | None:
    focused_now = [node for node, _ in walk(window) if node.getState().contains(pyatspi.STATE_FOCUSED)]
    if not focused_now or not focused_now[0].description.startswith("Svaret fra AIM-studien"):
        first = focused_now[0] if focused_now else None
        said = f"{first.name!r}: {first.description[:60]!r}" if first else "nothing focused"
        return f"start screen: the answer is not read with the first focus ({said})"
    say(f"start: {focused_now[0].name!r} described {focused_now[0].description[:70]!r}")
    return None


def named_tab_lists(window) -> list[str]:
    """Each showing tab bar is named after its purpose and offers only showing tabs; the two expected are there."""
    problems, names = [], []
    for node, path in walk(window):
        if node.getRole() != pyatspi.ROLE_PAGE_TAB_LIST or not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        tabs = [node.getChildAtIndex(i) for i in range(node.childCount)]
        tabs = [t for t in tabs if t is not None and t.getRole() == pyatspi.ROLE_PAGE_TAB]
        names.append(node.name)
        if node.name in [t.name for t in tabs]:
            problems.append(f"tab list {path} is named after a tab: {node.name!r}")
        hidden = [t.name for t in tabs if not t.getState().contains(pyatspi.STATE_SHOWING)]
        if hidden:
            problems.append(f"tab list {node.name!r} offers tabs that do not show: {hidden}")
    for wanted in ("Kapitler", "Sider i resultatene"):
        if wanted not in names:
            problems.append(f"no tab list named {wanted!r} among {names}")
    say(f"tab lists: {names}")
    return problems


def results_switch_tabs(window) -> list[str]:
    for node, _ in walk(window):
        if node.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and node.name == "Sider i resultatene":
            return [node.getChildAtIndex(i).name for i in range(node.childCount) if node.getChildAtIndex(i)]
    return []


def described(after: int) -> list[str]:
    return [carried for kind, _, carried in events[after:] if "description" in kind or "announcement" in kind]


def chapter_texts() -> list[str]:
    """Each chapter's text as Orca meets it: a read-only text with a caret, not a "label" (Qt's role for a
    QTextBrowser, which Orca said as "Resultater label.")."""
    problems = []
    for chapter in range(1, 6):
        key(f"ctrl+{chapter}")
        pump(0.5)
        node = focus[0]  # not the tree's first focused element: a combo box's list keeps a focused item
        if node is None:
            problems.append(f"chapter {chapter}: nothing focused")
            continue
        states = node.getState()
        if node.getRole() != pyatspi.ROLE_TEXT or not states.contains(pyatspi.STATE_READ_ONLY) or not node.name:
            problems.append(f"chapter {chapter}: the text is {node.getRoleName()} {node.name!r}, not a read-only text")
            continue
        text = node.queryText()
        before = text.caretOffset
        key("Down")
        pump(0.3)
        if text.caretOffset <= before or not text.getText(0, 20).strip():
            problems.append(f"chapter {chapter}: Down left the caret of {node.name!r} at {text.caretOffset}")
        panes, parent = [], node.parent
        while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION:
            if parent.getRole() == pyatspi.ROLE_LAYERED_PANE and not parent.name:
                panes.append(parent)
            parent = parent.parent
        if len(panes) > 1:  # the chapters' tab widget's own page stack is Qt's
            problems.append(f"chapter {chapter}: {len(panes)} unnamed layered panes around the text")
        say(f"chapter {chapter}: {node.getRoleName()} {node.name!r}, caret {before} -> {text.caretOffset}")
    return problems


def heading_described() -> str | None:
    key("ctrl+3")
    pump(1)
    start = len(events)
    key("h")
    pump(0.5)
    said = described(start)
    if not any(words.endswith(", overskrift nivå 2") and len(words) > 20 for words in said):  # its words too
        return f"H in the text raised nothing saying 'overskrift nivå 2'; heard {said[:3]}"
    say(f"H: {said}")
    return None


def chart_spoken(window) -> str | None:
    """From the Results text, Tab to the page switch and on to the chart beside the text; Down explores it."""
    key("ctrl+3")
    switch = {"page tab list 'Sider i resultatene'", *(f"page tab {name!r}" for name in results_switch_tabs(window))}
    for _ in range(TABS):
        key("Tab")
        if focused() in switch:
            break
    else:
        return "Tab from the Results text never reached its page switch"
    key("Tab")
    pump(0.5)
    chart = next((who for kind, who, _ in reversed(events) if kind == "object:state-changed:focused"), "")
    start = len(events)
    key("Down")
    pump(0.5)
    said = described(start)
    if not chart.startswith("chart '") or chart.endswith("''") or not said:
        return f"the chart ({chart}) took focus without its role and name, or Down on it raised nothing: {said[:2]}"
    say(f"chart {chart}; Down: {said[-1][:90]!r}")
    return None


def step_announced(app) -> str | None:
    key("F5")
    frame = None
    for _ in range(40):  # the slides take a few seconds to build
        pump(0.5)
        frame = next((w for w in app if w is not None and w.name.startswith(("Presentasjon", "Presentation"))), None)
        if frame is not None:
            break
    if frame is None:
        return f"presentation: no window named Presentasjon among {[w.name for w in app if w is not None]}"
    if frame.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW, pyatspi.ROLE_DIALOG):
        return f"presentation: the window is a {frame.getRoleName()}, not a frame"
    events.clear()
    key("Next")
    pump(1.5)
    title = next((n.name for n, _ in walk(frame) if n.getRole() == pyatspi.ROLE_LABEL and n.name.strip()), "")
    spoken = [carried for kind, _, carried in events if "announcement" in kind or "description" in kind]
    key("Escape")
    if not title or not any(title in words for words in spoken):
        return f"presentation: Page Down raised nothing with the heading {title!r}; heard {spoken[:3]}"
    say(f"Page Down raised {len(spoken)} events with the step, e.g. {spoken[0][:80]!r}")
    return None


def main() -> int:
    program = sys.argv[1] if len(sys.argv) > 1 else ".venv/bin/aim-explainer"
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    env["AIM_EXPLAINER_HOME"] = tempfile.mkdtemp(prefix="aim-screen-reader-")
    for kind in LISTENED:
        pyatspi.Registry.registerEventListener(listen, kind)
    app_process = subprocess.Popen([program, "--lang", "nb", "--window-size", "1280x800"], env=env)
    failures: list[str] = []
    try:
        app, window = find_app()
        pump(2)
        # no window manager under Xvfb: the keyboard goes to the window only when it is given the focus
        subprocess.run(
            [
                "xdotool",
                "search",
                "--onlyvisible",
                "--pid",
                str(app_process.pid),
                "--name",
                WINDOW_TITLE,
                "windowfocus",
            ],
            check=False,
        )
        pump(1)
        failures += [f"unnamed: {path}" for path in unnamed_controls(window)]
        told = answer_told(window)
        if told:
            failures.append(told)
        key("ctrl+3")
        pump(1)
        failures += named_tab_lists(window)
        failures += chapter_texts()
        if len(results_switch_tabs(window)) != 3:  # the patient path: the simulation is the clinician's
            failures.append(f"the results' page switch offers {results_switch_tabs(window)}")
        for check in (heading_described, lambda: chart_spoken(window)):
            problem = check()
            if problem:
                failures.append(problem)
        for chapter in range(1, 6):
            trapped = tab_comes_round(chapter)
            if trapped:
                failures.append(trapped)
        silent = step_announced(app)
        if silent:
            failures.append(silent)
    finally:
        app_process.terminate()
        app_process.wait(timeout=30)
    for failure in failures:
        say(failure)
    say(f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
