"""The one list of the story's drawn pictures that a slide can show by name (`Picture: spine` in a slides file)."""

from __future__ import annotations

from aim_explainer.core.data import StudyData
from aim_explainer.plots.design_picture import DesignPicture
from aim_explainer.plots.picture import Picture
from aim_explainer.plots.spine_picture import SpinePicture
from aim_explainer.plots.timeline_picture import TimelinePicture

PICTURES: dict[str, type[Picture]] = {kind.picture_id: kind for kind in (SpinePicture, DesignPicture, TimelinePicture)}


def make_picture(picture_id: str, data: StudyData, lang: str) -> Picture:
    return PICTURES[picture_id](data, lang)
