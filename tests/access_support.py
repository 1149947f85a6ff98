"""What a screen reader is told: a walk over the Qt accessibility tree (the interfaces that
AT-SPI, UI Automation and VoiceOver read), and the problems it finds.

A control a person operates must have a name (or a description); a label must let its text be
read (an accessible name that replaces a label's text hides what it shows)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from ui import access

Role = QAccessible.Role
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description

#: Roles a person operates or reads as a whole: each needs a name.
OPERATED = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Table,
    Role.List,
    Role.Tree,
    Role.PageTab,
    Role.PageTabList,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Document,
}


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid(), widget
    return found


def walk(root: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every interface under ``root`` that is on screen; a table's and list's cells are not
    walked (their headers name them), only the view itself."""
    yield root
    if root.role() in (Role.Table, Role.List, Role.Tree) or depth > 40:
        return
    for i in range(root.childCount()):
        child = root.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        yield from walk(child, depth + 1)


def describe(found: QAccessibleInterface) -> str:
    obj = found.object()
    name = obj.objectName() if obj is not None else ""
    kind = type(obj).__name__ if obj is not None else "?"
    parent = obj.parent() if obj is not None else None
    where = type(parent).__name__ if parent is not None else ""
    return f"{found.role().name} {kind}#{name} in {where}"


def plain(text: str) -> str:
    """What a label shows, without markup or mnemonic marks."""
    text = access.plain_text(text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


#: Cells read from each table (enough for every kind of cell the sample holds).
CELLS = 400


def cells(table: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """A table's cells, directly under it (an item view) or row by row (the room's page)."""
    for i in range(min(table.childCount(), CELLS)):
        child = table.child(i)
        if child is not None and child.role() == Role.Cell:
            yield child
        elif child is not None and child.role() == Role.Row:
            yield from cells(child)


def problems(root: QWidget) -> list[str]:
    """Unnamed controls and labels whose accessible name hides their text, under ``root``."""
    found: list[str] = []
    for item in walk(interface(root)):
        name, description = item.text(NAME).strip(), item.text(DESCRIPTION).strip()
        obj = item.object()
        if item.role() in OPERATED and not (name or description):
            found.append(f"unnamed {describe(item)}")
        if isinstance(obj, QLabel) and obj.text().strip() and obj.accessibleName():
            shown = plain(obj.text())
            if shown and shown not in plain(name):
                found.append(f"label hides its text {shown!r} behind {name!r}")
        if item.role() == Role.Table:
            for cell in cells(item):
                bare = access.symbols_without_words(cell.text(NAME))
                if bare:
                    found.append(f"{describe(item)}: a cell reads {bare} without words")
    return found


def views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView) if v.isVisibleTo(root)]
