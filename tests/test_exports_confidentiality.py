"""Confidentiality first: every format, every audience, a canary in every text field.

What an audience *may* see is taken from ``workshop.snapshot`` (the audience rules), never
re-implemented here; independently, the canary codes say what must never leak (see
``tests/export_helpers.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import exports
from exports.cells import in_pdf, in_sheets
from tests.export_helpers import (
    TOKEN,
    Canaries,
    audiences,
    canary_workshop,
    json_text,
    pdf_text,
    squash,
    table_cells,
    visible_text,
)
from workshop import kinds, snapshot
from workshop.audience import Audience
from workshop.snapshot import Snapshot

FORMATS = ("pdf", "csv", "xlsx", "json")
OUT_NAMES = {"pdf": "out.pdf", "csv": "out.zip", "xlsx": "out.xlsx", "json": "out.json"}


@pytest.fixture(scope="module")
def planted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, Snapshot], Canaries, dict[str, int]]]:
    root = tmp_path_factory.mktemp("canary")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        doc, canaries, partners = canary_workshop(root / "canary.workshop")
        try:
            snaps = {name: snapshot.build(doc, a) for name, a in audiences(doc).items()}
        finally:
            doc.close()
    yield snaps, canaries, partners


def _extract(fmt: str, path: Path) -> str:
    if fmt == "pdf":
        return squash(pdf_text(path))
    if fmt == "json":
        return json_text(path)
    return "\n".join(table_cells(path))


def _in_format(fmt: str, table: str, name: str, broker: bool = False) -> bool:
    """Whether ``fmt`` shows this field of this kind, by the declarations (``exports.cells``);
    the broker's record prints the broker's own fields (a facilitator's note) too."""
    kind = kinds.of(table)
    spec = kind.field(name)
    if fmt == "pdf":
        return kind.pdf and in_pdf(spec, broker)
    return True if fmt == "json" else kind.sheet and in_sheets(spec)


def _named_in_format(fmt: str, table: str, name: str, broker: bool = False) -> bool:
    """Whether ``fmt`` may print this field: its own, or the name (``main``) of an item that an
    item it shows refers to (a response's issue)."""
    if _in_format(fmt, table, name, broker):
        return True
    shown = [k for k in kinds.kinds() if (k.pdf if fmt == "pdf" else k.sheet)]
    return name == kinds.of(table).main and any(
        spec.ref == table for kind in shown for spec in kind.references
    )


def _forbidden_codes(audience: Audience, partners: dict[str, int]) -> set[str]:
    """Planted codes that must never reach this audience, whatever the rule's details."""
    if audience.kind == "broker":
        return set()
    if audience.kind == "room":
        return {"A", "B", "C", "N", "P"}
    mine = next(code for code, pid in partners.items() if pid == audience.partner_id)
    return {"A", "B", "C", "N", "P"} - {mine}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who", ["room", "partner:A", "partner:B", "partner:C", "broker"])
def test_export_shows_exactly_what_the_audience_may_see(
    planted: tuple[dict[str, Snapshot], Canaries, dict[str, int]],
    tmp_path: Path,
    fmt: str,
    who: str,
) -> None:
    snaps, canaries, partners = planted
    key = f"partner:{partners[who[-1]]}" if who.startswith("partner:") else who
    snap = snaps[key]
    out = exports.export(snap, fmt, tmp_path / OUT_NAMES[fmt])
    text = _extract(fmt, out)
    found = set(TOKEN.findall(text))

    may_see = visible_text(snap)
    everything = visible_text(snaps["broker"])
    assert may_see, "the oracle saw nothing: the test would prove nothing"
    # What the format shows: the kinds whose declaration puts them in a PDF or in the sheets.
    broker = snap.audience.kind == "broker"
    shown = {t for t in may_see if _in_format(fmt, *canaries.tokens[t], broker)}
    missing = shown - found
    assert not missing, f"{fmt} for {who} lacks {sorted(missing)[:10]}: " + ", ".join(
        f"{canaries.tokens[t]}" for t in sorted(missing)[:10]
    )
    leaked = found - may_see
    assert not leaked, f"{fmt} for {who} leaks {sorted(leaked)}"
    unprinted = {t for t in found if not _named_in_format(fmt, *canaries.tokens[t], broker)}
    assert not unprinted, f"{fmt} for {who} prints what it never shows: {sorted(unprinted)}"
    assert found <= everything

    forbidden = _forbidden_codes(snap.audience, partners)
    wrong = {token for token in found if token[2] in forbidden}
    assert not wrong, f"{fmt} for {who} carries {sorted(wrong)}"
    if snap.audience.kind != "broker":
        assert everything - may_see, "this audience should be missing something"


def test_every_planted_canary_is_in_the_broker_record(
    planted: tuple[dict[str, Snapshot], Canaries, dict[str, int]],
) -> None:
    snaps, canaries, _ = planted
    assert set(canaries.tokens) == visible_text(snaps["broker"])


def test_pdf_carries_the_audience_marking_on_every_page(
    planted: tuple[dict[str, Snapshot], Canaries, dict[str, int]], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    snaps, _, partners = planted
    snap = snaps[f"partner:{partners['A']}"]
    out = exports.export(snap, "pdf", tmp_path / "a.pdf")
    reader = PdfReader(str(out))
    pages = reader.pages
    assert len(pages) > 2
    marking = squash(snap.audience_label)[:40]
    for number, page in enumerate(pages, start=1):
        text = squash(page.extract_text() or "")
        assert f"Page{number}of{len(pages)}" in text
        assert marking in text
    meta = reader.metadata
    assert meta is not None
    assert meta.title and "Foundations summary" in meta.title
    assert meta.subject == snap.audience_label
    assert meta.author
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.outline, "sections are bookmarked"
    titles = {item.title for item in reader.outline if not isinstance(item, list)}
    assert {"Where things stand", "Disagreement register", "Sign-off"} <= titles


def _in_order(words: list[str], tokens: list[str], gap: int = 60) -> bool:
    """Whether ``words`` occur in ``tokens`` in order, at most ``gap`` tokens apart."""
    for start, token in enumerate(tokens):
        if token != words[0]:
            continue
        position, found = start, 1
        for word in words[1:]:
            window = tokens[position + 1 : position + 1 + gap]
            if word not in window:
                break
            position += 1 + window.index(word)
            found += 1
        if found == len(words):
            return True
    return False


def _long_texts(snap: Snapshot) -> set[str]:
    """Every text value of 30 characters or more (long enough to be unmistakable) the PDF
    prints."""
    found: set[str] = set()
    for kind in kinds.kinds():
        printed = [spec.name for spec in kind.fields if kind.pdf and in_pdf(spec)]
        for item in snap.items(kind.table):
            for name in printed:
                value = getattr(item, name)
                if isinstance(value, str) and len(value) >= 30 and value.isascii():
                    found.add(value)
    return found


@pytest.mark.parametrize("who", ["room", "partner", "broker"])
def test_sample_workshop_pdf_is_complete_and_keeps_confidences(tmp_path: Path, who: str) -> None:
    from workshop.document import Document
    from workshop.sample import write_sample

    write_sample(tmp_path / "sample.workshop")
    doc = Document.open(tmp_path / "sample.workshop", read_only=True)
    try:
        broker = snapshot.build(doc, Audience.broker())
        audience = {
            "room": Audience.room(),
            "broker": Audience.broker(),
            "partner": Audience.partner(broker.partners[0].id),
        }[who]
        snap = snapshot.build(doc, audience)
    finally:
        doc.close()
    raw = pdf_text(exports.export(snap, "pdf", tmp_path / "sample.pdf"))
    text = squash(raw)
    tokens = raw.split()
    shown = _long_texts(snap)
    hidden = _long_texts(broker) - shown
    assert shown
    # A table row split over a page is read back interleaved with its neighbours' cells and
    # the running head, so look for each text's words in order rather than contiguously.
    missing = [t for t in shown if squash(t) not in text and not _in_order(t.split(), tokens)]
    assert missing == []
    assert [t for t in hidden if squash(t) in text] == []
    if who != "broker":
        assert hidden, "the sample has confidential or private items this audience must not see"
    for name in ("Cŵn", "Tŷ", "Łucja", "Żółkiewska"):
        assert name in text


def test_no_zone_or_gap_on_paper_is_made_from_a_limit_its_reader_may_not_see(
    tmp_path: Path,
) -> None:
    """A zone of agreement that exists only because of a partner's confidential limit is not in
    the room's pack nor another partner's; one the room can make from shared limits is, and
    says nothing of the hidden one (issue 14: every figure from the audience's own snapshot)."""
    from workshop import ops
    from workshop.document import Document

    doc = Document.new(tmp_path / "zones.workshop")
    ids = {}
    for name in ("Acme", "Birch", "Cedar"):
        change = ops.add_partner(doc, f"{name} Trust", short_name=name)
        ids[name] = next(row for table, row in change.created if table == "partner")

    def term(name: str, unit: str) -> int:
        change = ops.create(doc, "term", name=name, numeric=True, unit=unit)
        return next(row for table, row in change.created if table == "term")

    def line(who: str, on: int, kind: str, visibility: str, **limit: float) -> None:
        ops.create(
            doc,
            "position",
            partner_id=ids[who],
            kind=kind,
            statement=f"{who} limit on term {on}",
            term_id=on,
            stance="limit",
            visibility=visibility,
            **limit,
        )

    fee, days = term("Management fee", "%"), term("Days to pay", "days")
    line("Acme", fee, "red_line", "shared", range_min=5.0)
    line("Birch", fee, "bottom_line", "confidential", range_max=8.0)  # the zone needs it
    line("Acme", days, "red_line", "shared", range_max=30.0)
    line("Birch", days, "bottom_line", "confidential", range_min=45.0)  # breaks the zone
    line("Cedar", days, "bottom_line", "shared", range_min=20.0)
    try:
        texts = {
            who: squash(
                pdf_text(
                    exports.export(snapshot.build(doc, audience), "pdf", tmp_path / f"{who}.pdf")
                )
            )
            for who, audience in {
                "room": Audience.room(),
                "Acme": Audience.partner(ids["Acme"]),
                "Birch": Audience.partner(ids["Birch"]),
                "broker": Audience.broker(),
            }.items()
        }
    finally:
        doc.close()
    hidden_zone = squash("Zone of agreement: 5 to 8 %")
    shared_zone = squash("Zone of agreement: 20 to 30 days")
    hidden_gap = squash("No overlap: Acme and Birch are 15 points apart")
    for who, text in texts.items():
        sees_birch = who in ("Birch", "broker")
        assert (hidden_zone in text) == sees_birch, who
        assert (hidden_gap in text) == sees_birch, who
        assert (shared_zone in text) == (not sees_birch), who
        assert ("Birchlimitonterm" in text) == sees_birch, who


@pytest.mark.parametrize("who", ["room", "partner:A", "partner:B", "broker"])
def test_the_first_pages_show_only_what_the_audience_may_see(
    planted: tuple[dict[str, Snapshot], Canaries, dict[str, int]],
    tmp_path: Path,
    who: str,
) -> None:
    """The ten-minute first pages (safe to say, your organisation, where things stand, coverage)
    print canaries, and only those their audience may see: the broker's "safe to say" names
    every kind of confidence, the partner's first pages its own."""
    from pypdf import PdfReader

    snaps, _canaries, partners = planted
    key = f"partner:{partners[who[-1]]}" if who.startswith("partner:") else who
    snap = snaps[key]
    out = exports.export(snap, "pdf", tmp_path / "out.pdf")
    reader = PdfReader(out)
    record = next(
        e for e in reader.outline if not isinstance(e, list) and e.title == "Shared values"
    )
    last = reader.get_destination_page_number(record)
    first_pages = " ".join(page.extract_text() or "" for page in reader.pages[2:last])
    found = set(TOKEN.findall(squash(first_pages)))
    assert found, "the first pages print the canary workshop's items"
    assert found <= visible_text(snap)
    forbidden = _forbidden_codes(snap.audience, partners)
    assert not {t for t in found if t[2] in forbidden}
    codes = {t[2] for t in found}
    if who == "broker":
        assert {"A", "B", "N", "P"} <= codes
    elif who.startswith("partner:"):
        assert who[-1] in codes  # its own confidences, marked "In confidence to you"
        assert "In confidence to you" in first_pages
