"""The core of the foundations summary's first pages, its markings and its document control."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

import exports
from tests.export_helpers import TOKEN, audiences, canary_workshop
from tests.helpers import created_id, small_workshop
from workshop import interchange, issues, ops, snapshot, summary
from workshop.audience import Audience
from workshop.document import Document
from workshop.vocabulary import route_text


def test_a_facilitators_note_is_the_brokers_alone(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "s.workshop")
    meeting = created_id(ops.create(doc, "meeting", title="Day one"), "meeting")
    ops.create(
        doc,
        "agenda_item",
        meeting_id=meeting,
        title="Welcome",
        notes="Tea and introductions",
        facilitator_note="Check in privately with Acme before this",
    )
    for audience in (Audience.room(), Audience.partner(1)):
        (item,) = snapshot.build(doc, audience).agenda_items
        assert item.notes == "Tea and introductions" and item.facilitator_note == ""
        assert "privately" not in interchange.dumps(snapshot.build(doc, audience))
    (item,) = snapshot.build(doc, Audience.broker()).agenda_items
    assert item.facilitator_note == "Check in privately with Acme before this"
    doc.close()


def test_every_item_not_shared_is_marked_for_the_reader_who_may_see_it(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "s.workshop")
    partners = {p.short_name: p.id for p in snapshot.build(doc, Audience.broker()).partners}
    disagreement = created_id(
        ops.create(doc, "disagreement", title="Who leads", visibility="confidential"),
        "disagreement",
    )
    ops.set_party_view(doc, disagreement, partners["Acme"], "We do")
    ops.set_party_view(doc, disagreement, partners["Bryn"], "We do")
    broker = snapshot.build(doc, Audience.broker())
    marks = {p.statement: broker.marking("position", p) for p in broker.positions}
    assert marks == {
        "Acme shared red line": "",
        "Acme confidential floor": "Confidential to Acme Housing",
        "Bryn private aside": "Private",
    }
    (shown,) = broker.disagreements
    assert broker.marking("disagreement", shown) == "Confidential to Acme Housing, Bryn Trust"
    acme = snapshot.build(doc, Audience.partner(partners["Acme"]))
    floor = next(p for p in acme.positions if p.statement == "Acme confidential floor")
    assert acme.marking("position", floor) == "In confidence to you"
    assert acme.marking("disagreement", acme.disagreements[0]) == "In confidence to you"
    room = snapshot.build(doc, Audience.room())
    assert all(room.marking("position", p) == "" for p in room.positions)
    doc.close()


def test_issues_are_numbered_per_audience_and_seen_only_by_it(sample: Document) -> None:
    broker = snapshot.build(sample, Audience.broker())
    first, second = broker.partners[0].id, broker.partners[1].id
    for audience in (Audience.partner(first), Audience.partner(first), Audience.room()):
        issues.record(sample, snapshot.build(sample, audience), prepared_by="Bethan")
    issues.record(sample, snapshot.build(sample, Audience.partner(second)), status="final")
    numbers = {
        (i.audience, i.partner_id, i.number, i.status)
        for i in snapshot.build(sample, Audience.broker()).issues
    }
    assert numbers == {
        ("partner", first, 1, "draft"),
        ("partner", first, 2, "draft"),
        ("room", None, 1, "draft"),
        ("partner", second, 1, "final"),
    }
    own = snapshot.build(sample, Audience.partner(first))
    assert {(i.partner_id, i.number) for i in own.issues} == {(first, 1), (first, 2), (None, 1)}
    assert {i.audience for i in snapshot.build(sample, Audience.room()).issues} == {"room"}
    assert sample.undo_label == "Issue the partner pack"


def test_a_pack_knows_when_it_changed_since_its_issue(sample: Document) -> None:
    audience = Audience.room()
    issues.record(sample, snapshot.build(sample, audience))
    snap = snapshot.build(sample, audience)
    control = issues.control(snap)
    assert control.issue is not None and control.issue.number == 1
    assert not control.changed_since and control.prepared_by == "Bethan Morgan-Price"
    value = snap.values[0]
    ops.update(sample, "value", value.id, name="Honesty, first and last")
    assert issues.control(snapshot.build(sample, audience)).changed_since
    # A change the room cannot see does not change the room's pack.
    sample.undo()
    ops.create(sample, "note", text="Only for me")
    assert not issues.control(snapshot.build(sample, audience)).changed_since


def test_the_route_is_said_as_now_and_next() -> None:
    assert route_text("ceos_meet") == "Now: step 2 of 4, CEOs meet · Next: Independent mediator"
    assert route_text("exit") == "Now: step 4 of 4, Exit"


def test_first_pages_of_the_sample_for_each_reader(sample: Document) -> None:
    today = date(2026, 12, 1)
    room = summary.first_pages(snapshot.build(sample, Audience.room()), today)
    open_actions = [
        a
        for a in snapshot.build(sample, Audience.room()).actions
        if a.status not in ("done", "dropped")
    ]
    assert room.actions.open_count == len(open_actions) > 0  # every open action is counted
    assert room.yours is None and room.not_for_the_room == ()
    assert room.still_open and all(q.route.startswith("Now: step") for q in room.still_open)
    assert all(v.status == "agreed" for v in room.agreed_values)
    broker_snap = snapshot.build(sample, Audience.broker())
    northlight = broker_snap.partners[0]
    pack = summary.first_pages(snapshot.build(sample, Audience.partner(northlight.id)), today)
    assert pack.yours is not None and pack.yours.partner.id == northlight.id
    assert all(line.line.partner_id == northlight.id for line in pack.yours.lines)
    assert all(line.line.kind in ("red_line", "bottom_line") for line in pack.yours.lines)
    assert any(line.hard_lines_meet for line in pack.yours.lines)
    assert all(northlight in q.parties for q in pack.yours.disagreements)
    broker = summary.first_pages(broker_snap, today)
    confided = {c.partner.id if c.partner else None for c in broker.not_for_the_room}
    assert None in confided and len(confided) >= 3
    for group in broker.not_for_the_room:
        for _table, item, marking in group.items:
            assert marking in ("Private",) or marking.startswith("Confidential")
            assert item.visibility != "shared"


def _texts(value: object) -> set[str]:
    """Every canary token reachable from a first-pages value."""
    found: set[str] = set()
    if isinstance(value, str):
        found.update(TOKEN.findall(value))
    elif isinstance(value, tuple | list):
        for part in value:
            found |= _texts(part)
    elif isinstance(value, dict):
        for part in value.values():
            found |= _texts(part)
    elif hasattr(value, "__dataclass_fields__"):
        for f in fields(value):  # type: ignore[arg-type]
            found |= _texts(getattr(value, f.name))
    return found


def test_first_pages_name_nothing_their_reader_may_not_see(tmp_path: Path) -> None:
    doc, canaries, partners = canary_workshop(tmp_path / "c.workshop")
    allowed_for = {
        "room": "S",
        f"partner:{partners['A']}": "SA",
        f"partner:{partners['B']}": "SB",
        f"partner:{partners['C']}": "SC",
        "broker": "SABCNP",
    }
    for key, audience in audiences(doc).items():
        pages = summary.first_pages(snapshot.build(doc, audience), date(2027, 1, 20))
        shown = _texts(pages)
        leaked = {t for t in shown if t[2] not in allowed_for[key]}
        assert not leaked, (key, {t: canaries.tokens[t] for t in leaked})
    doc.close()


def test_issuing_every_partners_pack_at_once_gives_each_its_own_issue(sample: Document) -> None:
    """A set of packs is issued in one step; each pack must carry its own partner's issue (a
    partner's pack given another's issue could not even see it)."""
    partners = snapshot.build(sample, Audience.broker()).partners
    snaps = [snapshot.build(sample, Audience.partner(p.id)) for p in partners]
    _change, made = issues.record_all(sample, snaps, "draft", "Sam")
    broker = snapshot.build(sample, Audience.broker()).by_id("issue")
    assert [broker[issue_id].partner_id for issue_id in made] == [p.id for p in partners]
    jobs = [exports.Job(snap, "pdf", Path(f"{snap.audience.partner_id}.pdf")) for snap in snaps]
    sample.undo()
    for job in exports.issue_jobs(sample, jobs, "draft"):
        assert job.control is not None and job.control.issue is not None
        assert job.control.issue.partner_id == job.snapshot.audience.partner_id
    assert len(snapshot.build(sample, Audience.broker()).issues) == len(partners)
    sample.undo()  # one step takes the whole set back
    assert not snapshot.build(sample, Audience.broker()).issues
