"""A reusable list editor: a table with add, delete, move, filter and sort, all by keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.cells import CellTable, tab_order
from ui.dialogs import tell
from ui.session import Session
from ui.table_model import Column, RowsModel
from workshop import kinds, ops

Defaults = Callable[[], dict[str, Any] | None]


class TableEditor(QWidget):
    """Edit the rows of one table in place. ``defaults`` gives the fields of a new row."""

    current_changed = Signal(object)  # the selected item, or None

    def __init__(
        self,
        session: Session,
        table: str,
        columns: Sequence[Column],
        defaults: Defaults,
        *,
        title: str = "",
        noun: str = "",
        orderable: bool = False,
        row_filter: Callable[[Any], bool] | None = None,
        creator: Callable[..., Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.table = table
        self.defaults = defaults
        #: How a new row is made: ``creator(document, **fields)``; ``ops.create`` by default.
        self.creator = creator
        self.orderable = orderable
        cols = list(columns)
        if orderable:
            cols.insert(
                0,
                Column(
                    "sort_order",
                    "№",
                    editable=False,
                    width=44,
                    display=lambda i: str(self.model.numbers.get(i.id, "")),
                ),
            )
        self.model = RowsModel(session, table, cols, row_filter, self)
        self.view = CellTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(title or table)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        metrics = header.fontMetrics()
        for number, column in enumerate(cols):
            if column.width:  # wide enough for its heading, whatever the declaration says
                column.width = max(column.width, metrics.horizontalAdvance(column.title) + 24)
                header.resizeSection(number, column.width)
        stretch = next(
            (n for n, c in enumerate(cols) if c.kind == "text" and c.editable and not c.width),
            len(cols) - 1,
        )
        # The main text column takes the room left over, but never less than a readable width.
        total = sum(c.width or 0 for c in cols)
        if cols[stretch].width or total + 320 > 1000:
            if not cols[stretch].width:
                header.resizeSection(stretch, 340)
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.installEventFilter(self)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sorted_column = -1

        noun = noun or labels.noun(table)
        # No mnemonics here: a stage may hold several lists (see docs/ui.md, "Mnemonics").
        self.add_button = QPushButton(self.tr("Add %1").replace("%1", noun), self)
        self.add_button.setToolTip(self.tr("Add %1 (Ctrl+Shift+N)").replace("%1", noun))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected %1 (Delete key)").replace("%1", noun)
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter %1").replace("%1", title or noun))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        buttons = QHBoxLayout()
        if title:
            heading = QLabel(f"<b>{title}</b>", self)
            buttons.addWidget(heading)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        if orderable:
            self.up_button = QPushButton(self.tr("Move up"), self)
            self.up_button.setToolTip(self.tr("Move up (Ctrl+Shift+Up)"))
            self.up_button.clicked.connect(lambda: self.move_selected(-1))
            self.down_button = QPushButton(self.tr("Move down"), self)
            self.down_button.setToolTip(self.tr("Move down (Ctrl+Shift+Down)"))
            self.down_button.clicked.connect(lambda: self.move_selected(1))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        # Tab goes through the controls as they are seen: buttons, filter, then the table.
        order: list[QWidget] = [self.add_button, self.delete_button]
        if orderable:
            order += [self.up_button, self.down_button]
        tab_order(*order, self.filter, self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._emit_current())
        self.model.refreshed.connect(self._refreshed)
        self.model.notice.connect(lambda text: tell(self, text))
        self._loaded = False
        read_only = session.document.read_only
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not read_only)

    # --- loading ------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self._loaded or self.model.stale:
            self._loaded = True
            self.model.reload()
            self.view.resizeRowsToContents() if self.model.rowCount() < 300 else None

    def showEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def _refreshed(self) -> None:
        if self.model.rowCount() < 300:
            QTimer.singleShot(0, self.view.resizeRowsToContents)
        self._emit_current()  # the same row may hold new values (a new title, say)

    def _emit_current(self) -> None:
        self.current_changed.emit(self.selected_item())

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)

    def _sort_by(self, column: int) -> None:
        if column == self._sorted_column:
            self._sort_order = (
                Qt.SortOrder.DescendingOrder
                if self._sort_order == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            self._sorted_column, self._sort_order = column, Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(column, self._sort_order)
        self.model.sort(column, self._sort_order)

    # --- selection ----------------------------------------------------------------------------

    def selected_item(self) -> Any:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select_id(self, item_id: int, column: int = -1) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        if column < 0:
            column = max(self.view.currentIndex().column(), 0)
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def edit_field(self, item_id: int, name: str) -> None:
        """Select an item and open the editor on one of its fields."""
        self.ensure_loaded()
        column = next(n for n, c in enumerate(self.model.columns) if c.name == name)
        if self.select_id(item_id, column):
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def first_text_column(self) -> int:
        for number, column in enumerate(self.model.columns):
            if column.editable and column.kind == "text":
                return number
        return 0

    # --- editing ------------------------------------------------------------------------------

    def add(self, **overrides: Any) -> int | None:
        """Add a row with the defaults and start editing its main text. Returns its id."""
        values = self.defaults()
        if values is None:
            return None
        values.update(overrides)
        if self.creator is not None:
            change = self.session.run(self.creator, **values)
        else:
            change = self.session.run(ops.create, self.table, **values)
        if change is None:
            return None
        new_id: int | None = next((i for t, i in change.created if t == self.table), None)
        if new_id is None:
            return None
        self.ensure_loaded()
        if self.filter.text():
            self.filter.clear()
        if self.select_id(new_id, self.first_text_column()):
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())
        return new_id

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        row = self.view.currentIndex().row()
        change = self.session.run(ops.delete, self.table, item.id)
        if change is not None:
            tell(self, self.deleted_message(change, item))
            self.ensure_loaded()
            following = self.model.item(min(row, self.model.rowCount() - 1))
            if following is not None:
                self.select_id(following.id)

    def counted(self, table: str, n: int) -> str:
        """ "7 positions", "1 rating": a count of items of ``table``, in the form for ``n``."""
        phrases = {
            "partner": lambda: self.tr("%n partner(s)", "", n),
            "person": lambda: self.tr("%n person(s)", "", n),
            "topic": lambda: self.tr("%n topic(s)", "", n),
            "position": lambda: self.tr("%n position(s)", "", n),
            "value": lambda: self.tr("%n value(s)", "", n),
            "alignment": lambda: self.tr("%n rating(s)", "", n),
            "disagreement": lambda: self.tr("%n disagreement(s)", "", n),
            "disagreement_party": lambda: self.tr("%n view(s) in disagreements", "", n),
            "clause": lambda: self.tr("%n clause(s)", "", n),
            "commitment": lambda: self.tr("%n commitment(s)", "", n),
            "commitment_answer": lambda: self.tr("%n fair-practice answer(s)", "", n),
            "impact": lambda: self.tr("%n impact(s)", "", n),
            "meeting": lambda: self.tr("%n meeting(s)", "", n),
            "attendance": lambda: self.tr("%n attendance record(s)", "", n),
            "agenda_item": lambda: self.tr("%n agenda item(s)", "", n),
            "action": lambda: self.tr("%n action(s)", "", n),
            "note": lambda: self.tr("%n note(s)", "", n),
            "risk": lambda: self.tr("%n risk(s)", "", n),
            "contribution": lambda: self.tr("%n contribution(s)", "", n),
        }
        phrase = phrases.get(table)
        return phrase() if phrase is not None else labels.counted(table, n)

    def deleted_message(self, change: Any, item: Any) -> str:
        """ "Deleted “Acme Housing” and its 7 positions, 3 people (Ctrl+Z undoes)", counted from
        what the core's change says went."""
        counts = ops.cascade_counts(change.deleted, self.table, item.id)
        parts = [self.counted(table, n) for table, n in counts.items()]
        name = getattr(item, kinds.of(self.table).main, "") or ""
        text = f"“{name}”" if name else labels.noun(self.table)
        if parts:
            return (
                self.tr("Deleted %1 and its %2 (Ctrl+Z undoes)")
                .replace("%1", text)
                .replace("%2", ", ".join(parts))
            )
        return self.tr("Deleted %1 (Ctrl+Z undoes)").replace("%1", text)

    def move_selected(self, delta: int) -> None:
        item = self.selected_item()
        if item is None or not self.orderable:
            return
        self.session.run(ops.move, self.table, item.id, delta)
        self.select_id(item.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            editing = self.view.state() == QAbstractItemView.State.EditingState
            if (
                event.key() == Qt.Key.Key_Delete
                and not editing
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
