"""The one table of what the charts call their rows, groups and lines: each quantity key is named here once.

A chart of one trial names a row by itself ("Modic type 1"); a chart of both trials puts the trial in front
("AIM, Modic type 1"), and the comparison chart, whose axis holds four such names beside the Danish row, the
fewest words ("AIM, type 1"). The texts are literals in translate() calls, so lupdate finds every one; they are
translated at each call, so a live language switch needs nothing reset. A key a variant does not name is an
error (KeyError): a chart that shows a new row must name it here.
"""

from __future__ import annotations

from aim_explainer.core.effects import DANISH_ROW
from aim_explainer.core.quantities import AIM, DANISH
from aim_explainer.i18n import translate


def trial_name(study: str) -> str:
    """A trial by the name the charts give it; a study the table does not know by its code."""
    return {
        AIM: translate("RowNames", "AIM"),
        DANISH: translate("RowNames", "Danish trial"),
    }.get(study, study)


def arm_name(arm: str) -> str:
    """A treatment group inside a phrase ("AIM, placebo"); the data file's word when the table lacks it."""
    return {
        "amoxicillin": translate("RowNames", "amoxicillin"),
        "antibiotic": translate("RowNames", "antibiotics"),
        "placebo": translate("RowNames", "placebo"),
    }.get(arm, arm)


def group_name(study: str, arm: str) -> str:
    """A trial's treatment group, as the year chart's lines and table name it ("AIM, placebo")."""
    return translate("RowNames", "{trial}, {arm}").format(trial=trial_name(study), arm=arm_name(arm))


def row_name(key: str) -> str:
    """A row's name in a chart of one trial (AIM's): its subgroup, its treatment group or its line."""
    return {
        "effect_total": translate("RowNames", "All patients"),
        "effect_type1": translate("RowNames", "Modic type 1"),
        "effect_type2": translate("RowNames", "Modic type 2"),
        "effect_age_lt40": translate("RowNames", "Under 40 years (exploratory)"),
        "effect_age_ge40": translate("RowNames", "40 years and over (exploratory)"),
        "effect_stir3": translate("RowNames", "STIR3 MRI group (exploratory)"),
        "ae_drug_amox": translate("RowNames", "Amoxicillin"),
        "ae_drug_placebo": translate("RowNames", "Placebo"),
        "aim_mcid": translate("RowNames", "Line set in advance"),
    }[key]


def name_with_trial(key: str) -> str:
    """A row's name among both trials' numbers, the trial in front. The Danish trial's one difference goes by
    the trial's name; the line set in advance is nobody's result and keeps its own name."""
    return {
        "effect_total": translate("RowNames", "AIM, all patients"),
        "effect_type1": translate("RowNames", "AIM, Modic type 1"),
        DANISH_ROW: trial_name(DANISH),
        "aim_mcid": row_name("aim_mcid"),
    }[key]


def short_name_with_trial(key: str) -> str:
    """As name_with_trial, in the fewest words: the comparison chart's axis, where the Danish row (its patients
    all had type 1) stands among AIM's subgroups."""
    return {
        DANISH_ROW: translate("RowNames", "Danish trial, type 1"),
        "effect_type1": translate("RowNames", "AIM, type 1"),
        "effect_total": translate("RowNames", "AIM, all"),
        "effect_type2": translate("RowNames", "AIM, type 2"),
    }[key]
