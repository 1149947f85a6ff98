"""The workshop file's tables, built with SQLAlchemy from the kind declarations.

SQLAlchemy is the schema's authority: the DDL of a new file comes from here. It is imported only
when a schema is made or checked (never on the path that opens a file and shows it), so the stored
DDL ``resources/schema/current.sql`` is what new files are created from, and a test proves it is
exactly what this module generates (``python -m workshop.schema`` rewrites it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
)
from sqlalchemy.schema import CreateIndex, CreateTable, SchemaItem
from sqlalchemy.types import TypeEngine

from workshop import vocabulary
from workshop.kinds import Field, Kind, kinds


def _type(spec: Field) -> TypeEngine[Any]:
    if spec.type in ("int", "bool", "ref"):
        return Integer()
    if spec.type == "float":
        return Float()
    return String(spec.length) if spec.length else Text()


def _column(spec: Field) -> Column[Any]:
    if spec.type == "ref":
        return Column(
            spec.name,
            Integer(),
            ForeignKey(f"{spec.ref}.id", ondelete=spec.on_delete or None),
            nullable=spec.nullable,
        )
    return Column(spec.name, _type(spec), nullable=spec.nullable)


def _choices(spec: Field, version: int | None) -> CheckConstraint:
    terms = vocabulary.terms(spec.choices)
    values = ", ".join(
        f"'{term.value}'" for term in terms if version is None or term.since <= version
    )
    return CheckConstraint(f"{spec.name} IN ({values})", name=f"ck_{spec.name}")


def table_of(kind: Kind, metadata: MetaData, version: int | None = None) -> Table[Any]:
    """One kind's table (as schema ``version`` had it: without the columns added later): its
    fields, then id and timestamps; uniques, the checks of its choices, its own checks and
    visibility's last; an index on every reference."""
    present = [spec for spec in kind.fields if version is None or spec.since <= version]
    columns: list[SchemaItem] = [_column(spec) for spec in present]
    columns += [
        Column("id", Integer(), primary_key=True),
        Column("created_at", String(32), nullable=False),
        Column("updated_at", String(32), nullable=False),
    ]
    constraints: list[SchemaItem] = [
        UniqueConstraint(*names, name=_unique_name(kind, names)) for names in kind.unique
    ]
    enums = [spec for spec in present if spec.type == "enum"]
    constraints += [_choices(spec, version) for spec in enums if spec.name != "visibility"]
    constraints += [CheckConstraint(sql, name=name) for name, sql in kind.checks]
    constraints += [_choices(spec, version) for spec in enums if spec.name == "visibility"]
    table = Table(kind.table, metadata, *columns, *constraints)
    for spec in present:
        if spec.type == "ref":
            Index(f"ix_{kind.table}_{spec.name}", table.c[spec.name])
    return table


def _unique_name(kind: Kind, names: tuple[str, ...]) -> str:
    # The names 0.1 gave them (a party's is uq_party), kept so the schema reads the same.
    return "uq_party" if kind.table == "disagreement_party" else f"uq_{kind.table}"


def metadata(version: int | None = None) -> MetaData:
    """Every kind's table (as schema ``version`` had them, by default the current schema)."""
    found = MetaData()
    for kind in kinds():
        if version is None or kind.since <= version:
            table_of(kind, found, version)
    return found


def ddl(tables: list[str] | None = None, version: int | None = None) -> list[str]:
    """The CREATE TABLE and CREATE INDEX statements for ``tables`` (all by default), in order,
    as a new file of schema ``version`` (by default the current one) has them."""
    engine = create_engine("sqlite://")
    meta = metadata(version)
    statements = []
    for table in meta.sorted_tables:
        if tables is not None and table.name not in tables:
            continue
        statements.append(str(CreateTable(table).compile(engine)).strip())
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            statements.append(str(CreateIndex(index).compile(engine)).strip())
    return statements


def ddl_text(version: int) -> str:
    """The stored form of :func:`ddl`: what ``resources/schema/v<version>.sql`` holds."""
    header = (
        f"-- The schema a new file of schema {version} is created with. Generated from the kind\n"
        "-- declarations by `python -m workshop.schema`; never edit it by hand.\n\n"
    )
    return header + "".join(f"{statement};\n\n" for statement in ddl())


if __name__ == "__main__":  # python -m workshop.schema: rewrite the current version's DDL
    from workshop.migrations import SCHEMA_VERSION
    from workshop.resources import resource_path

    target = resource_path("schema", f"v{SCHEMA_VERSION}.sql")
    target.write_text(ddl_text(SCHEMA_VERSION), "utf-8")
    print(target)
