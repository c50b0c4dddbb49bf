"""Every colour comes from the one palette (core/palette.py), whose contrast tests/core/test_contrast.py checks.

A colour typed anywhere else would escape those checks and the high-contrast theme: this search finds it.
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "aim_explainer"
PALETTE = SRC / "core" / "palette.py"
COLOUR = re.compile(
    r"#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?\b"  # hex colours
    r"|QColor\(\s*\d"  # QColor(r, g, b)
    r"|(?:QColor|mkColor|mkBrush|mkPen)\(\s*[\"'][a-z]+[\"']"  # named colours: QColor("black")
)
# (r, g, b[, a]) tuples: three or four small whole numbers, one of them a bright channel (margins are not)
TUPLE = re.compile(r"\((\s*\d{1,3}\s*(?:,\s*\d{1,3}\s*){2,3})\)")


def _colour_tuple(code: str) -> bool:
    return any(max(int(n) for n in m.group(1).split(",")) >= 100 for m in TUPLE.finditer(code))


def colours_outside_the_palette(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == PALETTE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("  #")[0]
            if COLOUR.search(code) or _colour_tuple(code):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_colour_is_typed_outside_the_palette() -> None:
    assert colours_outside_the_palette(SRC) == []


def test_the_search_finds_each_way_of_typing_a_colour(tmp_path: Path) -> None:
    lines = ['a = "#EDEDE6"', "b = QColor(0, 0, 0, 110)", 'c = QColor("white")', "d = (255, 255, 255, 235)", "e = 1"]
    for number, line in enumerate(lines):
        (tmp_path / f"m{number}.py").write_text(line + "\n", encoding="utf-8")
    assert len(colours_outside_the_palette(tmp_path)) == 4
