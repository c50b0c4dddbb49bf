"""The chapters' titles, in one place: each tab's own, and the "Next" card of the chapter before it."""

from __future__ import annotations

from aim_explainer.i18n import translate


def chapter_title(chapter: str) -> str:
    """The title of a chapter (one of core.content.CHAPTERS), in the current language."""
    return {
        "background": translate("ChapterTitles", "Background"),
        "method": translate("ChapterTitles", "Method"),
        "results": translate("ChapterTitles", "Results"),
        "comparison": translate("ChapterTitles", "Comparison"),
        "conclusion": translate("ChapterTitles", "Conclusion"),
    }[chapter]
