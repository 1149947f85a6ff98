"""Small builders shared by the core tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from workshop import ops
from workshop.document import Document


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def created_id(change: ops.Change, table: str) -> int:
    return next(row_id for name, row_id in change.created if name == table)


def small_workshop(path: Path) -> Document:
    """A saved workshop with two partners, a topic, positions of each visibility and a value."""
    doc = Document.new(path)
    acme = created_id(ops.add_partner(doc, "Acme Housing", short_name="Acme"), "partner")
    bryn = created_id(ops.add_partner(doc, "Bryn Trust", short_name="Bryn"), "partner")
    topic = created_id(ops.create(doc, "topic", name="Exclusivity"), "topic")
    ops.add_position(doc, acme, "red_line", "Acme shared red line", topic_id=topic)
    ops.add_position(
        doc,
        acme,
        "bottom_line",
        "Acme confidential floor",
        topic_id=topic,
        visibility="confidential",
    )
    ops.add_position(doc, bryn, "open", "Bryn private aside", visibility="private")
    value = created_id(ops.create(doc, "value", name="Serve the community"), "value")
    ops.set_alignment(doc, value, acme, 4)
    ops.set_alignment(doc, value, bryn, 2)
    doc.save()
    return doc
