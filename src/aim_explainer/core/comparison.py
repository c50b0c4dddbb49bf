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

from aim_explainer.core.content import ContentError, fill_placeholders, placeholders_in, read_template, shown_value
from aim_explainer.core.data import Row, StudyData
from aim_explainer.core.effects import Estimate, ForestRow, forest_rows, reference_value
from aim_explainer.core.quantities import BY_KEY


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    return text


TRIALS = ("danish", "aim")
TABLE_FILE = "comparison_table"
LATER_FILE = "comparison_later"
LAY_SUMMARY = "AIM study team's Norwegian lay summary (seed/000_84cb845b13b784c6.txt)"
# What a cell says when the sources are silent: one of these must appear in it.
SILENT_WORDS = {"nb": ("ikke oppgitt", "ikke kontrollert"), "en": ("not reported", "not checked")}


class Verdict(Enum):
    SAME = "same"
    DIFFERS = "differs"
    UNCLEAR = "unclear"  # the sources do not let us tell


# How well a source backs what a cell says.
PRIMARY, SECONDARY, LAY, DERIVED, NOT_FOUND, UNVERIFIED = (
    "primary",
    "secondary",
    "lay_summary",
    "derived",
    "not_found",
    "unverified",
)
FOUND = frozenset({PRIMARY, SECONDARY, LAY, DERIVED})


@dataclass(frozen=True)
class Fact:
    """A statement in words, with its source as the study notes (study/trial-data.md) give it."""

    key: str
    description: str  # English; the interface translates it (context "Fact")
    source: str
    status: str

    @property
    def found(self) -> bool:
        return self.status in FOUND


def _fact(key: str, description: str, source: str, status: str) -> Fact:
    return Fact(key, description, source, status)


