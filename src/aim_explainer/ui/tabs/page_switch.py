"""The row of a chapter's pages: a tab bar, not buttons, as it scrolls rather than widen the window.

Pages are counted by their place in the chapter (the page stack's index), whether this path shows them or
not; the bar holds a tab only for each page shown. A hidden page's tab is removed rather than hidden with
setTabVisible(False): Qt's accessibility keeps an invisible tab as a showing child of its bar, so a screen
reader would count, and offer, tabs a sighted user does not see.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from aim_explainer.tab_bar_access import NamedTabBar


class PageSwitch(NamedTabBar):
    page_chosen = Signal(int)  # the page (its place in the chapter) the reader chose

    def __init__(self, parent: QWidget, object_name: str, names: list[str]) -> None:
        super().__init__(parent)  # named after its purpose, not its current tab
        self.setObjectName(object_name)
        self.setDrawBase(False)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self._names = list(names)
        self._tips = [""] * len(names)
        self._shown = [True] * len(names)
        for name in names:
            self.addTab(name)
        self.currentChanged.connect(self._chosen)

    def tab_of(self, page: int) -> int:
        """The tab index of a page, or -1 when this path does not show it (or there is no such page)."""
        if not 0 <= page < len(self._shown) or not self._shown[page]:
            return -1
        return sum(self._shown[:page])

    def page_of(self, tab: int) -> int:
        return [page for page, shown in enumerate(self._shown) if shown][tab]

    def is_page_shown(self, page: int) -> bool:
        return self._shown[page]

    def set_page_shown(self, page: int, shown: bool) -> None:
        if shown == self._shown[page]:
            return
        current = self.current_page()
        self.blockSignals(True)  # the chapter chooses the page to show after; no page change on the way
        try:
            if shown:
                self._shown[page] = True
                tab = self.tab_of(page)
                self.insertTab(tab, self._names[page])
                self.setTabToolTip(tab, self._tips[page])
            else:
                self.removeTab(self.tab_of(page))
                self._shown[page] = False
            if current >= 0 and self._shown[current]:
                self.setCurrentIndex(self.tab_of(current))
        finally:
            self.blockSignals(False)

    def set_page_text(self, page: int, name: str, tip: str) -> None:
        self._names[page], self._tips[page] = name, tip
        tab = self.tab_of(page)
        if tab >= 0:
            self.setTabText(tab, name)
            self.setTabToolTip(tab, tip)

    def current_page(self) -> int:
        return self.page_of(self.currentIndex()) if self.currentIndex() >= 0 else -1

    def set_current_page(self, page: int) -> None:
        """Its tab the current one; a page this path does not show leaves the bar as it is."""
        if self.tab_of(page) >= 0:
            self.setCurrentIndex(self.tab_of(page))

    def _chosen(self, tab: int) -> None:
        if tab >= 0:
            self.page_chosen.emit(self.page_of(tab))
