"""A Qt table model over plain snapshot rows, sorted and filtered in Python (fast at 10,000)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui import labels
from ui.dates import date_text
from ui.session import Session
from workshop import fields as field_specs
from workshop import kinds, ops, vocabulary
from workshop.kinds import Field

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the snapshot item of a row
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(label, value)] for enum and reference editors
#: How a cell is edited: "choice" (a list: enums, references, ratings), "text", "number",
#: "date" or "bool" (a tick box). Views decide keys and editors from it.
CELL_KIND_ROLE = Qt.ItemDataRole.UserRole + 3
_CELL_KINDS = {"enum": "choice", "ref": "choice", "int": "number", "float": "number"}
HELD_COLOUR = "#fdebd0"  # a row held from the room view
_R = Qt.ItemDataRole
#: The roles a row model answers.
_ROLES = frozenset(
    {
        _R.DisplayRole,
        _R.ToolTipRole,
        _R.EditRole,
        _R.CheckStateRole,
        _R.DecorationRole,
        _R.ForegroundRole,
        _R.BackgroundRole,  # a held row
        _R.FontRole,
        ITEM_ROLE,
        CHOICES_ROLE,
        CELL_KIND_ROLE,
    }
)


@dataclass
class Column:
    """One column: the item field it shows and how it is edited. Blank parts are filled in from
    the kind's declaration (:meth:`of` fills them all)."""

    name: str
    title: str
    editable: bool = True
    width: int = 0
    display: Callable[[Any], str] | None = None
    kind: str = ""  # the field type
    terms: str = ""  # the vocabulary list of an enum
    ref: str = ""  # the table a reference points at
    nullable: bool = True
    #: A vocabulary list naming the numbers of a whole-number scale ("risk_scale": 1 very low …
    #: 5 very high): the cell is then a choice of those numbers, shown with their words.
    scale: str = ""

    @classmethod
    def of(cls, spec: Field, **changes: Any) -> Column:
        """The column of a declared field: its label (translated), width and editing."""
        values: dict[str, Any] = {
            "name": spec.name,
            "title": labels.tr(spec.label),
            "editable": spec.editable,
            "width": spec.width,
        }
        values.update(changes)
        column = cls(**values)
        column.fill(spec)
        return column

    def fill(self, spec: Field) -> None:
        if not self.kind:
            self.kind = spec.type
            self.terms = spec.choices
            self.ref = spec.ref
            self.nullable = spec.nullable


def columns_of(table: str, names: Sequence[str] | None = None) -> list[Column]:
    """The columns of a kind's declared fields: ``names`` in that order, or every field a list
    shows (all but its order, which is the № column, and private fields)."""
    declared = kinds.of(table)
    if names is None:
        names = [f.name for f in declared.fields if f.name != "sort_order" and not f.private]
    return [Column.of(declared.field(name)) for name in names]


def agreed_order(
    items: Sequence[Any], table: str, order_of: Callable[[str], Sequence[Any]]
) -> list[Any]:
    """``items`` in the order the facilitator agreed: by ``sort_order``, within their group for
    a kind ordered in groups (a clause's section in the vocabulary's order, a contribution's
    partner in the partners' order; ``order_of(table)`` gives a referenced table's items)."""
    declared = kinds.of(table)
    group = declared.order_group
    if not declared.ordered or group is None:
        return list(items)
    spec = declared.field(group)
    if spec.type == "enum":
        terms = vocabulary.terms(spec.choices)

        def place(value: Any) -> int:
            return terms.order(value)
    else:
        places = {item.id: n for n, item in enumerate(order_of(spec.ref))}

        def place(value: Any) -> int:
            return places.get(value, len(places))

    return sorted(items, key=lambda item: (place(getattr(item, group)), item.sort_order, item.id))


