"""What the application remembers between runs, and how it survives a damaged settings file.

Whatever the file holds (a hand edit, a half-written disk, another program's file), every field falls back
to its default on its own, with a note for the log: a settings file must never stop the application.
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from aim_explainer.core.atomic_file import write_text
from aim_explainer.core.content import AUDIENCES, CHAPTERS
from aim_explainer.core.languages import CODES, DEFAULT
from aim_explainer.core.palette import THEMES, Theme

TEXT_SCALE_MIN = 1.0
TEXT_SCALE_MAX = 2.0
MAX_FILE_BYTES = 64_000  # a real settings file is a few hundred bytes; more is not ours, so it is not read
MAX_GEOMETRY_CHARS = 4_000  # Qt's saved geometry is about 90 characters of base64


@dataclass(frozen=True)
class Settings:
    language: str = DEFAULT
    chapter: str = CHAPTERS[0]
    geometry: str = ""  # opaque, base64 of the window's saved geometry
    text_scale: float = 1.0
    theme: Theme = Theme.STANDARD
    audience: str = AUDIENCES[0]  # the patient path, until the reader chooses the clinician's


def _shown(value: object) -> str:
    """A value as the log shows it: short, whatever it is (a 5,000-character string stays readable)."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # deep nesting; an int beyond Python's digit limit
        text = f"a {type(value).__name__}"
    return text if len(text) <= 60 else text[:57] + "..."


def _one_of(choices: object) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        # Type checker: choices are a tuple or a dict of names: both support `in`.
        if isinstance(value, str) and value in choices:  # type: ignore[operator]
            return None
        return f"unknown value {_shown(value)}"

    return check


def _geometry(value: object) -> str | None:
    if not isinstance(value, str):
        return f"{_shown(value)} is not text"
    if len(value) > MAX_GEOMETRY_CHARS:
        return f"{len(value)} characters is too long"
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (UnicodeEncodeError, binascii.Error):
        return f"{_shown(value)} is not a saved window geometry"
    return None


def _text_scale(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{_shown(value)} is not a number"
    if not TEXT_SCALE_MIN <= value <= TEXT_SCALE_MAX:  # False for NaN; no float() that huge ints overflow
        return f"{_shown(value)} is not between {TEXT_SCALE_MIN} and {TEXT_SCALE_MAX}"
    return None


# One check per field: None when the value is usable, else why it is not.
CHECKS: dict[str, Callable[[object], str | None]] = {
    "language": _one_of(CODES),
    "chapter": _one_of(CHAPTERS),
    "geometry": _geometry,
    "text_scale": _text_scale,
    "theme": _one_of(THEMES),
    "audience": _one_of(AUDIENCES),
}


def _from_mapping(raw: dict[str, object]) -> tuple[Settings, list[str]]:
    """Settings from the usable values of `raw`; every other field keeps its default."""
    kept: dict[str, object] = {}
    notes: list[str] = []
    for field in fields(Settings):
        if field.name not in raw:
            continue
        value = raw[field.name]
        reason = CHECKS[field.name](value)
        if reason is None:
            kept[field.name] = Theme(str(value)) if field.name == "theme" else value
        else:
            notes.append(f"{field.name}: {reason}")
    # Type checker: each value passed its field's check (CHECKS), so it has the field's type.
    return Settings(**kept), notes  # type: ignore[arg-type]


def _read(path: Path) -> object:
    with path.open("rb") as f:
        content = f.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise ValueError(f"the file is too large (over {MAX_FILE_BYTES} bytes)")
    # utf-8-sig: an editor's byte order mark must not discard the settings
    return json.loads(content.decode("utf-8-sig"))


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Settings from `path`, or defaults. The list says what was wrong, for the log; it never raises."""
    try:
        if not path.exists():
            return Settings(), []
        raw = _read(path)
    # ValueError covers bad JSON, bad UTF-8 and numbers beyond Python's digit limit; RecursionError deep nesting
    except (OSError, ValueError, RecursionError) as exc:
        return Settings(), [f"{path}: cannot read settings ({_shown(str(exc))}); using defaults"]
    if not isinstance(raw, dict):
        return Settings(), [f"{path}: settings are not a JSON object; using defaults"]
    settings, notes = _from_mapping(raw)
    return settings, [f"{path}: {note}; using the default" for note in notes]


def save_settings(path: Path, settings: Settings) -> None:
    """Write whole or not at all (core.atomic_file). A new file is the user's alone; an existing one keeps
    its mode, a linked one is written through its link, and a read-only one is kept: FileWriteError says so.
    """
    write_text(path, json.dumps(asdict(settings), indent=2), new_mode=0o600)
