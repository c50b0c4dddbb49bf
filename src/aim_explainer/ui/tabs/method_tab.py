"""The Method chapter."""

from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class MethodTab(ChapterTab):
    chapter = "method"
    picture_id = "design"
