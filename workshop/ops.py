"""Operations: every create, update, delete and reorder of a workshop, one transaction each.

Each returns the :class:`~workshop.document.Change` it made, and each can be undone and redone
(``Document.undo``/``redo``). Values are checked against ``workshop.fields`` first, so bad input
raises :class:`~workshop.errors.InvalidInput` with a sentence a person can act on, writing nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from workshop import fields, kinds, vocabulary
from workshop.document import Change, Document, Edit
from workshop.errors import InvalidInput
from workshop.journal import Journal

#: A table that holds items (all but the workshop row itself).
ItemTable = str

#: What a person calls each kind of item, for undo labels and messages.
NOUNS: dict[str, str] = {kind.table: kind.noun for kind in kinds.kinds()}

#: How a count of each kind of item reads, one and many ("and its 7 positions, 1 rating").
COUNTED: dict[str, tuple[str, str]] = {
    kind.table: (kind.noun, kind.plural) for kind in kinds.kinds()
}

#: A red line is ruled out by the board or the CEO, never by the rep in the room alone.
RED_LINE_OWNER = "ceo"
DEFAULT_OWNER = "rep"

#: Rows ordered by ``sort_order`` are ordered within these groups (e.g. positions per partner).
ORDER_GROUP: dict[str, str | None] = {
    kind.table: kind.order_group for kind in kinds.kinds() if kind.ordered
}


def clean(table: str, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Check ``values`` for ``table`` and convert them for storage (booleans become 0/1)."""
    specs = {spec.name: spec for spec in fields.fields_of(table)}
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        spec = specs.get(name)
        if spec is None or spec.kind == "timestamp":
            raise InvalidInput(f"A {NOUNS[table]} has no field called “{name}”.")
        if spec.kind == "bool" and isinstance(value, int) and not isinstance(value, bool):
            value = bool(value)
        if spec.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        problem = fields.check_value(spec, value)
        if problem:
            label = name.replace("_", " ")
            raise InvalidInput(f"The {NOUNS[table]}’s {label} {_phrase(problem)}.")
        cleaned[name] = int(value) if spec.kind == "bool" else value
    if creating:
        for spec in specs.values():
            if spec.required and spec.name not in cleaned:
                raise InvalidInput(f"A {NOUNS[table]} needs a {spec.name.replace('_', ' ')}.")
    return cleaned


def _phrase(problem: str) -> str:
    return "is required" if problem == "required" else problem


def _write(edit: Edit, action: str, run: Any) -> None:
    try:
        run()
    except sqlite3.IntegrityError as exc:
        detail = str(exc)
        if "FOREIGN KEY" in detail:
            raise InvalidInput(
                f"Could not {action}: it refers to an item that no longer exists."
            ) from None
        if "UNIQUE" in detail:
            raise InvalidInput(f"Could not {action}: that entry exists already.") from None
        raise InvalidInput(f"Could not {action}: {detail}.") from None


def _next_order(edit: Edit, table: str, values: Mapping[str, Any]) -> int:
    group = ORDER_GROUP.get(table)
    query = f'SELECT coalesce(max(sort_order), -1) + 1 FROM "{table}"'
    if group is None:
        found = edit.journal.db.execute(query).fetchone()
    else:
        # "IS" so that a group of NULL (a person with no partner) is a group too.
        found = edit.journal.db.execute(f'{query} WHERE "{group}" IS ?', (values.get(group),))
        found = found.fetchone()
    return int(found[0])


def _make_room(edit: Edit, table: str, row: dict[str, Any]) -> None:
    """For a kind whose one sequence follows an enum field (``Kind.sequence``), move the new
    row to just after the last row of its value, shifting the rows of later values down one."""
    field = kinds.of(table).sequence
    if field is None:
        return
    spec = kinds.of(table).field(field)
    order = vocabulary.terms(spec.choices).order
    mine = order(str(row.get(field, spec.default)))
    db = edit.journal.db
    rows = db.execute(f'SELECT id, "{field}", sort_order FROM "{table}" ORDER BY sort_order, id')
    listed = rows.fetchall()
    before = [at for _id, value, at in listed if order(str(value)) <= mine]
    place = before[-1] + 1 if before else (listed[0][2] if listed else 0)
    if place >= row["sort_order"]:
        return
    row["sort_order"] = place
    for row_id, _value, at in listed:
        if at >= place:
            edit.update(table, row_id, {"sort_order": at + 1})


# --- generic operations ---------------------------------------------------------------------


def create(doc: Document, table: ItemTable, label: str | None = None, **values: Any) -> Change:
    """Create one item; it goes to the end of its list."""
    row = clean(table, with_defaults(table, values), creating=True)
    label = label or f"Add {NOUNS[table]}"
    with doc.edit(label) as edit:
        if kinds.of(table).ordered and "sort_order" not in row:
            row["sort_order"] = _next_order(edit, table, row)
            _make_room(edit, table, row)
        _write(edit, label.lower(), lambda: edit.insert(table, row))
    return edit.change


