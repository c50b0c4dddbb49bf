"""The Background chapter."""

from aim_explainer.ui.tabs.chapter_tab import ChapterTab


class BackgroundTab(ChapterTab):
    chapter = "background"
    picture_id = "spine"
