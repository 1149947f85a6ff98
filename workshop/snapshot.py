"""Plain, audience-filtered data for views and exports: no ORM objects, no connection needed.

``build(doc, audience)`` reads the whole document once and keeps only what ``audience`` may see,
through ``workshop.audience``. Views and exporters work on the result, never on the database.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Connection, Select, select

from workshop.audience import (
    CONTAINED_IN,
    SHOWN_REFERENCES,
    Audience,
    describe,
    may_see,
    named_partners,
)
from workshop.document import Document
from workshop.fields import BOOLEANS, COLLECTIONS
from workshop.model import TABLES_IN_ORDER, Base


@dataclass(frozen=True, slots=True)
class WorkshopInfo:
    id: int
    title: str
    purpose: str
    context: str
    collaboration_model: str
    facilitator: str
    start_date: str
    end_date: str
    status: str
    language: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Partner:
    id: int
    name: str
    short_name: str
    size_band: str
    reach: str
    role: str
    colour: str
    sort_order: int
    created_at: str
    updated_at: str

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    partner_id: int | None
    name: str
    role: str
    email: str
    phone: str
    is_named_contact: bool
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Topic:
    id: int
    name: str
    description: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Position:
    id: int
    partner_id: int
    topic_id: int | None
    kind: str
    statement: str
    reasoning: str
    owner: str
    needs_decision: bool
    range_min: float | None
    range_max: float | None
    range_unit: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Value:
    id: int
    name: str
    description: str
    status: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Alignment:
    id: int
    value_id: int
    partner_id: int
    rating: int | None
    note: str
    visibility: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    id: int
    title: str
    description: str
    topic_id: int | None
    severity: str
    status: str
    route_step: str
    owner: str
    review_date: str
    outcome: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class DisagreementParty:
    id: int
    disagreement_id: int
    partner_id: int
    view: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Clause:
    id: int
    section: str
    text: str
    status: str
    partner_id: int | None
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Commitment:
    id: int
    text: str
    guidance: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class CommitmentAnswer:
    id: int
    commitment_id: int
    partner_id: int
    answer: str
    note: str
    visibility: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Impact:
    id: int
    description: str
    area: str
    scenario: str
    partner_id: int | None
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int
    title: str
    date: str
    location: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Attendance:
    id: int
    meeting_id: int
    person_id: int
    status: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: int
    meeting_id: int
    title: str
    planned_minutes: int
    notes: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    text: str
    partner_id: int | None
    person_id: int | None
    meeting_id: int | None
    due_date: str
    status: str
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    text: str
    partner_id: int | None
    visibility: str
    sort_order: int
    created_at: str
    updated_at: str


ITEM_CLASSES: dict[str, type[Any]] = {
    "workshop": WorkshopInfo,
    "partner": Partner,
    "person": Person,
    "topic": Topic,
    "position": Position,
    "value": Value,
    "alignment": Alignment,
    "disagreement": Disagreement,
    "disagreement_party": DisagreementParty,
    "clause": Clause,
    "commitment": Commitment,
    "commitment_answer": CommitmentAnswer,
    "impact": Impact,
    "meeting": Meeting,
    "attendance": Attendance,
    "agenda_item": AgendaItem,
    "action": Action,
    "note": Note,
}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything one audience may see of a workshop, in display order."""

    audience: Audience
    workshop: WorkshopInfo
    partners: tuple[Partner, ...]
    people: tuple[Person, ...]
    topics: tuple[Topic, ...]
    positions: tuple[Position, ...]
    values: tuple[Value, ...]
    alignments: tuple[Alignment, ...]
    disagreements: tuple[Disagreement, ...]
    disagreement_parties: tuple[DisagreementParty, ...]
    clauses: tuple[Clause, ...]
    commitments: tuple[Commitment, ...]
    commitment_answers: tuple[CommitmentAnswer, ...]
    impacts: tuple[Impact, ...]
    meetings: tuple[Meeting, ...]
    attendance: tuple[Attendance, ...]
    agenda_items: tuple[AgendaItem, ...]
    actions: tuple[Action, ...]
    notes: tuple[Note, ...]
    _index: dict[str, dict[int, Any]] = field(default_factory=dict, compare=False, repr=False)

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
        result: tuple[Any, ...] = getattr(self, COLLECTION_ATTR[table])
        return result

    @property
    def audience_label(self) -> str:
        return describe(self.audience, {p.id: p.name for p in self.partners})

    def partner(self, partner_id: int | None) -> Partner | None:
        return self.by_id("partner").get(partner_id) if partner_id is not None else None

    def count(self) -> int:
        """How many items (rows) the snapshot holds, the workshop row excluded."""
        return sum(len(self.items(table)) for table in TABLES_IN_ORDER if table != "workshop")


