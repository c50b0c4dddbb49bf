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
from dataclasses import dataclass
from pathlib import Path

from aim_explainer.core.content import fill_placeholders, read_template
from aim_explainer.core.data import StudyData

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
)
ARTICLE_CITATION = REFERENCES[0]


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
    block, lines = "text", []

    def close() -> None:
        markdown = "\n".join(lines).strip()
        if block != "text" or markdown:
            parts.append(Part(block, markdown))

    for line in text.splitlines():
        marker = MARKER.match(line)
        if marker is not None:
            if marker.group(1) not in BLOCKS:
                raise HandoutError(f"{lang}/{name}.md: unknown block <!-- {marker.group(1)} -->")
            close()
            block, lines = marker.group(1), []
        elif block != "text" and not line.strip():  # a block's own lines end at the first blank line
            close()
            block, lines = "text", []
        else:
            lines.append(line)
    close()
    return parts


def title(parts: list[Part]) -> str:
    """The handout's title: its first Markdown heading (for the PDF's properties)."""
    for part in parts:
        for line in part.markdown.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return ""


def references_markdown() -> str:
    return "\n".join(f"{number}. {reference}" for number, reference in enumerate(REFERENCES, start=1))
