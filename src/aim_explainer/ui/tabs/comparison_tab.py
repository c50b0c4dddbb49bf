"""The Comparison chapter: the Danish trial and AIM side by side, why their results may differ, the two
trials' results on one axis, and what has been published since.

Three pages under one switch. The first opens with the answer: the chapter text, whose explanations come as
cards, each with its conclusion and a link to the table rows it concerns, beside (or above) the comparison
table; the second the two charts (the clinician path's); the third the later evidence. The patient path's
table and later evidence keep what a patient needs; the clinician path's keep everything.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from aim_explainer.accessibility import PageStack
from aim_explainer.core import comparison
from aim_explainer.core.content import CLINICIAN, chapter_markdown
from aim_explainer.i18n import translate
from aim_explainer.plots.settle import settle
from aim_explainer.ui.app_state import AppState
from aim_explainer.ui.comparison_table import ComparisonTablePanel
from aim_explainer.ui.content_view import ContentView
from aim_explainer.ui.tabs.chapter_split import ChapterSplit
from aim_explainer.ui.tabs.chapter_tab import ChapterTab
from aim_explainer.ui.tabs.comparison_charts_page import ComparisonChartsPage
from aim_explainer.ui.tabs.comparison_layout import ShareSplitter, fit_column
from aim_explainer.ui.tabs.page_switch import PageSwitch

if TYPE_CHECKING:  # a type for the checker only: the charts' classes load with the first chart
    from aim_explainer.ui.tabs.comparison_charts_page import ComparisonChart

SIDE_BY_SIDE_CHARS = 118  # below this width, in average characters, the table sits above the text
TEXT_SHARE = 0.46  # of the width, when the text and the table sit side by side
PAGE_TABLE, PAGE_CHARTS, PAGE_LATER = range(3)


def page_names() -> list[str]:
    return [
        translate("ComparisonTab", "Side by side"),
        translate("ComparisonTab", "Charts"),
        translate("ComparisonTab", "Later evidence"),
    ]


class ComparisonTab(ChapterTab):
    chapter = "comparison"
    picture_id = "timeline"
    PAGE_IDS = ("table", "charts", "later")  # names for files (screenshots), in page order

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.explanations: tuple[comparison.Explanation, ...] = ()
        layout = self.column
        layout.removeWidget(self.view)
        self.view.anchorClicked.connect(self._follow)
        self.table_panel = ComparisonTablePanel(self)
        self.table_panel.source_requested.connect(self.source_requested)
        self.table_panel.explanation_requested.connect(self.show_explanation)
        self.splitter = ShareSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("comparison_splitter")
        self.splitter.addWidget(self.view)  # the answer first: the explanations, then the table they point to
        self.splitter.addWidget(self.table_panel)
        self.split = ChapterSplit(self, self.splitter, self.view)
        self.view.card_links = "rows:"  # the explanations are the sections that point to table rows
        self.view.link_target = self._rows_named
        self.splitter.resized.connect(self._share)
        self.later = ContentView(self)
        self.later.setObjectName("content_comparison_later")
        self.later.source_requested.connect(self.source_requested)
        self.later.glossary_requested.connect(self.glossary_requested)
        self.later.external_link.connect(self.external_link)
        self.later.chapter_requested.connect(self.chapter_requested)
        self.pages = PageStack(self)
        self.side_page = QScrollArea(self)  # scrolls only in one column (comparison_layout.fit_column)
        self.side_page.setObjectName("comparison_side_by_side")
        self.side_page.setWidgetResizable(True)
        self.side_page.setFrameShape(QFrame.Shape.NoFrame)
        self.side_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: it follows the focus inside
        self.side_page.setWidget(self.splitter)
        self.table_panel.filter.toggled.connect(self._fit_soon)
        self.pages.addWidget(self.side_page)
        self.charts_page = ComparisonChartsPage(state, self)
        self.charts_page.built.connect(self._arrange)
        self.pages.addWidget(self.charts_page)
        self.pages.addWidget(self.later)
        self.switch = PageSwitch(self, "comparison_pages", page_names())
        self.switch.page_chosen.connect(self.show_page)
        layout.addWidget(self.switch)
        layout.addWidget(self.pages, 1)
        layout.setContentsMargins(0, 6, 0, 0)
        # Tab goes as the eye does: the pages, the text, then the filter, the table and its sources
        panel = self.table_panel
        order = (self.switch, self.view, panel.filter, panel.table, panel.sources)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        state.audience_changed.connect(self._show_audience)
        self.retranslate()
        self._show_audience()

    # --- pages ----------------------------------------------------------------------------------------
    @property
    def charts(self) -> list[ComparisonChart]:
        return self.charts_page.charts

    def chart(self, chart_id: str) -> ComparisonChart:
        self.ensure_charts()
        return self.charts_page.host.chart(chart_id)

    def charts_at_their_end(self) -> None:
        self.charts_page.host.at_their_end()

    def dispose(self) -> None:
        self.charts_page.host.dispose()

    def ensure_charts(self) -> None:
        """Build the charts on first need (first visit, screenshots, exports)."""
        self.charts_page.ensure_charts()

    def _show_audience(self, *_args: object) -> None:
        """The charts are the clinician path's: unadjusted typical scores and intervals need a reader who
        knows them (the patient path's timeline and text tell the story)."""
        self.switch.set_page_shown(PAGE_CHARTS, self.state.audience == CLINICIAN)
        if not self.switch.is_page_shown(self.pages.currentIndex()):
            self.show_page(PAGE_TABLE)

    def show_each_page(self) -> Iterator[str]:
        """Each page after the first that this path shows, in turn (for screenshots); then back to the first."""
        self.ensure_charts()
        self.charts_at_their_end()
        try:
            for index, page_id in enumerate(self.PAGE_IDS):
                if index and self.switch.is_page_shown(index):
                    self.show_page(index)
                    settle()
                    yield page_id
        finally:
            self.show_page(PAGE_TABLE)

    def show_page(self, index: int) -> None:
        if index == PAGE_CHARTS:
            self.ensure_charts()
        self.pages.setCurrentIndex(index)
        self.switch.set_current_page(index)

    # --- links ------------------------------------------------------------------------------------------
    def _rows_named(self, url: QUrl) -> str | None:
        """Where a "Show in the table" link leads, in words: the rows it marks (each section's are its own)."""
        model = self.table_panel.model
        if url.scheme() != "rows" or model is None:
            return None
        wanted = [i for i in url.path().split(",") if i]
        names = ", ".join(row.label for row in model.rows if row.row_id in wanted)
        return translate("ComparisonTab", "rows of the table: {rows}").format(rows=names)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() != "rows":
            return  # the view itself handles sources, terms and web addresses
        self.table_panel.highlight_rows([i for i in url.path().split(",") if i])
        table, chosen = self.table_panel.table, self.table_panel.table.currentRow()
        if self.splitter.orientation() == Qt.Orientation.Vertical and chosen >= 0:  # one column: the page scrolls
            top = table.viewport().mapTo(self.splitter, QPoint(0, table.rowViewportPosition(chosen))).y()
            self.side_page.ensureVisible(0, top, 0, self.side_page.viewport().height() // 3)

    def show_explanation(self, index: int) -> None:
        """Scroll the chapter text to an explanation's heading."""
        if not 0 <= index < len(self.explanations):
            return
        self.show_page(PAGE_TABLE)
        heading = self.explanations[index].heading
        document = self.view.document()
        block = document.begin()
        while block.isValid():
            if block.text().strip() == heading:
                self.view.setTextCursor(QTextCursor(block))
                top = document.documentLayout().blockBoundingRect(block).top()
                self.view.verticalScrollBar().setValue(round(top))
                if self.splitter.orientation() == Qt.Orientation.Vertical:  # one column: the page scrolls
                    self.side_page.verticalScrollBar().setValue(self.view.y() + round(top))
                return
            block = block.next()

    # --- language and data ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        fresh = self._rendered != (self.state.language, self.state.data is not None, self.state.audience)
        super().retranslate()
        if fresh:
            self._retranslate_parts()
            self._fit_soon()

    def _retranslate_parts(self) -> None:
        for index, name in enumerate(page_names()):
            self.switch.set_page_text(index, name, translate("ComparisonTab", "Show: {page}").format(page=name))
        self.switch.setAccessibleName(translate("ComparisonTab", "Pages in the comparison"))
        self.switch.setAccessibleDescription(
            translate("ComparisonTab", "The table and the explanations, the charts, and the later evidence.")
        )
        self.charts_page.retranslate()
        self.later.setAccessibleName(translate("ComparisonTab", "Later evidence"))
        self.later.setAccessibleDescription(self.view.accessibleDescription())
        self.table_panel.retranslate()
        data = self.state.data
        if data is None:
            return  # the chapter text says it is loading
        markdown = self.state.chapter_markdown(self.chapter) or ""
        self.explanations = comparison.explanations(markdown)
        lang = self.state.language
        table = comparison.comparison_table(self.state.content_dir, lang, data, self.state.audience)
        self.table_panel.set_table(table, self.explanations)
        with self.later.keeping_place():
            self.later.set_markdown(
                chapter_markdown(self.state.content_dir, comparison.LATER_FILE, lang, data, self.state.audience),
                next_card=self.next_card(),
            )

    # --- layout ------------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # laid out after the change, and after the constructor
            QTimer.singleShot(0, self, self._arrange)  # with self as context: dropped if the tab goes

    def _arrange(self) -> None:
        """Side by side when there is room; one above the other at large text or in a small window."""
        _wide, changed = self.split.orient(SIDE_BY_SIDE_CHARS)
        if changed:
            self._share()
        self._fit_soon()
        self.charts_page.arrange(self.split.width_in_chars())

    def _fit_soon(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self._fit)  # once the new width has wrapped the text and the rows

    def _fit(self) -> None:
        fit_column(self.view, self.table_panel, self.splitter.orientation() == Qt.Orientation.Vertical)

    def _share(self) -> None:
        """Give the table and the text their usual shares, until the reader drags the handle."""
        share = TEXT_SHARE if self.splitter.orientation() == Qt.Orientation.Horizontal else 0.5
        self.split.share(lambda total: round(total * share))

    # --- text -------------------------------------------------------------------------------------------
    def plain_text(self) -> str:
        """Everything this path's chapter shows, in reading order: the title and key messages, the
        explanations, the table (whole, whatever the filter shows), the charts in words (the clinician
        path's), and the later evidence."""
        parts = [self.view.plain_text().strip(), self.table_panel.plain_text()]
        if self.state.audience == CLINICIAN:
            self.ensure_charts()
            parts.append("\n".join([page_names()[PAGE_CHARTS], *self.charts_page.text_lines()]))
        parts.append(self.later.plain_text().strip())
        return "\n\n".join(p for p in parts if p)
