"""The readings views and exports share: divergence, clashes, decisions, what is due."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workshop import analysis, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.sample import write_sample


def test_diverging_partners() -> None:
    assert analysis.diverging_partners({1: 5, 2: 5, 3: 4, 4: 5, 5: 2}) == {5}
    assert analysis.diverging_partners({1: 4, 2: 4, 3: 3}) == frozenset()  # close enough
    assert analysis.diverging_partners({1: 1, 2: 5}) == frozenset()  # two cannot diverge


def test_sample_readings(tmp_path: Path) -> None:
    write_sample(tmp_path / "s.workshop")
    doc = Document.open(tmp_path / "s.workshop")
    snap = snapshot.build(doc, Audience.broker())
    doc.close()
    divergent = [p for partners in analysis.divergence(snap).values() for p in partners]
    northlight = next(p.id for p in snap.partners if p.name.startswith("Northlight"))
    assert divergent.count(northlight) >= 4  # the sample's diverging partner stands out
    assert len(analysis.clashing_topics(snap)) >= 2  # exclusivity and the management fee
    assert analysis.needing_decision(snap)
    assert all(d.status != "resolved" for d in analysis.open_disagreements(snap))
    due = analysis.actions_due(snap, date(2027, 1, 1))
    assert due == sorted(due, key=lambda a: a.due_date)
