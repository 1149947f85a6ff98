"""What every stage offers the main window: add, delete and move the selected item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.cells import CellTable, refresh
from ui.session import Session
from ui.table_model import CELL_KIND_ROLE

Index = QModelIndex | QPersistentModelIndex


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


def choice_grid(owner: QWidget, name: str) -> QTableView:
    """A grid answered with a choice per cell (keys, or a click to open the list): ratings,
    commitment answers.

    ``owner`` (the stage) filters its key presses: the digits that answer a cell, N for a note.
    """
    grid = CellTable(owner)
    grid.setAccessibleName(name)
    grid.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    grid.installEventFilter(owner)
    return grid


class PartnerGridModel(QAbstractTableModel):
    """Items down the side, partners across the top: the shape of the positions, values and
    fair-practice grids. Subclasses fill ``rows`` and ``partners`` and say how a row is named."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.partners: list[Any] = []

    def row_label(self, item: Any) -> str:
        raise NotImplementedError

    def set_cells(self, rows: list[Any], partners: list[Any], fill: Any) -> None:
        """Show ``rows`` × ``partners``, ``fill`` setting the cells: in place when the rows and
        partners are the same ones, so the user keeps their cell."""

        def key(items: list[Any]) -> list[Any]:
            return [getattr(item, "id", None) for item in items]

        def assign() -> None:
            self.rows, self.partners = rows, partners
            fill()

        same = key(rows) == key(self.rows) and key(partners) == key(self.partners)
        refresh(self, same, assign)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CELL_KIND_ROLE:
            return "choice"
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.partners[section].label if section < len(self.partners) else None
        return self.row_label(self.rows[section]) if section < len(self.rows) else None


def list_over_grid(
    stage: QWidget, top: QWidget, grid: QTableView, hint: str, name: str
) -> QSplitter:
    """Lay a stage out as a list above a grid with its one-line hint, in a remembered splitter."""
    box = QWidget(stage)
    label = QLabel(hint, box)
    label.setWordWrap(True)
    box_layout = QVBoxLayout(box)
    box_layout.setContentsMargins(0, 0, 0, 0)
    box_layout.addWidget(label)
    box_layout.addWidget(grid, 1)
    splitter = QSplitter(Qt.Orientation.Vertical, stage)
    splitter.setObjectName(name)
    splitter.addWidget(top)
    splitter.addWidget(box)
    QVBoxLayout(stage).addWidget(splitter)
    return splitter
