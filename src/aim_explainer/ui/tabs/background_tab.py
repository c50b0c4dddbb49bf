"""The Background chapter."""

from aim_explainer.plots.spine_picture import SpinePicture
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class BackgroundTab(ChapterTab):
    chapter = "background"

    def picture(self) -> SpinePicture:
        return SpinePicture(self.state.data, self.state.language)
