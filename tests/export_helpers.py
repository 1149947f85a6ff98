"""Builders and text extractors shared by the export tests.

``canary_workshop`` puts a unique token in every text field of every kind of item at every
visibility. A token reads ``Zq<code><number>q`` where the code says who the item was meant for:
S shared, A/B/C confidential to partner A/B/C, N confidential naming no partner, P private.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from workshop import fields as field_specs
from workshop import ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import Snapshot

TOKEN = re.compile(r"Zq[SABCNP]\d{4}q")
WHITESPACE = re.compile(r"\s+")

# Tables whose confidential items name a partner through ``partner_id``.
PARTNERED = {
    "person",
    "position",
    "clause",
    "impact",
    "action",
    "note",
    "alignment",
    "commitment_answer",
}
VISIBILITIES = ("S", "A", "B", "N", "P")


@dataclass
class Canaries:
    """What was planted: token -> (table, field)."""

    tokens: dict[str, tuple[str, str]] = field(default_factory=dict)
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def make(self, code: str, table: str, name: str) -> str:
        token = f"Zq{code}{next(self.counter):04d}q"
        self.tokens[token] = (table, name)
        return token


def _text_fields(table: str) -> list[str]:
    return [
        spec.name
        for spec in field_specs.fields_of(table)
        if spec.kind == "text" and spec.name not in ("language", "visibility")
    ]


def canary_workshop(path: Path) -> tuple[Document, Canaries, dict[str, int]]:
    """A workshop with a canary in every text field of every item kind at every visibility."""
    canaries = Canaries()
    doc = Document.new(path)
    with doc.edit("Plant canaries") as edit:

        def add(table: str, code: str, **values: Any) -> int:
            for name in _text_fields(table):
                if name not in values:
                    values[name] = canaries.make(code, table, name)
            return edit.insert(table, ops.clean(table, values, creating=True))

        w = {name: canaries.make("S", "workshop", name) for name in _text_fields("workshop")}
        edit.update("workshop", 1, ops.clean("workshop", w, creating=False))
        partners = {
            key: add("partner", "S", colour=colour, sort_order=i)
            for i, (key, colour) in enumerate(
                (("A", "#0072b2"), ("B", "#e69f00"), ("C", "#009e73"))
            )
        }
        topic = add("topic", "S")
        meeting = add("meeting", "S", date="2027-01-15")
        person = add("person", "S", partner_id=partners["A"])
        for code in VISIBILITIES:
            visibility = {"S": "shared", "P": "private"}.get(code, "confidential")
            owner = partners.get(code, partners["C"])
            named = {"partner_id": owner} if code in "SABP" else {}
            # For N (confidential naming no partner) the partnered tables use no partner.
            add("person", code, visibility=visibility, **named)
            add("topic", code, visibility=visibility)
            # A position always has a partner: "N" becomes confidential to C (code C).
            add(
                "position",
                "C" if code == "N" else code,
                visibility=visibility,
                partner_id=owner,
                topic_id=topic,
                kind="red_line",
                needs_decision=True,
                range_min=5.0,
                range_max=8.0,
            )
            add("value", code, visibility=visibility)
            add("clause", code, visibility=visibility, **named)
            add("commitment", code, visibility=visibility)
            add("impact", code, visibility=visibility, **named)
            add("meeting", code, visibility=visibility)
            add("agenda_item", code, visibility=visibility, meeting_id=meeting)
            add(
                "action",
                code,
                visibility=visibility,
                person_id=person,
                meeting_id=meeting,
                due_date="2027-02-01",
                **named,
            )
            add("note", code, visibility=visibility, **named)
            rating_partner = owner if code in "SABP" else partners["C"]
            if code != "N":
                # A shared parent each, so one partner can be rated at several visibilities.
                parent_value = add("value", "S", status="agreed")
                parent_commitment = add("commitment", "S")
                add(
                    "alignment",
                    code,
                    visibility=visibility,
                    value_id=parent_value,
                    partner_id=rating_partner,
                    rating=3,
                )
                add(
                    "commitment_answer",
                    code,
                    visibility=visibility,
                    commitment_id=parent_commitment,
                    partner_id=rating_partner,
                )
            disagreement = add("disagreement", code, visibility=visibility, topic_id=topic)
            if code in "AB":
                add(
                    "disagreement_party",
                    code,
                    disagreement_id=disagreement,
                    partner_id=partners[code],
                )
            elif code in "SP":
                add(
                    "disagreement_party",
                    code,
                    disagreement_id=disagreement,
                    partner_id=partners["A"],
                )
                add(
                    "disagreement_party",
                    code,
                    disagreement_id=disagreement,
                    partner_id=partners["B"],
                )
        edit.insert(
            "attendance", {"meeting_id": meeting, "person_id": person, "status": "attended"}
        )
    doc.save()
    return doc, canaries, partners


def audiences(doc: Document) -> dict[str, Audience]:
    broker = snapshot.build(doc, Audience.broker())
    found: dict[str, Audience] = {"room": Audience.room(), "broker": Audience.broker()}
    for partner in broker.partners:
        found[f"partner:{partner.id}"] = Audience.partner(partner.id)
    return found


def visible_text(snap: Snapshot) -> set[str]:
    """Every non-empty text value the snapshot holds (what the audience may see)."""
    values: set[str] = set()
    for table in field_specs.COLLECTIONS:
        for item in snap.items(table):
            for f in fields(item):
                value = getattr(item, f.name)
                if isinstance(value, str) and TOKEN.fullmatch(value):
                    values.add(value)
    return values


def squash(text: str) -> str:
    return WHITESPACE.sub("", text)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def table_cells(path: Path) -> list[str]:
    """Every cell (and header) of a CSV folder/zip or an XLSX, as text."""
    import pandas as pd

    frames: list[pd.DataFrame] = []
    if path.suffix == ".xlsx":
        frames = list(
            pd.read_excel(
                path, sheet_name=None, dtype=str, na_filter=False, keep_default_na=False
            ).values()
        )
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 BOM"
                frames.append(
                    pd.read_csv(
                        io.BytesIO(data),
                        dtype=str,
                        na_filter=False,
                        keep_default_na=False,
                        encoding="utf-8-sig",
                    )
                )
    else:
        for file in sorted(path.glob("*.csv")):
            frames.append(
                pd.read_csv(
                    file, dtype=str, na_filter=False, keep_default_na=False, encoding="utf-8-sig"
                )
            )
    cells: list[str] = []
    for frame in frames:
        cells += [str(c) for c in frame.columns]
        for column in frame.columns:
            cells += [str(v) for v in frame[column].tolist()]
    return cells


def json_text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return json.dumps(data, ensure_ascii=False)
