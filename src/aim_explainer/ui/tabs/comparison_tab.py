"""The Comparison chapter."""

from aim_explainer.i18n import translate
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class ComparisonTab(ChapterTab):
    chapter = "comparison"

    def title(self) -> str:
        return translate("ComparisonTab", "Comparison")
