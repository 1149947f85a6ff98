"""What every stage offers the main window (add, delete and move the selected item, focus), and
the parts stages share: pages by name, a partner filter, the partners grid, list over grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.cells import CellTable, refresh
from ui.session import Session
from ui.table_model import CELL_KIND_ROLE

Index = QModelIndex | QPersistentModelIndex


class Stage(QWidget):
    """A stage of the workshop; the main window calls these when its actions are triggered.

    Its title, number and keys are the registry's (``ui.stages.registry``)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def add(self) -> None:
        """Add an item of this stage's main kind."""

    def delete_selected(self) -> None:
        """Delete the selected item (undoable)."""

    def move_selected(self, delta: int) -> None:
        """Move the selected item up (negative) or down its list, where order matters."""

    def focus_main(self) -> None:
        """Give keyboard focus to the stage's main editor."""
        self.focusNextChild()


class Pages(QTabWidget):
    """Tabs addressed by name ("grid", "list", "topics"), never by their index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []

    def add(self, name: str, page: QWidget, title: str) -> None:
        self._names.append(name)
        self.addTab(page, title)

    def index_of(self, name: str) -> int:
        return self._names.index(name)

    def show_page(self, name: str) -> None:
        self.setCurrentIndex(self.index_of(name))

    def current(self) -> str:
        index = self.currentIndex()
        return self._names[index] if 0 <= index < len(self._names) else ""

    def page(self, name: str) -> QWidget:
        found = self.widget(self._names.index(name))
        assert found is not None
        return found


class PartnerFilter(QComboBox):
    """ "All partners" or one of them, kept up to date with the partners; ``chosen`` is emitted
    with the partner's id (None for all) when the facilitator picks another."""

    chosen = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(QCoreApplication.translate("Stages", "Partner"))
        self.currentIndexChanged.connect(lambda _index: self.chosen.emit(self.partner_id()))
        session.changed.connect(self._on_change)
        self.fill()

    def _on_change(self, change: Any) -> None:
        if change.touches("partner"):
            self.fill()

    def fill(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("Stages", "All partners"), None)
        for partner in self.session.items("partner"):
            self.addItem(partner.name, partner.id)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def partner_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def choose(self, partner_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(partner_id), 0))

    def row_filter(self) -> Any:
        """A row filter for a table of items with a ``partner_id`` (None: every row)."""
        chosen = self.partner_id()
        return None if chosen is None else (lambda item: item.partner_id == chosen)


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
