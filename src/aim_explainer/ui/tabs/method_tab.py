"""The Method chapter."""

from aim_explainer.ui.tabs.chapter_tab import PlainChapterTab


class MethodTab(PlainChapterTab):
    chapter = "method"
    picture_id = "design"
