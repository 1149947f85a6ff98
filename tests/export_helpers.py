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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from workshop import audience, kinds, ops, snapshot, vocabulary
from workshop import fields as field_specs
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import Snapshot

TOKEN = re.compile(r"Zq[SABCNP]\d{4}q")
WHITESPACE = re.compile(r"\s+")

VISIBILITIES = ("S", "A", "B", "N", "P")
#: Values that make an item appear where a reader looks for it (a red line with a range in the
#: negotiation space, an agreed value in the alignment grid); every other field keeps its default.
REALISTIC: dict[str, dict[str, Any]] = {
    "position": {"kind": "red_line", "needs_decision": True, "range_min": 5.0, "range_max": 8.0},
    "value": {"status": "agreed"},
    "alignment": {"rating": 3},
    "meeting": {"date": "2027-01-15"},
    "action": {"due_date": "2027-02-01"},
    "risk": {"likelihood": 4, "impact": 5, "review_date": "2027-03-01"},
    "contribution": {"amount": 1200.0},
}


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


def canary_workshop(
    path: Path, *, every_term: bool = False
) -> tuple[Document, Canaries, dict[str, int]]:
    """A workshop with a canary in every text field of every kind of item at every visibility.

    Read off the kind declarations, so a new kind is swept without anyone listing it here: each
    kind gets an item per visibility (S shared, A/B confidential to partner A/B, N confidential
    naming no partner — C where a partner is required —, P private), each under a parent of its
    own that everyone may see, with its references to kinds that have a visibility pointing at a
    shared item (so a hidden one would be blanked, not leaked).

    With ``every_term``, also a shared item for every choice of every list field of every kind
    (the workshop's own row excepted: there is one), so every word of the vocabulary an export
    prints is in it.
    """
    canaries = Canaries()
    doc = Document.new(path)
    with doc.edit("Plant canaries") as edit:

        def add(table: str, code: str, **values: Any) -> int:
            for name in _text_fields(table):
                if name not in values:
                    # A field only the broker sees is private whatever its item's visibility.
                    private = kinds.of(table).field(name).private
                    values[name] = canaries.make("P" if private else code, table, name)
            return edit.insert(table, ops.clean(table, values, creating=True))

        w = {name: canaries.make("S", "workshop", name) for name in _text_fields("workshop")}
        edit.update("workshop", 1, ops.clean("workshop", w, creating=False))
        partners = {
            key: add("partner", "S", colour=colour, sort_order=i)
            for i, (key, colour) in enumerate(
                (("A", "#0072b2"), ("B", "#e69f00"), ("C", "#009e73"))
            )
        }
        shared: dict[str, int] = {}

        def plant(table: str, code: str, **chosen: Any) -> int:
            """One item of ``table`` meant for ``code``, its parents (shared) made first."""
            kind = kinds.of(table)
            values: dict[str, Any] = {**REALISTIC.get(table, {}), **chosen}
            parents = dict(kind.parents)
            for spec in kind.references:
                if spec.name in parents:
                    values[spec.name] = plant(spec.ref, "S")
                elif spec.ref == "partner" and kind.confidential_to == spec.name:
                    if code in "AB":
                        values[spec.name] = partners[code]
                    elif code in "SP":
                        values[spec.name] = partners["A"]
                    elif not spec.nullable:
                        code = "C"  # confidential naming no partner: impossible here, so C's
                        values[spec.name] = partners["C"]
                elif spec.ref == "partner":
                    values[spec.name] = partners["A" if code in "SNP" else code]
                elif kinds.of(spec.ref).has_visibility:
                    if any(spec.name in names for names in kind.unique):
                        values[spec.name] = plant(spec.ref, "S")  # one each: they are unique
                        continue
                    if spec.ref not in shared:
                        shared[spec.ref] = plant(spec.ref, "S")
                    values[spec.name] = shared[spec.ref]
            if kind.has_visibility:
                values["visibility"] = {"S": "shared", "P": "private"}.get(code, "confidential")
            return add(table, code, **values)

        for kind in kinds.kinds():
            if kind.table in ("workshop", "partner"):
                continue
            if kind.table in audience.PARTIES.values():
                continue  # a disagreement's parties are planted with it, below
            if not kind.has_visibility and not kind.confidential_to:
                plant(kind.table, "S")  # seen with its parents: one is enough
                continue
            for code in VISIBILITIES:
                item = plant(kind.table, code)
                if kind.table in audience.PARTIES:
                    # Confidential to the partners party to it: A's, B's, or both for S and P.
                    party = audience.PARTIES[kind.table]
                    column = next(c for c, t in kinds.of(party).parents if t == kind.table)
                    for key in {"A": "A", "B": "B", "S": "AB", "P": "AB"}.get(code, ""):
                        add(party, code, **{column: item, "partner_id": partners[key]})
        if every_term:
            _every_term(edit, partners, plant)
    doc.save()
    return doc, canaries, partners


