"""Chapter and glossary text: Markdown per language, with placeholders filled from the study data.

A placeholder is `{key}`, `{key.low}`, `{key.high}`, `{key.ci}` or `{key.words}`, where key names a quantity
in `core.quantities`; `.words` writes a whole number from two to twelve as a word, for running text. Each
filled number becomes a link `source:key`, so its source is one click away.
Terms link to the glossary as `[words](glossary:term_id)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aim_explainer.core.data import Row, StudyData
from aim_explainer.core.formatting import count_in_words, format_interval, format_number, format_percent
from aim_explainer.core.quantities import BY_KEY, Quantity
from aim_explainer.core.sections import headed_sections, split_sections
from aim_explainer.core.values import NotShowableError, SourceStatus, quantity_row, study_value

CHAPTERS: tuple[str, ...] = ("background", "method", "results", "comparison", "conclusion")
AUDIENCES: tuple[str, ...] = ("patient", "clinician")  # the patient path is the default
PATIENT, CLINICIAN = AUDIENCES
# A part of a content file for one path only: the lines between `<!-- clinician -->` and `<!-- /clinician -->`
# (the details), or `<!-- patient -->` and `<!-- /patient -->` (a shorter telling of what the details say).
AUDIENCE_MARKER = re.compile(r"^\s*<!--\s*(/?)(patient|clinician)\s*-->\s*$")
GLOSSARY_FILE = "glossary"
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.(low|high|ci|words))?\}")
GLOSSARY_HEADING = re.compile(r"^## ([a-z][a-z0-9_]*): (.+)$")

# The few words the filler itself writes. They are prose, so they live with the prose, not in .ts.
_WORDS = {
    "nb": {
        "missing": "ikke oppgitt i kildene",
        "derived": "utledet",
        "source": "Kilde",
        "marked": "Tall merket {mark} er fra en annenhåndskilde eller AIM-forskernes populærsammendrag. Se Kilder.",
        "marked_paper": "Tall merket {mark} er fra en annenhåndskilde eller AIM-forskernes populærsammendrag.",
    },
    "en": {
        "missing": "not given in the sources",
        "derived": "derived",
        "source": "Source",
        "marked": "Numbers marked {mark} are from a secondary source or the AIM team's lay summary. See Sources.",
        "marked_paper": "Numbers marked {mark} are from a secondary source or the AIM team's lay summary.",
    },
}
SECONDARY_MARK = "\u2020"  # a dagger: visible on screen, on slides and on paper, where there is no hover


class ContentError(Exception):
    """A content file is missing or refers to something that does not exist."""


@dataclass(frozen=True)
class ShownValue:
    """A quantity as the screen shows it, in one language."""

    quantity: Quantity
    row: Row
    value: str | None  # None: the sources lack it
    low: str | None
    high: str | None

    @property
    def missing(self) -> bool:
        return self.value is None


def shown_value(data: StudyData, key: str, lang: str) -> ShownValue:
    """The value of `key` formatted for `lang`; the sign convention is `core.values.study_value`'s."""
    quantity = BY_KEY[key]
    try:
        shown = study_value(data, key)
    except NotShowableError as exc:
        row = quantity_row(data, key)
        if row is None:
            raise ContentError(str(exc)) from exc
        return ShownValue(quantity, row, None, None, None)

    def fmt(number: Decimal | None) -> str | None:
        if number is None:
            return None
        if shown.row.statistic == "percent":
            return format_percent(number, lang)
        return format_number(number, lang)

    return ShownValue(quantity, shown.row, fmt(shown.value), fmt(shown.low), fmt(shown.high))


def _link_title(row: Row, lang: str) -> str:
    # Markdown link titles sit in double quotes; keep the source's own quotes from closing them.
    return f"{_WORDS[lang]['source']}: {row.source}".replace('"', "\u201d")


def fill_placeholders(template: str, data: StudyData, lang: str, where: str = "text", links: bool = True) -> str:
    """Replace every placeholder by its value; with `links`, as a link to its source (for the screen),
    without, as plain text (for print and the projector). A year is always plain text: a date needs no
    source one click away, and a row of links reads as noise."""
    words = _WORDS[lang]

    def replace(match: re.Match[str]) -> str:
        key, part = match.group(1), match.group(2)
        if key not in BY_KEY:
            raise ContentError(f"{where}: unknown placeholder {{{key}}}")
        shown = shown_value(data, key, lang)
        if shown.missing:
            text = words["missing"]
        elif part == "words":
            text = count_in_words(shown.value or "", lang)
        elif part in (None, "low", "high"):
            text = {None: shown.value, "low": shown.low, "high": shown.high}[part] or words["missing"]
        elif shown.low is None or shown.high is None:
            text = words["missing"]
        else:
            text = format_interval(shown.low, shown.high, lang)
        if shown.row.derived and not shown.missing:
            text = f"{text} ({words['derived']})"
        if _marked(shown):
            text += SECONDARY_MARK
        if not links or shown.row.statistic == "year":
            return text
        return f'[{text}](source:{key} "{_link_title(shown.row, lang)}")'

    return PLACEHOLDER.sub(replace, template)


