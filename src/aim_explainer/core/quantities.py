"""Every study number the text may show, by name, with the row of the data file it comes from.

Prose uses these names as placeholders ({effect_total}); nothing here holds a study number itself.
Descriptions are English keys, marked for Qt Linguist and translated by the user interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from aim_explainer.core.data import Selector
from aim_explainer.core.translatable import QT_TRANSLATE_NOOP

AIM = "AIM2019"
DANISH = "ALBERT2013"
AMOX_MINUS_PLACEBO = "amoxicillin_minus_placebo"
ONE_YEAR_WEEKS = Decimal(52)  # the calendar, not a study number: picks the one-year row


START_WEEKS = Decimal(0)  # the first visit, not a study number
PLAIN = 0  # shown as the data file has it
FRAMED = 1  # shown as points better with amoxicillin: negated, bounds swapped (see core.values)
ESSENTIAL = 2  # the application cannot explain the trial without it: a data file lacking it is refused


@dataclass(frozen=True)
class Quantity:
    key: str
    selector: Selector
    description: str
    better_with_amoxicillin: bool = False  # show the negated, bound-swapped form (core.values.study_value)


def _q(
    key: str,
    study: str,
    measure: str,
    statistic: str,
    subgroup: str | None,
    arm: str | None,
    weeks: Decimal | None,
    flags: int,
    description: str,
) -> Quantity:
    selector = Selector(study, measure, statistic, subgroup, arm, weeks, essential=bool(flags & ESSENTIAL))
    return Quantity(key, selector, description, bool(flags & FRAMED))


# One entry a line: key, study, measure, statistic, subgroup, arm, week (None: any), flags, description.
# fmt: off
QUANTITIES: tuple[Quantity, ...] = (
    # AIM: design
    _q("aim_n", AIM, "randomised", "count", "total", "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients randomised")),
    _q("aim_n_amox", AIM, "randomised", "count", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients given amoxicillin")),
    _q("aim_n_placebo", AIM, "randomised", "count", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients given placebo")),
    _q("aim_n_type1", AIM, "randomised", "count", "modic_type1", "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients with Modic type 1")),
    _q("aim_n_type2", AIM, "randomised", "count", "modic_type2", "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients with Modic type 2")),
    _q("aim_hospitals", AIM, "hospitals", "count", "total", "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: hospitals taking part")),
    _q("aim_enrol_start", AIM, "enrolment_start", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: first year of enrolment")),
    _q("aim_enrol_end", AIM, "enrolment_end", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: last year of enrolment")),
    _q("aim_end", AIM, "trial_end", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: year the trial ended")),
    _q("aim_year", AIM, "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: year of publication")),
    _q("aim_dose_mg", AIM, "dose_mg_three_times_daily", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: amoxicillin dose in mg, three times a day")),
    _q("aim_days", AIM, "treatment_duration_days", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: days of treatment")),
    _q("aim_mcid", AIM, "RMDQ_0_24", "predefined_MCID_between_group", None, None, None, ESSENTIAL, QT_TRANSLATE_NOOP("Quantity", "AIM: smallest important difference between groups, set in advance (RMDQ points)")),
    _q("aim_rmdq_visits", AIM, "RMDQ_number_of_timepoints", "count", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: number of times the RMDQ was filled in")),
    _q("aim_min_pain", AIM, "inclusion_LBP_intensity_NRS_min", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: lowest back pain score needed to take part")),
    _q("aim_hernia_years", AIM, "inclusion_disc_herniation_within_years", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: disc herniation within this many years")),
    _q("aim_age_amox", AIM, "age_years", "mean", None, "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: average age, amoxicillin group")),
    _q("aim_age_placebo", AIM, "age_years", "mean", None, "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: average age, placebo group")),
    _q("aim_n_analysed", AIM, "analysed_primary_outcome", "count", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients analysed at one year")),
    # AIM: where people started (both groups together; never a baseline for change within a group)
    _q("aim_rmdq_start_type1", AIM, "RMDQ_0_24", "mean", "modic_type1", "both", START_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: average RMDQ score at the start, Modic type 1, both groups")),
    _q("aim_rmdq_start_type2", AIM, "RMDQ_0_24", "mean", "modic_type2", "both", START_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: average RMDQ score at the start, Modic type 2, both groups")),
    # AIM: results at one year (points better with amoxicillin)
    _q("effect_total", AIM, "RMDQ_0_24", "mean_difference", "total", AMOX_MINUS_PLACEBO, None, FRAMED | ESSENTIAL, QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, all patients")),
    _q("effect_type1", AIM, "RMDQ_0_24", "mean_difference", "modic_type1", AMOX_MINUS_PLACEBO, None, FRAMED, QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, Modic type 1")),
    _q("effect_type2", AIM, "RMDQ_0_24", "mean_difference", "modic_type2", AMOX_MINUS_PLACEBO, None, FRAMED, QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, Modic type 2")),
    _q("effect_age_lt40", AIM, "RMDQ_0_24", "mean_difference", "age_lt_40", AMOX_MINUS_PLACEBO, None, FRAMED, QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, under 40")),
    _q("effect_age_ge40", AIM, "RMDQ_0_24", "mean_difference", "age_ge_40", AMOX_MINUS_PLACEBO, None, FRAMED, QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, 40 and over")),
    _q("effect_stir3", AIM, "RMDQ_0_24", "mean_difference", "STIR3_per_protocol", AMOX_MINUS_PLACEBO, None, FRAMED, QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, STIR3 MRI group")),
    _q("aim_p_total", AIM, "RMDQ_0_24", "p_value", "total", None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: P value, all patients")),
    # AIM: side effects
    _q("ae_drug_amox", AIM, "AE_drug_related_any", "percent", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: drug-related side effects, amoxicillin (%)")),
    _q("ae_drug_placebo", AIM, "AE_drug_related_any", "percent", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: drug-related side effects, placebo (%)")),
    _q("ae_diarrhoea_amox", AIM, "diarrhoea", "percent", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: diarrhoea, amoxicillin (%)")),
    _q("ae_diarrhoea_placebo", AIM, "diarrhoea", "percent", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: diarrhoea, placebo (%)")),
    _q("ae_rash_amox", AIM, "rash", "percent", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: rash, amoxicillin (%)")),
    _q("ae_rash_placebo", AIM, "rash", "percent", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: rash, placebo (%)")),
    _q("ae_stomach_amox", AIM, "abdominal_pain", "percent", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: stomach pain, amoxicillin (%)")),
    _q("ae_stomach_placebo", AIM, "abdominal_pain", "percent", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: stomach pain, placebo (%)")),
    _q("ae_yeast_amox", AIM, "vaginal_candida", "percent", "women", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: vaginal yeast infection, women on amoxicillin (%)")),
    _q("ae_yeast_placebo", AIM, "vaginal_candida", "count", "women", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: vaginal yeast infection, women on placebo (number)")),
    _q("ae_serious_amox", AIM, "serious_AE_any", "count", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events, amoxicillin")),
    _q("ae_serious_placebo", AIM, "serious_AE_any", "count", "total", "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events, placebo")),
    _q("ae_serious_drug_amox", AIM, "serious_AE_drug_related", "count", "total", "amoxicillin", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events caused by the drug, amoxicillin")),
    # RMDQ, the questionnaire
    _q("rmdq_items", "RMDQ_INSTRUMENT", "number_of_items", "count", "", None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "RMDQ: number of yes/no statements")),
    _q("rmdq_min", "RMDQ_INSTRUMENT", "score_range_min", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "RMDQ: lowest possible score (no disability)")),
    _q("rmdq_max", "RMDQ_INSTRUMENT", "score_range_max", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "RMDQ: highest possible score")),
    _q("rmdq_mic_person", "RMDQ_INSTRUMENT", "MIC_individual_points", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "RMDQ: smallest change that matters to one person (points)")),
    _q("rmdq_items_danish", "RMDQ_INSTRUMENT", "number_of_items", "count", "danish_version", None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "RMDQ: statements in the Danish version")),
    # The Danish trial
    _q("danish_year", DANISH, "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: year of publication")),
    _q("danish_n", DANISH, "randomised", "count", None, "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients randomised")),
    _q("danish_n_antibiotic", DANISH, "randomised", "count", None, "antibiotic", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients given antibiotics")),
    _q("danish_n_placebo", DANISH, "randomised", "count", None, "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients given placebo")),
    _q("danish_n_1y", DANISH, "evaluated_at_1_year", "count", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients evaluated at one year")),
    _q("danish_days", DANISH, "treatment_duration_days", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: days of treatment")),
    _q("danish_diff", DANISH, "RMDQ_disability", "difference_stated_in_AIM_lay_summary", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: difference between groups at one year (RMDQ points)")),
    _q("danish_bowel_amox", DANISH, "bowel_side_effects", "percent", None, "antibiotic", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: bowel side effects, antibiotic group (%)")),
    _q("danish_bowel_placebo", DANISH, "bowel_side_effects", "percent", None, "placebo", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: bowel side effects, placebo group (%)")),
    _q("danish_dose", DANISH, "dose_amoxicillin_clavulanate", "value", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: antibiotic doses of the two dose groups")),
    _q("danish_diff_published", DANISH, "RMDQ_disability", "difference", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: difference between groups with its interval, as published")),
    _q("danish_rmdq_ab_start", DANISH, "RMDQ_disability", "central_value_mean_or_median_unspecified", "total", "antibiotic", START_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score at the start, antibiotic group")),
    _q("danish_rmdq_pl_start", DANISH, "RMDQ_disability", "central_value_mean_or_median_unspecified", "total", "placebo", START_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score at the start, placebo group")),
    _q("danish_rmdq_ab_1y", DANISH, "RMDQ_disability", "central_value_mean_or_median_unspecified", "total", "antibiotic", ONE_YEAR_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score after one year, antibiotic group")),
    _q("danish_rmdq_pl_1y", DANISH, "RMDQ_disability", "central_value_mean_or_median_unspecified", "total", "placebo", ONE_YEAR_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score after one year, placebo group")),
    _q("aim_blinding_guess", AIM, "blinding_correct_guess", "percent", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "AIM: patients who guessed their group correctly (%)")),
    # Later evidence
    _q("jensen_year", "JENSEN2012", "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Jensen: year of the trial of activity limits")),
    _q("btb_year", "BACKTOBASIC2025", "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "BackToBasic: year of publication")),
    _q("btb_n", "BACKTOBASIC2025", "randomised", "count", None, "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "BackToBasic: patients randomised")),
    _q("btb_diff", "BACKTOBASIC2025", "ODI_change_from_baseline", "difference_linear_mixed_model", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "BackToBasic: difference between groups in ODI points")),
    _q("aus_year", "CICUTTINI2026", "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Australian trial: year of publication")),
    _q("aus_n", "CICUTTINI2026", "randomised", "count", None, "both", None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Australian trial: patients randomised")),
    _q("aus_diff", "CICUTTINI2026", "LBPRS_pain_0_10", "adjusted_difference", "total", "amoxclav_vs_placebo", ONE_YEAR_WEEKS, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Australian trial: difference in pain score at one year")),
    _q("wong_year", "META_WONG2023", "publication", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Review by Wong: year in print")),
    _q("wong_online_year", "META_WONG2023", "published_online", "year", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Review by Wong: year published online")),
    _q("wong_pooled", "META_WONG2023", "disability", "pooled_estimate", None, None, None, PLAIN, QT_TRANSLATE_NOOP("Quantity", "Review by Wong: pooled difference in disability")),
)
# fmt: on

BY_KEY: dict[str, Quantity] = {q.key: q for q in QUANTITIES}


def required_selectors() -> tuple[Selector, ...]:
    return tuple(q.selector for q in QUANTITIES)
