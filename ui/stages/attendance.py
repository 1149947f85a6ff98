"""Who came to a meeting: every person, with attended, apologies or invited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui import labels
from ui.cells import refresh
from ui.session import Session
from ui.table_model import CELL_KIND_ROLE, CHOICES_ROLE
from workshop import ops
from workshop.vocabulary import ATTENDANCE_STATUS

Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(QAbstractTableModel):
    """People (rows) with their partner and attendance at the chosen meeting."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: int | None = None
        self._shown: int | None = None
        self.people: list[Any] = []
        self.status: dict[int, str] = {}
        session.changed.connect(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.touches("attendance", "person", "partner", "meeting"):
            self.reload()

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        people = list(self.session.items("person")) if self.meeting_id else []
        shown = self._shown
        self._shown = self.meeting_id

        def assign() -> None:
            self.people = people
            self.status = {
                a.person_id: a.status
                for a in self.session.items("attendance")
                if a.meeting_id == self.meeting_id
            }

        same = shown == self.meeting_id and [p.id for p in people] == [p.id for p in self.people]
        refresh(self, same, assign)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                labels.field_label("attendance", "person_id"),
                labels.field_label("person", "partner_id"),
                labels.field_label("attendance", "status"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        status = self.status.get(person.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return person.name
            if index.column() == 1:
                return self.session.partner_label(person.partner_id)
            return labels.label(ATTENDANCE_STATUS.name, status) if status else "—"
        if index.column() == 2 and role == Qt.ItemDataRole.EditRole:
            return status
        if role == CELL_KIND_ROLE:
            return "choice" if index.column() == 2 else "text"
        if index.column() == 2 and role == CHOICES_ROLE:
            return [("—", None), *labels.choices(ATTENDANCE_STATUS.name)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2 and not self.session.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.meeting_id is None or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        person = self.people[index.row()]
        result = self.session.run(ops.set_attendance, self.meeting_id, person.id, value)
        return result is not None
