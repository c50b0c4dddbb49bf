"""The chapters' titles, in one place: each tab's own, and the "Next" card of the chapter before it."""

from __future__ import annotations

from aim_explainer.i18n import translate


def chapter_title(chapter: str) -> str:
    """The title of a chapter (one of core.content.CHAPTERS), in the current language."""
    return {
        "background": translate("BackgroundTab", "Background"),
        "method": translate("MethodTab", "Method"),
        "results": translate("ResultsTab", "Results"),
        "comparison": translate("ComparisonTab", "Comparison"),
        "conclusion": translate("ConclusionTab", "Conclusion"),
    }[chapter]
