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
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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


def expected_columns(version: int) -> dict[str, frozenset[str]]:
    """The columns every table has in a file of schema ``version``."""
    from workshop.model import Base

    expected = {name: frozenset(table.c.keys()) for name, table in Base.metadata.tables.items()}
    for later in range(version + 1, SCHEMA_VERSION + 1):
        for table, columns in ADDED.get(later, {}).items():
            expected[table] = expected[table] - columns
    return expected


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
