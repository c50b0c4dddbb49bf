"""The command line: the options, how each is read, and which of them make a batch run.

Standard library and core only, so `--version`, `--help` and a wrong option answer before Qt loads. Our own
messages about a wrong option are in the reader's language (--lang, else the system's), as are argparse's own
words: the parser is translated_argparse's.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from aim_explainer import APP_ID, __version__
from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.handout import KINDS
from aim_explainer.core.languages import CODES
from aim_explainer.core.palette import THEMES, Theme
from aim_explainer.translated_argparse import TranslatedParser, reader_language, translate, use_language

MAX_WINDOW = (7680, 4320)  # 8K: a larger window (or screenshot) only costs minutes and gigabytes
# Options that a run would otherwise drop without a word, and the options they cannot go with
IGNORED_WITH = {
    "check_layout": ("screenshot", "export_text", "export_charts", "handout", "quit_after_first_paint"),
    "present": ("export_text", "export_charts", "handout", "quit_after_first_paint"),
    "tab": ("screenshot", "export_text", "export_charts", "handout", "check_layout"),
}

# Chapter names accepted by --tab: the English ids and the Norwegian tab names.
TAB_NAMES = dict(zip(CHAPTERS, CHAPTERS, strict=True)) | {
    "bakgrunn": "background",
    "metode": "method",
    "resultater": "results",
    "sammenligning": "comparison",
    "konklusjon": "conclusion",
}


def _window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a size like 1280x800").format(text=text)
        )
    width, height = int(match.group(1)), int(match.group(2))
    if width > MAX_WINDOW[0] or height > MAX_WINDOW[1]:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{size} is larger than {largest}").format(
                size=f"{width}x{height}", largest=f"{MAX_WINDOW[0]}x{MAX_WINDOW[1]}"
            )
        )
    return width, height


def _text_size(text: str) -> float:
    try:
        percent = int(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a whole percentage").format(text=text)
        ) from None
    if not 100 <= percent <= 200:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{percent} % is outside 100 to 200").format(percent=percent)
        )
    return percent / 100


def _path(what: str) -> Callable[[str], Path]:
    def named(text: str) -> Path:
        # Path("") is ".", the current folder: an empty name must be refused here, saying what it is
        if not text.strip():
            raise argparse.ArgumentTypeError(
                translate("CommandLine", "no file name given")
                if what == "file"
                else translate("CommandLine", "no folder name given")
            )
        return Path(text)

    named.__name__ = what  # argparse names the type in its message
    return named


def _tab(text: str) -> str:
    chapter = TAB_NAMES.get(text.strip().lower())
    if chapter is None:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a chapter; choose from {names}").format(
                text=text, names=", ".join(TAB_NAMES)
            )
        )
    return chapter


def _theme(text: str) -> Theme:
    # On the command line a theme is written with a hyphen (high-contrast), as options are.
    theme = text.strip().lower().replace("-", "_")
    if theme not in THEMES:
        names = ", ".join(name.replace("_", "-") for name in THEMES)
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a theme; choose from {names}").format(text=text, names=names)
        )
    return Theme(theme)


def _lang(text: str) -> str:
    code = text.strip().lower()  # NB as nb, as --tab RESULTATER is read
    if code not in CODES:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a language; choose from {names}").format(
                text=text, names=", ".join(CODES)
            )
        )
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = TranslatedParser(
        prog=APP_ID,
        description=translate(
            "CommandLine", "Explains the Norwegian AIM trial of antibiotics for low back pain with Modic changes."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_ID} {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "--lang",
        type=_lang,
        metavar="|".join(CODES),
        help=translate("CommandLine", "language of the whole application (default: last used, nb)"),
    )
    parser.add_argument(
        "--tab",
        type=_tab,
        metavar="NAME",
        help=translate("CommandLine", "chapter to open: {names}").format(names=", ".join(TAB_NAMES)),
    )
    parser.add_argument(
        "--data",
        type=_path("file"),
        metavar="PATH",
        help=translate("CommandLine", "a study data file of the bundled format"),
    )
    parser.add_argument(
        "--window-size", type=_window_size, metavar="WxH", help=translate("CommandLine", "window size, e.g. 1024x768")
    )
    parser.add_argument(
        "--text-size", type=_text_size, metavar="PERCENT", help=translate("CommandLine", "text size from 100 to 200")
    )
    parser.add_argument(
        "--audience",
        choices=AUDIENCES,
        help=translate(
            "CommandLine",
            "the path through the chapters: patient (default) or clinician; also what --export-text, "
            "--screenshot, --present and --handout write",
        ),
    )
    parser.add_argument(
        "--theme",
        type=_theme,
        metavar="NAME",
        help=translate(
            "CommandLine", "standard or high-contrast, for the window, the presentation and their screenshots"
        ),
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help=translate("CommandLine", "start in presentation mode (with --screenshot: write its steps)"),
    )
    batch = parser.add_mutually_exclusive_group()
    batch.add_argument(
        "--screenshot",
        type=_path("folder"),
        metavar="DIR",
        help=translate("CommandLine", "write DIR/<lang>/<chapter>.png, then exit"),
    )
    batch.add_argument(
        "--export-text",
        type=_path("folder"),
        metavar="DIR",
        help=translate("CommandLine", "write DIR/<lang>/<chapter>.txt, then exit"),
    )
    batch.add_argument(
        "--export-charts",
        type=_path("folder"),
        metavar="DIR",
        help=translate("CommandLine", "write DIR/<lang>/<chart>.png and .svg, then exit"),
    )
    batch.add_argument(
        "--handout",
        type=_path("file"),
        metavar="FILE.pdf",
        help=translate("CommandLine", "write a printable A4 handout as PDF (see --kind), then exit"),
    )
    batch.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help=translate(
            "CommandLine", "quit once the window has painted, and again with the study text (for start-up benchmarks)"
        ),
    )
    parser.add_argument(
        "--check-layout",
        action="store_true",
        help=translate(
            "CommandLine",
            "with --present: check every step for overlapping or clipped text, print each problem, exit 1 if any",
        ),
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help=translate(
            "CommandLine",
            "the handout --handout writes: for patients or for clinicians (default: as --audience, else patients)",
        ),
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options of this run; a wrong one exits with status 2 and a usage message."""
    words = sys.argv[1:] if argv is None else argv
    use_language(reader_language(words))
    parser = build_parser()
    args = parser.parse_args(words)
    if args.kind and not args.handout:
        parser.error(translate("CommandLine", "--kind goes with --handout"))
    if args.check_layout and not args.present:
        parser.error(translate("CommandLine", "--check-layout goes with --present"))
    for option, others in IGNORED_WITH.items():
        given = [other for other in others if getattr(args, other)]
        if getattr(args, option) and given:
            parser.error(
                translate("CommandLine", "{option} cannot go with {other}: one of them would be ignored").format(
                    option=_flag(option), other=_flag(given[0])
                )
            )
    return args


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def is_batch(args: argparse.Namespace) -> bool:
    """A run that writes files and exits: nobody watches, so no dialogs and no remembered settings."""
    return bool(args.screenshot or args.export_text or args.export_charts or args.handout or args.check_layout)
