"""What each field of each item may hold: one description used by operations, the JSON
interchange validator and the JSON Schema file alike."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from workshop import model as m

#: JSON collection name for each table (the workshop row is a single object, not a list).
COLLECTIONS: dict[str, str] = {
    "workshop": "workshop",
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

ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("workshop", "collaboration_model"): m.CollaborationModel,
    ("workshop", "status"): m.WorkshopStatus,
    ("partner", "size_band"): m.SizeBand,
    ("partner", "reach"): m.Reach,
    ("partner", "role"): m.PartnerRole,
    ("position", "kind"): m.PositionKind,
    ("position", "owner"): m.LineOwner,
    ("value", "status"): m.ValueStatus,
    ("disagreement", "severity"): m.Severity,
    ("disagreement", "status"): m.DisagreementStatus,
    ("disagreement", "route_step"): m.RouteStep,
    ("clause", "section"): m.ClauseSection,
    ("clause", "status"): m.ClauseStatus,
    ("commitment_answer", "answer"): m.CommitmentAnswerKind,
    ("impact", "area"): m.ImpactArea,
    ("impact", "scenario"): m.ImpactScenario,
    ("action", "status"): m.ActionStatus,
    ("attendance", "status"): m.AttendanceStatus,
}

ENUMS.update(
    {(table, "visibility"): m.Visibility for table in m.VISIBLE_TABLES}  # every captured item
)

BOOLEANS: frozenset[tuple[str, str]] = frozenset(
    {("person", "is_named_contact"), ("position", "needs_decision")}
)

REQUIRED_TEXT: frozenset[tuple[str, str]] = frozenset(
    {
        ("partner", "name"),
        ("person", "name"),
        ("topic", "name"),
        ("value", "name"),
        ("disagreement", "title"),
        ("commitment", "text"),
        ("impact", "description"),
        ("meeting", "title"),
        ("agenda_item", "title"),
        ("action", "text"),
        ("note", "text"),
    }
)

DATES: frozenset[tuple[str, str]] = frozenset(
    {
        ("workshop", "start_date"),
        ("workshop", "end_date"),
        ("disagreement", "review_date"),
        ("meeting", "date"),
        ("action", "due_date"),
    }
)

#: Columns that must name an existing row (table, column) -> referenced table.
REFERENCES: dict[tuple[str, str], str] = {
    (table.name, fk.parent.name): fk.column.table.name
    for table in m.Base.metadata.sorted_tables
    for fk in table.foreign_keys
}

TIMESTAMPS = ("created_at", "updated_at")
#: What SQLite's INTEGER holds: a signed 64-bit number.
INTEGER_RANGE = range(-(2**63), 2**63)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Field:
    table: str
    name: str
    kind: str  # "int", "float", "text", "bool", "enum", "date", "colour", "ref", "timestamp"
    nullable: bool
    required: bool
    choices: tuple[str, ...] = ()


@cache
def fields_of(table: str) -> tuple[Field, ...]:
    """Every field of ``table`` except ``id``, in column order."""
    result = []
    for column in m.Base.metadata.tables[table].columns:
        if column.name == "id":
            continue
        key = (table, column.name)
        choices: tuple[str, ...] = ()
        if key in ENUMS:
            kind, choices = "enum", tuple(member.value for member in ENUMS[key])
        elif key in BOOLEANS:
            kind = "bool"
        elif key in DATES:
            kind = "date"
        elif key in REFERENCES:
            kind = "ref"
        elif column.name in TIMESTAMPS:
            kind = "timestamp"
        elif column.name == "colour":
            kind = "colour"
        elif column.type.python_type is int:
            kind = "int"
        elif column.type.python_type is float:
            kind = "float"
        else:
            kind = "text"
        result.append(
            Field(table, column.name, kind, bool(column.nullable), key in REQUIRED_TEXT, choices)
        )
    return tuple(result)


def check_value(spec: Field, value: Any) -> str | None:
    """Why ``value`` cannot be stored in ``spec``'s field, or None if it can."""
    if value is None:
        return None if spec.nullable else "must not be empty"
    kind = spec.kind
    if kind in ("int", "ref"):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        if value not in INTEGER_RANGE:
            return "is too large a number to store (the limit is 64 bits)"
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if not math.isfinite(value):
            return "must be a finite number"
    elif kind == "bool":
        if not isinstance(value, bool):
            return "must be true or false"
    elif not isinstance(value, str):
        return "must be text"
    elif kind == "enum" and value not in spec.choices:
        return f"must be one of {', '.join(spec.choices)}"
    elif kind == "date" and value and not _is_date(value):
        return "must be a date written YYYY-MM-DD"
    elif kind == "colour" and not _COLOUR.match(value):
        return "must be a colour written #RRGGBB"
    elif spec.required and not value.strip():
        return "required"
    if spec.table == "alignment" and spec.name == "rating" and not 1 <= value <= 5:
        return "must be from 1 to 5"
    if spec.name == "planned_minutes" and value < 0:
        return "must not be negative"
    return None


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
