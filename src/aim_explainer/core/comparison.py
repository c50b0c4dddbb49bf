"""The Comparison chapter's table: the Danish trial and AIM, one row per feature, every cell with its sources.

Cell text is prose in resources/content/<lang>/comparison_table.md, with placeholders for numbers. What
backs each cell is kept here, the same in both languages: the quantities its placeholders name, rows of
the data file that record a number as not found, and facts (words, not numbers) with the source the
project's study notes give for them. A cell whose sources are silent says so in its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from aim_explainer.core.citations import readable_citation
from aim_explainer.core.comparison_facts import FACTS
from aim_explainer.core.content import (
    CLINICIAN,
    SECONDARY_MARK,
    ContentError,
    fill_placeholders,
    for_audience,
    marked_note,
    placeholders_in,
    read_template,
    shown_value,
)
from aim_explainer.core.data import StudyData
from aim_explainer.core.quantities import BY_KEY
from aim_explainer.core.sections import headed_sections
from aim_explainer.core.values import SourceStatus

TRIALS = ("danish", "aim")
TABLE_FILE = "comparison_table"
LATER_FILE = "comparison_later"
# What a cell says when the sources are silent: one of these must appear in it.
SILENT_WORDS = {"nb": ("ikke oppgitt", "ikke kontrollert"), "en": ("not reported", "not checked")}


class Verdict(Enum):
    SAME = "same"
    DIFFERS = "differs"  # and the AIM researchers named it as a possible cause of the different results
    MINOR = "minor"  # differs, but nobody named it as a cause: not marked as a difference that matters
    UNCLEAR = "unclear"  # the sources do not let us tell


@dataclass(frozen=True)
class RowSpec:
    """One feature. `danish` and `aim` name what backs each cell beyond the numbers its text shows:
    fact keys, or quantity keys whose row records a number as not found."""

    row_id: str
    verdict: Verdict
    danish: tuple[str, ...] = ()
    aim: tuple[str, ...] = ()


ROWS: tuple[RowSpec, ...] = (
    RowSpec("sites", Verdict.MINOR, ("dk_affiliation", "dk_sites"), ("aim_lead",)),
    RowSpec("years", Verdict.MINOR, ("dk_years",)),
    RowSpec("patients", Verdict.MINOR, (), ("aim_n_analysed",)),
    RowSpec("modic", Verdict.DIFFERS, ("dk_modic",)),
    RowSpec("drug", Verdict.DIFFERS, ("dk_drug",), ("aim_drug",)),
    RowSpec("dose", Verdict.DIFFERS, ("dk_dose_groups", "danish_dose")),
    RowSpec("duration", Verdict.SAME),
    RowSpec("placebo", Verdict.UNCLEAR, ("dk_double_blind", "dk_placebo"), ("aim_double_blind", "aim_placebo")),
    RowSpec(
        "blinding",
        Verdict.DIFFERS,
        ("dk_double_blind", "dk_blinding_check"),
        ("aim_capsules", "aim_blinding_check", "aim_blinding_guess"),
    ),
    RowSpec("extra", Verdict.UNCLEAR, ("dk_extra",), ("aim_extra",)),  # "not described" is not "not given"
    RowSpec("scale", Verdict.UNCLEAR, ("dk_outcome", "dk_rmdq_version"), ("aim_outcome",)),
    RowSpec("summary", Verdict.DIFFERS, ("dk_statistic",), ("aim_summary",)),
    RowSpec("result", Verdict.DIFFERS, ("danish_diff_published",)),
    RowSpec("threshold", Verdict.UNCLEAR, ("dk_thresholds", "dk_threshold_values")),
    RowSpec("side_effects", Verdict.UNCLEAR, ("danish_bowel_placebo",)),
)
ROW_IDS = tuple(r.row_id for r in ROWS)
_SPEC = {r.row_id: r for r in ROWS}


@dataclass(frozen=True)
class Source:
    """One thing that backs a cell: a number of the data file, or a fact."""

    key: str
    is_quantity: bool
    description: str  # English: context "Quantity" or "Fact" translates it
    value: str | None  # the number as the screen shows it (quantities only)
    citation: str
    status: SourceStatus
    line: int | None = None  # the data file's line (quantities only)

    @property
    def found(self) -> bool:
        return self.status.found


@dataclass(frozen=True)
class Cell:
    text: str  # plain text, as the table shows it
    sources: tuple[Source, ...]

    @property
    def silent(self) -> bool:
        """Some of what this cell is about, the sources do not give."""
        return any(not s.found for s in self.sources)


@dataclass(frozen=True)
class TableRow:
    row_id: str
    label: str
    verdict: Verdict
    cells: dict[str, Cell]


@dataclass(frozen=True)
class ComparisonTable:
    heading: str
    intro: str
    columns: dict[str, str]  # feature, danish, aim
    rows: tuple[TableRow, ...]

    def row(self, row_id: str) -> TableRow:
        return next(r for r in self.rows if r.row_id == row_id)


def source_for(data: StudyData, key: str, lang: str) -> Source:
    if key in FACTS:
        fact = FACTS[key]
        return Source(key, False, fact.description, None, readable_citation(fact.source), fact.status)
    if key not in BY_KEY:
        raise ContentError(f"comparison table: unknown source {key!r}")
    shown = shown_value(data, key, lang)
    status = SourceStatus.of(shown.row) if not shown.missing else SourceStatus.NOT_FOUND
    citation = readable_citation(shown.row.source)
    return Source(key, True, shown.quantity.description, shown.value, citation, status, shown.row.line)


_LINK = re.compile(r"\[([^\]]+)\]\((?:glossary|source):[^)]*\)")
_SECTION = re.compile(r"^## ([a-z][a-z0-9_]*)(?:: (.+))?$")
_ITEM = re.compile(r"^- (feature|danish|aim): (.+)$")


def plain(markdown: str) -> str:
    """Markdown of a cell as plain text: links keep their words."""
    return _LINK.sub(r"\1", markdown).strip()


def parse_table_file(text: str, where: str) -> tuple[dict[str, tuple[str, dict[str, str], list[str]]], list[str]]:
    """Sections of the table file in order: id -> (title, items, body lines)."""
    sections: dict[str, tuple[str, dict[str, str], list[str]]] = {}
    for section in headed_sections(text, _SECTION):
        assert section.heading is not None
        section_id = section.heading.group(1)
        if section_id in sections:
            raise ContentError(f"{where}: section {section_id!r} appears twice")
        items: dict[str, str] = {}
        body: list[str] = []
        for line in (line for line in section.lines if line.strip()):
            item = _ITEM.match(line)
            if item:
                items[item.group(1)] = item.group(2).strip()
            else:
                body.append(line.strip())
        sections[section_id] = (section.heading.group(2) or "", items, body)
    return sections, list(sections)


def comparison_table(content_dir: Path, lang: str, data: StudyData, audience: str = CLINICIAN) -> ComparisonTable:
    """The table as `audience` reads it: the clinician path has every row, the patient path the rows its
    content file keeps for it (with shorter cells where the file gives them)."""
    where = f"{lang}/{TABLE_FILE}.md"
    template = for_audience(read_template(content_dir, lang, TABLE_FILE), audience, where)
    sections, order = parse_table_file(template, where)

    def fill(text: str) -> str:
        return plain(fill_placeholders(text, data, lang, where, links=False))

    if "columns" not in sections or "intro" not in sections:
        raise ContentError(f"{where}: needs the sections 'columns' and 'intro'")
    columns = {name: fill(text) for name, text in sections["columns"][1].items()}
    if set(columns) != {"feature", *TRIALS}:
        raise ContentError(f"{where}: 'columns' must name feature, danish and aim")
    intro_title, _items, intro_body = sections["intro"]
    row_order = [s for s in order if s not in ("columns", "intro")]
    wanted = ROW_IDS if audience == CLINICIAN else tuple(r for r in ROW_IDS if r in row_order)
    if tuple(row_order) != wanted or not row_order:
        raise ContentError(f"{where}: rows must be {', '.join(wanted)} in this order, not {', '.join(row_order)}")
    rows = []
    for row_id in row_order:
        title, items, _body = sections[row_id]
        spec = _SPEC[row_id]
        cells = {}
        for trial, extra in (("danish", spec.danish), ("aim", spec.aim)):
            if trial not in items:
                raise ContentError(f"{where}: row {row_id!r} has no {trial} cell")
            keys = list(dict.fromkeys([*placeholders_in(items[trial]), *extra]))
            cells[trial] = Cell(fill(items[trial]), tuple(source_for(data, k, lang) for k in keys))
        rows.append(TableRow(row_id, fill(title), spec.verdict, cells))
    intro = fill(" ".join(intro_body))
    shown = " ".join(cell.text for row in rows for cell in row.cells.values())
    note = marked_note(shown, lang)
    if note:  # the table shows a marked number: say once what the mark means
        intro = f"{intro} {SECONDARY_MARK} {note}"
    return ComparisonTable(fill(intro_title), intro, columns, tuple(rows))


# --- the explanations: which rows each one concerns ---------------------------------------------
_HEADING = re.compile(r"^#{2,3} (.+)$")
_ROWS_LINK = re.compile(r"\]\(rows:([a-z0-9_,]+)\)")


@dataclass(frozen=True)
class Explanation:
    heading: str
    row_ids: tuple[str, ...]


def explanations(markdown: str) -> tuple[Explanation, ...]:
    """Every section of the chapter text that links to table rows (`[words](rows:a,b)`), in order."""
    found: list[Explanation] = []
    for section in headed_sections(markdown, _HEADING):
        assert section.heading is not None
        ids = rows_link_ids("\n".join(section.lines))
        if ids:
            found.append(Explanation(plain(section.heading.group(1)), tuple(dict.fromkeys(ids))))
    return tuple(found)


def rows_link_ids(markdown: str) -> list[str]:
    return [i for group in _ROWS_LINK.findall(markdown) for i in group.split(",")]