def update(
    doc: Document,
    table: ItemTable | Literal["workshop"],
    row_id: int,
    label: str | None = None,
    **values: Any,
) -> Change:
    """Change fields of one item (a no-op, recording nothing, if nothing differs).

    ``label`` names the edit for the Edit menu ("Mark resolved"); by default "Edit <item>".
    """
    row = clean(table, values, creating=False)
    label = label or f"Edit {NOUNS[table]}"
    with doc.edit(label) as edit:
        current = _require(edit, table, row_id)
        if (
            table == "position"
            and row.get("kind") == "red_line" != current.get("kind")
            and "owner" not in row
            and current.get("owner") == DEFAULT_OWNER
        ):
            # Made a red line while the owner is still the default: the line is the CEO's.
            row["owner"] = RED_LINE_OWNER
        _write(edit, label.lower(), lambda: edit.update(table, row_id, row))
    return edit.change


def with_defaults(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the defaults that depend on other fields: a red line's owner is the CEO.

    Every way of adding an item (the stages, quick capture) goes through :func:`create`.
    """
    result = dict(values)
    if table == "position" and result.get("kind") == "red_line":
        result.setdefault("owner", RED_LINE_OWNER)
    return result


def delete(doc: Document, table: ItemTable, row_id: int, label: str | None = None) -> Change:
    """Delete one item and what belongs to it (a partner's positions, alignments, attendance).

    The undo step says what went with it: "Delete partner “Acme” and its 7 positions, 3 people".
    """
    label = label or deletion_label(doc, table, row_id)
    with doc.edit(label) as edit:
        _require(edit, table, row_id)
        edit.delete(table, row_id)
    return edit.change


def reorder(doc: Document, table: ItemTable, ids_in_order: Sequence[int]) -> Change:
    """Put the given items in this order (sort_order 0, 1, 2...)."""
    if not kinds.of(table).ordered:
        raise InvalidInput(f"The order of {NOUNS[table]}s is not kept.")
    if len(set(ids_in_order)) != len(ids_in_order):
        raise InvalidInput("An item appears twice in the new order.")
    with doc.edit(f"Reorder {NOUNS[table]}s") as edit:
        for index, row_id in enumerate(ids_in_order):
            _require(edit, table, row_id)
            edit.update(table, row_id, {"sort_order": index})
    return edit.change


def move(doc: Document, table: ItemTable, row_id: int, delta: int) -> Change:
    """Move one item up (negative ``delta``) or down its list."""
    group = ORDER_GROUP.get(table)
    with doc.reading() as db:
        found = db.execute(
            f'SELECT "{group or "id"}" FROM "{table}" WHERE id = ?', (row_id,)
        ).fetchone()
        if found is None:
            raise InvalidInput(f"That {NOUNS[table]} no longer exists.")
        query = f'SELECT id FROM "{table}"'
        parameters: tuple[Any, ...] = ()
        if group is not None:  # "IS": a group of NULL (a person with no partner) is a group too
            query += f' WHERE "{group}" IS ?'
            parameters = (found[0],)
        ids = [row[0] for row in db.execute(f"{query} ORDER BY sort_order, id", parameters)]
    index = ids.index(row_id)
    target = max(0, min(len(ids) - 1, index + delta))
    if target == index:
        return Change(f"Move {NOUNS[table]}")
    ids.insert(target, ids.pop(index))
    return reorder(doc, table, ids)


def _require(edit: Edit, table: str, row_id: int) -> dict[str, Any]:
    found = edit.journal.fetch(table, row_id)
    if found is None:
        raise InvalidInput(f"That {NOUNS[table]} no longer exists.")
    return found


def deletion_label(doc: Document, table: str, row_id: int) -> str:
    """ "Delete partner “Acme Housing” and its 7 positions, 8 ratings": from a rehearsal of the
    delete (the journal's own cascade, rolled back), so the words match what will go."""
    with doc.reading() as db:
        db.execute("SAVEPOINT rehearsal")
        try:
            journal = Journal(db)
            row = journal.fetch(table, row_id)
            if row is None:
                raise InvalidInput(f"That {NOUNS[table]} no longer exists.")
            journal.delete(table, row_id)
            records = list(journal.records)
        finally:
            db.execute("ROLLBACK TO rehearsal")
            db.execute("RELEASE rehearsal")
    name = str(row.get(kinds.of(table).main) or "")
    label = f"Delete {NOUNS[table]}" + (f" “{_shortened(name)}”" if name else "")
    deleted = [(r.table, r.row_id) for r in records if r.kind == "delete"]
    counts = cascade_counts(deleted, table, row_id)
    if counts:
        label += " and its " + ", ".join(f"{n} {_noun(t, n)}" for t, n in counts.items())
    return label


def cascade_counts(deleted: Iterable[tuple[str, int]], table: str, row_id: int) -> dict[str, int]:
    """How many rows of each table went with a deleted item (``Change.deleted``), by table."""
    counts: dict[str, int] = {}
    for key in deleted:
        if key != (table, row_id):
            counts[key[0]] = counts.get(key[0], 0) + 1
    order = list(NOUNS)
    return dict(sorted(counts.items(), key=lambda pair: order.index(pair[0])))


def _noun(table: str, count: int) -> str:
    return COUNTED[table][0 if count == 1 else 1]


def _shortened(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- typed conveniences for what facilitators do most ------------------------------------------


def add_partner(doc: Document, name: str, **values: Any) -> Change:
    return create(doc, "partner", f"Add partner “{name}”", name=name, **values)


def add_position(
    doc: Document, partner_id: int, kind: str, statement: str, **values: Any
) -> Change:
    noun = kind.replace("_", " ")
    return create(
        doc,
        "position",
        f"Add {noun}",
        partner_id=partner_id,
        kind=kind,
        statement=statement,
        **values,
    )


def set_alignment(
    doc: Document,
    value_id: int,
    partner_id: int,
    rating: int | None,
    note: str | None = None,
    visibility: str | None = None,
    label: str = "Rate alignment",
) -> Change:
    """Rate how aligned a partner is with a value (None clears the rating, keeping any note)."""
    changes: dict[str, Any] = {"rating": rating}
    if note is not None:
        changes["note"] = note
    if visibility is not None:
        changes["visibility"] = visibility
    row = clean("alignment", changes, creating=False)
    existing = _find(doc, "alignment", value_id=value_id, partner_id=partner_id)
    with doc.edit(label) as edit:
        if existing is None:
            _write(
                edit,
                "rate alignment",
                lambda: edit.insert(
                    "alignment", {"value_id": value_id, "partner_id": partner_id, **row}
                ),
            )
        else:
            edit.update("alignment", existing, row)
    return edit.change


def set_commitment_answer(
    doc: Document,
    commitment_id: int,
    partner_id: int,
    answer: str | None,
    note: str | None = None,
    visibility: str | None = None,
    label: str = "Answer commitment",
) -> Change:
    """Record a partner's answer to a fair-practice commitment (None removes it, note too)."""
    existing = _find(doc, "commitment_answer", commitment_id=commitment_id, partner_id=partner_id)
    if answer is None:
        if existing is None:
            return Change("Clear commitment answer")
        return delete(doc, "commitment_answer", existing, "Clear commitment answer")
    changes: dict[str, Any] = {"answer": answer}
    if note is not None:
        changes["note"] = note
    if visibility is not None:
        changes["visibility"] = visibility
    row = clean("commitment_answer", changes, creating=False)
    with doc.edit(label) as edit:
        if existing is None:
            values = {"commitment_id": commitment_id, "partner_id": partner_id, **row}
            _write(edit, "answer commitment", lambda: edit.insert("commitment_answer", values))
        else:
            edit.update("commitment_answer", existing, row)
    return edit.change


def set_attendance(doc: Document, meeting_id: int, person_id: int, status: str | None) -> Change:
    """Mark a person as attending, sending apologies or invited (None removes them)."""
    existing = _find(doc, "attendance", meeting_id=meeting_id, person_id=person_id)
    if status is None:
        if existing is None:
            return Change("Clear attendance")
        return delete(doc, "attendance", existing, "Clear attendance")
    row = clean("attendance", {"status": status}, creating=False)
    with doc.edit("Record attendance") as edit:
        if existing is None:
            values = {"meeting_id": meeting_id, "person_id": person_id, **row}
            _write(edit, "record attendance", lambda: edit.insert("attendance", values))
        else:
            edit.update("attendance", existing, row)
    return edit.change


def set_party_view(doc: Document, disagreement_id: int, partner_id: int, view: str) -> Change:
    """Add a partner to a disagreement, or change its view."""
    view = clean("disagreement_party", {"view": view}, creating=False)["view"]
    existing = _find(
        doc, "disagreement_party", disagreement_id=disagreement_id, partner_id=partner_id
    )
    with doc.edit("Record a partner’s view") as edit:
        if existing is None:
            values = {"disagreement_id": disagreement_id, "partner_id": partner_id, "view": view}
            _write(edit, "add the partner", lambda: edit.insert("disagreement_party", values))
        else:
            edit.update("disagreement_party", existing, {"view": view})
    return edit.change


def _find(doc: Document, table: str, **where: int) -> int | None:
    conditions = " AND ".join(f'"{column}" = ?' for column in where)
    with doc.reading() as db:
        found = db.execute(f'SELECT id FROM "{table}" WHERE {conditions}', tuple(where.values()))
        row = found.fetchone()
    return int(row[0]) if row is not None else None
