"""The start screen: the answer in one paragraph, the three things a user came to do, and the five chapters as a
story map (a picture and a sentence each, a StoryCard; a click, Enter or Space opens one).

Its words come from the content files (start.md, filled from the data by core.story); only the interface's
own labels are translated strings here.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aim_explainer.accessibility import announce
from aim_explainer.core import content
from aim_explainer.core.content import CHAPTERS, CLINICIAN, PATIENT
from aim_explainer.core.story import Story, story
from aim_explainer.i18n import translate
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.story_card import StoryCard

COLUMN_CHARS = 120  # the screen's width, in average characters: wider screens get margins
CARD_CHARS = 22  # below this many characters per card, the map goes from five columns to fewer


class StartScreen(QScrollArea):
    chapter_requested = Signal(str)
    explain_requested = Signal()
    present_requested = Signal()
    print_requested = Signal()

    def __init__(self, state: AppState, chapter_names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.chapter_names = chapter_names  # () -> the chapters' names in the current language
        self.setObjectName("start_screen")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = self.page = QWidget(self)
        page.setObjectName("start_page")
        self.heading = QLabel(page)
        self.heading.setObjectName("start_heading")
        self.answer_heading = QLabel(page)
        self.answer_heading.setObjectName("start_answer_heading")
        self.answer = QLabel(page)
        self.answer.setObjectName("start_answer")
        # in the Tab order, first: the answer is what the screen is for, and a screen reader reads what has focus
        self.answer.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for label in (self.heading, self.answer_heading, self.answer):
            label.setWordWrap(True)

        self.explain_button, self.present_button, self.print_button = (QPushButton(page) for _ in range(3))
        for button, name, signal in (
            (self.explain_button, "start_explain", self.explain_requested),
            (self.present_button, "start_present", self.present_requested),
            (self.print_button, "start_print", self.print_requested),
        ):
            button.setObjectName(name)
            button.clicked.connect(signal)
        actions = self.actions_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in (self.explain_button, self.present_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.audience_label = QLabel(page)
        self.patient_radio, self.clinician_radio = QRadioButton(page), QRadioButton(page)
        self.audience_group = QButtonGroup(self)
        self.audience_group.addButton(self.patient_radio)
        self.audience_group.addButton(self.clinician_radio)
        self.patient_radio.toggled.connect(lambda on: self._choose_audience(on, PATIENT))
        self.clinician_radio.toggled.connect(lambda on: self._choose_audience(on, CLINICIAN))
        audience = self.audience_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        audience.addWidget(self.audience_label)
        audience.addWidget(self.patient_radio)
        audience.addWidget(self.clinician_radio)
        audience.addStretch(1)

        self.map_heading = QLabel(page)
        self.map_heading.setObjectName("start_map_heading")
        self.cards = [StoryCard(chapter, state, page) for chapter in CHAPTERS]
        for card in self.cards:
            card.activated.connect(self.chapter_requested)
            card.arriving.connect(self._lead)
        self.map = QGridLayout()
        self._columns = 0
        self._answer_told = False
        self._answer_for_card = ""  # the answer, until a card has led with it
        # Tab follows the page from the top: the answer, the three buttons, the audience, then the chapters
        chain = [self.answer, *self.actions_widgets(), self.patient_radio, self.clinician_radio, *self.cards]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.column = QVBoxLayout()
        for widget in (self.heading, self.answer_heading, self.answer):
            self.column.addWidget(widget)
        self.column.addLayout(actions)
        self.column.addLayout(audience)
        self.column.addWidget(self.map_heading)
        self.column.addLayout(self.map)
        self.column.addStretch(1)
        page.setLayout(self.column)
        self.setWidget(page)
        self._lay_out_map()
        state.data_changed.connect(self.retranslate)
        state.data_changed.connect(self._tell_answer)  # the application loads the data after its first paint
        state.audience_changed.connect(self._show_audience)
        self.retranslate()

    def actions_widgets(self) -> list[QWidget]:
        return [self.explain_button, self.present_button, self.print_button]

    def story(self) -> Story | None:
        if self.state.data is None:
            return None
        return story(self.state.content_dir, self.state.language, self.state.data)

    def retranslate(self) -> None:
        self.heading.setText(translate("StartScreen", "Antibiotics for long-lasting low back pain with Modic changes"))
        self.answer_heading.setText(translate("StartScreen", "The answer of the AIM trial, in short"))
        told = self.story()
        self.answer.setText(told.answer if told else translate("StartScreen", "Loading the study data…"))
        # said before the answer, as a sighted reader sees the heading above it
        self.answer.setAccessibleName(f"{self.answer_heading.text()}: {self.answer.text()}")
        self.explain_button.setText(translate("StartScreen", "Explain to a patient"))
        self.explain_button.setToolTip(
            translate("StartScreen", "Go through the chapters in plain words, from the start")
        )
        self.present_button.setText(translate("StartScreen", "Present to a group"))
        self.present_button.setToolTip(translate("StartScreen", "Full-screen presentation, step by step (F5)"))
        self.print_button.setText(translate("StartScreen", "Print a handout"))
        self.print_button.setToolTip(translate("StartScreen", "A handout to take home (Ctrl+P)"))
        self.audience_label.setText(translate("StartScreen", "The chapters are written for:"))
        self.patient_radio.setText(translate("StartScreen", "Patients"))
        self.clinician_radio.setText(translate("StartScreen", "Health professionals (more detail)"))
        self.map_heading.setText(translate("StartScreen", "The story in five chapters"))
        names = self.chapter_names()
        for number, card in enumerate(self.cards, start=1):
            entry = told.chapters[number - 1] if told else None
            card.set_words(number, names[number - 1], entry.title if entry else "", entry.sentence if entry else "")
            card.picture.update()
        self.setAccessibleName(translate("StartScreen", "Start"))
        self._show_audience(self.state.audience)
        self._arrange()  # new words, new widths

    def _show_audience(self, audience: str) -> None:
        radio = self.patient_radio if audience == content.PATIENT else self.clinician_radio
        if not radio.isChecked():
            radio.setChecked(True)

    def _lay_out_map(self) -> None:
        """Five cards in a row where they fit, else three or two to a row (large text, small screens)."""
        per_card = self.fontMetrics().averageCharWidth() * CARD_CHARS
        width = self.viewport().width() or self.width()
        columns = next((n for n in (5, 3, 2) if width >= n * per_card), 1)
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.map.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.map.addWidget(card, index // columns, index % columns)
        for column in range(len(self.cards)):  # equal widths: no chapter looks more important than another
            self.map.setColumnStretch(column, 1 if column < columns else 0)

    def _choose_audience(self, on: bool, audience: str) -> None:
        """A radio button turned on chooses its path (the one turned off says nothing)."""
        if on:
            self.state.set_audience(audience)

    def _fit_rows(self, width: int) -> None:
        """A row of buttons that does not fit side by side stands one above the other (large text)."""
        for row in (self.actions_row, self.audience_row):
            items = [item.widget() for i in range(row.count()) if (item := row.itemAt(i)) is not None]
            needed = sum(w.sizeHint().width() + row.spacing() for w in items if w is not None)
            direction = QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
            if row.direction() != direction:
                row.setDirection(direction)
                self.column.invalidate()  # the page's height changes with it
                self.page.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The map's columns, the side margins and the rows of buttons, for this width and text size."""
        self._lay_out_map()
        spare = self.viewport().width() - self.fontMetrics().averageCharWidth() * COLUMN_CHARS
        margin = max(spare // 2, 0)
        self.column.setContentsMargins(margin, 12, margin, 12)
        self._fit_rows(self.viewport().width() - 2 * margin - 24)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._tell_answer()

    def _tell_answer(self) -> None:
        if not self._answer_told and self.state.data is not None and self.isVisible():
            # Once, as the application opens: the keyboard starts on the reader's chapter, below the answer,
            # and a screen reader would otherwise read only that card.
            self._answer_told = True
            announce(self.answer, self.answer.accessibleName())
            # and for screen readers that ignore announcements, with the card the keyboard starts on: the one
            # with the focus, or the first to take it (its words set before Qt tells of the focus, not after:
            # a change of a focused card's words is read again)
            self._answer_for_card = self.answer.accessibleName()
            focused = next((card for card in self.cards if card.hasFocus()), None)
            if focused is not None:
                self._lead(focused)

    def _lead(self, card: StoryCard) -> None:
        if self._answer_for_card:
            card.lead_with(self._answer_for_card)
            self._answer_for_card = ""
            card.left.connect(self._drop_leads)

    def _drop_leads(self) -> None:
        """The answer has been read with the card the keyboard started on: each card says its own words again."""
        for card in self.cards:
            if card.drop_lead():
                card.left.disconnect(self._drop_leads)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()  # larger text: fewer cards to a row, buttons one above the other
