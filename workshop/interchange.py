"""The JSON interchange format (``docs/interchange.md``): export, validate, import.

Export works on a snapshot, so the full record (broker audience) and every audience-filtered
export share one writer. Output is stable (sorted keys, rows by id), so export → import → export is
byte-identical. Import checks everything first and reports every problem with its JSON path
(``partners[2].name: required``); only a fully valid file is written, atomically.
"""

from __future__ import annotations

import errno
import json
import math
import re
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from workshop import fields, kinds, migrations, storage
from workshop.atomic import atomic_path
from workshop.document import new_identity
from workshop.errors import InterchangeError, WriteFailed
from workshop.journal import now_iso, sql
from workshop.kinds import TABLES
from workshop.snapshot import Snapshot

FORMAT = "common-ground-workshop"
#: 1: Common Ground 0.1 and 0.2. 2: adds ``risks`` and ``contributions`` (a version 1 file has
#: none, and imports as it always did).
VERSION = 2
#: Larger files are refused before parsing: no real workshop comes near this.
MAX_BYTES = 200 * 1024 * 1024

_LIST_TABLES = [name for name in TABLES if name != "workshop"]


def to_data(snapshot: Snapshot) -> dict[str, Any]:
    """The interchange document for a snapshot, as plain JSON-ready data."""
    audience: dict[str, Any] = {"kind": snapshot.audience.kind, "marking": snapshot.audience_label}
    partner = snapshot.partner(snapshot.audience.partner_id)
    if partner is not None:  # in full: two partners may share a short name
        audience.update(partner=partner.name, partner_id=partner.id)
    workshop = asdict(snapshot.workshop)
    del workshop["id"]
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "audience": audience,
        "workshop": workshop,
    }
    for table in _LIST_TABLES:
        rows = sorted((asdict(item) for item in snapshot.items(table)), key=lambda r: r["id"])
        data[fields.COLLECTIONS[table]] = [_finite(row) for row in rows]
    return data


