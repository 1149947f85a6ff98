"""Audience rules: the room sees shared items, a partner its own confidences, the broker all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import created_id
from workshop import ops, snapshot
from workshop.audience import Audience, may_see
from workshop.document import Document


def test_the_rule() -> None:
    room, broker, acme, bryn = (
        Audience.room(),
        Audience.broker(),
        Audience.partner(1),
        Audience.partner(2),
    )
    assert may_see(room, "shared", ()) and may_see(acme, "shared", ())
    assert not may_see(room, "confidential", {1})
    assert may_see(acme, "confidential", {1}) and not may_see(bryn, "confidential", {1})
    assert not may_see(acme, "confidential", ())  # names no partner: broker only
    assert not may_see(acme, "private", {1}) and not may_see(room, "private", ())
    assert all(may_see(broker, v, ()) for v in ("shared", "confidential", "private"))
    assert not may_see(room, "secret-ish", ())  # unknown visibility: never shown
    with pytest.raises(ValueError):
        Audience("partner")


@pytest.fixture
def doc(tmp_path: Path):
    d = Document.new(tmp_path / "Audience.workshop")
    yield d
    d.close()


def test_snapshots_filter_every_kind(doc: Document) -> None:
    acme = created_id(ops.add_partner(doc, "Acme"), "partner")
    bryn = created_id(ops.add_partner(doc, "Bryn"), "partner")
    secret_topic = created_id(
        ops.create(doc, "topic", name="SECRET-TOPIC", visibility="private"), "topic"
    )
    ops.add_position(doc, acme, "red_line", "ACME-SHARED", topic_id=secret_topic)
    ops.add_position(doc, acme, "red_line", "ACME-CONF", visibility="confidential")
    ops.add_position(doc, bryn, "open", "BRYN-CONF", visibility="confidential")
    value = created_id(
        ops.create(doc, "value", name="PRIVATE-VALUE", visibility="private"), "value"
    )
    ops.set_alignment(doc, value, acme, 3)
    dis = created_id(
        ops.create(doc, "disagreement", title="DIS-CONF", visibility="confidential"), "disagreement"
    )
    ops.set_party_view(doc, dis, bryn, "BRYN-VIEW")
    ops.create(doc, "note", text="NOTE-PRIVATE")

    def texts(audience: Audience) -> set[str]:
        snap = snapshot.build(doc, audience)
        found = {p.statement for p in snap.positions} | {t.name for t in snap.topics}
        found |= {v.name for v in snap.values} | {d.title for d in snap.disagreements}
        found |= {p.view for p in snap.disagreement_parties} | {n.text for n in snap.notes}
        found |= {f"alignment-{a.rating}" for a in snap.alignments}
        return found

    assert texts(Audience.room()) == {"ACME-SHARED"}
    assert texts(Audience.partner(acme)) == {"ACME-SHARED", "ACME-CONF"}
    assert texts(Audience.partner(bryn)) == {"ACME-SHARED", "BRYN-CONF", "DIS-CONF", "BRYN-VIEW"}
    assert len(texts(Audience.broker())) == 9
    room = snapshot.build(doc, Audience.room())
    assert room.positions[0].topic_id is None  # the private topic's name is not shown with it
    assert "Prepared for Acme" in snapshot.build(doc, Audience.partner(acme)).audience_label