FACTS: dict[str, Fact] = {
    f.key: f
    for f in (
        _fact(
            "dk_affiliation",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: where the authors worked"),
            "Albert 2013 Eur Spine J 22:697-707, article header: 'Research Department, Spine Centre of Southern "
            "Denmark, … Lillebaelt Hospital, University of Southern Denmark, Middelfart, Denmark'",
            PRIMARY,
        ),
        _fact(
            "dk_sites",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: number of recruiting sites"),
            "study/trial-data.md §2.1: number of recruiting sites UNVERIFIED",
            UNVERIFIED,
        ),
        _fact(
            "dk_years",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: years patients were recruited"),
            "study/trial-data.md §2.1: years of recruitment NOT FOUND",
            NOT_FOUND,
        ),
        _fact(
            "dk_modic",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: Modic type of the patients"),
            "Albert 2013 Eur Spine J abstract (PMC3631045 / PubMed 23404353) [primary]: chronic low back pain after "
            "a previous disc herniation, with Modic type 1 changes in the vertebrae next to the herniation",
            PRIMARY,
        ),
        _fact(
            "dk_drug",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: the drug (amoxicillin with clavulanic acid)"),
            "Albert 2013 Eur Spine J abstract [primary]: '100 days of antibiotic treatment (Bioclavid)', "
            "amoxicillin-clavulanate",
            PRIMARY,
        ),
        _fact(
            "dk_dose_groups",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: a single and a double dose group"),
            "Albert 2013 Eur Spine J abstract [primary]: 'a trend towards a dose-response relationship with double "
            "dose antibiotics being more efficacious'; the exact regimens are UNVERIFIED",
            PRIMARY,
        ),
        _fact(
            "dk_double_blind",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: double-blind, with placebo"),
            "Albert 2013 Eur Spine J abstract [primary]: 'The study was a double-blind RCT'",
            PRIMARY,
        ),
        _fact(
            "dk_placebo",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: what the placebo was made of"),
            "chirogeek.com blog summary [SECONDARY, low reliability]: 'placebo made of calcium carbonate'",
            SECONDARY,
        ),
        _fact(
            "dk_blinding_check",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: no test of the blinding reported"),
            "NHS Behind the Headlines, 8 May 2013 (medworm copy) [SECONDARY]: 'The researchers did not report any "
            "testing for fidelity of the blinding, such as asking participants if they could guess which group "
            f"they were in.' {LAY_SUMMARY}: 'Dette ble ikke rapportert gjort i 2013-studien.'",
            SECONDARY,
        ),
        _fact(
            "dk_extra",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: no extra treatments described"),
            f"{LAY_SUMMARY}: 'Slike tilleggsbehandlinger ble ikke omtalt utført i 2013-studien'",
            LAY,
        ),
        _fact(
            "dk_outcome",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: disability measured with the RMDQ"),
            "Albert 2013 Eur Spine J abstract [primary]: primary outcomes 'disease-specific disability, lumbar "
            "pain'; 'the disease-specific disability-RMDQ changed'",
            PRIMARY,
        ),
        _fact(
            "dk_rmdq_version",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: which version of the RMDQ"),
            "study/trial-data.md flag 5: probably the Danish 23-item version; UNVERIFIED for Albert 2013",
            UNVERIFIED,
        ),
        _fact(
            "dk_statistic",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: one typical value per group, mean or median not stated"),
            "Albert 2013 Eur Spine J abstract [primary]: values per group at each visit, with no statement of "
            "whether they are means or medians; spread and intervals NOT FOUND",
            PRIMARY,
        ),
        _fact(
            "dk_thresholds",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: important effect sizes set for some outcomes"),
            "Albert 2013 Eur Spine J abstract [primary]: 'where a clinically important effect size was defined, "
            "improvements exceeded the thresholds'",
            PRIMARY,
        ),
        _fact(
            "dk_threshold_values",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: the values of those effect sizes"),
            "study/trial-data.md §2.1: values NOT FOUND",
            NOT_FOUND,
        ),
        _fact(
            "aim_lead",
            QT_TRANSLATE_NOOP("Fact", "AIM: led from Oslo University Hospital"),
            f"{LAY_SUMMARY}: 'Forskere ved … Oslo universitetssykehus tok derfor initiativ til et "
            "forskningsprosjekt i samarbeid med fem andre sykehus i Norge'; NCT02323412 registry record "
            "[SECONDARY]: 'Lead Sponsor: Oslo University Hospital'",
            LAY,
        ),
        _fact(
            "aim_drug",
            QT_TRANSLATE_NOOP("Fact", "AIM: amoxicillin alone, without clavulanic acid"),
            "Braten 2019 BMJ abstract [primary]: 'three months of oral treatment with either 750 mg amoxicillin or "
            f"placebo three times daily'; {LAY_SUMMARY}: 'AIM studien brukte amoxicillin uten klavulansyre'",
            PRIMARY,
        ),
        _fact(
            "aim_double_blind",
            QT_TRANSLATE_NOOP("Fact", "AIM: double-blind, with placebo"),
            "Braten 2019 BMJ abstract [primary]: 'Double blind, parallel group, placebo controlled, multicentre "
            "trial.'",
            PRIMARY,
        ),
        _fact(
            "aim_placebo",
            QT_TRANSLATE_NOOP("Fact", "AIM: what the placebo was made of"),
            "2 Minute Medicine summary (AccessSurgery reprint) [SECONDARY]: 'placebo (maize starch)'",
            SECONDARY,
        ),
        _fact(
            "aim_capsules",
            QT_TRANSLATE_NOOP("Fact", "AIM: medicine in capsules so that smell and taste gave nothing away"),
            f"{LAY_SUMMARY}: 'ved å kapsle inn studiemedisinen slik at lukt og smak ikke skulle avsløre hva den "
            "inneholdt'",
            LAY,
        ),
        _fact(
            "aim_blinding_check",
            QT_TRANSLATE_NOOP("Fact", "AIM: patients asked which treatment they thought they had"),
            f"{LAY_SUMMARY}: 'samtidig kartlegge hvilken behandling deltakerne selv mente at de fikk'",
            LAY,
        ),
        _fact(
            "aim_extra",
            QT_TRANSLATE_NOOP("Fact", "AIM: no extra treatments"),
            f"{LAY_SUMMARY}: 'ettersom målet var å etterprøve denne, derfor heller ikke utført i AIM-studien'",
            LAY,
        ),
        _fact(
            "aim_outcome",
            QT_TRANSLATE_NOOP("Fact", "AIM: disability measured with the Norwegian RMDQ"),
            "Braten 2019 BMJ abstract [primary]: 'Roland-Morris Disability Questionnaire (RMDQ) score (range 0-24) "
            "at one year follow-up in the intention to treat population'; 2 Minute Medicine [SECONDARY]: "
            "'validated Norwegian Roland-Morris Disability Questionnaire'",
            PRIMARY,
        ),
        _fact(
            "aim_summary",
            QT_TRANSLATE_NOOP("Fact", "AIM: difference between the groups' means, with a 95 % interval"),
            "Braten 2019 BMJ abstract [primary]: 'between group difference in mean RMDQ score'; results given as "
            "a difference with a '95% confidence interval', in the intention to treat population",
            PRIMARY,
        ),
    )
}


@dataclass(frozen=True)
class RowSpec:
    """One feature. `danish` and `aim` name what backs each cell beyond the numbers its text shows:
    fact keys, or quantity keys whose row records a number as not found."""

    row_id: str
    verdict: Verdict
    danish: tuple[str, ...] = ()
    aim: tuple[str, ...] = ()