def _every_term(edit: Any, partners: dict[str, int], plant: Callable[..., int]) -> None:
    """A shared item for every choice of every list field; partners' choices spread over
    partners A, B, C and as many more as the longest list needs (grids stay readable)."""
    choices = [spec for spec in kinds.of("partner").fields if spec.type == "enum"]
    longest = max(len(vocabulary.terms(spec.choices)) for spec in choices)
    ids = [*partners.values()]
    ids += [plant("partner", "S") for _ in range(longest - len(ids))]
    for index, partner_id in enumerate(ids):
        values = {}
        for spec in choices:
            terms = vocabulary.terms(spec.choices).values
            values[spec.name] = terms[index % len(terms)]
        edit.update("partner", partner_id, ops.clean("partner", values, creating=False))
    for kind in kinds.kinds():
        if kind.table in ("workshop", "partner"):
            continue  # one workshop row; partners above
        for spec in kind.fields:
            if spec.type == "enum" and spec.name != "visibility":
                for value in vocabulary.terms(spec.choices).values:
                    plant(kind.table, "S", **{spec.name: value})


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


def with_items(snap: Snapshot, **collections: tuple[Any, ...]) -> Snapshot:
    """``snap`` with some collections replaced (``positions=(...)``): for tests that rewrite
    what an audience sees, as a snapshot, not through a document."""
    by_table = {kind.collection: kind.table for kind in kinds.kinds()}
    items = {
        kind.table: snap.items(kind.table) for kind in kinds.kinds() if kind.table != "workshop"
    }
    for collection, replaced in collections.items():
        items[by_table[collection]] = tuple(replaced)
    return Snapshot(snap.audience, snap.workshop, items)


class _Colours:
    """Follows the fill colour through one page's operators (``q``/``Q`` save and restore it).

    pypdf hands over text when a run ends (a font change, a move, the end of the text object),
    by when the next run's colour may be set already: so each run takes the colour that was
    current when its first ``Tj`` was shown."""

    def __init__(self, texts: list[tuple[str, str]], fills: set[str]) -> None:
        self.texts, self.fills = texts, fills
        self.fill = "#000000"
        self.saved: list[str] = []
        self.shown: list[str] = []  # the colour of each text shown since the last run ended

    def operator(self, op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        if op in (b"Tj", b"TJ", b"'", b'"'):
            self.shown.append(self.fill)
        elif op == b"q":
            self.saved.append(self.fill)
        elif op == b"Q" and self.saved:
            self.fill = self.saved.pop()
        elif op in (b"rg", b"g"):
            values = args if op == b"rg" else args * 3
            self.fill = "#" + "".join(f"{round(float(a) * 255):02x}" for a in values)
            self.fills.add(self.fill)

    def text(self, found: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        colour = self.shown[0] if self.shown else self.fill
        if found.strip():
            self.shown.clear()
            self.texts.append((" ".join(found.split()), colour))


def pdf_colours(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """What a PDF draws in which colour: (text, its fill colour ``#rrggbb``) for every piece of
    text, and every fill colour it sets (text, squares, backgrounds)."""
    from pypdf import PdfReader

    texts: list[tuple[str, str]] = []
    fills: set[str] = set()
    for page in PdfReader(str(path)).pages:
        colours = _Colours(texts, fills)
        page.extract_text(visitor_operand_before=colours.operator, visitor_text=colours.text)
    return texts, fills
