"""Coverage of the agreement, what changed since we last met, and the balance of voices."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import created_id, small_workshop
from workshop import changes, coverage, ops, snapshot, voices
from workshop.audience import Audience
from workshop.document import Document


def statuses(snap: snapshot.Snapshot) -> dict[str, str]:
    return {c.ingredient: c.status for c in coverage.coverage(snap)}


def test_coverage_of_the_sample_is_partial_and_says_what_is_missing(sample: Document) -> None:
    found = {c.ingredient: c for c in coverage.coverage(snapshot.build(sample, Audience.broker()))}
    assert len(found) == 14
    assert {c.status for c in found.values()} >= {"partial", "not_started"}
    assert found["sign_off"].status == "not_started"
    assert found["risks"].status in ("partial", "in_place")
    assert all(c.missing for c in found.values() if c.status in ("partial", "not_started"))
    assert all(not c.missing for c in found.values() if c.status == "in_place")


def test_coverage_follows_the_model_and_the_reader(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "s.workshop")
    ops.create(doc, "clause", section="money", text="Invoices paid in 14 days", status="agreed")
    ops.create(
        doc,
        "clause",
        section="data",
        text="No data shared",
        status="agreed",
        visibility="confidential",
        partner_id=1,
    )
    room = statuses(snapshot.build(doc, Audience.room()))
    broker = statuses(snapshot.build(doc, Audience.broker()))
    assert room["money"] == "in_place" and broker["money"] == "in_place"
    assert broker["data"] == "in_place" and room["data"] == "not_started"  # a hidden clause
    ops.update(doc, "workshop", 1, collaboration_model="informal_network")
    assert statuses(snapshot.build(doc, Audience.room()))["money"] == "not_relevant"
    doc.close()


def test_since_we_last_met_lists_what_changed_for_each_reader(tmp_path: Path) -> None:
    path = tmp_path / "s.workshop"
    doc = small_workshop(path)
    meeting = created_id(ops.create(doc, "meeting", title="Foundations day"), "meeting")
    value = created_id(ops.create(doc, "value", name="Honesty"), "value")
    action = created_id(ops.create(doc, "action", text="Send the draft"), "action")
    broker = snapshot.build(doc, Audience.broker())
    gone = next(p for p in broker.positions if p.statement == "Acme shared red line")
    changes.end_meeting(doc, broker, meeting, when=datetime(2027, 1, 14, 17, 0).astimezone())
    ops.update(doc, "value", value, status="agreed")
    ops.update(doc, "action", action, status="dropped")
    ops.create(doc, "topic", name="Exit")
    ops.create(doc, "topic", name="A secret topic", visibility="private")
    ops.delete(doc, "position", gone.id)
    doc.save()
    room = snapshot.build(doc, Audience.room())
    met = changes.last_ended(room)
    assert met is not None and met.title == "Foundations day"
    found = changes.since(room, met)
    assert [t for t, _ in found.resolved] == ["value"]
    assert [t for t, _ in found.dropped] == ["action"]
    assert [i.name for t, i in found.added if t == "topic"] == ["Exit"]  # not the secret one
    assert found.removed == {"position": 1}
    broker_since = changes.since(snapshot.build(doc, Audience.broker()), met)
    assert {i.name for t, i in broker_since.added if t == "topic"} == {"Exit", "A secret topic"}
    # The deleted position's words are gone from the file: nothing was kept of them.
    doc.close()
    assert b"Acme shared red line" not in path.read_bytes()


def test_balance_of_voices_is_the_brokers_and_names_the_gaps(sample: Document) -> None:
    broker = snapshot.build(sample, Audience.broker())
    meeting = broker.meetings[1].id  # the sample marked who spoke at the first one
    partners = broker.partners
    start = datetime(2027, 1, 14, 10, 0)
    for partner, seconds in zip(partners, (600, 420, 300, 240, 20), strict=False):
        voices.record_turn(sample, meeting, partner.id, start, seconds)
    found = voices.balance(snapshot.build(sample, Audience.broker()), meeting)
    shares = {v.partner.label: round(v.time_share * 100) for v in found.voices}
    assert shares["Northlight"] == 38 and shares["Al-Amal"] == 1
    assert any("The smallest partner, Al-Amal, had 1 % of the time" in g for g in found.gaps)
    assert sum(v.captured_share for v in found.voices) == pytest.approx(1.0)
    room = voices.balance(snapshot.build(sample, Audience.room()), meeting)
    assert room.marked_seconds == 0  # turns to speak are private by default
    assert sample.undo_label == "Mark who spoke"


def test_ending_a_meeting_after_edits_stamped_ahead_of_the_clock_reports_nothing_changed(
    tmp_path: Path,
) -> None:
    """A file edited on a computer whose clock ran ahead: its items' timestamps are later than
    now. Ending a meeting must not make every one of them read "changed"."""
    doc = small_workshop(tmp_path / "ahead.workshop")
    meeting = created_id(ops.create(doc, "meeting", title="First"), "meeting")
    ahead = "2099-01-01T00:00:00.000Z"
    with doc.db:  # as another computer's app wrote them
        doc.db.execute("UPDATE position SET updated_at = ?", (ahead,))
    assert {p.updated_at for p in snapshot.build(doc, Audience.broker()).positions} == {ahead}
    changes.end_meeting(doc, snapshot.build(doc, Audience.broker()), meeting)
    snap = snapshot.build(doc, Audience.broker())
    ended = snap.by_id("meeting")[meeting]
    assert ended.ended_at >= ahead
    assert changes.since(snap, ended).empty
