"""Fair practice: the commitments checklist and each partner's answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from ui import labels
from ui.cells import tab_order
from ui.dialogs import tell
from ui.note_editor import NOTE_MARK, NoteEditor
from ui.session import Session
from ui.stages.base import PartnerGridModel, Stage, choice_grid, list_over_grid
from ui.table_editor import TableEditor
from ui.table_model import CHOICES_ROLE, columns_of
from workshop import ops
from workshop.vocabulary import COMMITMENT_ANSWER

Index = QModelIndex | QPersistentModelIndex
#: Keys 1, 2, 3 answer in the vocabulary's order: committed, not committed, not applicable.
ANSWERS = COMMITMENT_ANSWER.values
ANSWER_LIST = COMMITMENT_ANSWER.name


class AnswersModel(PartnerGridModel):
    """Commitments (rows) × partners (columns): committed, not committed or not applicable."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.answers: dict[tuple[int, int], Any] = {}
        session.changed.connect(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.touches("commitment", "commitment_answer", "partner"):
            self.reload()

    def reload(self) -> None:
        self.set_cells(
            list(self.session.items("commitment")),
            list(self.session.items("partner")),
            self._fill,
        )

    def _fill(self) -> None:
        self.answers = {
            (a.commitment_id, a.partner_id): a for a in self.session.items("commitment_answer")
        }

    def cell(self, index: Index) -> tuple[Any, Any, Any]:
        """The commitment, the partner and its answer (or None) at ``index``."""
        commitment = self.rows[index.row()]
        partner = self.partners[index.column()]
        return commitment, partner, self.answers.get((commitment.id, partner.id))

    def row_label(self, item: Any) -> str:
        return str(item.text)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _commitment, _partner, answer = self.cell(index)
        kind = answer.answer if answer is not None else None
        note = answer.note if answer is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if not kind:
                return "·"
            text = labels.marked(ANSWER_LIST, kind)
            if answer.visibility != "shared":  # the room will not see this answer
                text = f"{text} {labels.marked('visibility', answer.visibility)}"
            if note:
                return f"{text} {NOTE_MARK}"
            if kind == "not_committed":
                return f"{text}  ⚠ {self.tr('needs a note')}"
            return text
        if role == Qt.ItemDataRole.EditRole:
            return kind
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("%1; 0 clears; N for a note").replace("%1", labels.keyed(ANSWER_LIST))
            if note:
                return f"{tip}\n{NOTE_MARK} {note}"
            if kind == "not_committed":
                needs = self.tr("“%1” needs a note: press N to say why.")
                return needs.replace("%1", labels.label(ANSWER_LIST, kind)) + "\n" + tip
            return tip
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and kind:
            background, ink = labels.cell_colours(ANSWER_LIST, kind)
            colour = background if role == Qt.ItemDataRole.BackgroundRole else ink
            return QBrush(colour) if colour is not None else None
        if role == CHOICES_ROLE:
            return [("—", None), *labels.choices(ANSWER_LIST)]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.session.document.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        commitment = self.rows[index.row()]
        partner = self.partners[index.column()]
        return (
            self.session.run(ops.set_commitment_answer, commitment.id, partner.id, value)
            is not None
        )


class CommitmentsStage(Stage):
    key = "commitments"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.checklist = TableEditor(
            session,
            "commitment",
            columns_of("commitment"),
            lambda: {"text": self.tr("New commitment")},
            title=self.tr("Fair-practice checklist"),
            orderable=True,
            parent=self,
        )
        self.grid = choice_grid(self, self.tr("Each partner's answer to each commitment"))
        self.grid_model = AnswersModel(session, self.grid)
        self.grid.setModel(self.grid_model)
        self.grid.verticalHeader().setMaximumWidth(420)
        self.splitter = list_over_grid(
            self,
            self.checklist,
            self.grid,
            self.tr(
                "<b>Answers</b> — select a cell and press %1, 0 to clear; or click it for the "
                "list. <b>N</b> adds a note (✎): “%2” needs one."
            )
            .replace("%1", labels.keyed(ANSWER_LIST))
            .replace("%2", labels.label(ANSWER_LIST, "not_committed")),
            "commitments_splitter",
        )
        tab_order(self.checklist.view, self.grid)
        self.note_editor: NoteEditor | None = None
        self.grid_model.reload()

    def answer(self, row: int, column: int, answer: str | None) -> None:
        self.grid_model.setData(self.grid_model.index(row, column), answer)
        self.grid.setCurrentIndex(self.grid_model.index(row, column))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            index = self.grid.currentIndex()
            text = event.text()
            if index.isValid() and self.grid.state() != QAbstractItemView.State.EditingState:
                if text in ("1", "2", "3"):
                    self.answer(index.row(), index.column(), ANSWERS[int(text) - 1])
                    return True
                if text == "0" or event.key() == Qt.Key.Key_Delete:
                    self.answer(index.row(), index.column(), None)
                    return True
                if text in ("n", "N"):
                    self.edit_note(index.row(), index.column())
                    return True
        return super().eventFilter(watched, event)

    def _back_to_grid(self) -> None:
        self.window().activateWindow()  # the dialog had the keyboard
        self.grid.setFocus()

    def edit_note(self, row: int, column: int) -> None:
        """Open the note on a partner's answer (N on the cell); an answer comes first."""
        if self.session.document.read_only:
            return
        commitment, partner, answer = self.grid_model.cell(self.grid_model.index(row, column))
        if answer is None:
            tell(self, self.tr("Answer first (1, 2 or 3), then press N for a note."))
            return
        editor = NoteEditor(
            self.tr("%1 on “%2”").replace("%1", partner.name).replace("%2", commitment.text),
            answer.note,
            answer.visibility,
            self,
        )

        def save() -> None:
            self.session.run(
                ops.set_commitment_answer,
                commitment.id,
                partner.id,
                answer.answer,
                note=editor.note(),
                visibility=editor.visibility(),
                label="Note on a fair-practice answer",
            )
            self.grid.setCurrentIndex(self.grid_model.index(row, column))

        editor.accepted.connect(save)
        editor.finished.connect(lambda _result: self._back_to_grid())
        self.note_editor = editor
        editor.open()

    def add(self) -> None:
        self.checklist.add()

    def delete_selected(self) -> None:
        self.checklist.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.checklist.move_selected(delta)

    def focus_main(self) -> None:
        self.grid.setFocus()
