"""The Conclusion chapter."""

from aim_explainer.plots.timeline_picture import TimelinePicture
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class ConclusionTab(ChapterTab):
    chapter = "conclusion"

    def picture(self) -> TimelinePicture:
        return TimelinePicture(self.state.data, self.state.language)
