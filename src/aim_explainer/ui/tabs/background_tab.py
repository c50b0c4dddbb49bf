"""The Background chapter."""

from aim_explainer.ui.tabs.chapter_tab import PlainChapterTab


class BackgroundTab(PlainChapterTab):
    chapter = "background"
    picture_id = "spine"
