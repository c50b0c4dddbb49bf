"""The lists of drawn pictures: the ones a slide can show by name (`Picture: spine` in a slides file), and the
story map's small picture for each chapter."""

from __future__ import annotations

from aim_explainer.core.data import StudyData
from aim_explainer.plots.pictures.base import Picture
from aim_explainer.plots.pictures.design import DesignPicture
from aim_explainer.plots.pictures.spine import SpinePicture
from aim_explainer.plots.pictures.story import ResultPicture, TrialsPicture, WayForwardPicture
from aim_explainer.plots.pictures.timeline import TimelinePicture

PICTURES: dict[str, type[Picture]] = {kind.picture_id: kind for kind in (SpinePicture, DesignPicture, TimelinePicture)}

CHAPTER_PICTURES: dict[str, type[Picture]] = {
    "background": SpinePicture,
    "method": DesignPicture,
    "results": ResultPicture,
    "comparison": TrialsPicture,
    "conclusion": WayForwardPicture,
}


def make_picture(picture_id: str, data: StudyData, lang: str) -> Picture:
    return PICTURES[picture_id](data, lang)


def chapter_picture(chapter: str, data: StudyData, lang: str) -> Picture:
    """The story map's picture of `chapter` (drawn small and wordless there)."""
    return CHAPTER_PICTURES[chapter](data, lang)
