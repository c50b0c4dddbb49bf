"""The Conclusion chapter."""

from aim_explainer.i18n import translate
from aim_explainer.plots.timeline_picture import TimelinePicture
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class ConclusionTab(ChapterTab):
    chapter = "conclusion"

    def title(self) -> str:
        return translate("ConclusionTab", "Conclusion")

    def picture(self) -> TimelinePicture:
        return TimelinePicture(self.state.data, self.state.language)