ROWS: tuple[RowSpec, ...] = (
    RowSpec("sites", Verdict.DIFFERS, ("dk_affiliation", "dk_sites"), ("aim_lead",)),
    RowSpec("years", Verdict.DIFFERS, ("dk_years",)),
    RowSpec("patients", Verdict.DIFFERS, (), ("aim_n_analysed",)),
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
    RowSpec("extra", Verdict.SAME, ("dk_extra",), ("aim_extra",)),
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
    status: str
    line: int | None = None  # the data file's line (quantities only)

    @property
    def found(self) -> bool:
        return self.status in FOUND


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


def quantity_status(row: Row) -> str:
    if row.value is None:
        return NOT_FOUND
    if row.derived:
        return DERIVED
    if not row.verified:
        return UNVERIFIED
    return SECONDARY if row.secondary else PRIMARY


def source_for(data: StudyData, key: str, lang: str) -> Source:
    if key in FACTS:
        fact = FACTS[key]
        return Source(key, False, fact.description, None, fact.source, fact.status)
    if key not in BY_KEY:
        raise ContentError(f"comparison table: unknown source {key!r}")
    shown = shown_value(data, key, lang)
    status = quantity_status(shown.row) if not shown.missing else NOT_FOUND
    return Source(key, True, shown.quantity.description, shown.value, shown.row.source, status, shown.row.line)


_LINK = re.compile(r"\[([^\]]+)\]\((?:glossary|source):[^)]*\)")
_SECTION = re.compile(r"^## ([a-z][a-z0-9_]*)(?:: (.+))?$")
_ITEM = re.compile(r"^- (feature|danish|aim): (.+)$")


def plain(markdown: str) -> str:
    """Markdown of a cell as plain text: links keep their words."""
    return _LINK.sub(r"\1", markdown).strip()


def parse_table_file(text: str, where: str) -> tuple[dict[str, tuple[str, dict[str, str], list[str]]], list[str]]:
    """Sections of the table file in order: id -> (title, items, body lines)."""
    sections: dict[str, tuple[str, dict[str, str], list[str]]] = {}
    order: list[str] = []
    current: str | None = None
    for line in text.splitlines():
        heading = _SECTION.match(line)
        if heading:
            current = heading.group(1)
            if current in sections:
                raise ContentError(f"{where}: section {current!r} appears twice")
            sections[current] = (heading.group(2) or "", {}, [])
            order.append(current)
            continue
        if current is None or not line.strip():
            continue
        item = _ITEM.match(line)
        if item:
            sections[current][1][item.group(1)] = item.group(2).strip()
        else:
            sections[current][2].append(line.strip())
    return sections, order


def comparison_table(content_dir: Path, lang: str, data: StudyData) -> ComparisonTable:
    where = f"{lang}/{TABLE_FILE}.md"
    sections, order = parse_table_file(read_template(content_dir, lang, TABLE_FILE), where)

    def fill(text: str) -> str:
        return plain(fill_placeholders(text, data, lang, where, links=False))

    if "columns" not in sections or "intro" not in sections:
        raise ContentError(f"{where}: needs the sections 'columns' and 'intro'")
    columns = {name: fill(text) for name, text in sections["columns"][1].items()}
    if set(columns) != {"feature", *TRIALS}:
        raise ContentError(f"{where}: 'columns' must name feature, danish and aim")
    intro_title, _items, intro_body = sections["intro"]
    row_order = [s for s in order if s not in ("columns", "intro")]
    if tuple(row_order) != ROW_IDS:
        raise ContentError(f"{where}: rows must be {', '.join(ROW_IDS)} in this order, not {', '.join(row_order)}")
    rows = []
    for row_id in ROW_IDS:
        title, items, _body = sections[row_id]
        spec = _SPEC[row_id]
        cells = {}
        for trial, extra in (("danish", spec.danish), ("aim", spec.aim)):
            if trial not in items:
                raise ContentError(f"{where}: row {row_id!r} has no {trial} cell")
            keys = list(dict.fromkeys([*placeholders_in(items[trial]), *extra]))
            cells[trial] = Cell(fill(items[trial]), tuple(source_for(data, k, lang) for k in keys))
        rows.append(TableRow(row_id, fill(title), spec.verdict, cells))
    return ComparisonTable(fill(intro_title), fill(" ".join(intro_body)), columns, tuple(rows))


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
    heading: str | None = None
    ids: list[str] = []

    def close() -> None:
        if heading is not None and ids:
            found.append(Explanation(heading, tuple(dict.fromkeys(ids))))

    for line in markdown.splitlines():
        match = _HEADING.match(line)
        if match:
            close()
            heading, ids = plain(match.group(1)), []
            continue
        for group in _ROWS_LINK.findall(line):
            ids.extend(group.split(","))
    close()
    return tuple(found)


def rows_link_ids(markdown: str) -> list[str]:
    return [i for group in _ROWS_LINK.findall(markdown) for i in group.split(",")]


# --- the difference after one year, both trials on one scale ---------------------------------------
DANISH_ROW = "danish_diff"
AIM_ORDER = ("effect_type1", "effect_total", "effect_type2")  # type 1 first: the Danish trial's patients


def comparison_forest_rows(data: StudyData) -> list[ForestRow]:
    """The Danish difference (typical values, no interval) above AIM's planned analyses, in points better
    with antibiotics. The Danish figure is placebo minus antibiotic already, so it keeps its sign."""
    rows: list[ForestRow] = []
    danish = reference_value(data, DANISH_ROW)
    if danish is not None:
        source = data.one(BY_KEY[DANISH_ROW].selector).source
        rows.append(ForestRow(DANISH_ROW, False, Estimate(danish), source))
    aim = {r.key: r for r in forest_rows(data) if not r.exploratory}
    rows += [aim[key] for key in AIM_ORDER if key in aim]
    return rows
