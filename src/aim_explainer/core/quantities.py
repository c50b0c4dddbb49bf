"""Every study number the text may show, by name, with the row of the data file it comes from.

Prose uses these names as placeholders ({effect_total}); nothing here holds a study number itself.
Descriptions are English keys, marked for Qt Linguist and translated by the user interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from aim_explainer.core.data import Selector


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    return text


AIM = "AIM2019"
DANISH = "ALBERT2013"
AMOX_MINUS_PLACEBO = "amoxicillin_minus_placebo"
ONE_YEAR_WEEKS = Decimal(52)  # the calendar, not a study number: picks the one-year row


@dataclass(frozen=True)
class Quantity:
    key: str
    selector: Selector
    description: str
    better_with_amoxicillin: bool = False  # show the negated, bound-swapped form (see core.effects)


def _q(key: str, description: str, study: str, measure: str, statistic: str, **kw: object) -> Quantity:
    framed = bool(kw.pop("framed", False))
    return Quantity(key, Selector(study, measure, statistic, **kw), description, framed)  # type: ignore[arg-type]


def _effect(key: str, description: str, subgroup: str) -> Quantity:
    return _q(
        key, description, AIM, "RMDQ_0_24", "mean_difference",
        subgroup=subgroup, arm=AMOX_MINUS_PLACEBO, framed=True,
    )  # fmt: skip


def _aim_count(key: str, description: str, measure: str, arm: str, subgroup: str = "total") -> Quantity:
    return _q(key, description, AIM, measure, "count", subgroup=subgroup, arm=arm)


def _aim_percent(key: str, description: str, measure: str, arm: str) -> Quantity:
    return _q(key, description, AIM, measure, "percent", subgroup="total", arm=arm)


def _year(key: str, description: str, study: str, measure: str) -> Quantity:
    return _q(key, description, study, measure, "year")


START_WEEKS = Decimal(0)  # the first visit, not a study number


def _danish_score(key: str, arm: str, weeks: Decimal, description: str) -> Quantity:
    """A typical RMDQ score of the Danish trial as its abstract gives it (mean or median is not stated)."""
    return _q(
        key, description, DANISH, "RMDQ_disability", "central_value_mean_or_median_unspecified",
        subgroup="total", arm=arm, timepoint_weeks=weeks,
    )  # fmt: skip


QUANTITIES: tuple[Quantity, ...] = (
    # AIM: design
    _aim_count("aim_n", QT_TRANSLATE_NOOP("Quantity", "AIM: patients randomised"), "randomised", "both"),
    _aim_count(
        "aim_n_amox", QT_TRANSLATE_NOOP("Quantity", "AIM: patients given amoxicillin"), "randomised", "amoxicillin"
    ),
    _aim_count("aim_n_placebo", QT_TRANSLATE_NOOP("Quantity", "AIM: patients given placebo"), "randomised", "placebo"),
    _aim_count(
        "aim_n_type1",
        QT_TRANSLATE_NOOP("Quantity", "AIM: patients with Modic type 1"),
        "randomised",
        "both",
        "modic_type1",
    ),
    _aim_count(
        "aim_n_type2",
        QT_TRANSLATE_NOOP("Quantity", "AIM: patients with Modic type 2"),
        "randomised",
        "both",
        "modic_type2",
    ),
    _aim_count("aim_hospitals", QT_TRANSLATE_NOOP("Quantity", "AIM: hospitals taking part"), "hospitals", "both"),
    _year("aim_enrol_start", QT_TRANSLATE_NOOP("Quantity", "AIM: first year of enrolment"), AIM, "enrolment_start"),
    _year("aim_enrol_end", QT_TRANSLATE_NOOP("Quantity", "AIM: last year of enrolment"), AIM, "enrolment_end"),
    _year("aim_end", QT_TRANSLATE_NOOP("Quantity", "AIM: year the trial ended"), AIM, "trial_end"),
    _year("aim_year", QT_TRANSLATE_NOOP("Quantity", "AIM: year of publication"), AIM, "publication"),
    _q(
        "aim_dose_mg",
        QT_TRANSLATE_NOOP("Quantity", "AIM: amoxicillin dose in mg, three times a day"),
        AIM,
        "dose_mg_three_times_daily",
        "value",
    ),
    _q("aim_days", QT_TRANSLATE_NOOP("Quantity", "AIM: days of treatment"), AIM, "treatment_duration_days", "value"),
    _q(
        "aim_mcid",
        QT_TRANSLATE_NOOP(
            "Quantity", "AIM: smallest important difference between groups, set in advance (RMDQ points)"
        ),
        AIM,
        "RMDQ_0_24",
        "predefined_MCID_between_group",
    ),
    _q(
        "aim_rmdq_visits",
        QT_TRANSLATE_NOOP("Quantity", "AIM: number of times the RMDQ was filled in"),
        AIM,
        "RMDQ_number_of_timepoints",
        "count",
    ),
    _q(
        "aim_min_pain",
        QT_TRANSLATE_NOOP("Quantity", "AIM: lowest back pain score needed to take part"),
        AIM,
        "inclusion_LBP_intensity_NRS_min",
        "value",
    ),
    _q(
        "aim_hernia_years",
        QT_TRANSLATE_NOOP("Quantity", "AIM: disc herniation within this many years"),
        AIM,
        "inclusion_disc_herniation_within_years",
        "value",
    ),
    _q(
        "aim_age_amox",
        QT_TRANSLATE_NOOP("Quantity", "AIM: average age, amoxicillin group"),
        AIM,
        "age_years",
        "mean",
        arm="amoxicillin",
    ),
    _q(
        "aim_age_placebo",
        QT_TRANSLATE_NOOP("Quantity", "AIM: average age, placebo group"),
        AIM,
        "age_years",
        "mean",
        arm="placebo",
    ),
    _q(
        "aim_n_analysed",
        QT_TRANSLATE_NOOP("Quantity", "AIM: patients analysed at one year"),
        AIM,
        "analysed_primary_outcome",
        "count",
    ),
    # AIM: results at one year (points better with amoxicillin)
    _effect(
        "effect_total",
        QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, all patients"),
        "total",
    ),
    _effect(
        "effect_type1",
        QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, Modic type 1"),
        "modic_type1",
    ),
    _effect(
        "effect_type2",
        QT_TRANSLATE_NOOP("Quantity", "AIM: points better with amoxicillin at one year, Modic type 2"),
        "modic_type2",
    ),
    _effect(
        "effect_age_lt40",
        QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, under 40"),
        "age_lt_40",
    ),
    _effect(
        "effect_age_ge40",
        QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, 40 and over"),
        "age_ge_40",
    ),
    _effect(
        "effect_stir3",
        QT_TRANSLATE_NOOP("Quantity", "AIM (exploratory): points better with amoxicillin, STIR3 MRI group"),
        "STIR3_per_protocol",
    ),
    _q(
        "aim_p_total",
        QT_TRANSLATE_NOOP("Quantity", "AIM: P value, all patients"),
        AIM,
        "RMDQ_0_24",
        "p_value",
        subgroup="total",
    ),
    # AIM: side effects
    _aim_percent(
        "ae_drug_amox",
        QT_TRANSLATE_NOOP("Quantity", "AIM: drug-related side effects, amoxicillin (%)"),
        "AE_drug_related_any",
        "amoxicillin",
    ),
    _aim_percent(
        "ae_drug_placebo",
        QT_TRANSLATE_NOOP("Quantity", "AIM: drug-related side effects, placebo (%)"),
        "AE_drug_related_any",
        "placebo",
    ),
    _aim_percent(
        "ae_diarrhoea_amox",
        QT_TRANSLATE_NOOP("Quantity", "AIM: diarrhoea, amoxicillin (%)"),
        "diarrhoea",
        "amoxicillin",
    ),
    _aim_percent(
        "ae_diarrhoea_placebo", QT_TRANSLATE_NOOP("Quantity", "AIM: diarrhoea, placebo (%)"), "diarrhoea", "placebo"
    ),
    _aim_percent("ae_rash_amox", QT_TRANSLATE_NOOP("Quantity", "AIM: rash, amoxicillin (%)"), "rash", "amoxicillin"),
    _aim_percent("ae_rash_placebo", QT_TRANSLATE_NOOP("Quantity", "AIM: rash, placebo (%)"), "rash", "placebo"),
    _aim_count(
        "ae_serious_amox",
        QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events, amoxicillin"),
        "serious_AE_any",
        "amoxicillin",
    ),
    _aim_count(
        "ae_serious_placebo",
        QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events, placebo"),
        "serious_AE_any",
        "placebo",
    ),
    _aim_count(
        "ae_serious_drug_amox",
        QT_TRANSLATE_NOOP("Quantity", "AIM: serious adverse events caused by the drug, amoxicillin"),
        "serious_AE_drug_related",
        "amoxicillin",
    ),
    # RMDQ, the questionnaire
    _q(
        "rmdq_items",
        QT_TRANSLATE_NOOP("Quantity", "RMDQ: number of yes/no statements"),
        "RMDQ_INSTRUMENT",
        "number_of_items",
        "count",
        subgroup="",
    ),
    _q(
        "rmdq_min",
        QT_TRANSLATE_NOOP("Quantity", "RMDQ: lowest possible score (no disability)"),
        "RMDQ_INSTRUMENT",
        "score_range_min",
        "value",
    ),
    _q(
        "rmdq_max",
        QT_TRANSLATE_NOOP("Quantity", "RMDQ: highest possible score"),
        "RMDQ_INSTRUMENT",
        "score_range_max",
        "value",
    ),
    _q(
        "rmdq_mic_person",
        QT_TRANSLATE_NOOP("Quantity", "RMDQ: smallest change that matters to one person (points)"),
        "RMDQ_INSTRUMENT",
        "MIC_individual_points",
        "value",
    ),
    _q(
        "rmdq_items_danish",
        QT_TRANSLATE_NOOP("Quantity", "RMDQ: statements in the Danish version"),
        "RMDQ_INSTRUMENT",
        "number_of_items",
        "count",
        subgroup="danish_version",
    ),
    # The Danish trial
    _year("danish_year", QT_TRANSLATE_NOOP("Quantity", "Danish trial: year of publication"), DANISH, "publication"),
    _q(
        "danish_n",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients randomised"),
        DANISH,
        "randomised",
        "count",
        arm="both",
    ),
    _q(
        "danish_n_antibiotic",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients given antibiotics"),
        DANISH,
        "randomised",
        "count",
        arm="antibiotic",
    ),
    _q(
        "danish_n_placebo",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients given placebo"),
        DANISH,
        "randomised",
        "count",
        arm="placebo",
    ),
    _q(
        "danish_n_1y",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: patients evaluated at one year"),
        DANISH,
        "evaluated_at_1_year",
        "count",
    ),
    _q(
        "danish_days",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: days of treatment"),
        DANISH,
        "treatment_duration_days",
        "value",
    ),
    _q(
        "danish_diff",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: difference between groups at one year (RMDQ points)"),
        DANISH,
        "RMDQ_disability",
        "difference_stated_in_AIM_lay_summary",
    ),
    _q(
        "danish_bowel_amox",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: bowel side effects, antibiotic group (%)"),
        DANISH,
        "bowel_side_effects",
        "percent",
        arm="antibiotic",
    ),
    _q(
        "danish_bowel_placebo",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: bowel side effects, placebo group (%)"),
        DANISH,
        "bowel_side_effects",
        "percent",
        arm="placebo",
    ),
    _q(
        "danish_dose",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: antibiotic doses of the two dose groups"),
        DANISH,
        "dose_amoxicillin_clavulanate",
        "value",
    ),
    _q(
        "danish_diff_published",
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: difference between groups with its interval, as published"),
        DANISH,
        "RMDQ_disability",
        "difference",
    ),
    _danish_score(
        "danish_rmdq_ab_start",
        "antibiotic",
        START_WEEKS,
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score at the start, antibiotic group"),
    ),
    _danish_score(
        "danish_rmdq_pl_start",
        "placebo",
        START_WEEKS,
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score at the start, placebo group"),
    ),
    _danish_score(
        "danish_rmdq_ab_1y",
        "antibiotic",
        ONE_YEAR_WEEKS,
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score after one year, antibiotic group"),
    ),
    _danish_score(
        "danish_rmdq_pl_1y",
        "placebo",
        ONE_YEAR_WEEKS,
        QT_TRANSLATE_NOOP("Quantity", "Danish trial: typical RMDQ score after one year, placebo group"),
    ),
    _q(
        "aim_blinding_guess",
        QT_TRANSLATE_NOOP("Quantity", "AIM: patients who guessed their group correctly (%)"),
        AIM,
        "blinding_correct_guess",
        "percent",
    ),
    # Later evidence
    _year(
        "jensen_year",
        QT_TRANSLATE_NOOP("Quantity", "Jensen: year of the trial of activity limits"),
        "JENSEN2012",
        "publication",
    ),
    _year(
        "btb_year", QT_TRANSLATE_NOOP("Quantity", "BackToBasic: year of publication"), "BACKTOBASIC2025", "publication"
    ),
    _q(
        "btb_n",
        QT_TRANSLATE_NOOP("Quantity", "BackToBasic: patients randomised"),
        "BACKTOBASIC2025",
        "randomised",
        "count",
        arm="both",
    ),
    _q(
        "btb_diff",
        QT_TRANSLATE_NOOP("Quantity", "BackToBasic: difference between groups in ODI points"),
        "BACKTOBASIC2025",
        "ODI_change_from_baseline",
        "difference_linear_mixed_model",
    ),
    _year(
        "aus_year",
        QT_TRANSLATE_NOOP("Quantity", "Australian trial: year of publication"),
        "CICUTTINI2026",
        "publication",
    ),
    _q(
        "aus_n",
        QT_TRANSLATE_NOOP("Quantity", "Australian trial: patients randomised"),
        "CICUTTINI2026",
        "randomised",
        "count",
        arm="both",
    ),
    _q(
        "aus_diff",
        QT_TRANSLATE_NOOP("Quantity", "Australian trial: difference in pain score at one year"),
        "CICUTTINI2026",
        "LBPRS_pain_0_10",
        "adjusted_difference",
        timepoint_weeks=ONE_YEAR_WEEKS,
        subgroup="total",
        arm="amoxclav_vs_placebo",
    ),
    _year("wong_year", QT_TRANSLATE_NOOP("Quantity", "Review by Wong: year in print"), "META_WONG2023", "publication"),
    _year(
        "wong_online_year",
        QT_TRANSLATE_NOOP("Quantity", "Review by Wong: year published online"),
        "META_WONG2023",
        "published_online",
    ),
    _q(
        "wong_pooled",
        QT_TRANSLATE_NOOP("Quantity", "Review by Wong: pooled difference in disability"),
        "META_WONG2023",
        "disability",
        "pooled_estimate",
    ),
)

BY_KEY: dict[str, Quantity] = {q.key: q for q in QUANTITIES}


def required_selectors() -> tuple[Selector, ...]:
    return tuple(q.selector for q in QUANTITIES)
