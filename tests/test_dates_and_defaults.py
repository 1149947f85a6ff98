"""The core under the live editing: dates as people type them, a red line's owner, and deletes
that say what went with them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import created_id, small_workshop
from workshop import capture, ops
from workshop.capture import Named
from workshop.dates import parse_date
from workshop.document import Document

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 December", date(2026, 12, 15)),
        ("15 Dec 2027", date(2027, 12, 15)),
        ("15th December 2027", date(2027, 12, 15)),
        ("December 15", date(2026, 12, 15)),
        ("Dec 15, 2027", date(2027, 12, 15)),
        ("15/12", date(2026, 12, 15)),
        ("15/12/2027", date(2027, 12, 15)),
        ("15.12.27", date(2027, 12, 15)),
        ("  15   december ", date(2026, 12, 15)),
        ("3 March", date(2027, 3, 3)),  # no year: the next 3 March
        ("29 February", date(2028, 2, 29)),  # the next one that exists
        ("2027-12-15", date(2027, 12, 15)),
        ("today", TODAY),
        ("Tomorrow", date(2026, 11, 28)),
        ("31/02/2027", None),
        ("15 Decembr", None),
        ("soon", None),
        ("", None),
    ],
)
def test_dates_as_typed(text: str, expected: date | None) -> None:
    assert parse_date(text, TODAY) == expected


def test_month_first_locales_read_numbers_month_first() -> None:
    assert parse_date("12/15/2027", TODAY, month_first=True) == date(2027, 12, 15)
    assert parse_date("12/15/2027", TODAY) is None  # no 15th month, day first
    assert parse_date("15 December", TODAY, month_first=True) == date(2026, 12, 15)


def test_quick_capture_reads_dates_through_the_same_parser() -> None:
    assert capture.parse_date is parse_date
    found = capture.parse("action: circulate the draft by 15 Dec 2027", [], [], TODAY)
    assert isinstance(found, capture.Capture)
    assert found.fields["due_date"] == "2027-12-15"


def test_a_red_line_belongs_to_the_ceo_by_default(tmp_path: Path) -> None:
    doc = Document.new(tmp_path / "w.workshop")
    acme = created_id(ops.add_partner(doc, "Acme Housing"), "partner")
    red = created_id(ops.add_position(doc, acme, "red_line", "No exclusivity"), "position")
    bottom = created_id(ops.add_position(doc, acme, "bottom_line", "Fee under 8%"), "position")
    board = created_id(
        ops.add_position(doc, acme, "red_line", "No loss-making bids", owner="board"), "position"
    )
    # quick capture adds through the same operation
    line = capture.parse(
        "Acme red line: no naming without consent", [Named(acme, "Acme")], [], TODAY
    )
    assert isinstance(line, capture.Capture)
    captured = created_id(ops.create(doc, "position", **line.fields), "position")
    owners = {row.id: row.owner for row in _positions(doc)}
    assert owners[red] == owners[captured] == "ceo"
    assert owners[bottom] == "rep" and owners[board] == "board"
    # made a red line while still the rep's: the CEO's; a chosen owner is kept
    ops.update(doc, "position", bottom, kind="red_line")
    assert {row.id: row.owner for row in _positions(doc)}[bottom] == "ceo"
    ops.update(doc, "position", red, owner="rep")
    ops.update(doc, "position", red, kind="red_line", statement="No exclusivity at all")
    assert {row.id: row.owner for row in _positions(doc)}[red] == "rep"
    doc.undo()
    doc.undo()
    doc.undo()
    assert {row.id: row.owner for row in _positions(doc)}[bottom] == "rep"


def _positions(doc: Document) -> tuple:
    from workshop import snapshot

    return snapshot.read_items(doc, "position")


def test_deleting_a_partner_says_what_went_with_it(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "w.workshop")
    from workshop import snapshot

    acme = next(p for p in snapshot.read_items(doc, "partner") if p.name == "Acme Housing")
    ops.create(doc, "person", name="Rhian", partner_id=acme.id)
    ops.create(doc, "note", text="About Acme", partner_id=acme.id)  # unlinked, not deleted
    change = ops.delete(doc, "partner", acme.id)
    label = "Delete partner “Acme Housing” and its 1 person, 2 positions, 1 rating"
    assert doc.undo_label == label
    assert ops.cascade_counts(change.deleted, "partner", acme.id) == {
        "person": 1,
        "position": 2,
        "alignment": 1,
    }
    doc.undo()
    assert next(p.name for p in snapshot.read_items(doc, "partner")) == "Acme Housing"
    notes = snapshot.read_items(doc, "note")
    assert notes[0].partner_id == acme.id
    # an item with nothing belonging to it is named plainly
    topic = created_id(ops.create(doc, "topic", name="Exit"), "topic")
    ops.delete(doc, "topic", topic)
    assert doc.undo_label == "Delete topic “Exit”"
