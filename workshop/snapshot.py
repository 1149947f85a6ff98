"""Plain, audience-filtered data for views and exports: no ORM objects, no connection needed.

``build(doc, audience)`` reads the whole document once and keeps only what ``audience`` may see,
through ``workshop.audience``. Views and exporters work on the result, never on the database.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
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
from workshop.fields import BOOLEANS
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


COLLECTION_ATTR: dict[str, str] = {
    "partner": "partners",
    "person": "people",
    "topic": "topics",
    "position": "positions",
    "value": "values",
    "alignment": "alignments",
    "disagreement": "disagreements",
    "disagreement_party": "disagreement_parties",
    "clause": "clauses",
    "commitment": "commitments",
    "commitment_answer": "commitment_answers",
    "impact": "impacts",
    "meeting": "meetings",
    "attendance": "attendance",
    "agenda_item": "agenda_items",
    "action": "actions",
    "note": "notes",
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
    cls = ITEM_CLASSES[table]
    names = [f.name for f in fields(cls)]
    bools = [column for t, column in BOOLEANS if t == table]
    with doc.engine.connect() as conn:
        rows = conn.execute(_query(table, ids)).mappings().all()
    items = []
    for row in rows:
        values = {name: row[name] for name in names}
        for column in bools:
            values[column] = bool(values[column])
        items.append(cls(**values))
    return tuple(items)


def from_rows(rows: Mapping[str, list[dict[str, Any]]], audience: Audience) -> Snapshot:
    """Filter raw rows for ``audience`` and turn them into plain items."""
    parties: dict[int, set[int]] = {}
    for party in rows["disagreement_party"]:
        parties.setdefault(party["disagreement_id"], set()).add(party["partner_id"])
    frozen_parties = {key: frozenset(value) for key, value in parties.items()}

    visible_ids: dict[str, set[int]] = {}
    kept: dict[str, list[Any]] = {}
    for name in TABLES_IN_ORDER:
        cls = ITEM_CLASSES[name]
        names = [f.name for f in fields(cls)]
        bools = [column for table, column in BOOLEANS if table == name]
        containers = CONTAINED_IN.get(name, ())
        references = SHOWN_REFERENCES.get(name, ())
        items: list[Any] = []
        ids: set[int] = set()
        for row in rows[name]:
            visibility = row.get("visibility")
            if visibility is not None and not may_see(
                audience, visibility, named_partners(name, row, frozen_parties)
            ):
                continue
            if any(row[column] not in visible_ids[parent] for column, parent in containers):
                continue
            values = {key: row[key] for key in names}
            for column in bools:
                values[column] = bool(values[column])
            for column, parent in references:
                if values[column] is not None and values[column] not in visible_ids[parent]:
                    values[column] = None
            items.append(cls(**values))
            ids.add(row["id"])
        visible_ids[name] = ids
        kept[name] = items
    collections: dict[str, Any] = {
        COLLECTION_ATTR[name]: tuple(kept[name]) for name in COLLECTION_ATTR
    }
    return Snapshot(audience=audience, workshop=kept["workshop"][0], **collections)
