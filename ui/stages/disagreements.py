"""Disagreements: the register, each one's parties and views, its resolution route and outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.session import Session
from ui.stages.base import Stage
from ui.table_editor import TableEditor
from ui.table_model import Column
from workshop import ops
from workshop.model import RouteStep

Index = QModelIndex | QPersistentModelIndex
ROUTE = [step.value for step in RouteStep]


class PartiesModel(QAbstractTableModel):
    """Every partner, whether it is party to the selected disagreement, and its view."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.disagreement_id: int | None = None
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
        self.beginResetModel()
        if self.disagreement_id not in self.session.by_id("disagreement"):
            self.disagreement_id = None
        self.partners = list(self.session.items("partner")) if self.disagreement_id else []
        self.parties = {
            p.partner_id: p
            for p in self.session.items("disagreement_party")
            if p.disagreement_id == self.disagreement_id
        }
        self.endResetModel()

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
            [
                Column("title", self.tr("Disagreement"), width=190),
                Column("description", self.tr("What is disputed"), width=280),
                Column("topic_id", self.tr("Topic"), width=120),
                Column("severity", self.tr("Severity"), width=75),
                Column("status", self.tr("Status"), width=105),
                Column("route_step", self.tr("Route step"), width=160),
                Column("owner", self.tr("Owner"), width=120),
                Column("review_date", self.tr("Review"), width=95),
                Column("outcome", self.tr("Outcome"), width=240),
                Column("visibility", self.tr("Visibility"), width=130),
            ],
            lambda: {"title": self.tr("New disagreement")},
            title=self.tr("Disagreement register"),
            orderable=True,
            parent=self,
        )
        lower = QWidget(self)
        self.parties_model = PartiesModel(session, lower)
        self.parties = QTableView(lower)
        self.parties.setAccessibleName(self.tr("Partners involved and their views"))
        self.parties.setModel(self.parties_model)
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.parties.horizontalHeader().resizeSection(0, 260)
        self.parties.verticalHeader().setVisible(False)
        self.escalate_button = QPushButton(self.tr("&Next route step"), lower)
        self.escalate_button.setToolTip(
            self.tr("Leads talk → CEOs meet → independent mediator → exit")
        )
        self.escalate_button.clicked.connect(self.escalate)
        self.resolve_button = QPushButton(self.tr("Mark &resolved"), lower)
        self.resolve_button.clicked.connect(self.resolve)
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
        self.register.current_changed.connect(self._selected)
        self._selected(None)

    def title(self) -> str:
        return self.tr("Disagreements")

    def _selected(self, item: Any) -> None:
        self.parties_model.show_disagreement(item.id if item is not None else None)
        enabled = item is not None and not self.session.document.read_only
        self.escalate_button.setEnabled(enabled)
        self.resolve_button.setEnabled(enabled)
        self.heading.setText(
            f"<b>{self.tr('Parties to')}</b> “{item.title}”"
            if item is not None
            else self.tr("Select a disagreement to record who is involved and each view.")
        )

    def escalate(self) -> None:
        item = self.register.selected_item()
        if item is None:
            return
        step = ROUTE[min(ROUTE.index(item.route_step) + 1, len(ROUTE) - 1)]
        status = "escalated" if step != ROUTE[0] else item.status
        self.session.run(ops.update, "disagreement", item.id, route_step=step, status=status)

    def resolve(self) -> None:
        item = self.register.selected_item()
        if item is None:
            return
        if self.session.run(ops.update, "disagreement", item.id, status="resolved") is not None:
            self.register.edit_field(item.id, "outcome")

    def add(self) -> None:
        self.register.add()

    def delete_selected(self) -> None:
        self.register.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.register.move_selected(delta)

    def focus_main(self) -> None:
        self.register.view.setFocus()
