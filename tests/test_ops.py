"""Operations: one transaction each, a change description each, undo and redo of every one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import created_id
from workshop import changes, errors, issues, kinds, ops, review, snapshot, voices
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import read_rows


@pytest.fixture
def doc(tmp_path: Path):
    document = Document.new(tmp_path / "Ops.workshop")
    yield document
    document.close()


def rows(doc: Document) -> dict[str, list[dict[str, object]]]:
    with doc.reading() as db:
        found = read_rows(db)
    return {
        table: [dict(zip(kinds.of(table).columns, row, strict=True)) for row in found[table]]
        for table in found
    }


def test_every_kind_of_item_can_be_created_and_undone(doc: Document) -> None:
    acme = created_id(ops.add_partner(doc, "Acme Housing", short_name="Acme"), "partner")
    person = created_id(
        ops.create(doc, "person", name="Łucja Żółkiewska", partner_id=acme), "person"
    )
    topic = created_id(ops.create(doc, "topic", name="Management fee"), "topic")
    ops.add_position(
        doc,
        acme,
        "bottom_line",
        "Fee no higher than 8%",
        topic_id=topic,
        owner="ceo",
        needs_decision=True,
        range_min=5,
        range_max=8,
        range_unit="%",
    )
    value = created_id(ops.create(doc, "value", name="Honesty"), "value")
    ops.set_alignment(doc, value, acme, 5, note="Core to us")
    dis = created_id(
        ops.create(doc, "disagreement", title="Who holds the data", topic_id=topic), "disagreement"
    )
    ops.set_party_view(doc, dis, acme, "We should")
    ops.create(doc, "clause", section="data", text="Each partner controls its own records")
    commitment = created_id(ops.create(doc, "commitment", text="No loss-making bids"), "commitment")
    ops.set_commitment_answer(doc, commitment, acme, "committed")
    ops.create(
        doc, "impact", description="Families keep their caseworker", scenario="without_partnership"
    )
    meeting = created_id(
        ops.create(doc, "meeting", title="Foundations day", date="2027-01-14"), "meeting"
    )
    ops.set_attendance(doc, meeting, person, "attended")
    ops.create(doc, "agenda_item", meeting_id=meeting, title="Welcome", planned_minutes=20)
    ops.create(doc, "action", text="Circulate the draft", partner_id=acme, due_date="2027-03-03")
    ops.create(doc, "note", text="Acme seemed uneasy about the fee")
    ops.create(doc, "risk", description="The lead's cash flow", partner_id=acme, impact=4)
    ops.create(doc, "contribution", partner_id=acme, category="premises", description="A hall")
    issues.record(doc, snapshot.build(doc, Audience.partner(acme)), prepared_by="The broker")
    term = created_id(ops.create(doc, "term", name="Management fee", numeric=True), "term")
    ops.add_position(doc, acme, "bottom_line", "At most 6 %", term_id=term, stance="limit")
    voices.record_turn(doc, meeting, acme, datetime(2027, 1, 14, 10, 0), 90)
    changes.end_meeting(doc, snapshot.build(doc, Audience.broker()), meeting)
    broker = snapshot.build(doc, Audience.broker())
    issue = next(i for i in broker.issues if i.partner_id == acme)
    ident = review.identity(broker, issue)
    returned = review.check(
        broker,
        ident.text(),
        review.signature(broker.workshop.secret, ident),
        [review.Answer(ident.numbers[0], "agree")],
        review.SignedOff("Ann", "CEO", "2027-01-20", True),
    )
    review.take(doc, returned)
    full = rows(doc)
    assert set(full) == set(kinds.TABLES)
    assert all(full[table] for table in full)
    steps = 0
    while doc.undo() is not None:
        steps += 1
    assert steps == 25
    emptied = rows(doc)
    assert all(not emptied[table] for table in emptied if table != "workshop")
    while doc.redo() is not None:
        pass
    assert rows(doc) == full


def test_deleting_a_partner_and_undoing_brings_everything_back(doc: Document) -> None:
    acme = created_id(ops.add_partner(doc, "Acme Housing"), "partner")
    person = created_id(ops.create(doc, "person", name="Ann", partner_id=acme), "person")
    ops.add_position(doc, acme, "red_line", "No exclusivity")
    value = created_id(ops.create(doc, "value", name="Honesty"), "value")
    ops.set_alignment(doc, value, acme, 3)
    meeting = created_id(ops.create(doc, "meeting", title="Day one"), "meeting")
    ops.set_attendance(doc, meeting, person, "attended")
    ops.create(doc, "action", text="Send the paper", partner_id=acme, person_id=person)
    before = rows(doc)
    change = ops.delete(doc, "partner", acme)
    assert ("partner", acme) in change.deleted
    assert {"position", "alignment", "attendance", "person"} <= change.tables
    after = rows(doc)
    assert not after["position"] and not after["alignment"] and not after["attendance"]
    assert after["action"][0]["partner_id"] is None  # kept, but no longer owned
    undo = doc.undo()
    assert undo is not None and undo.kind == "undo" and ("partner", acme) in undo.created
    assert rows(doc) == before
    doc.redo()
    assert rows(doc) == after


def test_change_describes_what_changed_and_labels_name_the_edit(doc: Document) -> None:
    heard: list[ops.Change] = []
    doc.subscribe(heard.append)
    acme = created_id(ops.add_partner(doc, "Acme"), "partner")
    ops.add_position(doc, acme, "red_line", "No exclusivity")
    assert doc.undo_label == "Add red line"
    change = ops.update(doc, "partner", acme, name="Acme Housing")
    assert change.updated == {("partner", acme)} and change.touches("partner")
    assert not change.touches("value")
    assert ops.update(doc, "partner", acme, name="Acme Housing").is_empty  # nothing differed
    assert [c.label for c in heard] == ["Add partner “Acme”", "Add red line", "Edit partner"]
    doc.undo()
    assert doc.redo_label == "Edit partner"


def test_reorder_and_move(doc: Document) -> None:
    ids = [created_id(ops.create(doc, "topic", name=f"T{i}"), "topic") for i in range(4)]
    ops.reorder(doc, "topic", list(reversed(ids)))
    assert [t.name for t in snapshot.build(doc, Audience.broker()).topics] == [
        "T3",
        "T2",
        "T1",
        "T0",
    ]
    ops.move(doc, "topic", ids[3], +2)
    assert [t.name for t in snapshot.build(doc, Audience.broker()).topics] == [
        "T2",
        "T1",
        "T3",
        "T0",
    ]
    doc.undo()
    doc.undo()
    assert [t.name for t in snapshot.build(doc, Audience.broker()).topics] == [
        "T0",
        "T1",
        "T2",
        "T3",
    ]


@pytest.mark.parametrize(
    ("table", "values", "words"),
    [
        ("position", {"partner_id": 1, "kind": "deal_breaker"}, "kind must be one of"),
        ("partner", {"name": "  "}, "name is required"),
        ("action", {"text": "x", "due_date": "3 March"}, "YYYY-MM-DD"),
        ("action", {"text": "x", "due_date": "2027-02-30"}, "YYYY-MM-DD"),
        ("partner", {"name": "x", "colour": "red"}, "#RRGGBB"),
        ("partner", {"name": "x", "favourite": 1}, "no field called"),
        ("position", {"partner_id": 999, "statement": "x"}, "no longer exists"),
        ("agenda_item", {"meeting_id": 1, "title": "x", "planned_minutes": -5}, "negative"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    doc: Document, table: str, values: dict[str, object], words: str
) -> None:
    ops.add_partner(doc, "Acme")
    before = rows(doc)
    with pytest.raises(errors.InvalidInput, match=words):
        ops.create(doc, table, **values)  # type: ignore[arg-type]
    assert rows(doc) == before
    assert doc.undo_label == "Add partner “Acme”"


def test_alignment_rating_range(doc: Document) -> None:
    acme = created_id(ops.add_partner(doc, "Acme"), "partner")
    value = created_id(ops.create(doc, "value", name="Honesty"), "value")
    with pytest.raises(errors.InvalidInput, match="from 1 to 5"):
        ops.set_alignment(doc, value, acme, 6)
    ops.set_alignment(doc, value, acme, 2)
    ops.set_alignment(doc, value, acme, 4)
    assert [a.rating for a in snapshot.build(doc, Audience.broker()).alignments] == [4]
    doc.undo()
    assert [a.rating for a in snapshot.build(doc, Audience.broker()).alignments] == [2]
