"""The workshop file's schema version, its upgrade steps and their history, in one place.

History
-------
1. (Common Ground 0.1, first file format) ``resources/schema/v1.sql``.
2. (Common Ground 0.2) ``impact.scenario``: whether an impact is expected *with* the partnership
   or *without* it (the seed's "impact of not forming it"); ``workshop.language``: the language
   the summary is written in, for the PDF's metadata. ``resources/schema/v2.sql``.
3. (Common Ground 0.3) Two new kinds of item: ``risk`` (what could go wrong, who carries it,
   likelihood and impact 1–5, mitigation, owner, review date) and ``contribution`` (what a partner
   brings: money, staff, premises, reach, expertise, data, reputation, with an optional value);
   ``issue``, a record of each issued foundations summary (for whom, its number for that
   audience, draft or final, when, by whom, a fingerprint of its content; no text);
   ``agenda_item.facilitator_note``, the facilitator's run-sheet note that no pack ever prints;
   ``term`` (a named point of negotiation) and, on ``position``, ``term_id``, ``stance`` and
   ``preferred`` (deadlocks and zones of agreement are computed on them); ``meeting.ended_at``
   and ``kept`` (what existed, and who could see it, when a meeting ended: no text);
   ``speaking`` (who spoke, for how long); the clause sections ``term`` and ``duties`` (the
   ``clause`` table is rebuilt, rows kept, for its new ``CHECK``); the review loop:
   ``workshop.uid`` and ``workshop.secret`` (an identity and a signing key for review
   workbooks), ``issued_item`` (each item's number and a digest in an issue: no text),
   ``response`` (a partner's answer to an item and the broker's decision) and ``signoff``.
   ``resources/schema/v3.sql``.

What a new file of each version holds is stored, statement by statement, in
``resources/schema/v<N>.sql``: v1 and v2 as those releases made them (frozen history, never
edited), the current one as ``python -m workshop.schema`` generates it from the kind declarations
(SQLAlchemy is the schema's authority; a test proves the stored file is exactly what it makes). A
file is opened only if its schema is, statement for statement, one of these as created or as
upgraded by the steps below (:func:`known_schemas`). So a file whose tables carry anything we did
not put there (a generated column, a trigger, a costly ``CHECK``) is refused before SQLite
evaluates any of it.

To change the schema: change the declarations in ``workshop.kinds``; bump ``SCHEMA_VERSION`` if
the current version has been released (else extend its step); run ``python -m workshop.schema``
to write ``v<N>.sql``; add the step that turns a file of the previous version into the new one —
a new table with :func:`_create`, so an upgraded file and a new one hold the same statement; a
new column with ``ALTER TABLE … ADD COLUMN``; record it in the history above; and keep a fixture
of each released version in ``tests/fixtures/`` (the tests upgrade every one of them).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache, lru_cache

#: ``PRAGMA application_id``: the bytes "CmGr", so tools such as ``file`` can tell our files apart.
APPLICATION_ID = int.from_bytes(b"CmGr", "big")

#: The schema version this build writes.
SCHEMA_VERSION = 3

#: The oldest schema version this build can upgrade.
OLDEST_SUPPORTED = 1

Step = Callable[[sqlite3.Connection], None]


@cache
def create_statements(version: int) -> tuple[str, ...]:
    """The ``CREATE`` statements of a new file of schema ``version``, as that version made it."""
    from workshop.resources import resource_path

    text = resource_path("schema", f"v{version}.sql").read_text("utf-8")
    return split_statements(text)


def split_statements(text: str) -> tuple[str, ...]:
    """The statements of a stored DDL file (``--`` comment lines dropped)."""
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    return tuple(part.strip() for part in re.split(r";\s*\n", kept) if part.strip())


def create_tables(conn: sqlite3.Connection) -> None:
    """Give a new, empty database every table of the current schema."""
    for statement in create_statements(SCHEMA_VERSION):
        conn.execute(statement)


def _create(conn: sqlite3.Connection, version: int, *tables: str) -> None:
    """Create ``tables`` (and their indexes) exactly as a new file of ``version`` has them, so an
    upgraded file and a new one hold the same statements."""
    for statement in create_statements(version):
        found = re.match(r"CREATE (?:TABLE|INDEX \w+ ON) (\w+)", statement)
        if found and found[1] in tables:
            conn.execute(statement)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        "ALTER TABLE impact ADD COLUMN scenario VARCHAR(24) NOT NULL DEFAULT 'with_partnership' "
        "CONSTRAINT ck_scenario CHECK (scenario IN ('with_partnership', 'without_partnership'))"
    )
    conn.execute("ALTER TABLE workshop ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'en-GB'")


def _rebuild(conn: sqlite3.Connection, version: int, table: str) -> None:
    """Remake ``table`` as a new file of ``version`` has it, keeping its rows: for a change
    SQLite cannot make in place (a ``CHECK`` that allows new values). Nothing refers to the
    tables rebuilt this way, so references are not disturbed."""
    columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    indexes = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    for (index,) in indexes:
        conn.execute(f'DROP INDEX "{index}"')
    conn.execute(f'ALTER TABLE "{table}" RENAME TO "{table}__old"')
    _create(conn, version, table)
    names = ", ".join(f'"{name}"' for name in columns)
    conn.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{table}__old"')
    conn.execute(f'DROP TABLE "{table}__old"')


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    _create(
        conn,
        3,
        *("term", "risk", "contribution", "issue", "issued_item", "response", "signoff"),
        *("kept", "speaking"),
    )
    conn.execute("ALTER TABLE workshop ADD COLUMN uid VARCHAR(32) NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE workshop ADD COLUMN secret VARCHAR(64) NOT NULL DEFAULT ''")
    conn.execute(  # every workshop gets its identity and signing key once, here or when made
        "UPDATE workshop SET uid = lower(hex(randomblob(16))), secret = lower(hex(randomblob(32)))"
    )
    conn.execute("ALTER TABLE agenda_item ADD COLUMN facilitator_note TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE meeting ADD COLUMN ended_at VARCHAR(32) NOT NULL DEFAULT ''")
    conn.execute(
        "ALTER TABLE position ADD COLUMN term_id INTEGER REFERENCES term (id) ON DELETE SET NULL"
    )
    conn.execute(
        "ALTER TABLE position ADD COLUMN stance VARCHAR(16) NOT NULL DEFAULT 'none' "
        "CONSTRAINT ck_stance CHECK (stance IN "
        "('none', 'requires', 'rules_out', 'either', 'limit'))"
    )
    conn.execute("ALTER TABLE position ADD COLUMN preferred FLOAT")
    conn.execute("CREATE INDEX ix_position_term_id ON position (term_id)")
    _rebuild(conn, 3, "clause")  # two new sections: term and conditions; duties


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
def known_schema(created: int, version: int) -> frozenset[SchemaEntry]:
    """The schema of a file created at ``created`` and upgraded by :data:`STEPS` to ``version``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statement in create_statements(created):
            conn.execute(statement)
        for step in range(created, version):
            STEPS[step](conn)
        return schema_of(conn)
    finally:
        conn.close()


def known_schemas(version: int) -> tuple[frozenset[SchemaEntry], ...]:
    """Every schema a sound file of ``version`` can have: as created at that version, or created
    at an older one and upgraded by :data:`STEPS` (newest first)."""
    return tuple(
        known_schema(created, version) for created in range(version, OLDEST_SUPPORTED - 1, -1)
    )


def schema_difference(found: frozenset[SchemaEntry], version: int) -> str | None:
    """None if ``found`` is a schema of ``version`` we make; else what differs, in words."""
    # Most files were made at the version they hold: that schema is built first, and the
    # upgraded ones only if it does not match (each costs a launch tens of milliseconds).
    for created in range(version, OLDEST_SUPPORTED - 1, -1):
        if found == known_schema(created, version):
            return None
    candidates = known_schemas(version)
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
STEPS: dict[int, Step] = {1: _v1_to_v2, 2: _v2_to_v3}


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
