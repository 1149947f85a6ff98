"""Positions: what each partner can and cannot compromise on, as a topics × partners grid and as a
per-partner list. Kinds are told apart by symbol and label as well as colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.cells import CellTable, tab_order
from ui.session import Session
from ui.stages.base import Pages, PartnerFilter, PartnerGridModel, Stage
from ui.table_editor import TableEditor
from ui.table_model import Column, columns_of
from workshop import ops
from workshop.vocabulary import POSITION_KIND

Index = QModelIndex | QPersistentModelIndex
#: The kinds of position, strongest first: keys 1–4 add them in this order.
KINDS = POSITION_KIND.values
KIND_LIST = POSITION_KIND.name


def _create_position(
    document: Any, partner_id: int, kind: str, statement: str = "", **rest: Any
) -> Any:
    """Add a position through the core's typed operation (its undo step is named by kind)."""
    return ops.add_position(document, partner_id, kind, statement, **rest)


class PositionGridModel(PartnerGridModel):
    """Topics (rows, and "No topic") × partners (columns); a cell lists the partner's positions."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cells: dict[tuple[int | None, int], list[Any]] = {}
        self._kind_text: dict[str, str] = {}
        self._drawn: dict[tuple[int, int], tuple[str, QBrush | None]] = {}
        session.changed.connect(self._on_change)
        self.stale = True

    def _on_change(self, change: Any) -> None:
        if change.touches("position", "topic", "partner"):
            self.stale = True
            view = self.parent()
            if isinstance(view, QTableView) and view.isVisible():
                self.reload()
                view.resizeRowsToContents()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [*self.session.items("topic"), None]
        self.partners = list(self.session.items("partner"))
        self.cells = {}
        for position in self.session.items("position"):
            self.cells.setdefault((position.topic_id, position.partner_id), []).append(position)
        #: Each kind's words, and each cell's text and fill, worked out once per reload.
        self._kind_text = {kind: labels.marked(KIND_LIST, kind) for kind in KINDS}
        self._drawn = {}
        self.stale = False
        self.endResetModel()

    def row_label(self, item: Any) -> str:
        return item.name if item is not None else self.tr("No topic")

    def positions_at(self, index: Index) -> list[Any]:
        if not index.isValid():
            return []
        topic = self.rows[index.row()]
        partner = self.partners[index.column()]
        return self.cells.get((topic.id if topic else None, partner.id), [])

    def _drawing(self, index: Index) -> tuple[str, QBrush | None]:
        """A cell's text (every position, in words) and its fill (its strongest kind's)."""
        key = (index.row(), index.column())
        found = self._drawn.get(key)
        if found is None:
            positions = self.positions_at(index)
            text = "\n".join(
                f"{self._kind_text.get(p.kind) or labels.marked(KIND_LIST, p.kind)}: {p.statement}"
                + (
                    f"  {labels.symbol('visibility', p.visibility)}"
                    if p.visibility != "shared"
                    else ""
                )
                for p in positions
            )
            fill = None
            if positions:
                strongest = min(positions, key=lambda p: POSITION_KIND.order(p.kind)).kind
                colour = labels.fill(KIND_LIST, strongest)
                fill = QBrush(colour) if colour is not None else None
            found = self._drawn[key] = (text, fill)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._drawing(index)[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._drawing(index)[1]
        if role == Qt.ItemDataRole.ForegroundRole and self._drawing(index)[1] is not None:
            return QBrush(Qt.GlobalColor.black)  # on the pale fill, light or dark palette
        return None


class PositionsStage(Stage):
    key = "positions"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = Pages(self)
        # --- grid ---
        grid_page = QWidget(self.tabs)
        self.grid = CellTable(grid_page)
        self.grid.setAccessibleName(self.tr("Positions by topic and partner"))
        self.grid_model = PositionGridModel(session, self.grid)
        self.grid.setModel(self.grid_model)
        self.grid.setWordWrap(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(140)
        self.grid.doubleClicked.connect(self._open_cell)
        legend = QLabel(
            "   ".join(labels.marked(KIND_LIST, k) for k in KINDS)
            + "   "
            + self.tr("— select a cell and press 1–4 to add that kind; Enter to see the list"),
            grid_page,
        )
        legend.setWordWrap(True)
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.addWidget(legend)
        grid_layout.addWidget(self.grid, 1)
        # --- per partner ---
        list_page = QWidget(self.tabs)
        self.partner_choice = PartnerFilter(session, list_page)
        self.partner_choice.chosen.connect(self._partner_chosen)
        self._pending: dict[str, Any] = {}
        self.list = TableEditor(
            session,
            "position",
            self._columns(),
            self._defaults,
            orderable=True,
            row_filter=None,
            creator=_create_position,
            parent=list_page,
        )
        kind_buttons = QHBoxLayout()
        choose = QLabel(self.tr("&Partner:"), list_page)
        choose.setBuddy(self.partner_choice)
        kind_buttons.addWidget(choose)
        kind_buttons.addWidget(self.partner_choice, 1)
        self.kind_buttons: list[QPushButton] = []
        for number, kind in enumerate(KINDS, start=1):
            button = QPushButton(
                self.tr("Add %1 (Ctrl+%2)")
                .replace("%1", labels.marked(KIND_LIST, kind))
                .replace("%2", str(number)),
                list_page,
            )
            button.clicked.connect(lambda _c=False, k=kind: self.add_position(k))
            button.setEnabled(not session.document.read_only)
            kind_buttons.addWidget(button)
            self.kind_buttons.append(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)  # Alt+N: stages
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.add_here(k))
            # With Shift: added as confidential at once (in the grid, in the selected cell).
            hidden = QShortcut(QKeySequence(f"Ctrl+Shift+{number}"), self)
            hidden.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            hidden.activated.connect(lambda k=kind: self.add_here(k, "confidential"))
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(kind_buttons)
        list_layout.addWidget(self.list, 1)
        tab_order(self.partner_choice, *self.kind_buttons, self.list.add_button)
        # --- topics ---
        self.topics = TableEditor(
            session,
            "topic",
            columns_of("topic"),
            lambda: {"name": self.tr("New topic")},
            orderable=True,
            parent=self.tabs,
        )
        self.tabs.add("grid", grid_page, self.tr("&Grid: topics × partners"))
        self.tabs.add("list", list_page, self.tr("&List by partner"))
        self.tabs.add("topics", self.topics, self.tr("&Topics"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.grid.installEventFilter(self)

    def _columns(self) -> list[Column]:
        """The declared fields, the statement first after the kind, then its reasoning: what is
        said next is one Tab or → away."""
        first = ("kind", "statement", "reasoning")
        rest = [c for c in columns_of("position") if c.name not in first]
        return [*columns_of("position", first), *rest]

    def showEvent(self, event: Any) -> None:
        if self.grid_model.stale:
            self.grid_model.reload()
            self.grid.resizeRowsToContents()
        super().showEvent(event)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.current() == "grid" and self.grid_model.stale:
            self.grid_model.reload()
            self.grid.resizeRowsToContents()

    def chosen_partner(self) -> int | None:
        return self.partner_choice.partner_id()

    def choose_partner(self, partner_id: int | None) -> None:
        self.partner_choice.choose(partner_id)

    def _partner_chosen(self, _partner_id: Any) -> None:
        self.list.model.set_row_filter(self.partner_choice.row_filter())

    def _defaults(self) -> dict[str, Any] | None:
        values = {"kind": "open", "statement": ""} | self._pending
        self._pending = {}
        if values.get("partner_id") is None:
            values["partner_id"] = self.chosen_partner()
        if values["partner_id"] is None:
            current = self.list.selected_item()
            partners = self.session.items("partner")
            if current is not None:
                values["partner_id"] = current.partner_id
            elif partners:
                values["partner_id"] = partners[0].id
            else:
                self.session.problem.emit(self.tr("Add a partner on the Overview first."))
                return None
        return values

    def add_position(
        self,
        kind: str,
        topic_id: int | None = None,
        partner_id: int | None = None,
        visibility: str | None = None,
    ) -> int | None:
        """Add a position of ``kind`` for the chosen partner and start typing its statement."""
        if self.session.document.read_only:
            return None
        self.tabs.show_page("list")
        if partner_id is not None:
            self.choose_partner(partner_id)
        self._pending = {"kind": kind, "partner_id": partner_id or self.chosen_partner()}
        if topic_id is not None:
            self._pending["topic_id"] = topic_id
        if visibility is not None:
            self._pending["visibility"] = visibility
        return self.list.add()

    def add_here(self, kind: str, visibility: str | None = None) -> int | None:
        """Add a position in the grid's selected cell (on the grid) or the list's partner."""
        index = self.grid.currentIndex()
        if self.tabs.current() == "grid" and index.isValid():
            topic = self.grid_model.rows[index.row()]
            partner = self.grid_model.partners[index.column()]
            return self.add_position(kind, topic.id if topic else None, partner.id, visibility)
        return self.add_position(kind, visibility=visibility)

    def _open_cell(self, index: QModelIndex) -> None:
        self.tabs.show_page("list")
        self.choose_partner(self.grid_model.partners[index.column()].id)
        found = self.grid_model.positions_at(index)
        if found:
            self.list.select_id(found[0].id)
        self.list.view.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            index = self.grid.currentIndex()
            text = event.text()
            writable = not self.session.document.read_only
            if index.isValid() and writable and text in ("1", "2", "3", "4"):
                topic = self.grid_model.rows[index.row()]
                partner = self.grid_model.partners[index.column()]
                self.add_position(KINDS[int(text) - 1], topic.id if topic else None, partner.id)
                return True
            if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_cell(index)
                return True
        return super().eventFilter(watched, event)

    def _current_list(self) -> TableEditor:
        return self.topics if self.tabs.current() == "topics" else self.list

    def add(self) -> None:
        if self.tabs.current() == "topics":
            self.topics.add()
        else:
            self.add_position("open")

    def delete_selected(self) -> None:
        self._current_list().delete_selected()

    def move_selected(self, delta: int) -> None:
        self._current_list().move_selected(delta)

    def focus_main(self) -> None:
        self.grid.setFocus() if self.tabs.current() == "grid" else self.list.view.setFocus()