def _finite(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with any non-finite number blanked (standard JSON has no NaN or Infinity)."""
    for key, value in row.items():
        if isinstance(value, float) and not math.isfinite(value):
            row[key] = None
    return row


def dumps(snapshot: Snapshot) -> str:
    """The interchange JSON text for a snapshot (stable: sorted keys, rows by id).

    Always standard JSON: a number that is not finite (which an older import could store) is
    written as ``null``, never as ``NaN`` or ``Infinity``.
    """
    return (
        json.dumps(to_data(snapshot), ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
        + "\n"
    )


# --- validation ---------------------------------------------------------------------------------


def parse(text: str | bytes, source: str = "the JSON file") -> dict[str, list[dict[str, Any]]]:
    """Parse and validate interchange JSON; return rows per table, ready to store.

    Raises :class:`~workshop.errors.InterchangeError` listing every problem.
    """
    if len(text) > MAX_BYTES:
        raise InterchangeError(["the file is larger than any workshop could be"], source)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_float=_number,
            parse_constant=_not_a_number,
        )
    except UnicodeDecodeError:
        raise InterchangeError(["the file is not UTF-8 text"], source) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            [f"not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"], source
        ) from None
    except RecursionError:
        raise InterchangeError(["the JSON is nested too deeply"], source) from None
    if not isinstance(data, dict):
        raise InterchangeError(["the top level must be an object"], source)
    unstorable = _unstorable_values(data)
    if unstorable:
        raise InterchangeError(unstorable, source)
    if data.get("format") != FORMAT:
        raise InterchangeError([f'format: must be "{FORMAT}"'], source)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InterchangeError(["version: must be a whole number"], source)
    if version > VERSION:
        raise InterchangeError(
            [
                f"version: this file is format version {version}, made by a newer Common Ground "
                f"(this one reads up to {VERSION}); update Common Ground to import it"
            ],
            source,
        )
    if version < 1:
        raise InterchangeError(["version: must be 1 or more"], source)
    problems: list[str] = []
    known = {"format", "version", "audience", *fields.COLLECTIONS.values()}
    problems += [f"{_path('', key)}: unknown section" for key in data if key not in known]
    rows: dict[str, list[dict[str, Any]]] = {}
    workshop = data.get("workshop", {})
    if not isinstance(workshop, dict):
        problems.append("workshop: must be an object")
        workshop = {}
    rows["workshop"] = [_check_row("workshop", {**workshop, "id": 1}, "workshop", problems)]
    for table in _LIST_TABLES:
        key = fields.COLLECTIONS[table]
        items = data.get(key, [])
        if not isinstance(items, list):
            problems.append(f"{key}: must be a list")
            items = []
        rows[table] = [
            _check_row(table, item, f"{key}[{index}]", problems) for index, item in enumerate(items)
        ]
    _check_ids_and_references(rows, problems)
    if problems:
        raise InterchangeError(problems, source)
    return rows


# Edge values: JSON that parses (Python's json module accepts it) but that a workshop cannot hold,
# or that would change meaning silently. Each is marked while parsing and reported with its path.

_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class _Unstorable:
    """A parsed value a workshop cannot hold, and why."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


class _RepeatedKeys(dict[str, Any]):
    """A JSON object in which a key appears more than once (``json`` would keep the last)."""

    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    repeated = _RepeatedKeys(pairs)
    seen: set[str] = set()
    repeated.repeated = []
    for key, _ in pairs:
        if key in seen and key not in repeated.repeated:
            repeated.repeated.append(key)
        seen.add(key)
    return repeated


def _integer(text: str) -> int | _Unstorable:
    # Checked on the digits first: int() refuses (ValueError) beyond 4,300 of them.
    if len(text.lstrip("-")) > 19 or int(text) not in fields.INTEGER_RANGE:
        return _Unstorable("the whole number is too large to store (the limit is 64 bits)")
    return int(text)


def _number(text: str) -> float | _Unstorable:
    value = float(text)
    if not math.isfinite(value):
        return _Unstorable("the number is too large to store")
    return value


def _not_a_number(name: str) -> _Unstorable:
    return _Unstorable(f"{name} is not a number in standard JSON; give a number or null")


def _path(where: str, key: str) -> str:
    """``where.key``, the key quoted (and shortened) if it is not a plain name."""
    if not _PLAIN_KEY.match(key):
        shown = key if len(key) <= 40 else key[:40] + "…"
        key = json.dumps(shown)  # ASCII escapes: a lone surrogate shows as \ud800
    return f"{where}.{key}" if where else key


def _unstorable_values(data: dict[str, Any]) -> list[str]:
    """Every repeated key, unstorable number and lone surrogate in ``data``, with its path, in
    document order. Iterative: the nesting depth is bounded only by the parser."""
    problems: list[str] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        children: list[tuple[Any, str]] = []
        if isinstance(value, dict):
            for key in getattr(value, "repeated", ()):
                problems.append(
                    f"{_path(where, key)}: appears more than once in the same object; "
                    "give each field once"
                )
            for key, item in value.items():
                path = _path(where, key)
                if _SURROGATE.search(key):
                    problems.append(f"{path}: the name contains a lone surrogate, not a character")
                children.append((item, path))
        elif isinstance(value, list):
            children = [(item, f"{where}[{index}]") for index, item in enumerate(value)]
        elif isinstance(value, _Unstorable):
            problems.append(f"{where or 'the top level'}: {value.why}")
        elif isinstance(value, str) and (found := _SURROGATE.search(value)):
            problems.append(
                f"{where}: contains a lone surrogate (\\u{ord(found.group()):04x}), which is not "
                "a character and cannot be stored; remove it"
            )
        stack.extend(reversed(children))
    return problems


def _check_row(table: str, item: object, where: str, problems: list[str]) -> dict[str, Any]:
    if not isinstance(item, dict):
        problems.append(f"{where}: must be an object")
        return {}
    specs = {spec.name: spec for spec in fields.fields_of(table)}
    row: dict[str, Any] = {}
    row_id = item.get("id")
    if row_id is None:
        problems.append(f"{where}.id: required")
    elif isinstance(row_id, bool) or not isinstance(row_id, int) or row_id < 1:
        problems.append(f"{where}.id: must be a whole number from 1")
    else:
        row["id"] = row_id
    for key in item:
        if key != "id" and key not in specs:
            problems.append(f"{_path(where, key)}: unknown field")
    for name, spec in specs.items():
        if name not in item:
            if spec.required or (spec.kind == "ref" and not spec.nullable):
                problems.append(f"{where}.{name}: required")
            elif spec.kind == "timestamp":
                row[name] = now_iso()
            else:
                row[name] = spec.default
            continue
        value = item[name]
        if spec.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        problem = fields.check_value(spec, value)
        if problem:
            problems.append(f"{where}.{name}: {problem}")
            continue
        row[name] = int(value) if spec.kind == "bool" else value
    return row


def _check_ids_and_references(rows: dict[str, list[dict[str, Any]]], problems: list[str]) -> None:
    ids: dict[str, set[int]] = {}
    for table, items in rows.items():
        key = fields.COLLECTIONS[table]
        seen: set[int] = set()
        for index, row in enumerate(items):
            row_id = row.get("id")
            if row_id is None:
                continue
            if row_id in seen:
                problems.append(f"{key}[{index}].id: {row_id} is used twice")
            seen.add(row_id)
        ids[table] = seen
    for (table, column), target in fields.REFERENCES.items():
        key = fields.COLLECTIONS[table]
        for index, row in enumerate(rows[table]):
            value = row.get(column)
            if value is not None and value not in ids[target]:
                noun = target.replace("_", " ")
                problems.append(f"{key}[{index}].{column}: no {noun} with id {value}")
    for kind in kinds.kinds():
        for columns in kind.unique:
            seen_keys: set[tuple[Any, ...]] = set()
            key = fields.COLLECTIONS[kind.table]
            for index, row in enumerate(rows[kind.table]):
                values = tuple(row.get(c) for c in columns)
                if values in seen_keys:
                    problems.append(f"{key}[{index}]: repeats {' and '.join(columns)} of another")
                seen_keys.add(values)


# --- import -------------------------------------------------------------------------------------


def write_workshop(rows: dict[str, list[dict[str, Any]]], target: Path) -> None:
    """Write validated rows as a new workshop file at ``target``, atomically."""
    workshop = rows["workshop"][0]
    for key, value in new_identity().items():
        if not workshop.get(key):  # a file from 0.2, or a pack without the broker's key
            workshop[key] = value
    with atomic_path(target) as temp:  # SQLite fills the empty file made with the target's mode
        storage.create_empty(temp)
        db = storage.connect(temp)
        try:
            migrations.create_tables(db)
            db.execute("BEGIN")
            for table in TABLES:
                statements = sql(table)
                db.executemany(
                    statements.insert,
                    ([row.get(name) for name in statements.columns] for row in rows[table]),
                )
            db.execute("COMMIT")
        finally:
            db.close()
        _check_written(temp)


def _check_written(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    if problems:  # pragma: no cover - validation catches these first
        raise InterchangeError([f"{table}: a reference is broken" for table, *_ in problems])


def import_file(source: Path | str, target: Path | str) -> None:
    """Import interchange JSON from ``source`` into a new workshop file ``target``."""
    source, target = Path(source), Path(target)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise InterchangeError(["the file is larger than any workshop could be"], source.name)
        text = source.read_bytes()
    except IsADirectoryError:
        raise InterchangeError(["it is a folder, not a file"], f"“{source}”") from None
    except FileNotFoundError:
        raise InterchangeError(["there is no such file"], f"“{source}”") from None
    except PermissionError:
        raise InterchangeError(["permission to read it was denied"], f"“{source}”") from None
    rows = parse(text, f"“{source.name}”")
    try:
        write_workshop(rows, target)
    except (OSError, sqlite3.Error) as exc:  # a full or failing destination
        meaning = exc if isinstance(exc, OSError) else storage.sqlite_os_error(exc)
        reason = "the disk is full" if meaning.errno == errno.ENOSPC else str(meaning.strerror)
        raise WriteFailed(target, reason) from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the interchange format, generated from ``workshop.fields``."""
    largest = fields.INTEGER_RANGE[-1]
    kinds: dict[str, dict[str, Any]] = {
        "int": {"type": "integer", "minimum": fields.INTEGER_RANGE[0], "maximum": largest},
        "ref": {"type": "integer", "minimum": 1, "maximum": largest},
        "float": {"type": "number"},
        "bool": {"type": "boolean"},
        "text": {"type": "string"},
        "timestamp": {"type": "string"},
        "date": {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"},
        "colour": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
    }

    def item_schema(table: str, with_id: bool) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required = ["id"] if with_id else []
        if with_id:
            properties["id"] = {"type": "integer", "minimum": 1, "maximum": largest}
        for spec in fields.fields_of(table):
            prop = dict(kinds.get(spec.kind, {"type": "string"}))
            if spec.kind == "enum":
                prop = {"type": "string", "enum": list(fields.choices(spec))}
            if spec.required:
                prop["minLength"] = 1
                required.append(spec.name)
            elif spec.kind == "ref" and not spec.nullable:
                required.append(spec.name)
            if spec.nullable:
                prop["type"] = [prop["type"], "null"]
            properties[spec.name] = prop
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    properties: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"type": "integer", "minimum": 1, "maximum": VERSION},
        "audience": {
            "type": "object",
            "properties": {
                "kind": {"enum": ["room", "partner", "broker"]},
                "marking": {"type": "string"},
                "partner": {"type": "string"},
                "partner_id": {"type": "integer", "minimum": 1, "maximum": largest},
            },
        },
        "workshop": item_schema("workshop", with_id=False),
    }
    for table in _LIST_TABLES:
        properties[fields.COLLECTIONS[table]] = {
            "type": "array",
            "items": item_schema(table, with_id=True),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "common-ground-workshop.schema.json",
        "title": f"Common Ground workshop interchange, version {VERSION}",
        "type": "object",
        "properties": properties,
        "required": ["format", "version"],
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":  # python -m workshop.interchange: rewrite the JSON Schema resource
    from workshop.resources import resource_path

    resource_path("interchange.schema.json").write_text(schema_text(), "utf-8")
