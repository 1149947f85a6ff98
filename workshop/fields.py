"""What each field of each item may hold, read off the kind declarations (``workshop.kinds``):
one description used by operations, the JSON interchange validator and the JSON Schema alike."""

from __future__ import annotations

import math
import re
from datetime import date
from functools import cache
from typing import Any

from workshop import kinds, vocabulary
from workshop.kinds import TIMESTAMP, Field

#: JSON collection name for each table (the workshop row is a single object, not a list).
COLLECTIONS: dict[str, str] = {kind.table: kind.collection for kind in kinds.kinds()}

#: Columns that must name an existing row: (table, column) -> referenced table.
REFERENCES: dict[tuple[str, str], str] = {
    (kind.table, spec.name): spec.ref for kind in kinds.kinds() for spec in kind.references
}

TIMESTAMPS = ("created_at", "updated_at")
#: What SQLite's INTEGER holds: a signed 64-bit number.
INTEGER_RANGE = range(-(2**63), 2**63)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

__all__ = [
    "COLLECTIONS",
    "INTEGER_RANGE",
    "REFERENCES",
    "Field",
    "check_value",
    "choices",
    "fields_of",
]


@cache
def fields_of(table: str) -> tuple[Field, ...]:
    """Every field of ``table`` except ``id``, in column order (timestamps last)."""
    declared = kinds.of(table).fields
    stamps = tuple(Field(**{**_as_dict(TIMESTAMP), "name": n, "table": table}) for n in TIMESTAMPS)
    return (*declared, *stamps)


def _as_dict(spec: Field) -> dict[str, Any]:
    return {name: getattr(spec, name) for name in spec.__dataclass_fields__}


def choices(spec: Field) -> tuple[str, ...]:
    """The values an enum field may hold, in the vocabulary's order."""
    return vocabulary.terms(spec.choices).values if spec.choices else ()


def check_value(spec: Field, value: Any) -> str | None:
    """Why ``value`` cannot be stored in ``spec``'s field, or None if it can."""
    if value is None:
        return None if spec.nullable else "must not be empty"
    kind = spec.type
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
    elif kind == "enum" and value not in choices(spec):
        return f"must be one of {', '.join(choices(spec))}"
    elif kind == "date" and value and not _is_date(value):
        return "must be a date written YYYY-MM-DD"
    elif kind == "colour" and not _COLOUR.match(value):
        return "must be a colour written #RRGGBB"
    elif spec.required and not value.strip():
        return "required"
    if kind == "int" and spec.minimum is not None and value < spec.minimum:
        if spec.maximum is not None:
            return f"must be from {spec.minimum} to {spec.maximum}"
        return "must not be negative" if spec.minimum == 0 else f"must be {spec.minimum} or more"
    if kind == "int" and spec.maximum is not None and value > spec.maximum:
        if spec.minimum is not None:
            return f"must be from {spec.minimum} to {spec.maximum}"
        return f"must be {spec.maximum} or less"
    return None


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
