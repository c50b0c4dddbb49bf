"""The Conclusion chapter."""

from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class ConclusionTab(ChapterTab):
    chapter = "conclusion"
    picture_id = "timeline"
