"""The findings of the fresh reader's review (issue 24, last part) stay fixed: in every content file, both languages.

Each test names the finding it holds. A phrase that misled is gone everywhere; an answer a reader missed is present
where that reader meets it: the patient path (the patient parts of the chapters) and the patient handout.
"""

from __future__ import annotations

import re

import pytest

from aim_explainer import paths
from aim_explainer.core.content import for_audience, read_template

CONTENT = paths.resource("content")
LANGS = ("nb", "en")
FILES = sorted(p.stem for p in (CONTENT / "nb").glob("*.md"))


def text(lang: str, name: str) -> str:
    return read_template(CONTENT, lang, name)


def patient(lang: str, name: str) -> str:
    """What the patient path shows of a chapter (or the whole of a handout, which has no parts)."""
    return for_audience(text(lang, name), "patient")


def everywhere(lang: str) -> str:
    return "\n".join(text(lang, name) for name in FILES)


def sentences_with(body: str, pattern: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", body) if re.search(pattern, s)]


# --- phrases that misled and must not come back (finding number: pattern) --------------------------------------
GONE = {
    "nb": {
        1: r"så konklusjonen gjelder også type 1",
        2: r"[Vv]enter (du|man) bivirkninger|skylder man lett",
        3: r"Ikke kontrollert, så langt|ble ikke kontrollert, så langt|rapporterte ikke noe slikt",
        6: r"verken medisinen eller dosen forklarer|dose og legemiddel neppe",
        7: r"- danish: Mageplager",
        9: r"ikke feil i selve studien|95 % av studier\.",
        10: r"konkluderer med at antibiotika ikke kan anbefales|konkluderte med at antibiotika ikke kan anbefales mot",
        11: r"ville etter deres syn ikke bety noe",
        13: r"Noen mener at hvile|gir klavulansyre ingen ekstra virkning",
        14: r"Flere av disse kan være forklaringer",
        15: r"\*\*Svaret:\*\* Ingen vet det sikkert",
        16: r"viser (den )?altså ikke at antibiotika hjelper nok",
        23: r"de som vurderte dem, fikk|\bbehandlerne\b",
        25: r"bedre an enn placebogruppen",
        26: r"bivirkninger av amoksicillin enn av placebo",
        29: r"Om mindre grupper kan ha nytte",
        31: r"øverst i dette kapitlet",
    },
    "en": {
        1: r"so the conclusion holds for type 1 too",
        2: r"expect side effects|blame the capsules",
        3: r"Not checked, as far as|was not checked, as far as|did not report anything like this",
        6: r"neither the drug nor the dose explains|dose and drug unlikely",
        7: r"- danish: Stomach problems",
        9: r"not flaws in the trial itself|95% of studies\.",
        10: r"conclude that antibiotics cannot be recommended",
        11: r"anything less would not matter to patients",
        13: r"Some think rest or vitamins|adds nothing against the suspected bacterium",
        14: r"Several of these may be explanations",
        15: r"\*\*The answer:\*\* Nobody knows for sure",
        16: r"So it does not show that antibiotics help enough",
        23: r"nor those who assessed them were told|nor the staff were told",
        26: r"side effects from amoxicillin than from placebo",
        29: r"Whether smaller groups might benefit",
        31: r"at the top of this chapter",
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_misleading_phrases_are_gone(lang: str) -> None:
    found = {
        (finding, name)
        for finding, pattern in GONE[lang].items()
        for name in FILES
        if re.search(pattern, text(lang, name))
    }
    assert found == set()


# --- answers where the reader meets them ------------------------------------------------------------------------
PRESENT = {
    "nb": {
        # 1: type 1's interval reaches the line; the conclusion for type 1 is the AIM team's
        "type1": r"kan (derfor )?ikke helt utelukkes[^#]*mener derfor at konklusjonen også gjelder type 1",
        # 2: blinded staff judged whether a complaint could come from the capsules
        "judged": r"Helsepersonell som ikke visste hvem som fikk hva, vurderte plagene",
        # 8: the yeast infection and the serious events
        "harms": r"\{ae_yeast_amox\}[^#]*\{ae_serious_amox(\.words)?\}[^#]*\{ae_serious_drug_amox\}",
        # 9: the interval's method, and that we cannot know about AIM
        "interval": r"95 % av studier gjort på samme måte[^#]*Vi kan ikke vite om AIM",
        # 11: the line is about group averages
        "line": r"ikke hver enkelt",
        # 17: who could take part
        "pain": r"minst \{aim_min_pain\} på en skala fra null til ti",
    },
    "en": {
        "type1": r"cannot quite be ruled out[^#]*therefore hold that the conclusion applies to type 1",
        "judged": r"Health staff who did not know who got what judged the problems",
        "harms": r"\{ae_yeast_amox\}[^#]*\{ae_serious_amox(\.words)?\}[^#]*\{ae_serious_drug_amox\}",
        "interval": r"95% of studies done the same way[^#]*We cannot know whether AIM",
        "line": r"not each person",
        "pain": r"at least \{aim_min_pain\} on a scale from zero to ten",
    },
}
WHERE = {
    "type1": ("results", "handout_patient"),
    "judged": ("results", "handout_patient"),
    "harms": ("results", "handout_patient"),
    "interval": ("results", "handout_patient"),
    "line": ("method", "handout_patient"),
    "pain": ("method", "handout_patient"),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("answer", sorted(WHERE))
def test_the_patient_reader_finds_the_answer(lang: str, answer: str) -> None:
    for name in WHERE[answer]:
        assert re.search(PRESENT[lang][answer], patient(lang, name), re.IGNORECASE | re.DOTALL), (name, answer)


@pytest.mark.parametrize("lang", LANGS)
def test_the_sign_of_a_result_is_explained_on_the_patient_path(lang: str) -> None:  # finding 18
    words = {"nb": "Et negativt tall betyr at placebogruppen kom bedre ut", "en": "A negative number means the placebo"}
    assert words[lang] in patient(lang, "results")


@pytest.mark.parametrize("lang", LANGS)
def test_the_danish_trial_is_double_blind_wherever_its_blinding_is_described(lang: str) -> None:  # finding 3
    table = text(lang, "comparison_table")
    cells = re.findall(r"## blinding:.*\n- danish: (.*)", table)
    assert len(cells) == 2  # the patient and the clinician row
    assert all(cell.startswith(("Dobbeltblindet", "Double-blind")) for cell in cells)
    assert re.search(r"(dobbeltblindet|double-blind)", patient(lang, "comparison"), re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGS)
def test_the_newer_trials_say_what_they_tested(lang: str) -> None:  # findings 4 and 28
    newer = {"nb": "To nyere studier", "en": "Two newer trials"}[lang]
    drug = {"nb": "betennelsesdempende", "en": "anti-inflammatory"}[lang]
    required = {"nb": "krav", "en": "not required"}[lang]
    probiotics = {"nb": "probiotika", "en": "probiotics"}[lang]
    for name in ("conclusion", "handout_patient"):
        body = patient(lang, name)
        paragraph = next(p for p in body.split("\n\n") if newer in p)
        for words in (drug, required, probiotics):
            assert words in paragraph, (name, words)


@pytest.mark.parametrize("lang", LANGS)
def test_the_danish_number_meets_aims_type_1_result(lang: str) -> None:  # findings 5 and 15
    chance = patient(lang, "comparison").split("## ")[-1]  # the last section: could it be chance?
    assert "{danish_diff}" in chance
    assert "{effect_type1.high}" in chance
    assert re.search(r"\{danish_diff\}[^\n]*\n- aim: [^\n]*\{effect_type1\}", text(lang, "comparison_table"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_danish_bowel_figure_is_labelled_as_another_measure(lang: str) -> None:  # finding 7
    cell = {
        "nb": "- aim: Alle slags plager som kunne skyldes kapslene, et annet mål",
        "en": "- aim: All kinds of problems",
    }
    assert cell[lang] in patient(lang, "comparison_table")


@pytest.mark.parametrize("lang", LANGS)
def test_the_conclusion_is_about_patients_like_those_in_the_trial(lang: str) -> None:  # finding 10
    scope = {"nb": "pasienter som dem i studien", "en": "patients like those in the trial"}[lang]
    for name in ("conclusion", "handout_patient", "slides_results", "slides_conclusion", "handout_clinician"):
        assert scope in text(lang, name), name


@pytest.mark.parametrize("lang", LANGS)
def test_the_handout_names_the_kinds_of_smaller_groups(lang: str) -> None:  # finding 27
    words = {"nb": "Slike analyser gir bare ideer", "en": "Such analyses only give ideas"}[lang]
    assert words in text(lang, "handout_patient")


@pytest.mark.parametrize("lang", LANGS)
def test_the_handout_says_when_patients_were_taken_in(lang: str) -> None:  # finding 17
    assert "{aim_enrol_start}" in text(lang, "handout_patient")
    assert "{aim_end}" in text(lang, "handout_patient")


@pytest.mark.parametrize("lang", LANGS)
def test_the_clinician_handout_carries_the_age_analysis_caveat(lang: str) -> None:  # finding 19
    words = {
        "nb": "aldersanalysen er ikke belegg for nytte hos pasienter under førti",
        "en": "the age analysis is no evidence of benefit",
    }
    assert words[lang] in text(lang, "handout_clinician")


@pytest.mark.parametrize("lang", LANGS)
def test_one_wording_for_drug_and_dose(lang: str) -> None:  # findings 6 and 22
    wording = {
        "nb": r"legemiddelet neppe og dosen ikke kan forklare|medisinen neppe og dosen ikke kan forklare",
        "en": r"the drug is unlikely to explain the (gap|difference) and that the dose cannot",
    }[lang]
    for name in ("handout_clinician", "slides_comparison"):
        assert re.search(wording, text(lang, name)), name
    trend = {"nb": "høye dosen virket kanskje bedre", "en": "higher dose may have done better"}[lang]
    assert trend in patient(lang, "comparison")


LAY_ONLY = {  # claims only the AIM team's lay summary makes (findings 20 and 21): said with that source, or not at all
    "nb": (r"\bFORMI\b", r"\bRELIS\b", r"blodprøver", r"[Ff]agmiljøet", r"begge dosegruppene", r"like små"),
    "en": (
        r"\bFORMI\b",
        r"\bRELIS\b",
        r"blood tests",
        r"[Rr]esearchers in the field",
        r"both dose groups",
        r"just as small",
    ),
}
SOURCE = {"nb": r"populærsammendrag", "en": r"lay summary"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_lay_summary_is_named_where_only_it_makes_a_claim(lang: str) -> None:
    bare = [
        (name, sentence[:80])
        for name in FILES
        if name != "glossary"  # the glossary's entries define terms, they claim nothing about the trial
        for pattern in LAY_ONLY[lang]
        for sentence in sentences_with(text(lang, name), pattern)
        if not re.search(SOURCE[lang], sentence) and not sentence.lstrip().startswith(("-", "#", "|", "*"))
    ]
    assert bare == []


def test_the_list_catches_what_it_forbids() -> None:
    assert re.search(GONE["nb"][1], "En sekundæranalyse kan ikke vise det, så konklusjonen gjelder også type 1.")
    assert re.search(GONE["nb"][2], "Venter du bivirkninger, tror du lettere at slike plager kommer av kapslene.")
    assert re.search(GONE["en"][31], 'are under "Later evidence" at the top of this chapter.')
    assert sentences_with("Noe. Studien ble planlagt ved FORMI. Mer.", LAY_ONLY["nb"][0]) == [
        "Studien ble planlagt ved FORMI."
    ]
