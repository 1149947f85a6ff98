"""What every stage offers the main window: add, delete and move the selected item."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.delegates import ChoiceDelegate
from ui.session import Session


class Stage(QWidget):
    """A stage of the workshop; the main window calls these when its actions are triggered."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def add(self) -> None:
        """Add an item of this stage's main kind."""

    def delete_selected(self) -> None:
        """Delete the selected item (undoable)."""

    def move_selected(self, delta: int) -> None:
        """Move the selected item up (negative) or down its list, where order matters."""

    def focus_main(self) -> None:
        """Give keyboard focus to the stage's main editor."""
        self.focusNextChild()


def choice_grid(owner: QWidget, parent: QWidget, name: str) -> QTableView:
    """A grid answered with a choice per cell (keys or a click): ratings, commitment answers.

    ``owner`` filters its key presses (the digits that answer a cell).
    """
    grid = QTableView(parent)
    grid.setAccessibleName(name)
    grid.setItemDelegate(ChoiceDelegate(grid))
    grid.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    grid.installEventFilter(owner)
    return grid
