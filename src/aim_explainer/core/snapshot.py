"""The build's snapshot of the bundled data file: its records as JSON, read with the standard library.

pandas costs a quarter of a second and a third of the memory of a start, only to read a file that never
changes between builds. So the build reads it once with pandas, validates it (core.data), and writes what
pandas read here, beside the file, like the .qm files beside the .ts. The application reads the snapshot
instead, and validates the records again with the same validator: only the reader differs.

A snapshot names the SHA-256 of the file it was taken from. One that does not match the file as it is now
(edited after the build), of another format version, or broken, is not used: the file is read with pandas.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from aim_explainer.core.atomic_file import write_text
from aim_explainer.core.data_file import COLUMNS

log = logging.getLogger(__name__)

FORMAT = "aim-explainer study data snapshot"
VERSION = 1  # raise when the layout below changes: an old snapshot is then read as stale


def snapshot_file(data_file: Path) -> Path:
    """Where the snapshot of `data_file` lives: beside it (resources/data/trial-data.snapshot.json)."""
    return data_file.with_suffix(".snapshot.json")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_snapshot(data_file: Path, records: Sequence[Mapping[str, str]]) -> Path:
    """Write the records read from `data_file` (already validated by the caller) with the file's digest."""
    target = snapshot_file(data_file)
    content = {
        "format": FORMAT,
        "version": VERSION,
        "source": data_file.name,
        "sha256": file_digest(data_file),
        "columns": list(COLUMNS),
        "rows": [[str(record.get(column, "")) for column in COLUMNS] for record in records],
    }
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return write_text(target, text + "\n")  # never a half-written snapshot, even if the build is stopped


def _unusable(content: object, digest: str) -> str:
    """Why `content` cannot stand for the file whose digest is `digest`, or "" when it can."""
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        return "it is not a snapshot of study data"
    if content.get("version") != VERSION:
        return f"it has format version {content.get('version')!r}, this version reads {VERSION}"
    if content.get("sha256") != digest:
        return "the data file has changed since the snapshot was taken"
    rows = content.get("rows")
    if content.get("columns") != list(COLUMNS) or not isinstance(rows, list):
        return "its columns are not the data file's"
    width = len(COLUMNS)
    if not all(isinstance(r, list) and len(r) == width and all(isinstance(c, str) for c in r) for r in rows):
        return "a row is not a list of texts, one per column"
    return ""


def read_snapshot(data_file: Path) -> list[dict[str, str]] | None:
    """The records of `data_file` from its snapshot, or None (and a log line) when there is no usable one."""
    source = snapshot_file(data_file)
    try:
        digest = file_digest(data_file)
        content = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.info("no snapshot of %s: reading the file itself", data_file.name)
        return None
    except (OSError, ValueError) as exc:  # unreadable, or not JSON / not UTF-8
        log.warning("the snapshot %s cannot be read (%s): reading %s itself", source, exc, data_file.name)
        return None
    reason = _unusable(content, digest)
    if reason:
        log.warning("the snapshot %s is not used (%s): reading %s itself", source, reason, data_file.name)
        return None
    return [dict(zip(COLUMNS, row, strict=True)) for row in content["rows"]]