class RowsModel(QAbstractTableModel):
    """Rows of one table; edits go through ``workshop.ops``; refreshes when its tables change.

    A refresh never resets the model: rows that went are removed, new ones inserted, a new
    order moves the rest, and changed rows are redrawn. So the view keeps its current cell,
    selection, scroll position and any open editor while the document changes under it.
    """

    #: Emitted after every refresh (the rows may be other objects now, with new values).
    refreshed = Signal()
    #: Something the user should know about an edit (for the status bar).
    notice = Signal(str)

    def __init__(
        self,
        session: Session,
        table: str,
        columns: Sequence[Column],
        row_filter: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.table = table
        self.columns = list(columns)
        specs = {spec.name: spec for spec in field_specs.fields_of(table)}
        for column in self.columns:
            spec = specs.get(column.name)
            if spec is not None:
                column.fill(spec)
        self.row_filter = row_filter
        self.watched = {table} | {c.ref for c in self.columns if c.ref}
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self.numbers: dict[int, int] = {}
        self._search: dict[int, str] | None = None
        self._filter_text = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.stale = True
        session.changed.connect(self._on_change)
        session.hold_changed.connect(self._hold_changed)  # the "held" marker (ui/hold.py)

    # --- loading, sorting and filtering ---------------------------------------------------------

    def _on_change(self, change: Any) -> None:
        if change.touches(*self.watched) and not self.stale:
            # Reload after the edit that caused it has finished (an open editor may be committing).
            self.stale = True
            # With self as context, Qt drops the call if this model is gone by then.
            QTimer.singleShot(0, self, self._reload_if_stale)

    def _hold_changed(self, _released: Any) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _reload_if_stale(self) -> None:
        # A Save As then Close (or any close) may come before the reload: nothing to read then.
        if self.stale and not self.session.document.closed:
            self.reload()

    def reload(self) -> None:
        items = agreed_order(self.session.items(self.table), self.table, self.session.items)
        #: Each item's number: its place in the agreed order of all of them (the № column),
        #: the same whatever the filter or sort.
        self.numbers = {item.id: n for n, item in enumerate(items, start=1)}
        self._all = [i for i in items if self.row_filter(i)] if self.row_filter else list(items)
        self._search = None
        self.stale = False
        self._show(self._applied())

    def set_row_filter(self, row_filter: Callable[[Any], bool] | None) -> None:
        self.row_filter = row_filter
        self.reload()

    def set_filter_text(self, text: str) -> None:
        self._filter_text = text.strip().casefold()
        self._show(self._applied())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._show(self._applied())

    def _show(self, rows: list[Any]) -> None:
        """Move from the rows shown to ``rows`` by removes, inserts and a move, never a reset."""
        wanted = {item.id for item in rows}
        # 1. rows that went, bottom up, in runs
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and self._rows[row].id not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()
        # 2. new rows, at the end for now
        shown = {item.id for item in self._rows}
        added = [item for item in rows if item.id not in shown]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        # 3. the order, moving persistent indexes (current cell, selection, editors) with rows
        if [item.id for item in self._rows] != [item.id for item in rows]:
            self.layoutAboutToBeChanged.emit()
            new_row = {item.id: number for number, item in enumerate(rows)}
            old = self.persistentIndexList()
            moved = [
                self.createIndex(new_row[self._rows[i.row()].id], i.column())
                if 0 <= i.row() < len(self._rows)
                else QModelIndex()
                for i in old
            ]
            self._rows = list(rows)
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
        else:
            self._rows = list(rows)
        # 4. new values (the view leaves a cell being typed in alone: see ui.delegates)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )
        self.refreshed.emit()

    def _applied(self) -> list[Any]:
        rows = self._all
        if self._filter_text:
            if self._search is None:
                self._search = self._search_texts()
            needle, search = self._filter_text, self._search
            rows = [item for item in rows if needle in search[item.id]]
        if self._sort is not None:
            column, order = self._sort
            spec = self.columns[column]
            if spec.name == "sort_order":

                def key(item: Any) -> Any:
                    return self.numbers.get(item.id, 0)
            elif spec.kind in ("int", "float", "date"):

                def key(item: Any) -> Any:
                    value = getattr(item, spec.name)
                    return (value in (None, ""), value or 0)
            else:

                def key(item: Any) -> Any:
                    return self.text(item, spec).casefold()

            rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        return list(rows)

    def _search_texts(self) -> dict[int, str]:
        """Each row's searchable text; labels of choices are looked up once per value."""
        getters: list[tuple[str, Column | None]] = []
        for column in self.columns:
            if column.display is None and column.kind in ("text", "colour"):
                getters.append((column.name, None))
            else:
                getters.append((column.name, column))
        labels_cache: dict[tuple[str, Any], str] = {}
        texts: dict[int, str] = {}
        for item in self._all:
            parts = []
            for name, spec in getters:
                value = getattr(item, name)
                if spec is None:
                    parts.append(value or "")
                    continue
                key = (name, value) if spec.display is None else (name, item.id)
                found = labels_cache.get(key)
                if found is None:
                    found = self.text(item, spec)
                    if spec.display is None:
                        labels_cache[key] = found
                parts.append(found)
                if spec.kind == "date":
                    parts.append(getattr(item, name) or "")  # found as typed, or as stored
            texts[item.id] = " ".join(parts).casefold()
        return texts

    # --- reading ------------------------------------------------------------------------------

    def item(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def text(self, item: Any, column: Column) -> str:
        if column.display is not None:
            return column.display(item)
        value = getattr(item, column.name)
        if column.ref:
            return self.ref_text(column.ref, value)
        if column.terms:
            return labels.label(column.terms, value)  # with its icon beside it, if it has one
        if column.scale and value is not None:
            return scale_text(column.scale, value)
        if column.kind == "float" and value is not None:
            return f"{value:g}"
        if column.kind == "date":
            return date_text(value)
        if column.kind == "bool":
            return ""
        return "" if value is None else str(value)

    def ref_text(self, table: str, value: int | None) -> str:
        if value is None:
            return ""
        found = self.session.by_id(table).get(value)
        if found is None:
            return ""
        if table == "partner":
            return str(found.label)
        return str(getattr(found, kinds.of(table).main, ""))

    def choices(self, column: Column) -> list[tuple[str, Any]]:
        if column.ref:
            items = self.session.items(column.ref)
            options = [(self.ref_text(column.ref, i.id), i.id) for i in items]
            return [("—", None), *options] if column.nullable else options
        if column.scale:
            return [
                (scale_text(column.scale, int(t.value)), int(t.value))
                for t in vocabulary.terms(column.scale)
            ]
        return labels.choices(column.terms)

    # --- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # size hints, alignment…: Qt's defaults (and fast: asked a lot)
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if self.session.is_held(self.table, item.id):
            held = self._held_data(index.column(), item, column, role)
            if held is not None:
                return held
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, column.name)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            checked = getattr(item, column.name)
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if column.terms:
                return labels.choice_icon(column.terms, getattr(item, column.name))
            if column.kind == "colour":
                return QColor(item.colour)  # drawn as a swatch beside the code
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column.terms:
            ink = labels.ink(column.terms, getattr(item, column.name))
            return QBrush(ink) if ink is not None else None
        if role == Qt.ItemDataRole.FontRole and labels.bold(
            column.terms, getattr(item, column.name)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_ROLE:
            return item
        if role == CHOICES_ROLE:
            return self.choices(column) if self.cell_kind(column) == "choice" else None
        if role == CELL_KIND_ROLE:
            return self.cell_kind(column)
        return None

    @staticmethod
    def cell_kind(column: Column) -> str:
        if column.scale:
            return "choice"
        return _CELL_KINDS.get(column.kind, column.kind or "text")

    def _held_data(self, number: int, item: Any, column: Column, role: int) -> Any:
        """A row held from the room: tinted, and marked in words where its visibility shows."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HELD_COLOUR))
        names = [c.name for c in self.columns]
        marked = names.index("visibility") if "visibility" in names else 0
        if number == marked and role == Qt.ItemDataRole.DisplayRole:
            return f"{self.text(item, column)}  ◷ {self.tr('held')}"
        if number == 0 and role == Qt.ItemDataRole.DisplayRole:
            return f"◷ {self.text(item, column)}"  # seen however far the table is scrolled
        if number == marked and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Held from the room view: set its visibility, then leave the row or "
                "press Ctrl+Enter to let the room see it"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editable and not self.session.document.read_only:
            if column.kind == "bool":
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row())
        if item is None:
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column.kind in ("int", "float") and isinstance(value, str):
            try:
                text = value.strip().replace(",", ".").rstrip("%").strip()
                number: float | int | None = int(text) if column.kind == "int" else None
                if column.kind == "float":
                    number = float(text) if text else None
                value = number
            except ValueError:
                self.session.problem.emit(
                    self.tr("“%1” is not a whole number.").replace("%1", value)
                )
                return False
        if value == getattr(item, column.name):
            return False
        change = self.session.run(ops.update, self.table, item.id, **{column.name: value})
        if change is None:
            return False
        if self.table == "position" and column.name == "kind" and value == "red_line":
            now = self.session.by_id("position").get(item.id)
            if now is not None and now.owner != item.owner:
                self.notice.emit(
                    self.tr(
                        "The owner of the line is now the CEO: a red line is ruled out by the "
                        "board or the CEO. Change it in “Owner of the line” if not."
                    )
                )
        return True


def scale_text(scale: str, value: int) -> str:
    """A number on a scale with its word: "4 High"."""
    return f"{value} {labels.label(scale, str(value))}"
