"""The Conclusion chapter."""

from aim_explainer.ui.tabs.chapter_tab import PlainChapterTab


class ConclusionTab(PlainChapterTab):
    chapter = "conclusion"
    picture_id = "timeline"