#: Snapshot attribute for each table: the interchange's collection names.
COLLECTION_ATTR: dict[str, str] = {
    table: collection for table, collection in COLLECTIONS.items() if table != "workshop"
}


def _query(name: str, ids: Collection[int] | None = None) -> Select[Any]:
    table = Base.metadata.tables[name]
    order = [table.c.sort_order, table.c.id] if "sort_order" in table.c else [table.c.id]
    query = select(table).order_by(*order)
    return query if ids is None else query.where(table.c.id.in_(sorted(ids)))


def read_rows(
    conn: Connection, tables: Collection[str] = TABLES_IN_ORDER
) -> dict[str, list[dict[str, Any]]]:
    """Every row of ``tables`` (others come back empty), in display order (sort_order, id)."""
    return {
        name: [dict(r) for r in conn.execute(_query(name)).mappings()] if name in tables else []
        for name in TABLES_IN_ORDER
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
        if name == "disagreement":
            parents.add("disagreement_party")
        if name == "disagreement_party":
            parents.add("disagreement")
        for parent in parents - needed:
            needed.add(parent)
            pending.append(parent)
    return frozenset(needed)


def build(doc: Document, audience: Audience, tables: Collection[str] | None = None) -> Snapshot:
    """What ``audience`` may see of ``doc``; with ``tables``, only those (others are empty)."""
    wanted = TABLES_IN_ORDER if tables is None else needed_for(tables)
    with doc.engine.connect() as conn:
        rows = read_rows(conn, wanted)
    return from_rows(rows, audience)


def read_items(doc: Document, table: str, ids: Collection[int] | None = None) -> tuple[Any, ...]:
    """The broker's items of one table (all of them, or those with ``ids``), in display order.

    Unfiltered: for the facilitator's own views, which show everything (marked).
    """
    with doc.engine.connect() as conn:
        rows = conn.execute(_query(table, ids)).mappings().all()
    return tuple(to_item(table, dict(row)) for row in rows)


def to_item(table: str, row: Mapping[str, Any]) -> Any:
    """One database row as the plain item of its table (flags become booleans)."""
    cls = ITEM_CLASSES[table]
    values = {key: row[key] for key in _FIELD_NAMES[table]}
    for column in _BOOLEAN_COLUMNS[table]:
        values[column] = bool(values[column])
    return cls(**values)


def from_rows(rows: Mapping[str, list[dict[str, Any]]], audience: Audience) -> Snapshot:
    """Turn raw rows into plain items and keep what ``audience`` may see."""
    return restrict({name: [to_item(name, r) for r in rows[name]] for name in rows}, audience)


def restrict(items: Mapping[str, Sequence[Any]], audience: Audience) -> Snapshot:
    """Keep what ``audience`` may see of every table's items (tables not given are empty).

    The one place the audience rules of ``workshop.audience`` are applied to items: a child is
    kept only with its parent, and a reference to something hidden is blanked.
    """
    parties: dict[int, set[int]] = {}
    for party in items.get("disagreement_party", ()):
        parties.setdefault(party.disagreement_id, set()).add(party.partner_id)
    frozen_parties = {key: frozenset(value) for key, value in parties.items()}

    visible_ids: dict[str, set[int]] = {}
    kept: dict[str, list[Any]] = {}
    for name in TABLES_IN_ORDER:
        containers = CONTAINED_IN.get(name, ())
        references = SHOWN_REFERENCES.get(name, ())
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
            found.append(replace(item, **hidden) if hidden else item)
            ids.add(item.id)
        visible_ids[name] = ids
        kept[name] = found
    collections: dict[str, Any] = {
        COLLECTION_ATTR[name]: tuple(kept[name]) for name in COLLECTION_ATTR
    }
    return Snapshot(audience=audience, workshop=kept["workshop"][0], **collections)


_FIELD_NAMES = {table: [f.name for f in fields(cls)] for table, cls in ITEM_CLASSES.items()}
_BOOLEAN_COLUMNS = {
    table: [column for t, column in BOOLEANS if t == table] for table in ITEM_CLASSES
}
