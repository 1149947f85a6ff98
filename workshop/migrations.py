"""The workshop file's schema version, its upgrade steps and their history, in one place.

History
-------
1. (Common Ground 0.1, first file format) Every table of ``workshop.model`` except the two
   columns added in schema 2.
2. (Common Ground 0.2) ``impact.scenario``: whether an impact is expected *with* the partnership
   or *without* it (the seed's "impact of not forming it"); ``workshop.language``: the language
   the summary is written in, for the PDF's metadata.

To change the schema: add the column or table to ``workshop.model``, add a step below that turns a
file of the previous version into the new one, bump ``SCHEMA_VERSION``, record the step in the
history and in ``ADDED``, and store a fixture of the previous version in ``tests/fixtures/``.

A file is opened only if its schema is, statement for statement, one this module can make: the
schema of its version as created, or an older one upgraded by the steps below
(:func:`known_schemas`). So a file whose tables carry anything we did not put there (a generated
column, a trigger, a costly ``CHECK``) is refused before SQLite evaluates any of it. A step that
adds a table or an index (not only columns) must also teach :func:`create_statements` to leave it
out of older versions; the stored fixtures of older files prove the two agree.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache, lru_cache

#: ``PRAGMA application_id``: the bytes "CmGr", so tools such as ``file`` can tell our files apart.
APPLICATION_ID = int.from_bytes(b"CmGr", "big")

#: The schema version this build writes.
SCHEMA_VERSION = 2

#: The oldest schema version this build can upgrade.
OLDEST_SUPPORTED = 1

Step = Callable[[sqlite3.Connection], None]


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        "ALTER TABLE impact ADD COLUMN scenario VARCHAR(24) NOT NULL DEFAULT 'with_partnership' "
        "CONSTRAINT ck_scenario CHECK (scenario IN ('with_partnership', 'without_partnership'))"
    )
    conn.execute("ALTER TABLE workshop ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'en-GB'")


#: Columns each step added: a file of an older schema lacks them (checked when it is opened).
ADDED: dict[int, dict[str, frozenset[str]]] = {
    2: {"impact": frozenset({"scenario"}), "workshop": frozenset({"language"})},
}


def create_statements(version: int) -> list[str]:
    """The ``CREATE`` statements of a new file of schema ``version``: today's model, less the
    columns (and their ``CHECK`` constraints) that later versions added."""
    from sqlalchemy import create_engine
    from sqlalchemy.schema import CreateIndex, CreateTable

    from workshop.model import Base

    removed: dict[str, set[str]] = {}
    for later in range(version + 1, SCHEMA_VERSION + 1):
        for name, columns in ADDED.get(later, {}).items():
            removed.setdefault(name, set()).update(columns)
    engine = create_engine("sqlite://")
    statements = []
    for table in Base.metadata.sorted_tables:
        sql = str(CreateTable(table).compile(engine))
        for column in sorted(removed.get(table.name, ())):
            sql = re.sub(rf"\n\t{column} [^\n]*,", "", sql)
            sql = re.sub(rf",\s*CONSTRAINT ck_{column} CHECK \([^\n]*\)(?=\s*[,)])", "", sql)
        statements.append(sql)
        statements += [str(CreateIndex(index).compile(engine)) for index in table.indexes]
    return statements


#: One schema object: (type, name, table, the tokens of its SQL or None for automatic indexes).
SchemaEntry = tuple[str, str, str, tuple[str, ...] | None]

#: Tables SQLite itself may add (``ANALYZE``): statistics only, never evaluated.
_SQLITE_OWN = frozenset({"sqlite_stat1", "sqlite_stat4", "sqlite_sequence"})

_TOKEN = re.compile(
    r"""(?P<space>\s+|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))
      | (?P<string>'(?:[^']|'')*')
      | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
      | (?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
      | (?P<number>[0-9][0-9A-Za-z_.]*(?:[eE][+-]?[0-9]+)?)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


@lru_cache(maxsize=4096)  # a file's statements are the same ones, open after open
def sql_tokens(sql: str) -> tuple[str, ...]:
    """A statement as tokens: layout, comments, identifier quoting and case do not count;
    string literals do, exactly."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            text = text[1:-1].replace(text[0] * 2, text[0]) if text[0] != "[" else text[1:-1]
            text = text.upper()
        elif kind in ("word", "number"):
            text = text.upper()
        tokens.append(text)
    return tuple(tokens)


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    """The schema stored in a database, as comparable entries (reading it runs nothing)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), sql_tokens(sql) if isinstance(sql, str) else None)
        for kind, name, table, sql in rows
        if not (kind == "table" and name in _SQLITE_OWN)
    )


@cache
def known_schemas(version: int) -> tuple[frozenset[SchemaEntry], ...]:
    """Every schema a sound file of ``version`` can have: as created at that version, or created
    at an older one and upgraded by :data:`STEPS`."""
    found = []
    for created in range(OLDEST_SUPPORTED, version + 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for statement in create_statements(created):
                conn.execute(statement)
            for step in range(created, version):
                STEPS[step](conn)
            found.append(schema_of(conn))
        finally:
            conn.close()
    return tuple(found)


def schema_difference(found: frozenset[SchemaEntry], version: int) -> str | None:
    """None if ``found`` is a schema of ``version`` we make; else what differs, in words."""
    candidates = known_schemas(version)
    if found in candidates:
        return None
    closest = min(candidates, key=lambda known: len(known ^ found))
    for kind, name, _table, _tokens in sorted(found - closest, key=str):
        if kind in ("trigger", "view"):
            return "it contains parts a workshop file never has"
        known_names = {entry[1] for entry in closest}
        if name in known_names:
            return f"its “{name}” {'table' if kind == 'table' else 'index'} is not as expected"
        return f"it contains a {kind} “{name}” that a workshop file never has"
    for _kind, name, _table, _tokens in sorted(closest - found, key=str):
        return f"its “{name}” table is missing" if _kind == "table" else f"its “{name}” is missing"
    return "its structure is not as expected"  # pragma: no cover - sets differ somewhere


#: ``STEPS[n]`` upgrades a file of schema ``n`` to ``n + 1``.
STEPS: dict[int, Step] = {1: _v1_to_v2}


def upgrade(conn: sqlite3.Connection, found: int) -> list[int]:
    """Upgrade an open database from ``found`` to ``SCHEMA_VERSION`` in one transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``); on any failure the transaction
    is rolled back and the database is exactly as it was. Returns the versions stepped through.
    """
    applied: list[int] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(found, SCHEMA_VERSION):
            STEPS[version](conn)
            applied.append(version + 1)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied
