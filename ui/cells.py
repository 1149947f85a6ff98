"""A table edited the way a facilitator types: every table and grid of the app is one of these.

* Enter, F2 or typing opens the current cell; Enter again stores it and stays on that cell.
* Tab while typing stores the cell and opens the next one in the row (Shift+Tab the previous);
  from the last one, Tab leaves the table. When not typing, Tab leaves the table at once:
  arrows move between cells.
* A choice cell opens its list with one click, Enter, F2 or Space. A letter typed on it changes
  nothing (the status bar says how to choose).
* A change to the document redraws the table without losing the current cell, the scroll
  position or an open editor.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from ui.delegates import CellDelegate, ChoiceEditor
from ui.dialogs import tell
from ui.table_model import CELL_KIND_ROLE

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
Trigger = QAbstractItemView.EditTrigger
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellTable", text)


def _modified_beyond_shift(event: QKeyEvent) -> bool:
    return bool(
        event.modifiers()
        & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    )


def tab_order(*widgets: QWidget) -> None:
    """Make Tab visit ``widgets`` in this order (the order they are seen, not built)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


class CellTable(QTableView):
    """A table view with the app's editing keys (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
        self.clicked.connect(self._clicked)
        self._open_lists = True
        self._kept: tuple[int, int, int, int] | None = None

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        # A model that resets (the grids) must not cost the user their place either.
        model.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self._restore_place)

    # --- what a cell is ---------------------------------------------------------------------

    def cell_kind(self, index: Index) -> str:
        return str(index.data(CELL_KIND_ROLE) or "") if index.isValid() else ""

    def editable(self, index: Index) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def column_title(self, column: int) -> str:
        title = self.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        return str(title or "")

    # --- keys and clicks ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            key, kind = event.key(), self.cell_kind(index)
            opens = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
                key == Qt.Key.Key_Space and kind == "choice"
            )
            if opens and event.modifiers() in _PLAIN and self.editable(index):
                self.edit(index, Trigger.EditKeyPressed, event)
                return
            text = event.text()
            typed = bool(text) and text.isprintable() and not text.isspace()
            if kind == "choice" and typed and not _modified_beyond_shift(event):
                message = _tr("“%1” is a list: press Enter or Space to open it, then choose.")
                tell(self, message.replace("%1", self.column_title(index.column())))
                return  # a stray letter never picks a choice
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        """One click opens a choice's list."""
        if (
            self.cell_kind(index) == "choice"
            and self.editable(index)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(index, Trigger.AllEditTriggers, None)

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: Trigger = Trigger.AllEditTriggers,
        event: Any = None,
    ) -> bool:
        if trigger == Trigger.AnyKeyPressed and self.cell_kind(index) == "choice":
            return False  # typing never opens (or changes) a choice
        opened = bool(super().edit(index, trigger, event))
        editor = self.indexWidget(index) if opened else None
        if isinstance(editor, ChoiceEditor):
            if self._open_lists:
                QTimer.singleShot(0, editor, editor.open_list)
            else:
                editor.waiting = True  # reached by Tab: Enter or Space opens the list
        return opened

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, Hint.NoHint)
            self.step_in_row(1 if hint == Hint.EditNextItem else -1)
            return
        super().closeEditor(editor, hint)

    def step_in_row(self, step: int) -> None:
        """Open the next (or previous) editable cell in the row; past the last, leave the table.

        Tick boxes are passed over (Space ticks one when it is selected); a choice waits with
        its list closed (Enter or Space opens it), so that Tab can move on past it.
        """
        index = self.currentIndex()
        model = self.model()
        column = index.column() + step if index.isValid() else model.columnCount()
        while index.isValid() and 0 <= column < model.columnCount():
            target = model.index(index.row(), column)
            if (
                not self.isColumnHidden(column)
                and self.editable(target)
                and self.cell_kind(target) != "bool"
            ):
                self.setCurrentIndex(target)
                self.scrollTo(target)
                self._open_lists = False
                try:
                    self.edit(target, Trigger.EditKeyPressed, None)
                finally:
                    self._open_lists = True
                return
            column += step
        self.focusNextPrevChild(step > 0)

    # --- keeping the user's place across a model reset ----------------------------------------

    def _keep_place(self) -> None:
        index = self.currentIndex()
        self._kept = (
            index.row(),
            index.column(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )

    def _restore_place(self) -> None:
        if self._kept is None:
            return
        row, column, across, down = self._kept
        self._kept = None
        model = self.model()
        if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
            self.setCurrentIndex(model.index(row, column))
        self.updateGeometries()  # the scroll ranges, before the positions are put back
        self.horizontalScrollBar().setValue(across)
        self.verticalScrollBar().setValue(down)


def refresh(model: QAbstractItemModel, same_shape: bool, assign: Callable[[], None]) -> None:
    """Give a grid model new contents (``assign``): redrawn in place when its rows and columns
    are the same ones (the user's cell and open editor stay), reset otherwise."""
    if not same_shape:
        model.beginResetModel()
        assign()
        model.endResetModel()
        return
    assign()
    rows, columns = model.rowCount(), model.columnCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
        model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
