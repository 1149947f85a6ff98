"""Row-level change recording: the mechanism behind undo and redo of every operation.

Operations write through a :class:`Journal`, which records the full row image before and after each
insert, update and delete (following foreign keys, so deleting a partner records its positions,
alignments and attendance too). Undo replays the inverse of those records in reverse order; redo
replays them forwards. Nothing here knows what a partner or a position is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from workshop import kinds

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


@dataclass(frozen=True, slots=True)
class _Sql:
    """One table's statements, written once from its kind's declaration."""

    columns: tuple[str, ...]
    defaults: Row
    select: str
    insert: str
    delete: str

    @classmethod
    def of(cls, kind: kinds.Kind) -> _Sql:
        columns = kind.columns
        defaults = {
            spec.name: int(spec.default) if spec.type == "bool" else spec.default
            for spec in kind.fields
        }
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        return cls(
            columns,
            defaults,
            f'SELECT {names} FROM "{kind.table}" WHERE id = ?',
            f'INSERT INTO "{kind.table}" ({names}) VALUES ({marks})',
            f'DELETE FROM "{kind.table}" WHERE id = ?',
        )

    def update(self, table: str, names: list[str]) -> str:
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        return f'UPDATE "{table}" SET {assignments} WHERE id = ?'


_SQL: dict[str, _Sql] = {}


def sql(table_name: str) -> _Sql:
    found = _SQL.get(table_name)
    if found is None:
        found = _SQL[table_name] = _Sql.of(kinds.of(table_name))
    return found


@dataclass(slots=True)
class Journal:
    """Writes rows on one connection and remembers what it wrote."""

    db: sqlite3.Connection
    records: list[Record] = field(default_factory=list)
    timestamp: str = field(default_factory=now_iso)

    def fetch(self, table_name: str, row_id: int) -> Row | None:
        statements = sql(table_name)
        found = self.db.execute(statements.select, (row_id,)).fetchone()
        return dict(zip(statements.columns, found, strict=True)) if found is not None else None

    def insert(self, table_name: str, values: Row) -> int:
        statements = sql(table_name)
        unknown = set(values) - set(statements.columns)
        if unknown:
            raise KeyError(f"{table_name} has no column {sorted(unknown)[0]}")
        row: Row = dict.fromkeys(statements.columns)
        row.update(statements.defaults)
        row.update(values)
        row["created_at"] = row["updated_at"] = self.timestamp
        cursor = self.db.execute(statements.insert, [row[name] for name in statements.columns])
        row_id = int(row["id"]) if row["id"] is not None else int(cursor.lastrowid or 0)
        row["id"] = row_id
        self.records.append(Record("insert", table_name, None, row))
        return row_id

    def update(self, table_name: str, row_id: int, values: Row) -> bool:
        """Set ``values`` on one row; returns False (recording nothing) if nothing changes."""
        before = self.fetch(table_name, row_id)
        if before is None:
            raise KeyError(f"{table_name} {row_id}")
        if all(before.get(key) == value for key, value in values.items()):
            return False
        changes = {**values, "updated_at": self.timestamp}
        _set(self.db, table_name, row_id, changes)
        self.records.append(Record("update", table_name, before, {**before, **changes}))
        return True

    def delete(self, table_name: str, row_id: int) -> None:
        """Delete one row and, first, everything its foreign keys cascade to."""
        before = self.fetch(table_name, row_id)
        if before is None:
            raise KeyError(f"{table_name} {row_id}")
        for child, column, on_delete in _referencing(table_name):
            ids = [
                found
                for (found,) in self.db.execute(
                    f'SELECT id FROM "{child}" WHERE "{column}" = ?', (row_id,)
                ).fetchall()
            ]
            for child_id in ids:
                if on_delete == "CASCADE":
                    self.delete(child, child_id)
                else:
                    self.update(child, child_id, {column: None})
        self.db.execute(sql(table_name).delete, (row_id,))
        self.records.append(Record("delete", table_name, before, None))


def _set(db: sqlite3.Connection, table_name: str, row_id: int, values: Row) -> None:
    names = list(values)
    db.execute(sql(table_name).update(table_name, names), [*(values[n] for n in names), row_id])


def _referencing(table_name: str) -> list[tuple[str, str, str]]:
    """(child table, column, ON DELETE action) for every reference that points at a table."""
    found = _REFERENCES.get(table_name)
    if found is None:
        found = [
            (kind.table, spec.name, spec.on_delete)
            for kind in kinds.kinds()
            for spec in kind.references
            if spec.ref == table_name
        ]
        _REFERENCES[table_name] = found
    return found


_REFERENCES: dict[str, list[tuple[str, str, str]]] = {}


def _insert(db: sqlite3.Connection, table_name: str, row: Row) -> None:
    statements = sql(table_name)
    db.execute(statements.insert, [row[name] for name in statements.columns])


def apply_inverse(db: sqlite3.Connection, records: list[Record]) -> None:
    """Undo ``records``: the inverse of each, last first."""
    for record in reversed(records):
        if record.kind == "insert":
            db.execute(sql(record.table).delete, (record.row_id,))
        elif record.kind == "delete":
            assert record.before is not None
            _insert(db, record.table, record.before)
        else:
            assert record.before is not None
            _set(db, record.table, record.row_id, record.before)


def apply_forward(db: sqlite3.Connection, records: list[Record]) -> None:
    """Redo ``records`` in their original order."""
    for record in records:
        if record.kind == "insert":
            assert record.after is not None
            _insert(db, record.table, record.after)
        elif record.kind == "delete":
            db.execute(sql(record.table).delete, (record.row_id,))
        else:
            assert record.after is not None
            _set(db, record.table, record.row_id, record.after)
