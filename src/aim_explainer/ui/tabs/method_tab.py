"""The Method chapter."""

from aim_explainer.plots.design_picture import DesignPicture
from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class MethodTab(ChapterTab):
    chapter = "method"

    def picture(self) -> DesignPicture:
        return DesignPicture(self.state.data, self.state.language)
