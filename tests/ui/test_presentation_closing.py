"""The closing step carries the QR code of the article: the painted squares are the code of the article's address."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor

from aim_explainer.core.handout import ARTICLE_URL
from aim_explainer.plots.settle import settle
from aim_explainer.printing.qr import QUIET_ZONE


def test_the_closing_step_shows_the_articles_qr_code(session) -> None:
    _window, running = session
    controller, view = running.controller, running.audience
    view.resize(1024, 768)
    controller.go(len(controller.steps) - 1)
    settle()
    assert controller.step.qr == ARTICLE_URL
    assert view.qr.isVisible()
    assert "bmj.l5654" in view.qr.caption.text()
    picture = view.qr.code.grab().toImage()
    code = segno.make(ARTICLE_URL, error="m", micro=False)
    modules = code.symbol_size(border=QUIET_ZONE)[0]
    unit = min(picture.width(), picture.height()) / modules
    painted = [
        [
            QColor(
                picture.pixel(int((QUIET_ZONE + col + 0.5) * unit), int((QUIET_ZONE + row + 0.5) * unit))
            ).lightness()
            < 128
            for col in range(len(code.matrix[0]))
        ]
        for row in range(len(code.matrix))
    ]
    assert painted == [[bool(m) for m in line] for line in code.matrix], "the squares are the address's code"
    controller.go(0)
    settle()
    assert not view.qr.isVisible(), "only the closing step carries the code"
