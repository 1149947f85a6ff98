"""A deadlock opened as a disagreement: the parties and their lines filled in, one undoable step;
bad input refused whole."""

from __future__ import annotations

import pytest

from workshop import negotiation, ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.errors import InvalidInput


def test_a_deadlock_opens_as_one_disagreement_with_its_parties_and_lines(sample: Document) -> None:
    snap = snapshot.build(sample, Audience.broker())
    fee = next(d for d in negotiation.deadlocks(snap) if d.term.name == "Management fee")
    opening = negotiation.opening(fee)
    assert opening.title == "Deadlock on Management fee" and opening.severity == "high"
    assert opening.views[2].startswith("Red line: at most 5 % — ")
    assert opening.views[1].startswith("Red line: 8 to 12 % — ")
    before = len(snap.disagreements), len(snap.disagreement_parties)
    ops.open_disagreement(
        sample, opening.title, opening.views, topic_id=opening.topic_id, severity="high"
    )
    after = snapshot.build(sample, Audience.broker())
    new = after.disagreements[-1]
    assert (new.title, new.severity, new.topic_id) == (opening.title, "high", fee.term.topic_id)
    parties = {
        p.partner_id: p.view for p in after.disagreement_parties if p.disagreement_id == new.id
    }
    assert parties == opening.views
    sample.undo()
    undone = snapshot.build(sample, Audience.broker())
    assert (len(undone.disagreements), len(undone.disagreement_parties)) == before


def test_a_bad_opening_writes_nothing(sample: Document) -> None:
    before = snapshot.build(sample, Audience.broker())
    with pytest.raises(InvalidInput):
        ops.open_disagreement(sample, "Deadlock", {1: "ours", 999: "a partner that is gone"})
    with pytest.raises(InvalidInput):
        ops.open_disagreement(sample, "", {1: "ours"})
    assert snapshot.build(sample, Audience.broker()) == before
