"""Facts of the comparison table: statements in words (not numbers), each with the source and status the
project's study notes (study/trial-data.md) give for them. Plain records; the table module says which
cell each backs."""

from __future__ import annotations

from dataclasses import dataclass

from aim_explainer.core.translatable import QT_TRANSLATE_NOOP
from aim_explainer.core.values import SourceStatus

LAY_SUMMARY = "AIM study team's Norwegian lay summary (seed/000_84cb845b13b784c6.txt)"


@dataclass(frozen=True)
class Fact:
    """A statement in words, with its source as the study notes (study/trial-data.md) give it."""

    key: str
    description: str  # English; the interface translates it (context "Fact")
    source: str
    status: SourceStatus

    @property
    def found(self) -> bool:
        return self.status.found


def _fact(key: str, description: str, source: str, status: SourceStatus) -> Fact:
    return Fact(key, description, source, status)


FACTS: dict[str, Fact] = {
    f.key: f
    for f in (
        _fact(
            "dk_affiliation",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: where the authors worked"),
            "Albert 2013 Eur Spine J 22:697-707, article header: 'Research Department, Spine Centre of Southern "
            "Denmark, … Lillebaelt Hospital, University of Southern Denmark, Middelfart, Denmark'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_sites",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: number of recruiting sites"),
            "study/trial-data.md §2.1: number of recruiting sites UNVERIFIED",
            SourceStatus.UNVERIFIED,
        ),
        _fact(
            "dk_years",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: years patients were recruited"),
            "study/trial-data.md §2.1: years of recruitment NOT FOUND",
            SourceStatus.NOT_FOUND,
        ),
        _fact(
            "dk_modic",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: Modic type of the patients"),
            "Albert 2013 Eur Spine J abstract (PMC3631045 / PubMed 23404353) [primary]: chronic low back pain after "
            "a previous disc herniation, with Modic type 1 changes in the vertebrae next to the herniation",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_drug",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: the drug (amoxicillin with clavulanic acid)"),
            "Albert 2013 Eur Spine J abstract [primary]: '100 days of antibiotic treatment (Bioclavid)', "
            "amoxicillin-clavulanate",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_dose_groups",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: a single and a double dose group"),
            "Albert 2013 Eur Spine J abstract [primary]: 'a trend towards a dose-response relationship with double "
            "dose antibiotics being more efficacious'; the exact regimens are UNVERIFIED",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_double_blind",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: double-blind, with placebo"),
            "Albert 2013 Eur Spine J abstract [primary]: 'The study was a double-blind RCT'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_placebo",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: what the placebo was made of"),
            "chirogeek.com blog summary [SECONDARY, low reliability]: 'placebo made of calcium carbonate'",
            SourceStatus.SECONDARY,
        ),
        _fact(
            "dk_blinding_check",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: no test of the blinding reported"),
            "NHS Behind the Headlines, 8 May 2013 (medworm copy) [SECONDARY]: 'The researchers did not report any "
            "testing for fidelity of the blinding, such as asking participants if they could guess which group "
            f"they were in.' {LAY_SUMMARY}: 'Dette ble ikke rapportert gjort i 2013-studien.'",
            SourceStatus.SECONDARY,
        ),
        _fact(
            "dk_extra",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: no extra treatments described"),
            f"{LAY_SUMMARY}: 'Slike tilleggsbehandlinger ble ikke omtalt utført i 2013-studien'",
            SourceStatus.LAY_SUMMARY,
        ),
        _fact(
            "dk_outcome",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: disability measured with the RMDQ"),
            "Albert 2013 Eur Spine J abstract [primary]: primary outcomes 'disease-specific disability, lumbar "
            "pain'; 'the disease-specific disability-RMDQ changed'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_rmdq_version",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: which version of the RMDQ"),
            "study/trial-data.md flag 5: probably the Danish 23-item version; UNVERIFIED for Albert 2013",
            SourceStatus.UNVERIFIED,
        ),
        _fact(
            "dk_statistic",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: one typical value per group, mean or median not stated"),
            "Albert 2013 Eur Spine J abstract [primary]: values per group at each visit, with no statement of "
            "whether they are means or medians; spread and intervals NOT FOUND",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_thresholds",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: important effect sizes set for some outcomes"),
            "Albert 2013 Eur Spine J abstract [primary]: 'where a clinically important effect size was defined, "
            "improvements exceeded the thresholds'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "dk_threshold_values",
            QT_TRANSLATE_NOOP("Fact", "Danish trial: the values of those effect sizes"),
            "study/trial-data.md §2.1: values NOT FOUND",
            SourceStatus.NOT_FOUND,
        ),
        _fact(
            "aim_lead",
            QT_TRANSLATE_NOOP("Fact", "AIM: led from Oslo University Hospital"),
            f"{LAY_SUMMARY}: 'Forskere ved … Oslo universitetssykehus tok derfor initiativ til et "
            "forskningsprosjekt i samarbeid med fem andre sykehus i Norge'; NCT02323412 registry record "
            "[SECONDARY]: 'Lead Sponsor: Oslo University Hospital'",
            SourceStatus.LAY_SUMMARY,
        ),
        _fact(
            "aim_drug",
            QT_TRANSLATE_NOOP("Fact", "AIM: amoxicillin alone, without clavulanic acid"),
            "Braten 2019 BMJ abstract [primary]: 'three months of oral treatment with either 750 mg amoxicillin or "
            f"placebo three times daily'; {LAY_SUMMARY}: 'AIM studien brukte amoxicillin uten klavulansyre'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "aim_double_blind",
            QT_TRANSLATE_NOOP("Fact", "AIM: double-blind, with placebo"),
            "Braten 2019 BMJ abstract [primary]: 'Double blind, parallel group, placebo controlled, multicentre "
            "trial.'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "aim_placebo",
            QT_TRANSLATE_NOOP("Fact", "AIM: what the placebo was made of"),
            "2 Minute Medicine summary (AccessSurgery reprint) [SECONDARY]: 'placebo (maize starch)'",
            SourceStatus.SECONDARY,
        ),
        _fact(
            "aim_capsules",
            QT_TRANSLATE_NOOP("Fact", "AIM: capsules meant to hide smell and taste"),
            f"{LAY_SUMMARY}: 'ved å kapsle inn studiemedisinen slik at lukt og smak ikke skulle avsløre hva den "
            "inneholdt'",
            SourceStatus.LAY_SUMMARY,
        ),
        _fact(
            "aim_blinding_check",
            QT_TRANSLATE_NOOP("Fact", "AIM: patients asked which treatment they thought they had"),
            f"{LAY_SUMMARY}: 'samtidig kartlegge hvilken behandling deltakerne selv mente at de fikk'",
            SourceStatus.LAY_SUMMARY,
        ),
        _fact(
            "aim_extra",
            QT_TRANSLATE_NOOP("Fact", "AIM: no extra treatments"),
            f"{LAY_SUMMARY}: 'ettersom målet var å etterprøve denne, derfor heller ikke utført i AIM-studien'",
            SourceStatus.LAY_SUMMARY,
        ),
        _fact(
            "aim_outcome",
            QT_TRANSLATE_NOOP("Fact", "AIM: disability measured with the Norwegian RMDQ"),
            "Braten 2019 BMJ abstract [primary]: 'Roland-Morris Disability Questionnaire (RMDQ) score (range 0-24) "
            "at one year follow-up in the intention to treat population'; 2 Minute Medicine [SECONDARY]: "
            "'validated Norwegian Roland-Morris Disability Questionnaire'",
            SourceStatus.PRIMARY,
        ),
        _fact(
            "aim_summary",
            QT_TRANSLATE_NOOP("Fact", "AIM: difference between the groups' means, with a 95% interval"),
            "Braten 2019 BMJ abstract [primary]: 'between group difference in mean RMDQ score'; results given as "
            "a difference with a '95% confidence interval', in the intention to treat population",
            SourceStatus.PRIMARY,
        ),
    )
}
