"""The banner that says why a chosen data file was refused and the built-in data is shown instead.

It stays small whatever the file held: the first few problems, then how many more (the log has the list),
each long word shortened so nothing widens the window. The reader can close it with mouse or keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from aim_explainer.core.data_checks import Problem
from aim_explainer.i18n import message_text, translate

SHOWN_PROBLEMS = 3
LONGEST_WORD = 60  # characters; a file path can be hundreds, and a label cannot wrap inside a word


def shortened_words(line: str) -> str:
    """`line` with each overlong word cut in the middle, so the banner can wrap it."""
    half = LONGEST_WORD // 2 - 1
    return " ".join(w if len(w) <= LONGEST_WORD else f"{w[:half]}…{w[-half:]}" for w in line.split(" "))


class DataBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_banner")
        self.problems: tuple[Problem | str, ...] = ()
        self.dismissed = False  # until other data arrives: a language switch must not bring it back
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file's text is never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("data_banner_close")
        self.close_button.setText("×")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_problems(self, problems: Sequence[Problem | str]) -> None:
        """New data arrived: show its problems (none hides the banner)."""
        self.problems = tuple(problems)
        self.dismissed = False
        self.retranslate()

    def dismiss(self) -> None:
        self.dismissed = True
        self.setVisible(False)  # Qt hands the focus on to the next control (the chapters)

    def retranslate(self) -> None:
        name = translate("DataBanner", "Close this message")
        self.close_button.setAccessibleName(name)
        self.close_button.setToolTip(name)
        if not self.problems:
            self.setVisible(False)
            return
        lines = [
            translate("DataBanner", "The data file you chose could not be used, so the built-in study data is shown.")
        ]
        # translated at each retranslate, so a live language switch rewrites the problems too
        lines += [shortened_words(message_text(p)) for p in self.problems[:SHOWN_PROBLEMS]]
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            lines.append(translate("DataBanner", "… and {n} more").format(n=more))
        self.label.setText("\n".join(lines))
        self.setVisible(not self.dismissed)
