"""The take-home handouts as text: which ones exist, their prose with the numbers filled in, and the
references they cite. No Qt: the printing package lays them out on A4 pages.

A handout template (resources/content/<lang>/handout_<kind>.md) is Markdown with placeholders, cut
into parts by marker lines. A part is prose, or one of the blocks the page layout draws itself:

    <!-- chart -->       the effect chart, as the Results chapter shows it, in print colours
    <!-- effects -->     the chart's numbers as a table (the chart's own table view)
    <!-- article -->     a QR code of the article's address, the full citation and the address
    <!-- references -->  the numbered reference list
    <!-- notes -->       ruled lines for the reader's own notes, down to the end of the page (left out
                         where fewer than a few lines would fit)

The lines right under a marker, up to the first blank line, belong to its block and stay on the same
page with it: the chart's caption, the words beside the QR code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from aim_explainer.core.content import SECONDARY_MARK, fill_placeholders, marked_note, read_template
from aim_explainer.core.data import StudyData
from aim_explainer.core.sections import split_sections

KINDS: tuple[str, ...] = ("patient", "clinician")
ARTICLE_URL = "https://www.bmj.com/content/367/bmj.l5654.full"
BLOCKS: tuple[str, ...] = ("chart", "effects", "article", "references", "notes")
MARKER = re.compile(r"^<!--\s*([a-z]+)\s*-->\s*$")

# Cited as published (English), the same in both languages. The first is the AIM paper itself.
REFERENCES: tuple[str, ...] = (
    "Bråten LCH, Rolfsen MP, Espeland A, et al. Efficacy of antibiotic treatment in patients with chronic "
    "low back pain and Modic changes (the AIM study): double blind, randomised, placebo controlled, "
    "multicentre trial. BMJ 2019;367:l5654. doi:10.1136/bmj.l5654",
    "Albert HB, Sorensen JS, Christensen BS, Manniche C. Antibiotic treatment in patients with chronic low "
    "back pain and vertebral bone edema (Modic type 1 changes): a double-blind randomized clinical controlled "
    "trial of efficacy. Eur Spine J 2013;22:697-707. doi:10.1007/s00586-013-2675-y",
    "Bråten LCH, et al. Clinical effect modifiers of antibiotic treatment in patients with chronic low back "
    "pain and Modic changes - secondary analyses of a randomised, placebo-controlled trial (the AIM study). "
    "BMC Musculoskelet Disord 2020. doi:10.1186/s12891-020-03422-y",
    "Kristoffersen PM, Bråten LCH, Vetti N, et al. Oedema on STIR modified the effect of amoxicillin as "
    "treatment for chronic low back pain with Modic changes - subgroup analysis of a randomized trial. "
    "Eur Radiol 2021. doi:10.1007/s00330-020-07542-w",
    # The sources of the numbers marked with a dagger: not research articles, so marked here too.
    f"{SECONDARY_MARK} Univadis UK Clinical Digest. Summary of the BMJ abstract of the AIM trial, 16 Oct 2019 "
    "(the results for Modic type 1 and type 2).",
    f"{SECONDARY_MARK} NHS Behind the Headlines, 8 May 2013. Report on the Danish trial (bowel side effects).",
    f"{SECONDARY_MARK} The AIM study team. Norwegian lay summary of the AIM trial, published by FORMI, Oslo "
    "University Hospital (the Danish difference of the typical values).",
)
ARTICLE_CITATION = REFERENCES[0]

MARKS_BLOCK = "marks"  # <!-- marks -->: the explanation of the secondary-source mark goes here


class HandoutError(Exception):
    """A handout template is missing or malformed."""


@dataclass(frozen=True)
class Part:
    block: str  # "text", or one of BLOCKS
    markdown: str  # prose (for "article": the words beside the QR code)


def template_name(kind: str) -> str:
    if kind not in KINDS:
        raise HandoutError(f"unknown handout {kind!r}; choose from {', '.join(KINDS)}")
    return f"handout_{kind}"


def handout_parts(content_dir: Path, kind: str, lang: str, data: StudyData) -> list[Part]:
    """The handout in `lang`, numbers filled in as plain text (paper has no links), cut at its markers."""
    name = template_name(kind)
    text = fill_placeholders(read_template(content_dir, lang, name), data, lang, f"{lang}/{name}.md", links=False)
    parts: list[Part] = []

    def add_text(lines: Iterable[str]) -> None:
        markdown = "\n".join(lines).strip()
        if markdown:
            parts.append(Part("text", markdown))

    for section in split_sections(text, MARKER):
        if section.heading is None:
            add_text(section.lines)
            continue
        block = section.heading.group(1)
        if block == MARKS_BLOCK:  # where the template wants the mark explained
            parts.append(Part(MARKS_BLOCK, ""))
            add_text(section.lines)
            continue
        if block not in BLOCKS:
            raise HandoutError(f"{lang}/{name}.md: unknown block <!-- {block} -->")
        # a block's own lines end at the first blank line; what follows is text again
        end = next((i for i, line in enumerate(section.lines) if not line.strip()), len(section.lines))
        parts.append(Part(block, "\n".join(section.lines[:end]).strip()))
        add_text(section.lines[end:])
    # Paper has no hover: a mark is explained on the page, where the template says, else at the end.
    note = marked_note(text, lang, paper=True)
    explained = [Part("text", f"{SECONDARY_MARK} *{note}*")] if note else []
    at = next((i for i, part in enumerate(parts) if part.block == MARKS_BLOCK), None)
    if at is None:
        return parts + explained
    return parts[:at] + explained + parts[at + 1 :]


def title(parts: list[Part]) -> str:
    """The handout's title: its first Markdown heading (for the PDF's properties)."""
    for part in parts:
        for line in part.markdown.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return ""


def references_markdown() -> str:
    return "\n".join(f"{number}. {reference}" for number, reference in enumerate(REFERENCES, start=1))
