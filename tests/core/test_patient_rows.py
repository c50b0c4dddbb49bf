"""One rule decides which effect rows a patient meets (core.effects.shown_to): the planned analyses only, on
screen, on slides and on paper. The patient handout's own words say the same, and the answers readers missed are
on it."""

from __future__ import annotations

import re

import pytest

from aim_explainer import paths
from aim_explainer.core.effects import EFFECT_ROWS, forest_rows, rows_for, shown_to
from aim_explainer.core.handout import handout_parts

CONTENT = paths.resource("content")
PLANNED = ["effect_total", "effect_type1", "effect_type2"]
# Words that name or point at an exploratory subgroup: a young patient with type 1 read "it works for people like me"
# into "Under 40 år (utforskende) 4,0 (1,2 til 6,9)" and asked whether he belonged to "the STIR3 group".
SUBGROUP_WORDS = {
    "nb": [r"STIR", r"utforsk", r"under førti", r"\b40\b", r"førti år", r"beinmarg"],
    "en": [r"STIR", r"explorat", r"under forty", r"\b40\b", r"forty", r"bone marrow"],
}


def test_a_patient_sees_the_planned_analyses_and_a_clinician_every_row(study_data) -> None:
    assert [r.key for r in rows_for(study_data, "patient")] == PLANNED
    assert [r.key for r in rows_for(study_data, "clinician")] == [key for key, _ in EFFECT_ROWS]
    assert all(shown_to(r, "clinician") for r in forest_rows(study_data))
    assert not any(shown_to(r, "patient") for r in forest_rows(study_data) if r.exploratory)


def patient_text(lang: str, study_data) -> str:
    return "\n".join(part.markdown for part in handout_parts(CONTENT, "patient", lang, study_data))


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_handout_names_no_subgroup(lang: str, study_data) -> None:
    text = patient_text(lang, study_data)
    found = [p for p in SUBGROUP_WORDS[lang] if re.search(p, text, re.IGNORECASE)]
    assert found == []


@pytest.mark.parametrize(
    ("lang", "answers"),
    [
        (
            "nb",
            [
                r"mindre grupper av pasientene",  # subgroups in words, as ideas only
                r"viser ikke at antibiotika hjelper noen bestemt gruppe",
                r"Hvorfor placebo\?",
                r"Mulige grunner til at svarene ble ulike",
                r"Nederland",  # what is studied now
                r"magesmerter",  # side effects with amoxicillin, from the data
                r"Helsepersonell som ikke visste hvem som fikk hva, vurderte plagene",  # why many on placebo had some
                r"skiveprolaps de siste",  # who could take part
                r"Ved starten lå deltakerne",  # where scores started
                r"Den nedre enden betyr omtrent ingen forskjell",
            ],
        ),
        (
            "en",
            [
                r"smaller groups of the patients",
                r"do not show that antibiotics help any particular group",
                r"Why placebo\?",
                r"Possible reasons the answers differ",
                r"Netherlands",
                r"stomach pain",
                r"Health staff who did not know who got what judged the problems",
                r"disc herniation within the last",
                r"At the start, participants scored",
                r"Its lower end means practically no difference",
            ],
        ),
    ],
)
def test_the_patient_handout_answers_what_readers_missed(lang: str, answers: list[str], study_data) -> None:
    text = patient_text(lang, study_data)
    missing = [a for a in answers if not re.search(a, text)]
    assert missing == []


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_patient_handout_reads_the_interval_without_a_circle(lang: str, study_data) -> None:
    text = patient_text(lang, study_data)
    circular = {"nb": r"passer godt med", "en": r"fit well with"}[lang]
    jargon = {"nb": r"beste anslag", "en": r"best estimate"}[lang]
    assert not re.search(circular, text)
    assert not re.search(jargon, text)
