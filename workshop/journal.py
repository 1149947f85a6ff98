"""Row-level change recording: the mechanism behind undo and redo of every operation.

Operations write through a :class:`Journal`, which records the full row image before and after each
insert, update and delete (following foreign keys, so deleting a partner records its positions,
alignments and attendance too). Undo replays the inverse of those records in reverse order; redo
replays them forwards. Nothing here knows what a partner or a position is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Table, delete, insert, select, update

from workshop.model import Base

Row = dict[str, Any]
RecordKind = Literal["insert", "update", "delete"]


def now_iso() -> str:
    """The current time as an ISO 8601 UTC timestamp with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Record:
    kind: RecordKind
    table: str
    before: Row | None
    after: Row | None

    @property
    def row_id(self) -> int:
        row = self.after if self.after is not None else self.before
        assert row is not None
        return int(row["id"])


@dataclass(slots=True)
class Journal:
    """Writes rows on one connection and remembers what it wrote."""

    conn: Connection
    records: list[Record] = field(default_factory=list)
    timestamp: str = field(default_factory=now_iso)

    @staticmethod
    def table(name: str) -> Table:
        return Base.metadata.tables[name]

    def fetch(self, table_name: str, row_id: int) -> Row | None:
        table = self.table(table_name)
        row = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(row) if row is not None else None

    def insert(self, table_name: str, values: Row) -> int:
        table = self.table(table_name)
        values = {**values, "created_at": self.timestamp, "updated_at": self.timestamp}
        result = self.conn.execute(insert(table).values(**values))
        row_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        after = self.fetch(table_name, row_id)
        self.records.append(Record("insert", table_name, None, after))
        return row_id

    def update(self, table_name: str, row_id: int, values: Row) -> bool:
        """Set ``values`` on one row; returns False (recording nothing) if nothing changes."""
        before = self.fetch(table_name, row_id)
        if before is None:
            raise KeyError(f"{table_name} {row_id}")
        if all(before.get(key) == value for key, value in values.items()):
            return False
        table = self.table(table_name)
        changes = {**values, "updated_at": self.timestamp}
        self.conn.execute(update(table).where(table.c.id == row_id).values(**changes))
        self.records.append(Record("update", table_name, before, {**before, **changes}))
        return True

    def delete(self, table_name: str, row_id: int) -> None:
        """Delete one row and, first, everything its foreign keys cascade to."""
        before = self.fetch(table_name, row_id)
        if before is None:
            raise KeyError(f"{table_name} {row_id}")
        for child, column, on_delete in _referencing(table_name):
            child_table = self.table(child)
            ids = self.conn.execute(
                select(child_table.c.id).where(child_table.c[column] == row_id)
            ).scalars()
            for child_id in list(ids):
                if on_delete == "CASCADE":
                    self.delete(child, child_id)
                else:
                    self.update(child, child_id, {column: None})
        table = self.table(table_name)
        self.conn.execute(delete(table).where(table.c.id == row_id))
        self.records.append(Record("delete", table_name, before, None))


def _referencing(table_name: str) -> list[tuple[str, str, str]]:
    """(child table, column, ON DELETE action) for every foreign key that points at a table."""
    found = _REFERENCES.get(table_name)
    if found is None:
        found = []
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table.name == table_name:
                    found.append((child.name, fk.parent.name, (fk.ondelete or "").upper()))
        _REFERENCES[table_name] = found
    return found


_REFERENCES: dict[str, list[tuple[str, str, str]]] = {}


def apply_inverse(conn: Connection, records: list[Record]) -> None:
    """Undo ``records``: the inverse of each, last first."""
    for record in reversed(records):
        table = Base.metadata.tables[record.table]
        if record.kind == "insert":
            conn.execute(delete(table).where(table.c.id == record.row_id))
        elif record.kind == "delete":
            conn.execute(insert(table).values(**record.before))  # type: ignore[arg-type]
        else:
            conn.execute(
                update(table).where(table.c.id == record.row_id).values(**record.before)  # type: ignore[arg-type]
            )


def apply_forward(conn: Connection, records: list[Record]) -> None:
    """Redo ``records`` in their original order."""
    for record in records:
        table = Base.metadata.tables[record.table]
        if record.kind == "insert":
            conn.execute(insert(table).values(**record.after))  # type: ignore[arg-type]
        elif record.kind == "delete":
            conn.execute(delete(table).where(table.c.id == record.row_id))
        else:
            conn.execute(
                update(table).where(table.c.id == record.row_id).values(**record.after)  # type: ignore[arg-type]
            )