def _marked(shown: ShownValue) -> bool:
    # A year is a date of a citation, not a finding: it carries no mark.
    return not shown.missing and shown.row.statistic != "year" and SourceStatus.of(shown.row).marked


def marked_note(text: str, lang: str, paper: bool = False) -> str:
    """The one explanation of the mark, for a page (chapter, slide, handout, table) whose text carries it.
    On paper it cannot point to the Sources view."""
    words = _WORDS[lang]["marked_paper" if paper else "marked"]
    return words.format(mark=SECONDARY_MARK) if SECONDARY_MARK in text else ""


def with_marked_note(markdown: str, lang: str) -> str:
    note = marked_note(markdown, lang)
    return f"{markdown.rstrip()}\n\n{SECONDARY_MARK} {note}\n" if note else markdown


def placeholders_in(template: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(template)]


def read_template(content_dir: Path, lang: str, name: str) -> str:
    path = content_dir / lang / f"{name}.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(f"cannot read {path}: {exc.strerror or exc}") from exc


def for_audience(template: str, audience: str, where: str = "text") -> str:
    """The template as `audience` reads it: a part marked for the other path is dropped, a part marked for
    this one kept; the marker lines themselves never show. Markers are parsed as sections (core.sections),
    and an unclosed, nested or mismatched one is an error, not a silently lost chapter."""
    if audience not in AUDIENCES:
        raise ContentError(f"{where}: unknown audience {audience!r}")
    kept: list[str] = []
    inside: str | None = None  # the audience of the part we are in
    for section in split_sections(template, AUDIENCE_MARKER):
        if section.heading is not None:
            closing, part = section.heading.group(1) == "/", section.heading.group(2)
            if closing != (inside is not None) or (closing and part != inside):
                raise ContentError(f"{where}: a {part} part is {'closed before it opens' if closing else 'nested'}")
            inside = None if closing else part
        if inside is None or inside == audience:
            kept.extend(section.lines)
    if inside is not None:
        raise ContentError(f"{where}: a {inside} part is never closed")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept))


def chapter_markdown(content_dir: Path, chapter: str, lang: str, data: StudyData, audience: str = CLINICIAN) -> str:
    """A chapter filled from the data for one audience (the clinician path, the whole text, unless told)."""
    where = f"{lang}/{chapter}.md"
    template = for_audience(read_template(content_dir, lang, chapter), audience, where)
    return with_marked_note(fill_placeholders(template, data, lang, where=where), lang)


@dataclass(frozen=True)
class GlossaryEntry:
    term_id: str
    title: str
    markdown: str


def glossary(content_dir: Path, lang: str, data: StudyData) -> tuple[GlossaryEntry, ...]:
    """Entries in file order. Each starts with a line `## term_id: Title`."""
    text = fill_placeholders(read_template(content_dir, lang, GLOSSARY_FILE), data, lang, f"{lang}/glossary.md")
    return tuple(
        GlossaryEntry(s.heading.group(1), s.heading.group(2).strip(), s.body)
        for s in headed_sections(text, GLOSSARY_HEADING)
        if s.heading is not None
    )


def split_key_messages(markdown: str) -> tuple[str, list[str]]:
    """Take the chapter's key messages (the block quote right under its title) out of the text.

    Returns the text without them and the messages, each a line of Markdown, so the view can set them
    apart. Text without such a quote comes back unchanged, with no messages.
    """
    lines = markdown.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines) or not lines[start].startswith("# "):
        return markdown, []
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    messages: list[str] = []
    while i < len(lines) and lines[i].startswith(">"):
        text = lines[i].lstrip(">").strip()
        text = text[2:] if text.startswith(("- ", "* ")) else text
        if text:
            messages.append(text)
        i += 1
    if not messages:
        return markdown, []
    return "\n".join([*lines[: start + 1], "", *lines[i:]]), messages
