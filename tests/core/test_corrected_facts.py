"""The corrections of fact and wording (issue 12) stay made: in every content file, both languages.

A "unit" is what a reader takes in at once: a section under a heading, a slide step with its notes, a
glossary entry, or a table cell. A caveat has to sit in the same unit as the number it qualifies.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aim_explainer import paths
from aim_explainer.core.content import PLACEHOLDER, fill_placeholders, read_template

CONTENT = paths.resource("content")
LANGS = ("nb", "en")
FILES = sorted(p.stem for p in (CONTENT / "nb").glob("*.md"))


def text(lang: str, name: str) -> str:
    return read_template(CONTENT, lang, name)


def units(template: str) -> list[str]:
    """Sections, slide steps and table cells: cut at headings, at `---` and at table bars."""
    parts = re.split(r"(?m)^(?:#{1,3} .*|---\s*)$", template)
    return [cell for part in parts for cell in part.split("|") if cell.strip()]


def units_with(template: str, key: str) -> list[str]:
    return [u for u in units(template) if key in {m.group(1) for m in PLACEHOLDER.finditer(u)}]


# --- phrases that must not come back --------------------------------------------------------------
WRONG = {
    "nb": [
        r"hverdagsaktivitet",  # a point is one "yes" to a statement, not an everyday activity
        r"samme skala",  # the two trials may not share a scale: one axis, not one scale
        r"\bingen effekt\b",  # no clear difference is not no effect
        r"ingen nytte (av|sammenlignet)",
        r"hjalp (altså )?ikke mer enn",
        r"forklares med behandlingen|tilskrive det behandlingen",  # randomisation does not rule out chance
        r"Forskning og formidlingsenheten",  # the lay summary's slip
        r"Vi vet godt hvordan",  # the AIM team's argument, not ours
        r"legger ikke vekt på det",  # a conflict-of-interest remark with no source row
        r"verdt en lang (antibiotika)?kur",  # a reason for the line that no source gives
        r"Først da",
        r"så annet resultat",
        r"grensen satt på forhånd",  # verbless: "grensen som ble satt på forhånd"
        r"(?m)^\*?Gjelder rad",  # verbless opening
        r"poeng bedre med (amoksicillin|antibiotika)",  # "til fordel for"
        r"\bskår",  # one word for the score: poengsum
        r"\bdobbeltblind\b|dobbelt-blind",  # one word: dobbeltblindet
        r"\b(yngre|eldre) pasient|\bde (yngre|eldre)\b",  # give the cut-off
        r"Danskene oppga ikke noe intervall",  # we only know that our sources give none
        r"Alle pasientene ble regnet med",  # the number analysed at one year is not in our data
        r"publisert i tabellene og figuren",
        r"Ufullstendig blinding",  # the sources say only that blinding was not tested
        r"Alle tall kommer fra publiserte kilder",
        r"95\s?% (sannsynlighet|sikker)",
    ],
    "en": [
        r"everyday activit",
        r"same scale",
        r"\bno effect on\b",
        r"no benefit (from|compared)|gave no benefit|helped no more than",
        r"put down to the treatment|attribute it to the treatment",
        r"We know well",
        r"give it no weight",
        r"worth a long course",
        r"Only then",
        r"landed high",
        r"neither look, smell nor taste",
        r"means about no difference",
        r"damps down|dampens|damps inflammation",
        r"points better with (amoxicillin|antibiotics)",
        r"\b(younger|older) (patients|ones|group)",
        r"The Danish team gave no interval",
        r"Every patient was counted|Everyone was counted",
        r"published in the tables and the figure",
        r"Incomplete blinding",
        r"Every number comes from published sources",
        r"95[ \u00a0]%",  # English writes 95% without a space
    ],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_corrected_phrases_do_not_come_back(lang: str, name: str) -> None:
    template = text(lang, name)
    found = [p for p in WRONG[lang] if re.search(p, template, re.IGNORECASE)]
    assert found == [], f"{lang}/{name}.md: {found}"


# --- facts said with their caveats, wherever they are said -----------------------------------------
CAVEATS = {
    # the Danish figure: typical values, no interval, worked out differently from AIM's
    "danish_diff": {
        "nb": r"typisk|uten intervall|intervall for det|annen måte",
        "en": r"typical|no interval|interval for it|different way",
    },
    # the age groups: the cut-off in words
    "effect_age_lt40": {"nb": r"førti", "en": r"forty"},
    "effect_age_ge40": {"nb": r"førti", "en": r"forty"},
    # the later trials: the scale, and no direction where the abstract defines none
    "aus_diff": {"nb": r"null til ti", "en": r"zero to ten"},
    "btb_diff": {"nb": r"null til hundre", "en": r"zero to a hundred"},
}
DIRECTION = {"nb": r"retning|hvilken vei", "en": r"direction|which way"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", sorted(CAVEATS))
def test_a_number_that_needs_a_caveat_has_it_beside_it(lang: str, key: str) -> None:
    seen = 0
    for name in FILES:
        for unit in units_with(text(lang, name), key):
            seen += 1
            assert re.search(CAVEATS[key][lang], unit, re.IGNORECASE), f"{lang}/{name}.md: {key} without caveat: {unit}"
            if key in ("aus_diff", "btb_diff"):
                assert re.search(DIRECTION[lang], unit, re.IGNORECASE), f"{lang}/{name}.md: {key} without direction"
    assert seen, f"{key} is shown nowhere: the test would check nothing"


@pytest.mark.parametrize("lang", LANGS)
def test_backtobasic_gives_its_time_point(lang: str) -> None:
    when = {"nb": "fem måneder", "en": "five months"}[lang]
    for name in FILES:
        for unit in units_with(text(lang, name), "btb_diff"):
            assert when in unit, f"{lang}/{name}.md"


@pytest.mark.parametrize("lang", LANGS)
def test_randomisation_is_never_explained_without_chance(lang: str) -> None:
    draw = {"nb": r"trakk\b.{0,20}\blodd", "en": r"drew (?:the )?lots"}[lang]
    chance = {"nb": "eller tilfeldigheter", "en": "or to chance"}[lang]
    explained = [u for name in FILES for u in units(text(lang, name)) if re.search(draw, u)]
    assert len(explained) >= 3  # the method chapter, its slide and the glossary
    for unit in explained:
        assert chance in unit, unit


def test_formi_has_its_full_name_wherever_it_is_named() -> None:
    for name in FILES:
        template = text("nb", name)
        if "FORMI" in template:
            assert "Forsknings- og formidlingsenheten for muskelskjeletthelse" in template, name


@pytest.mark.parametrize(("lang", "shown"), [("nb", "0,70"), ("en", "0.70")])
@pytest.mark.parametrize("name", ["comparison_later", "conclusion", "slides_conclusion"])
def test_the_australian_interval_keeps_the_source_s_decimals(study_data, lang: str, shown: str, name: str) -> None:
    filled = fill_placeholders(text(lang, name), study_data, lang, links=False)
    assert shown in filled
    assert not re.search(r"0[,.]7(?!\d)", filled)


def test_the_conclusion_says_on_average_and_names_type_1_s_upper_end() -> None:
    for lang, average in (("nb", "I gjennomsnitt fant AIM"), ("en", "On average")):
        for name in ("conclusion", "slides_conclusion"):
            template = text(lang, name)
            assert average in template, f"{lang}/{name}.md"
            assert "{effect_type1.high}" in template, f"{lang}/{name}.md"


# Numbers from secondary sources carry the dagger: tests/core/test_marks.py checks it from the data's status.


def test_the_checks_find_what_they_look_for() -> None:
    template = (
        "# A\nThe Danish trial: {danish_diff} points.\n---\n# B\nTypical scores: {danish_diff}.\n| x | {aus_diff} |"
    )
    assert len(units_with(template, "danish_diff")) == 2
    assert [u for u in units_with(template, "danish_diff") if not re.search("typical", u, re.IGNORECASE)]
    assert units_with(template, "aus_diff") == [" {aus_diff} "]
    assert re.search(WRONG["nb"][0], "ett poeng er én hverdagsaktivitet")


def test_every_content_file_is_checked() -> None:
    assert {p.stem for p in Path(CONTENT / "en").glob("*.md")} == set(FILES)
    assert len(FILES) >= 15


# --- small counts in words ------------------------------------------------------------------------
# Running text writes a count from two to twelve in words ("seks sykehus"); slides, tables and a count set
# beside another number ("6 av 89", "6 mot 2") keep digits. Chapters, handouts, the glossary and the start screen are
# running text.
RUNNING_TEXT = [name for name in FILES if not name.startswith(("slides_", "comparison_table"))]


def test_count_in_words_writes_two_to_twelve_and_leaves_the_rest() -> None:
    from aim_explainer.core.formatting import count_in_words

    assert [count_in_words(n, "nb") for n in ("2", "7", "12")] == ["to", "sju", "tolv"]
    assert [count_in_words(n, "en") for n in ("2", "7", "12")] == ["two", "seven", "twelve"]
    assert [count_in_words(n, "nb") for n in ("0", "1", "13", "1,6", "−2")] == ["0", "1", "13", "1,6", "−2"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", RUNNING_TEXT)
def test_small_counts_in_running_text_are_words(study_data, lang: str, name: str) -> None:
    from aim_explainer.core.content import shown_value

    digits = []
    for line in text(lang, name).splitlines():
        if line.lstrip().startswith(("|", "- aim:", "- danish:")):
            continue  # a table cell
        for match in PLACEHOLDER.finditer(line):
            key, part = match.group(1), match.group(2)
            # "6 av 89", "6 mot 2 pasienter": numbers set against each other stay digits
            beside_a_number = re.match(r"\s+(?:av|of|mot|against)\s+\{", line[match.end() :]) or re.search(
                r"\}\s+(?:av|of|mot|against)\s+$", line[: match.start()]
            )
            if part is not None or beside_a_number:
                continue
            shown = shown_value(study_data, key, lang)
            if shown.row.statistic == "count" and shown.value and shown.value.isdigit() and 2 <= int(shown.value) <= 12:
                digits.append(f"{key} = {shown.value}")
    assert not digits, f"{lang}/{name}.md: write as words with .words: {digits}"


def test_a_count_in_words_is_still_a_link_to_its_source(study_data) -> None:
    filled = fill_placeholders("ved {aim_hospitals.words} sykehus", study_data, "nb")
    assert re.fullmatch(r"ved \[[a-zæøå]+\]\(source:aim_hospitals \"Kilde: .+\"\) sykehus", filled), filled
