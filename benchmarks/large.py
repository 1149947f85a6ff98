"""The 10,000-item benchmark workshop: realistic proportions, every kind and visibility."""

from __future__ import annotations

import random
from pathlib import Path

from workshop import ops
from workshop.document import Document

VISIBILITIES = ("shared", "shared", "shared", "confidential", "private")


def make_large_workshop(path: Path, items: int = 10_000, seed: int = 7) -> Path:
    """Write a workshop of about ``items`` items to ``path`` (replacing it) and return the path."""
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    scale = items / 10_000
    doc = Document.new(path)
    try:
        with doc.edit("Generate benchmark workshop") as edit:

            def add(table: str, **values: object) -> int:
                return edit.insert(table, ops.clean(table, values, creating=True))

            edit.update(
                "workshop", 1, {"title": "Benchmark partnership", "facilitator": "B. Roker"}
            )
            partners = [
                add("partner", name=f"Partner organisation {i}", short_name=f"P{i}", sort_order=i)
                for i in range(8)
            ]
            people = [
                add("person", name=f"Person {i}", partner_id=partners[i % 8], sort_order=i)
                for i in range(40)
            ]
            topics = [add("topic", name=f"Topic {i}", sort_order=i) for i in range(40)]
            kinds = ("red_line", "bottom_line", "preference", "open")
            for i in range(int(3900 * scale)):
                add(
                    "position",
                    partner_id=rng.choice(partners),
                    topic_id=rng.choice(topics),
                    kind=rng.choice(kinds),
                    statement=f"Position statement {i} " + "words " * rng.randint(3, 30),
                    reasoning="Because " + "reasons " * rng.randint(0, 20),
                    visibility=rng.choice(VISIBILITIES),
                    sort_order=i,
                )
            values = [
                add("value", name=f"Value {i}", sort_order=i) for i in range(int(60 * scale) or 1)
            ]
            for value in values:
                for partner in partners:
                    add("alignment", value_id=value, partner_id=partner, rating=rng.randint(1, 5))
            for i in range(int(700 * scale)):
                d = add(
                    "disagreement",
                    title=f"Disagreement {i}",
                    description="Dispute " * rng.randint(5, 40),
                    topic_id=rng.choice(topics),
                    visibility=rng.choice(VISIBILITIES),
                    sort_order=i,
                )
                for partner in rng.sample(partners, 2):
                    add("disagreement_party", disagreement_id=d, partner_id=partner, view="View")
            sections = ("purpose", "roles", "money", "data", "exit", "review")
            for i in range(int(600 * scale)):
                add("clause", section=rng.choice(sections), text=f"Clause {i}", sort_order=i)
            commitments = [
                add("commitment", text=f"Commitment {i}", sort_order=i) for i in range(12)
            ]
            for commitment in commitments:
                for partner in partners:
                    add("commitment_answer", commitment_id=commitment, partner_id=partner)
            for i in range(int(300 * scale)):
                add("impact", description=f"Impact {i}", sort_order=i)
            meetings = [
                add("meeting", title=f"Meeting {i}", date="2027-01-15", sort_order=i)
                for i in range(10)
            ]
            for meeting in meetings:
                for person in people[:20]:
                    add("attendance", meeting_id=meeting, person_id=person)
                for i in range(20):
                    add("agenda_item", meeting_id=meeting, title=f"Agenda item {i}", sort_order=i)
            for i in range(int(1500 * scale)):
                add(
                    "action",
                    text=f"Action {i}",
                    partner_id=rng.choice(partners),
                    due_date="2027-02-01",
                    visibility=rng.choice(VISIBILITIES),
                    sort_order=i,
                )
            for i in range(int(700 * scale)):
                add("note", text=f"Note {i} " + "thoughts " * rng.randint(1, 30), sort_order=i)
        doc.save()
    finally:
        doc.close()
    return path
