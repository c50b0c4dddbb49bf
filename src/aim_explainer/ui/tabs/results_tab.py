"""The Results chapter."""

from aim_explainer.i18n import translate
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class ResultsTab(ChapterTab):
    chapter = "results"

    def title(self) -> str:
        return translate("ResultsTab", "Results")
