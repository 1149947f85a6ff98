"""Disagreements: the register, each one's parties and views, its resolution route and outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.cells import CellTable, refresh, tab_order
from ui.dialogs import tell
from ui.session import Session
from ui.stages.base import Stage
from ui.table_editor import TableEditor
from ui.table_model import CELL_KIND_ROLE, columns_of
from workshop import ops
from workshop.vocabulary import ROUTE_STEP

Index = QModelIndex | QPersistentModelIndex
ROUTE = list(ROUTE_STEP.values)


class PartiesModel(QAbstractTableModel):
    """Every partner, whether it is party to the selected disagreement, and its view."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.disagreement_id: int | None = None
        self._shown: int | None = None
        self.partners: list[Any] = []
        self.parties: dict[int, Any] = {}
        session.changed.connect(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.touches("disagreement_party", "partner", "disagreement"):
            self.reload()

    def show_disagreement(self, disagreement_id: int | None) -> None:
        self.disagreement_id = disagreement_id
        self.reload()

    def reload(self) -> None:
        if self.disagreement_id not in self.session.by_id("disagreement"):
            self.disagreement_id = None
        partners = list(self.session.items("partner")) if self.disagreement_id else []
        shown = self._shown
        self._shown = self.disagreement_id

        def assign() -> None:
            self.partners = partners
            self.parties = {
                p.partner_id: p
                for p in self.session.items("disagreement_party")
                if p.disagreement_id == self.disagreement_id
            }

        same = shown == self.disagreement_id and [p.id for p in partners] == [
            p.id for p in self.partners
        ]
        refresh(self, same, assign)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Partner involved"), self.tr("Its view"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        partner = self.partners[index.row()]
        party = self.parties.get(partner.id)
        if role == CELL_KIND_ROLE:
            return "bool" if index.column() == 0 else "text"
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return partner.name
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if party else Qt.CheckState.Unchecked
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return party.view if party else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.document.read_only:
            return flags
        return flags | (
            Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else Qt.ItemFlag.ItemIsEditable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.disagreement_id is None or not index.isValid():
            return False
        partner = self.partners[index.row()]
        party = self.parties.get(partner.id)
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                result = self.session.run(ops.set_party_view, self.disagreement_id, partner.id, "")
            elif party is not None:
                result = self.session.run(ops.delete, "disagreement_party", party.id)
            else:
                return False
            return result is not None
        if index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            return (
                self.session.run(ops.set_party_view, self.disagreement_id, partner.id, str(value))
                is not None
            )
        return False


class DisagreementsStage(Stage):
    key = "disagreements"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.register = TableEditor(
            session,
            "disagreement",
            columns_of("disagreement"),
            lambda: {"title": self.tr("New disagreement")},
            title=self.tr("Disagreement register"),
            orderable=True,
            parent=self,
        )
        lower = QWidget(self)
        self.parties_model = PartiesModel(session, lower)
        self.parties = CellTable(lower)
        self.parties.setAccessibleName(self.tr("Partners involved and their views"))
        self.parties.setModel(self.parties_model)
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.parties.horizontalHeader().resizeSection(0, 260)
        self.parties.verticalHeader().setVisible(False)
        self.parties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties.installEventFilter(self)
        # These change a disagreement's state: no mnemonic (Alt+letter is easily typed in a
        # cell), but a stage shortcut no one types by accident, and the edit is named for undo.
        self.escalate_button = QPushButton(self.tr("Next route step (Ctrl+Shift+E)"), lower)
        self.escalate_button.setToolTip(labels.steps(ROUTE_STEP.name))
        self.escalate_button.clicked.connect(self.escalate)
        self.resolve_button = QPushButton(self.tr("Mark resolved (Ctrl+Shift+R)"), lower)
        self.resolve_button.clicked.connect(self.resolve)
        for keys, handler in (("Ctrl+Shift+E", self.escalate), ("Ctrl+Shift+R", self.resolve)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.heading = QLabel(lower)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.escalate_button)
        row.addWidget(self.resolve_button)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.parties, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("disagreements_splitter")
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_order(self.register.view, self.escalate_button, self.resolve_button, self.parties)
        self.register.current_changed.connect(self._selected)
        self._selected(None)

    def _selected(self, item: Any) -> None:
        self.parties_model.show_disagreement(item.id if item is not None else None)
        enabled = item is not None and not self.session.document.read_only
        self.escalate_button.setEnabled(enabled)
        self.resolve_button.setEnabled(enabled)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's text
        self.heading.setText(
            self.tr("Who is party to “%1”: Space ticks a partner, Enter types its view.").replace(
                "%1", item.title
            )
            if item is not None
            else self.tr("Select a disagreement to record who is involved and each view.")
        )

    def escalate(self) -> None:
        item = self.register.selected_item()
        if item is None or self.session.document.read_only:
            return
        index = ROUTE.index(item.route_step)
        if index == len(ROUTE) - 1:
            tell(self, self.tr("“%1” is at the last step of its route.").replace("%1", item.title))
            return
        step = ROUTE[index + 1]
        name = labels.label(ROUTE_STEP.name, step)
        label = f"Escalate “{item.title}” to {name}"
        change = self.session.run(
            ops.update,
            "disagreement",
            item.id,
            label=label,
            route_step=step,
            status="escalated",
        )
        if change is not None:
            tell(
                self,
                self.tr("Escalated “%1” to %2 (Ctrl+Z undoes)")
                .replace("%1", item.title)
                .replace("%2", name),
            )

    def resolve(self) -> None:
        item = self.register.selected_item()
        if item is None or self.session.document.read_only:
            return
        label = f"Mark “{item.title}” resolved"
        change = self.session.run(
            ops.update, "disagreement", item.id, label=label, status="resolved"
        )
        if change is not None:
            self.register.edit_field(item.id, "outcome")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The parties table: Space ticks or unticks the partner of the row, wherever the cursor
        is in it; Enter (or F2, or typing) edits its view."""
        if watched is self.parties and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.parties.currentIndex()
            editing = self.parties.state() == QAbstractItemView.State.EditingState
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if index.isValid() and not editing and plain:
                if event.key() == Qt.Key.Key_Space:
                    self.toggle_party(index.row())
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    view = self.parties_model.index(index.row(), 1)
                    self.parties.setCurrentIndex(view)
                    self.parties.edit(view)
                    return True
        return super().eventFilter(watched, event)

    def toggle_party(self, row: int) -> None:
        index = self.parties_model.index(row, 0)
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        self.parties_model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def add(self) -> None:
        self.register.add()

    def delete_selected(self) -> None:
        self.register.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.register.move_selected(delta)

    def focus_main(self) -> None:
        self.register.view.setFocus()
