"""What the application remembers between runs, and how it survives a damaged settings file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.languages import CODES, DEFAULT
from aim_explainer.core.palette import THEMES

TEXT_SCALE_MIN = 1.0
TEXT_SCALE_MAX = 2.0


@dataclass(frozen=True)
class Settings:
    language: str = DEFAULT
    chapter: str = CHAPTERS[0]
    geometry: str = ""  # opaque, base64 of the window's saved geometry
    text_scale: float = 1.0
    theme: str = "standard"

    def validated(self) -> tuple[Settings, list[str]]:
        """A copy with every unusable value replaced by its default, and what was replaced."""
        notes: list[str] = []
        fixed = self
        default = Settings()
        if self.language not in CODES:
            notes.append(f"unknown language {self.language!r}")
            fixed = replace(fixed, language=default.language)
        if self.chapter not in CHAPTERS:
            notes.append(f"unknown chapter {self.chapter!r}")
            fixed = replace(fixed, chapter=default.chapter)
        if not isinstance(self.geometry, str):
            notes.append("geometry is not text")
            fixed = replace(fixed, geometry="")
        if self.theme not in THEMES:
            notes.append(f"unknown theme {self.theme!r}")
            fixed = replace(fixed, theme=default.theme)
        scale = self.text_scale
        if (
            isinstance(scale, bool)
            or not isinstance(scale, (int, float))
            or not (TEXT_SCALE_MIN <= scale <= TEXT_SCALE_MAX)
        ):
            notes.append(f"text_scale {scale!r} is not between {TEXT_SCALE_MIN} and {TEXT_SCALE_MAX}")
            fixed = replace(fixed, text_scale=default.text_scale)
        return fixed, notes


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Settings from `path`, or defaults. The list says what was wrong, for the log; it never raises."""
    if not path.exists():
        return Settings(), []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Settings(), [f"{path}: cannot read settings ({exc}); using defaults"]
    if not isinstance(raw, dict):
        return Settings(), [f"{path}: settings are not a JSON object; using defaults"]
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known})
    settings, notes = settings.validated()
    return settings, [f"{path}: {note}; using the default" for note in notes]


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash mid-write never leaves a half file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
