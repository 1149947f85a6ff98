"""The kind declarations and the vocabulary: complete, consistent, and the schema's one source.

A declaration that misses a label or a decision (room, PDF, sheets), names a list the vocabulary
does not have, or drifts from the stored schema fails here, loudly, before anything else does.
"""

from __future__ import annotations

import sqlite3

import pytest

from workshop import fields, kinds, migrations, schema, vocabulary
from workshop.resources import resource_path

KINDS = list(kinds.kinds())


@pytest.mark.parametrize("kind", KINDS, ids=[k.table for k in KINDS])
def test_every_kind_is_declared_in_full(kind: kinds.Kind) -> None:
    assert kind.noun and kind.plural and kind.title and kind.collection
    assert all(isinstance(d, bool) for d in (kind.room, kind.pdf, kind.sheet, kind.ordered))
    assert kind.main in kind.columns, f"{kind.table}: its main field is not a field"
    assert 1 <= kind.since <= migrations.SCHEMA_VERSION
    for spec in kind.fields:
        assert spec.label, f"{kind.table}.{spec.name} has no label"
        assert spec.table == kind.table and spec.name
        if spec.type == "enum":
            assert spec.choices in vocabulary.LISTS, f"{kind.table}.{spec.name}: no such list"
            assert spec.default in vocabulary.terms(spec.choices)
        if spec.type == "ref":
            assert spec.ref in kinds.KINDS and spec.on_delete in ("CASCADE", "SET NULL")
    assert kind.ordered == ("sort_order" in kind.columns)
    if kind.order_group is not None:
        assert kind.order_group in kind.columns
    if kind.confidential_to not in (None, "parties"):
        assert kind.field(kind.confidential_to).ref == "partner"
    for column, parent in kind.parents:
        assert kind.field(column).ref == parent and kind.field(column).on_delete == "CASCADE"


def test_kinds_are_declared_parents_first() -> None:
    seen: set[str] = set()
    for kind in KINDS:
        for spec in kind.references:
            assert spec.ref in seen, f"{kind.table}.{spec.name} refers to a later kind"
        seen.add(kind.table)


def test_every_kind_with_items_has_a_home_on_screen() -> None:
    """An item is edited in its own stage, or inside its parent's (a rating in the values grid);
    the few that are neither say where they are made."""
    elsewhere = {
        "disagreement_party": "with its disagreement (parent), on the Disagreements stage",
        "issue": "recorded when a summary is issued, from the Export dialog",
    }
    for kind in KINDS:
        assert kind.stage is not None or kind.parents or kind.table in elsewhere, kind.table


def test_quick_capture_words_are_unique_and_name_a_text() -> None:
    words = [kind.capture for kind in KINDS if kind.capture]
    assert len(words) == len(set(words))
    for kind in KINDS:
        if kind.capture:
            assert kind.field(kind.main).type == "text"


def test_every_vocabulary_term_has_a_label_and_values_are_unique() -> None:
    for terms in vocabulary.LISTS.values():
        values = terms.values
        assert len(values) == len(set(values)), terms.name
        for term in terms:
            assert term.label and term.label.strip() == term.label, (terms.name, term.value)
            assert term.short_label
        for term in terms:
            for colour in (term.ink, term.fill):
                assert not colour or (colour.startswith("#") and len(colour) == 7)


def test_every_list_the_vocabulary_has_is_used() -> None:
    used = {spec.choices for kind in KINDS for spec in kind.fields if spec.type == "enum"}
    # Integer scales shown in words (ratings, a risk's likelihood and impact), and the words of
    # computed figures (the agreement's ingredients and how far each is in place).
    extra = {"alignment", "risk_scale", "ingredient", "coverage"}
    assert set(vocabulary.LISTS) == used | extra


def test_audience_markings_name_the_partner_where_they_should() -> None:
    for kind in ("room", "broker", "partner"):
        words = vocabulary.marking(kind)
        assert words.full and words.short and words.warning
        assert ("%1" in words.full) == (kind == "partner")


def test_the_stored_schema_is_what_the_declarations_make() -> None:
    """SQLAlchemy is the schema's authority: the stored DDL new files are made from is exactly
    what it generates from the declarations (python -m workshop.schema rewrites it)."""
    stored = resource_path("schema", f"v{migrations.SCHEMA_VERSION}.sql").read_text("utf-8")
    assert stored == schema.ddl_text(migrations.SCHEMA_VERSION), "run: python -m workshop.schema"


@pytest.mark.parametrize("version", [1, 2])
def test_the_declarations_reproduce_each_released_schema(version: int) -> None:
    """What 0.1 and 0.2 made (their stored statements) is exactly what the declarations make when
    the columns and kinds added later (``since``) are left out: nothing old was changed."""
    made = sqlite3.connect(":memory:")
    released = sqlite3.connect(":memory:")
    try:
        for statement in schema.ddl(version=version):
            made.execute(statement)
        for statement in migrations.create_statements(version):
            released.execute(statement)
        assert migrations.schema_of(made) == migrations.schema_of(released)
    finally:
        made.close()
        released.close()


def test_a_file_upgraded_from_every_release_holds_the_new_tables_as_a_new_file_does() -> None:
    newest = migrations.known_schemas(migrations.SCHEMA_VERSION)
    fresh = newest[-1]  # as created by this version
    for upgraded in newest[:-1]:
        # Tables a step creates or rebuilds hold exactly a new file's statements.
        made_anew = {"term", "risk", "contribution", "issue", "kept", "speaking", "clause"}
        assert {e for e in fresh if e[2] in made_anew} == {e for e in upgraded if e[2] in made_anew}


def test_fields_come_from_the_declarations() -> None:
    for kind in KINDS:
        names = [spec.name for spec in fields.fields_of(kind.table)]
        assert names == [*(spec.name for spec in kind.fields), "created_at", "updated_at"]
    assert fields.COLLECTIONS["risk"] == "risks"
    assert fields.REFERENCES[("contribution", "partner_id")] == "partner"


def test_a_new_clause_goes_to_the_end_of_its_own_section() -> None:
    from workshop import ops, snapshot
    from workshop.audience import Audience
    from workshop.templates import new_workshop

    doc = new_workshop(None, "consortium", "Order")
    ops.create(doc, "clause", text="A second purpose")
    ops.create(doc, "clause", section="exit", text="A last word on leaving")
    ops.create(doc, "clause", section="roles", text="A third role")
    clauses = snapshot.build(doc, Audience.broker()).clauses
    sections = [clause.section for clause in clauses]
    order = [vocabulary.terms("clause_section").order(section) for section in sections]
    assert order == sorted(order), sections
    assert [c.sort_order for c in clauses] == list(range(len(clauses)))
    texts = [clause.text for clause in clauses]
    assert texts.index("A second purpose") == sections.count("purpose") - 1
    assert texts[-1] == "A last word on leaving"
    doc.undo()
    assert "A third role" not in [c.text for c in snapshot.build(doc, Audience.broker()).clauses]
