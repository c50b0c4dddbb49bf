"""A tab bar as a screen reader should meet it: named after its purpose, with the tabs that show as its children.

Qt's own interface for QTabBar (QAccessibleTabBar, private to Qt) names the whole bar after its current tab, so a
screen reader says "Resultater, page tab list" where it should say "Kapitler", whatever accessibleName says. Its
tab children are private too and cannot be reused from Python, so this interface stands in for it: the bar's
name is its accessibleName (the current tab's text only while it has none), its children are its tabs in order
(index for index, as QTabBar's own focus and selection events count them) and then its scroll buttons.

A tab hidden with setTabVisible(False) would still be a child here, as in Qt's: pages one path does not show
are removed from their bar instead (ui/tabs/page_switch.py), so a screen reader counts the tabs a sighted user
sees. Outside the user interface, like accessibility.py: nothing here is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QTabBar, QToolButton, QWidget

from aim_explainer.accessibility import expose


class _Tab(QAccessibleInterface):
    """One tab of a bar: a page tab with the tab's text, tooltip, place and state. No QObject of its own."""

    def __init__(self, bar: QTabBar, index: int) -> None:
        super().__init__()
        self.bar = bar
        self.index = index

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        try:
            return 0 <= self.index < self.bar.count()
        except RuntimeError:  # the bar is gone
            return False

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt accepts none (nullptr)
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.PageTab

    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return self.bar.accessibleTabName(self.index) or self.bar.tabText(self.index).replace("&", "")
        if kind == QAccessible.Text.Description:
            return self.bar.tabToolTip(self.index)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        pass

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        bar_state = QAccessible.queryAccessibleInterface(self.bar).state()
        state.invisible = bar_state.invisible or not self.bar.isTabVisible(self.index)
        state.offscreen = bar_state.offscreen or not self.bar.rect().intersects(self.bar.tabRect(self.index))
        state.disabled = bar_state.disabled or not self.bar.isTabEnabled(self.index)
        state.focusable = True
        state.selectable = True
        current = self.bar.currentIndex() == self.index
        state.selected = current
        state.focused = current and self.bar.hasFocus()
        return state

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        tab = self.bar.tabRect(self.index)
        return QRect(self.bar.mapToGlobal(QPoint(0, 0)) + tab.topLeft(), tab.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt accepts none (nullptr)
        return QAccessible.queryAccessibleInterface(self.bar)

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt accepts none (nullptr)
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 - Qt accepts no interface
        return None


class TabBarInterface(QAccessibleWidget):
    """A QTabBar: a page tab list named by its accessibleName, its tabs and then its scroll buttons as children."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList)
        self._tabs: list[_Tab] = []  # kept here while the bar lives: Qt holds them by id, Python by reference
        ids: list[int] = []
        self._ids = ids  # Qt deletes a bar's own interface with the bar, but not the tabs' it was handed
        bar.destroyed.connect(lambda _obj=None: [QAccessible.deleteAccessibleInterface(i) for i in ids])

    def bar(self) -> QTabBar:
        bar = self.widget()
        assert isinstance(bar, QTabBar)
        return bar

    def text(self, kind: QAccessible.Text) -> str:
        bar = self.bar()
        current = bar.tabText(bar.currentIndex()).replace("&", "")
        if kind == QAccessible.Text.Name and not bar.accessibleName():
            return current  # what Qt says when nobody named the bar
        if kind == QAccessible.Text.Description and bar.accessibleName() and current:
            # the tab the arrow keys move from, said with the bar's name as it takes focus ("Pages in the results,
            # page tab list. The result"): Qt's focus event is the bar's, and a second one for the tab cut the
            # name off in Orca's speech
            own = super().text(kind)
            return f"{current}. {own}" if own else current
        return super().text(kind)

    def _buttons(self) -> list[QToolButton]:
        return [b for b in self.bar().findChildren(QToolButton) if b.parent() is self.bar() and b.isVisible()]

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return self.bar().count() + len(self._buttons())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt accepts none (nullptr)
        count = self.bar().count()
        if 0 <= index < count:
            while len(self._tabs) <= index:
                tab = _Tab(self.bar(), len(self._tabs))
                self._ids.append(QAccessible.registerAccessibleInterface(tab))
                self._tabs.append(tab)
            return self._tabs[index]
        buttons = self._buttons()
        if 0 <= index - count < len(buttons):
            return QAccessible.queryAccessibleInterface(buttons[index - count])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        if isinstance(child, _Tab):
            return child.index if child.bar is self.bar() else -1
        buttons = self._buttons()
        target = child.object() if child is not None else None
        return next((self.bar().count() + i for i, b in enumerate(buttons) if b is target), -1)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 - Qt accepts no interface
        bar = self.bar()
        return self.child(bar.currentIndex()) if bar.hasFocus() and bar.currentIndex() >= 0 else None


class NamedTabBar(QTabBar):
    """A tab bar exposed through TabBarInterface. A class of its own because Qt asks the factories for a widget's
    class name first, then its base classes' in turn: PySide6 puts every Python factory where the first was
    installed, behind Qt's own when that was before the application existed (a module imported early), and Qt's
    answers for "QTabBar". For the class name of a subclass Qt has none, so this interface is the one."""


def _bar_interface(widget: QWidget) -> QAccessibleInterface:
    assert isinstance(widget, QTabBar)  # asked only for NamedTabBar and its subclasses
    return TabBarInterface(widget)


expose(NamedTabBar, _bar_interface)
