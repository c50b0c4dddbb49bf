"""One term for one thing, in both languages: the chosen word of each pair holds in every content file (screen,
slides, notes, handouts, glossary) and in the interface strings. A variant listed here once meant the same thing
under another name, or read as something else (the review of December 2026)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from aim_explainer import paths

CONTENT = paths.resource("content")
TS = CONTENT.parent.parent / "translations" / "aim_explainer_nb.ts"  # the interface strings, both languages

# variant (a regular expression) -> the chosen term, for the message
FORBIDDEN: dict[str, dict[str, str]] = {
    "nb": {
        r"\bsekundærkilde": "annenhåndskilde",
        r"\bp-verdi": "P-verdi",
        r"\bskår\b|\bskåret\b|-skår\b": "poengsum",
        r"minste klinisk viktige forskjell": "minste viktige forskjell",
        r"\btreff(er|e)?\b|\btraff\b": "fanger",
        r"Presentatørvisning": "Presentasjonsvisning",
        r"Type analyse": "Analysetype",
        r"\bmeldte\b": "rapporterte",
        r"\bDanskene (ga|tok|fant)\b": "de danske forskerne / den danske studien",
        r"Ingen visste hvem": "Ingen fikk vite hvem",
        r"AIM-forskernes sammendrag\b": "AIM-forskernes populærsammendrag",
        r"kom best ut": "kom bedre ut (to grupper)",
        r"beste anslag": "anslaget",
        r"passer godt med det studien fant": "(et intervall forklares uten sirkel)",
        r"(?<![Kk]ors)[Rr]yggsmert": "korsryggsmerter",
        r"\b[Ss]ammendrag(et)?\b": "artikkelsammendraget (en artikkels) / populærsammendraget (AIM-forskernes)",
        r"[Nn]arrekaps": "placebo",
        r"\b[Gg]ruppene er (også )?små\b|\bsmå grupper\b": "mindre grupper (type 1 var 118 av 180)",
        r"ingen klar forskjell": "ingen tydelig forskjell",
        r"liten nytte": "liten forskjell (AIMs resultat)",
        r"\bbehandlerne\b": "helsepersonellet (som behandlet og vurderte dem)",
    },
    "en": {
        r"\bdouble blind\b": "double-blind",
        r"\bp value": "P value",
        r"can hardly explain": "is unlikely to explain",
        r"\bupright\b": "vertical",
        r"Nobody knew who": "Nobody was told who",
        r"best estimate": "the estimate",
        r"fit well with what the (trial|study) found": "(an interval is explained without a circle)",
        r"gave far fewer problems": "had far fewer problems",
        r"(?<![Ll]ow )(?<!lowest )\b[Bb]ack pain": "low back pain",
        r"(?<![-/.])\b(?:[Uu]niversitetssykehus\w*|[Ss]ykehus(?:et)?)\b": "the hospital's English name",
        r"\b[Tt]he groups are (also )?small\b": "smaller groups (type 1 was 118 of 180)",
        r'(?<!\(a )(?<!\(a ")\bslipped disc': "disc herniation (glossed once as 'a slipped disc')",
        r"\bno obvious difference": "no clear difference",
    },
}


def content_texts(lang: str) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted((CONTENT / lang).glob("*.md"))}


def interface_texts(lang: str) -> dict[str, str]:
    """The interface strings: the Bokmål translations, or the English sources."""
    root = ET.parse(TS).getroot()
    tag = "translation" if lang == "nb" else "source"
    return {"aim_explainer_nb.ts": "\n".join(e.text or "" for e in root.iter(tag))}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_variant_of_a_chosen_term(lang: str) -> None:
    texts = content_texts(lang) | interface_texts(lang)
    found = [
        (name, pattern, chosen)
        for name, text in texts.items()
        for pattern, chosen in FORBIDDEN[lang].items()
        if re.search(pattern, text)
    ]
    assert found == []


def test_the_list_catches_what_it_forbids() -> None:
    assert re.search(next(iter(FORBIDDEN["nb"])), "en såkalt sekundærkilde")
    back = {"nb": r"(?<![Kk]ors)[Rr]yggsmert", "en": r"(?<![Ll]ow )(?<!lowest )\b[Bb]ack pain"}
    assert re.search(back["nb"], "Ryggsmerter er vanlige")
    assert not re.search(back["nb"], "langvarige korsryggsmerter")
    assert re.search(back["en"], "long-lasting back pain")
    assert not re.search(back["en"], "Low back pain is common")
    hospital = r"(?<![-/.])\b(?:[Uu]niversitetssykehus\w*|[Ss]ykehus(?:et)?)\b"
    assert re.search(hospital, "Oslo universitetssykehus led it")
    assert re.search(hospital, "Sykehuset Østfold")
    assert not re.search(hospital, "<https://oslo-universitetssykehus.no/kliniske-studier/>")
    assert re.search(r"\bdouble blind\b", "The trial was double blind.")
    assert not re.search(r"\bdouble blind\b", "double-blind")
