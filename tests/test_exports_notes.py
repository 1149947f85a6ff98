"""Notes on ratings and fair-practice answers in the foundations PDF: under their grid, marked
when not shared, and only for an audience that may see the rating or answer they belong to."""

from __future__ import annotations

from pathlib import Path

import exports
from tests.export_helpers import pdf_text, squash
from tests.helpers import created_id
from workshop import ops, snapshot
from workshop.audience import Audience
from workshop.document import Document


def test_notes_follow_their_rating_or_answer(tmp_path: Path) -> None:
    doc = Document.new(tmp_path / "w.workshop")
    acme = created_id(ops.add_partner(doc, "Acme Housing"), "partner")
    bryn = created_id(ops.add_partner(doc, "Bryn Trust"), "partner")
    value = created_id(ops.create(doc, "value", name="Serve the community"), "value")
    ops.set_alignment(doc, value, acme, 4, note="NOTE-shared-rating")
    ops.set_alignment(
        doc, value, bryn, 2, note="NOTE-confidential-rating", visibility="confidential"
    )
    pledge = created_id(ops.create(doc, "commitment", text="No loss-making bids"), "commitment")
    ops.set_commitment_answer(doc, pledge, acme, "committed", note="NOTE-shared-answer")
    ops.set_commitment_answer(
        doc, pledge, bryn, "not_committed", note="NOTE-private-answer", visibility="private"
    )
    texts = {}
    for name, audience in (
        ("room", Audience.room()),
        ("bryn", Audience.partner(bryn)),
        ("broker", Audience.broker()),
    ):
        out = exports.export(snapshot.build(doc, audience), "pdf", tmp_path / f"{name}.pdf")
        texts[name] = squash(pdf_text(out))
    doc.close()
    shared = ("NOTE-shared-rating", "NOTE-shared-answer")
    assert all(squash(n) in texts[name] for n in shared for name in texts)
    assert "NOTE-confidential" not in texts["room"] and "NOTE-private" not in texts["room"]
    # Each note not shared carries its item's marking, in the words its reader is owed.
    assert squash("NOTE-confidential-rating ◐ In confidence to you") in texts["bryn"]
    assert "NOTE-private" not in texts["bryn"]
    assert squash("NOTE-confidential-rating ◐ Confidential to Bryn Trust") in texts["broker"]
    assert squash("NOTE-private-answer ● Private") in texts["broker"]
    assert squash("4*") in texts["room"] and squash("a note below") in texts["room"]
