"""The trial's design as a picture: patients at the hospitals, chance decides, two groups, the capsules, a year.

Every count comes from the data file (core.values), so the picture and the text can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from aim_explainer.core.palette import OKABE_ITO, PICTURE, UI
from aim_explainer.i18n import translate
from aim_explainer.plots.pictures.base import Picture, arrow, box, scaled_font

AMOX_FILL = PICTURE["amoxicillin_wash"]  # a light wash of the amoxicillin blue: the words on it keep full contrast
PLACEBO_FILL = PICTURE["placebo_wash"]  # the same for placebo's vermillion
NEUTRAL_FILL = PICTURE["neutral_wash"]


class DesignPicture(Picture):
    picture_id = "design"
    aspect = 0.42

    def words(self) -> dict[str, str]:
        n = self.number
        return {
            "patients": translate("DesignPicture", "{n} patients with Modic changes, {h} hospitals").format(
                n=n("aim_n"), h=n("aim_hospitals")
            ),
            "chance": translate("DesignPicture", "Chance decided the group"),
            "amox": translate("DesignPicture", "{n} got amoxicillin").format(n=n("aim_n_amox")),
            "placebo": translate("DesignPicture", "{n} got placebo (dummy capsules)").format(n=n("aim_n_placebo")),
            "days": translate("DesignPicture", "{d} days of capsules").format(d=n("aim_days")),
            # short words: the box is narrow, and a long one ("Spørreskjemaer") made its words the smallest
            "year": translate("DesignPicture", "Filled in forms for a year"),
            "blind": translate("DesignPicture", "Nobody was told who got what"),
        }

    def alt_text(self) -> str:
        w = self.words()
        return translate(
            "DesignPicture",
            "Picture of the trial: {patients}. {chance}: {amox}, {placebo}. Both groups: {days}, and "
            "questionnaires from the start to one year. {blind}.",
        ).format(
            patients=w["patients"],
            chance=w["chance"],
            amox=w["amox"],
            placebo=w["placebo"],
            days=w["days"],
            blind=w["blind"],
        )

    def paint(self, painter: QPainter, rect: QRectF, font: QFont, small: bool = False) -> None:
        w = {} if small else self.words()
        f = scaled_font(font, rect, 11)
        # five columns: patients, chance, the two groups, capsules, one year
        gap = rect.width() * 0.04
        col = (rect.width() - gap * 4) / 5
        mid = rect.center().y()
        height = rect.height() * 0.3
        x = [rect.left() + i * (col + gap) for i in range(5)]

        def cell(i: int, y: float, key: str, fill: str, border: str, bold: bool = False) -> QRectF:
            r = QRectF(x[i], y - height / 2, col, height)
            box(painter, r, w.get(key, ""), f, fill, border, bold)
            return r

        border = UI["muted_text"]
        top, bottom = rect.top() + rect.height() * 0.25, rect.top() + rect.height() * 0.7
        tall = bottom - top + height  # the steps both groups share span both rows
        patients = QRectF(x[0], top - height / 2, col, tall)
        box(painter, patients, w.get("patients", ""), f, NEUTRAL_FILL, border, bold=True)
        chance = QRectF(x[1], top - height / 2, col, tall)
        box(painter, chance, w.get("chance", ""), f, NEUTRAL_FILL, border)
        amox = cell(2, top, "amox", AMOX_FILL, OKABE_ITO["blue"], bold=True)
        placebo = cell(2, bottom, "placebo", PLACEBO_FILL, OKABE_ITO["vermillion"], bold=True)
        days = QRectF(x[3], top - height / 2, col, tall)
        box(painter, days, w.get("days", ""), f, NEUTRAL_FILL, border)
        year = QRectF(x[4], top - height / 2, col, tall)
        box(painter, year, w.get("year", ""), f, NEUTRAL_FILL, border)

        ink = UI["muted_text"]
        arrow(painter, QPointF(patients.right(), mid), QPointF(chance.left(), mid), ink)
        for target in (amox, placebo):
            arrow(painter, QPointF(chance.right(), mid), QPointF(target.left(), target.center().y()), ink)
            arrow(painter, QPointF(target.right(), target.center().y()), QPointF(days.left(), target.center().y()), ink)
        arrow(painter, QPointF(days.right(), mid), QPointF(year.left(), mid), ink)
        if not small:  # the blinding, under the two groups: it held for the whole year
            note = QRectF(x[2], rect.bottom() - rect.height() * 0.12, x[4] + col - x[2], rect.height() * 0.11)
            painter.setFont(f)
            painter.drawText(note, Qt.AlignmentFlag.AlignCenter, "\u25cf " + w["blind"])
