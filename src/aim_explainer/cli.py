"""The command line: the options, how each is read, and which of them make a batch run.

Standard library and core only, so `--version`, `--help` and a wrong option answer before Qt loads.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from aim_explainer import APP_ID, __version__
from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.handout import KINDS
from aim_explainer.core.languages import CODES
from aim_explainer.core.palette import THEMES, Theme

# Chapter names accepted by --tab: the English ids and the Norwegian tab names.
TAB_NAMES = dict(zip(CHAPTERS, CHAPTERS, strict=True)) | {
    "bakgrunn": "background",
    "metode": "method",
    "resultater": "results",
    "sammenligning": "comparison",
    "konklusjon": "conclusion",
}


def _window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800")
    return int(match.group(1)), int(match.group(2))


def _text_size(text: str) -> float:
    try:
        percent = int(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole percentage") from None
    if not 100 <= percent <= 200:
        raise argparse.ArgumentTypeError(f"{percent} % is outside 100 to 200")
    return percent / 100


def _path(what: str) -> Callable[[str], Path]:
    def named(text: str) -> Path:
        # Path("") is ".", the current folder: an empty name must be refused here, saying what it is
        if not text.strip():
            raise argparse.ArgumentTypeError(f"no {what} name given")
        return Path(text)

    named.__name__ = what  # argparse names the type in its message
    return named


def _tab(text: str) -> str:
    chapter = TAB_NAMES.get(text.strip().lower())
    if chapter is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a chapter; choose from {', '.join(TAB_NAMES)}")
    return chapter


def _theme(text: str) -> Theme:
    # On the command line a theme is written with a hyphen (high-contrast), as options are.
    theme = text.strip().lower().replace("-", "_")
    if theme not in THEMES:
        names = ", ".join(name.replace("_", "-") for name in THEMES)
        raise argparse.ArgumentTypeError(f"'{text}' is not a theme; choose from {names}")
    return Theme(theme)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Explains the Norwegian AIM trial of antibiotics for low back pain with Modic changes.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument("--lang", choices=CODES, help="language of the whole application (default: last used, nb)")
    parser.add_argument("--tab", type=_tab, metavar="NAME", help=f"chapter to open: {', '.join(TAB_NAMES)}")
    parser.add_argument("--data", type=_path("file"), metavar="PATH", help="a study data file of the bundled format")
    parser.add_argument("--window-size", type=_window_size, metavar="WxH", help="window size, e.g. 1024x768")
    parser.add_argument("--text-size", type=_text_size, metavar="PERCENT", help="text size from 100 to 200")
    parser.add_argument(
        "--audience",
        choices=AUDIENCES,
        help="the path through the chapters: patient (default) or clinician; also what --export-text, "
        "--screenshot, --present and --handout write",
    )
    parser.add_argument(
        "--theme",
        type=_theme,
        metavar="NAME",
        help="standard or high-contrast, for the window, the presentation and their screenshots",
    )
    parser.add_argument(
        "--present", action="store_true", help="start in presentation mode (with --screenshot: write its steps)"
    )
    batch = parser.add_mutually_exclusive_group()
    batch.add_argument(
        "--screenshot", type=_path("folder"), metavar="DIR", help="write DIR/<lang>/<chapter>.png, then exit"
    )
    batch.add_argument(
        "--export-text", type=_path("folder"), metavar="DIR", help="write DIR/<lang>/<chapter>.txt, then exit"
    )
    batch.add_argument(
        "--export-charts", type=_path("folder"), metavar="DIR", help="write DIR/<lang>/<chart>.png and .svg, then exit"
    )
    batch.add_argument(
        "--handout",
        type=_path("file"),
        metavar="FILE.pdf",
        help="write a printable A4 handout as PDF (see --kind), then exit",
    )
    batch.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="quit once the window has painted, and again with the study text (for start-up benchmarks)",
    )
    parser.add_argument(
        "--check-layout",
        action="store_true",
        help="with --present: check every step for overlapping or clipped text, print each problem, exit 1 if any",
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help="the handout --handout writes: for patients or for clinicians (default: as --audience, else patients)",
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options of this run; a wrong one exits with status 2 and a usage message."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.kind and not args.handout:
        parser.error("--kind goes with --handout")
    if args.check_layout and not args.present:
        parser.error("--check-layout goes with --present")
    return args


def is_batch(args: argparse.Namespace) -> bool:
    """A run that writes files and exits: nobody watches, so no dialogs and no remembered settings."""
    return bool(args.screenshot or args.export_text or args.export_charts or args.handout or args.check_layout)
