"""The main result at display scaling, in a real X window: Xvfb at 1280×800, the scale set as Windows laptops
have it. Offscreen screenshots only enlarge the 1024×768 layout, so only a real scaled window shows this.

At 150 % Results stacked the chart above the text in a pane about 190 px tall that showed one of the three rows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PROBE = Path(__file__).parents[1] / "xvfb_probe.py"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """An X server of its own, 1280×800, for this module; gone afterwards."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"], pass_fds=(write,)
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # the server writes its display number once it accepts clients
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def probe(display: str, home: Path, scale: str, *options: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale, "AIM_EXPLAINER_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, str(PROBE), "--tab", "results", *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_whole_plot_in_sight(display, tmp_path, scale, lang) -> None:
    seen = probe(display, tmp_path, scale, "--lang", lang)
    assert seen["plot_width_seen"]
    assert seen["plot_height_seen"] == seen["plot_height"], seen


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_at_150_percent_the_rows_are_in_sight(display, tmp_path, lang) -> None:
    """The chart beside the text, as tall as the pane, when one above the other would leave it too little:
    nearly all the plot shows (before: 0.4 of it, one row)."""
    seen = probe(display, tmp_path, "1.5", "--lang", lang)
    assert seen["side_by_side"]
    assert seen["plot_height_seen"] >= 0.75 * seen["plot_height"], seen


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize(
    ("scale", "options"),
    [
        ("1.5", ()),
        # at 200 % the screen is 640×400: the window takes all of it, its toolbar and idle status bar give way, its
        # tabs lose their padding and the lines' names go to a key under the heading (the pane was 153 px of 281)
        ("2", ()),
        ("1", ("--text-size", "200", "--window-size", "1024x768")),
    ],
)
def test_whole_plot_in_sight_when_scaled(display, tmp_path, scale, options, lang) -> None:
    """The plot keeps the least height its rows, names and axis need (it kept 16 lines, 279 px, taller than the
    pane at 150 % and with the largest text)."""
    seen = probe(display, tmp_path, scale, "--lang", lang, *options)
    assert seen["plot_height_seen"] == seen["plot_height"], seen


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_the_pane_never_scrolls_sideways(display, tmp_path, scale, lang) -> None:
    """The buttons under the chart wrap onto a second row where the pane is narrower than they are: at 200 % they
    stood in one row 60 px wider than the pane, which scrolled sideways and hid the plot's right edge."""
    seen = probe(display, tmp_path, scale, "--lang", lang)
    assert seen["sideways"] == 0, seen
    assert seen["plot_width_seen"], seen
    # in the narrower pane "ingen forskjell" was wider than the plot and lost a letter at each edge: it wraps
    assert seen["words_fit"], seen
