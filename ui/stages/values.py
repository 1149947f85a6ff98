"""Values: the candidate shared values, and a values × partners alignment grid rated 1–5."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from ui import labels
from ui.cells import tab_order
from ui.note_editor import NOTE_MARK, NoteEditor
from ui.session import Session
from ui.stages.base import PartnerGridModel, Stage, choice_grid, list_over_grid
from ui.table_editor import TableEditor
from ui.table_model import CHOICES_ROLE, columns_of
from workshop import ops
from workshop.analysis import diverging_partners
from workshop.vocabulary import ALIGNMENT

Index = QModelIndex | QPersistentModelIndex


class AlignmentGridModel(PartnerGridModel):
    """Values (rows) × partners (columns); the cell is the partner's rating of the value."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ratings: dict[tuple[int, int], Any] = {}
        self.divergent: dict[int, set[int]] = {}
        session.changed.connect(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.touches("alignment", "value", "partner"):
            self.reload()

    def reload(self) -> None:
        self.set_cells(
            list(self.session.items("value")), list(self.session.items("partner")), self._fill
        )

    def _fill(self) -> None:
        self.ratings = {(a.value_id, a.partner_id): a for a in self.session.items("alignment")}
        self.divergent = {}
        for value in self.rows:
            rated = {
                p.id: self.ratings[(value.id, p.id)].rating
                for p in self.partners
                if (value.id, p.id) in self.ratings and self.ratings[(value.id, p.id)].rating
            }
            self.divergent[value.id] = set(diverging_partners(rated))

    def cell(self, index: Index) -> tuple[Any, Any, Any]:
        """The value, the partner and their alignment (or None) at ``index``."""
        value = self.rows[index.row()]
        partner = self.partners[index.column()]
        return value, partner, self.ratings.get((value.id, partner.id))

    def row_label(self, item: Any) -> str:
        return str(item.name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, partner, alignment = self.cell(index)
        rating = alignment.rating if alignment is not None else None
        note = alignment.note if alignment is not None else ""
        diverges = partner.id in self.divergent.get(value.id, set())
        if role == Qt.ItemDataRole.DisplayRole:
            text = "·" if rating is None else f"{rating} / 5"
            if alignment is not None and alignment.visibility != "shared" and (rating or note):
                # the room will not see this rating (or its note)
                text = f"{text} {labels.marked('visibility', alignment.visibility)}"
            if note:
                text = f"{text} {NOTE_MARK}"
            return f"{text}  ◀ {self.tr('diverges')}" if diverges else text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                self.tr("%1 on “%2”: press 1–5 to rate, 0 to clear, N for a note")
                .replace("%1", partner.name)
                .replace("%2", value.name)
            )
            return f"{tip}\n{NOTE_MARK} {note}" if note else tip
        if role == Qt.ItemDataRole.EditRole:
            return rating
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and rating:
            background, ink = labels.cell_colours("alignment", str(rating))
            colour = background if role == Qt.ItemDataRole.BackgroundRole else ink
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and diverges:
            font = QFont()
            font.setBold(True)
            return font
        if role == CHOICES_ROLE:
            return [("—", None)] + [
                (f"{term.value} {labels.tr(term.label)}", int(term.value)) for term in ALIGNMENT
            ]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, rating: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        value, partner, _ = self.cell(index)
        return self.session.run(ops.set_alignment, value.id, partner.id, rating) is not None


class ValuesStage(Stage):
    key = "values"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.values = TableEditor(
            session,
            "value",
            columns_of("value"),
            lambda: {"name": self.tr("New value")},
            title=self.tr("Candidate values"),
            orderable=True,
            parent=self,
        )
        self.grid = choice_grid(self, self.tr("Alignment of partners with values"))
        self.grid_model = AlignmentGridModel(session, self.grid)
        self.grid.setModel(self.grid_model)
        self.splitter = list_over_grid(
            self,
            self.values,
            self.grid,
            self.tr(
                "<b>Alignment</b> — %1. Select a cell and press 1–5 (0 clears), or click it for "
                "the list. <b>N</b> adds a note (✎). The partner who diverges most on a value is "
                "marked ◀."
            ).replace("%1", labels.keyed(ALIGNMENT.name)),
            "values_splitter",
        )
        tab_order(self.values.view, self.grid)
        self.note_editor: NoteEditor | None = None
        self.grid_model.reload()

    def rate(self, row: int, column: int, rating: int | None) -> None:
        self.grid_model.setData(self.grid_model.index(row, column), rating)
        self.grid.setCurrentIndex(self.grid_model.index(row, column))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            index = self.grid.currentIndex()
            text = event.text()
            if index.isValid() and self.grid.state() != QAbstractItemView.State.EditingState:
                if text in ("1", "2", "3", "4", "5"):
                    self.rate(index.row(), index.column(), int(text))
                    return True
                if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.rate(index.row(), index.column(), None)
                    return True
                if text in ("n", "N"):
                    self.edit_note(index.row(), index.column())
                    return True
        return super().eventFilter(watched, event)

    def _back_to_grid(self) -> None:
        self.window().activateWindow()  # the dialog had the keyboard
        self.grid.setFocus()

    def edit_note(self, row: int, column: int) -> None:
        """Open the note on a partner's rating of a value (N on the cell)."""
        if self.session.document.read_only:
            return
        value, partner, alignment = self.grid_model.cell(self.grid_model.index(row, column))
        editor = NoteEditor(
            self.tr("%1 on “%2”").replace("%1", partner.name).replace("%2", value.name),
            alignment.note if alignment is not None else "",
            alignment.visibility if alignment is not None else "shared",
            self,
        )

        def save() -> None:
            if alignment is None and not editor.note():
                return
            self.session.run(
                ops.set_alignment,
                value.id,
                partner.id,
                alignment.rating if alignment is not None else None,
                note=editor.note(),
                visibility=editor.visibility(),
                label="Note on a rating",
            )
            self.grid.setCurrentIndex(self.grid_model.index(row, column))
            self.grid.setFocus()

        editor.accepted.connect(save)
        editor.finished.connect(lambda _result: self._back_to_grid())
        self.note_editor = editor
        editor.open()

    def add(self) -> None:
        self.values.add()

    def delete_selected(self) -> None:
        self.values.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.values.move_selected(delta)

    def focus_main(self) -> None:
        self.grid.setFocus()
