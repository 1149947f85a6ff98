"""Plain, audience-filtered data for views and exports: no connection needed once built.

``build(doc, audience)`` reads the whole document once and keeps only what ``audience`` may see,
through ``workshop.audience``. Views and exporters work on the result, never on the database. The
items are the record classes of ``workshop.kinds`` (re-exported here by name).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from workshop import kinds
from workshop.audience import (
    CONTAINED_IN,
    PARTIES,
    SHOWN_REFERENCES,
    Audience,
    describe,
    may_see,
    named_partners,
)
from workshop.kinds import (
    RECORDS,
    TABLES,
    Action,
    AgendaItem,
    Alignment,
    Attendance,
    Clause,
    Commitment,
    CommitmentAnswer,
    Contribution,
    Disagreement,
    DisagreementParty,
    Impact,
    Meeting,
    Note,
    Partner,
    Person,
    Position,
    Risk,
    Topic,
    Value,
)
from workshop.kinds import Workshop as WorkshopInfo
from workshop.vocabulary import Translate, item_marking, same

if TYPE_CHECKING:
    from workshop.document import Document

__all__ = [
    "COLLECTION_ATTR",
    "Action",
    "AgendaItem",
    "Alignment",
    "Attendance",
    "Clause",
    "Commitment",
    "CommitmentAnswer",
    "Contribution",
    "Disagreement",
    "DisagreementParty",
    "Impact",
    "Meeting",
    "Note",
    "Partner",
    "Person",
    "Position",
    "Risk",
    "Snapshot",
    "Topic",
    "Value",
    "WorkshopInfo",
    "build",
    "from_rows",
    "needed_for",
    "read_items",
    "read_rows",
    "restrict",
    "to_item",
]

#: Snapshot attribute (the interchange's collection name) for each table but the workshop.
COLLECTION_ATTR: dict[str, str] = {
    kind.table: kind.collection for kind in kinds.kinds() if kind.table != "workshop"
}
_TABLE_OF = {collection: table for table, collection in COLLECTION_ATTR.items()}


class Snapshot:
    """Everything one audience may see of a workshop, in display order.

    Each kind's items are ``snapshot.items(table)`` or, by collection name, ``snapshot.positions``.
    """

    __slots__ = ("_index", "_items", "_parties", "audience", "workshop")

    def __init__(
        self,
        audience: Audience,
        workshop: WorkshopInfo,
        items: Mapping[str, tuple[Any, ...]],
        parties: Mapping[int, frozenset[int]] | None = None,
    ) -> None:
        self.audience = audience
        self.workshop = workshop
        self._items = {table: tuple(items.get(table, ())) for table in COLLECTION_ATTR}
        self._index: dict[str, dict[int, Any]] = {}
        #: Disagreement id -> the partners party to it (all of them, seen or not: it decides to
        #: whom a confidential disagreement is confidential).
        self._parties = dict(parties or {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Snapshot):
            return NotImplemented
        return (self.audience, self.workshop, self._items) == (
            other.audience,
            other.workshop,
            other._items,
        )

    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str) -> tuple[Any, ...]:
        table = _TABLE_OF.get(name)
        if table is None:
            raise AttributeError(f"a snapshot has no {name!r}")
        return self._items[table]

    def by_id(self, table: str) -> dict[int, Any]:
        """The visible items of ``table`` keyed by id (built once, on first use)."""
        found = self._index.get(table)
        if found is None:
            found = {item.id: item for item in self.items(table)}
            self._index[table] = found
        return found

    def items(self, table: str) -> tuple[Any, ...]:
        if table == "workshop":
            return (self.workshop,)
        return self._items[table]

    @property
    def audience_label(self) -> str:
        return describe(self.audience, {p.id: p.name for p in self.items("partner")})

    def audience_text(self, tr: Translate = same) -> str:
        """:attr:`audience_label` in the language of ``tr`` (an export's)."""
        return describe(self.audience, {p.id: p.name for p in self.items("partner")}, tr)

    def partner(self, partner_id: int | None) -> Partner | None:
        if partner_id is None:
            return None
        found: Partner | None = self.by_id("partner").get(partner_id)
        return found

    def confidential_to(self, table: str, item: Any) -> frozenset[int]:
        """The partners ``item`` is confidential to (see ``workshop.audience.named_partners``)."""
        return named_partners(table, item.id, getattr(item, "partner_id", None), self._parties)

    def marking(self, table: str, item: Any, tr: Translate = same) -> str:
        """What ``item`` says about who may see it, to this snapshot's reader: "" when it is
        shared; "In confidence to you" in a partner's pack; "Confidential to A, B" or "Private"
        in the broker's record (in English; the words are ``workshop.vocabulary``'s)."""
        return marking_for(
            self.audience.kind, item, self.confidential_to(table, item), self.partner, tr
        )

    def count(self) -> int:
        """How many items (rows) the snapshot holds, the workshop row excluded."""
        return sum(len(items) for items in self._items.values())


def _order(table: str) -> str:
    return "sort_order, id" if kinds.of(table).ordered else "id"


def _select(table: str) -> str:
    names = ", ".join(f'"{name}"' for name in kinds.of(table).columns)
    return f'SELECT {names} FROM "{table}"'


def read_rows(
    db: sqlite3.Connection, tables: Collection[str] = TABLES
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``tables`` (others come back empty), in display order (sort_order, id)."""
    return {
        name: db.execute(f"{_select(name)} ORDER BY {_order(name)}").fetchall()
        if name in tables
        else []
        for name in TABLES
    }


def needed_for(tables: Collection[str]) -> frozenset[str]:
    """``tables`` with everything deciding their visibility: parents, shown references, the
    parties that make a disagreement confidential to its partners, and the workshop row."""
    needed = {"workshop", *tables}
    pending = list(needed)
    while pending:
        name = pending.pop()
        parents = {parent for _, parent in CONTAINED_IN.get(name, ())}
        parents |= {parent for _, parent in SHOWN_REFERENCES.get(name, ())}
        if name in PARTIES:
            parents.add(PARTIES[name])
        for parent in parents - needed:
            needed.add(parent)
            pending.append(parent)
    return frozenset(needed)


def build(doc: Document, audience: Audience, tables: Collection[str] | None = None) -> Snapshot:
    """What ``audience`` may see of ``doc``; with ``tables``, only those (others are empty)."""
    wanted = TABLES if tables is None else needed_for(tables)
    with doc.reading() as db:
        rows = read_rows(db, wanted)
    return restrict({name: [to_item(name, r) for r in rows[name]] for name in rows}, audience)


def read_items(doc: Document, table: str, ids: Collection[int] | None = None) -> tuple[Any, ...]:
    """The broker's items of one table (all of them, or those with ``ids``), in display order.

    Unfiltered: for the facilitator's own views, which show everything (marked).
    """
    query = _select(table)
    parameters: list[int] = []
    if ids is not None:
        parameters = sorted(ids)
        query += f" WHERE id IN ({', '.join('?' for _ in parameters)})"
    with doc.reading() as db:
        rows = db.execute(f"{query} ORDER BY {_order(table)}", parameters).fetchall()
    return tuple(to_item(table, row) for row in rows)


def to_item(table: str, row: Sequence[Any] | Mapping[str, Any]) -> Any:
    """One database row (a tuple in column order, or a mapping) as its kind's record."""
    kind = kinds.of(table)
    if isinstance(row, Mapping):
        values = {name: row[name] for name in kind.columns}
    else:
        values = dict(zip(kind.columns, row, strict=True))
    for name in _BOOLEANS[table]:
        values[name] = bool(values[name])
    return RECORDS[table](**values)


def from_rows(rows: Mapping[str, Sequence[Any]], audience: Audience) -> Snapshot:
    """Turn raw rows into records and keep what ``audience`` may see."""
    return restrict({name: [to_item(name, r) for r in rows[name]] for name in rows}, audience)


def restrict(items: Mapping[str, Sequence[Any]], audience: Audience) -> Snapshot:
    """Keep what ``audience`` may see of every table's items (tables not given are empty).

    The one place the audience rules of ``workshop.audience`` are applied to items: a child is
    kept only with its parent, and a reference to something hidden is blanked.
    """
    parties: dict[int, set[int]] = {}
    for table, child in PARTIES.items():
        column = next(c for c, parent in CONTAINED_IN[child] if parent == table)
        for party in items.get(child, ()):
            parties.setdefault(getattr(party, column), set()).add(party.partner_id)
    frozen_parties = {key: frozenset(value) for key, value in parties.items()}

    visible_ids: dict[str, set[int]] = {}
    kept: dict[str, tuple[Any, ...]] = {}
    for name in TABLES:
        containers = CONTAINED_IN.get(name, ())
        references = SHOWN_REFERENCES.get(name, ())
        private = _PRIVATE_FIELDS[name] if audience.kind != "broker" else {}
        found: list[Any] = []
        ids: set[int] = set()
        for item in items.get(name, ()):
            visibility = getattr(item, "visibility", None)
            named = named_partners(name, item.id, getattr(item, "partner_id", None), frozen_parties)
            if visibility is not None and not may_see(audience, visibility, named):
                continue
            if any(
                getattr(item, column) not in visible_ids[parent] for column, parent in containers
            ):
                continue
            hidden = {
                column: None
                for column, parent in references
                if getattr(item, column) is not None
                and getattr(item, column) not in visible_ids[parent]
            }
            hidden.update(private)  # the broker's own fields of an item others may see
            found.append(replace(item, **hidden) if hidden else item)
            ids.add(item.id)
        visible_ids[name] = ids
        kept[name] = tuple(found)
    return Snapshot(audience, kept["workshop"][0], kept, frozen_parties)


_PRIVATE_FIELDS = {
    kind.table: {spec.name: spec.default for spec in kind.fields if spec.private}
    for kind in kinds.kinds()
}
_BOOLEANS = {
    kind.table: [spec.name for spec in kind.fields if spec.type == "bool"] for kind in kinds.kinds()
}


def marking_for(
    audience: str,
    item: Any,
    confidential_to: Iterable[int],
    partner: Callable[[int], Any | None],
    tr: Translate = same,
) -> str:
    """The words an item not shared carries for a reader of ``audience`` ("" when shared): the
    one rule the packs (:meth:`Snapshot.marking`) and the app's lists (``ui.session``) share."""
    visibility = getattr(item, "visibility", "shared")
    if visibility == "shared":
        return ""
    names = [
        found.name
        for partner_id in sorted(confidential_to)
        if (found := partner(partner_id)) is not None
    ]
    return item_marking(audience, visibility, names, tr)
