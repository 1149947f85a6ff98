"""The foundations summary as its readers get it (issue 12, 14 and 15 on paper): the sample
workshop's room pack, Northlight's pack and the broker's record, read back with pypdf, and their
workbooks with openpyxl.

Markings on every item that is not shared, the ten-minute first pages, document control, the
bookmarks and contents, typesetting, plain words, the spreadsheets' print setup, the insight
sections, and the review's numbers and issues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import exports
from exports import documents
from exports.pdf_style import MARGIN as PAGE_MARGIN
from exports.tables import MARKING_HEADER, SHARED
from tests.export_helpers import squash
from workshop import kinds, negotiation, review, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.sample import write_sample
from workshop.snapshot import Snapshot

WHO = ("room", "partner", "broker")


@dataclass
class Printed:
    snap: Snapshot
    pdf: Path
    pages: list[str]  # each page's text, its white space one space
    xlsx: Path

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    @property
    def squashed(self) -> str:
        """All the text with no white space (long texts wrap differently than they are kept)."""
        return squash(self.text)

    def page_of(self, text: str) -> int:
        """The first page (1-based) after the contents (page 2) holding ``text``."""
        return next(n for n, page in enumerate(self.pages, start=1) if n > 2 and text in page)

    def between(self, first: str, last: str) -> str:
        """The text from heading ``first`` up to heading ``last`` (both past the contents)."""
        body = " ".join(self.pages[2:])
        start = body.index(first)
        return body[start : body.index(last, start)]


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Printed]]:
    root = tmp_path_factory.mktemp("summary")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        write_sample(root / "S.workshop")
        doc = Document.open(root / "S.workshop", read_only=True)
        try:
            broker = snapshot.build(doc, Audience.broker())
            northlight = next(p for p in broker.partners if p.short_name == "Northlight")
            snaps = {
                "room": snapshot.build(doc, Audience.room()),
                "partner": snapshot.build(doc, Audience.partner(northlight.id)),
                "broker": broker,
            }
        finally:
            doc.close()
        printed = {}
        for who, snap in snaps.items():
            pdf = exports.export(snap, "pdf", root / f"{who}.pdf")
            xlsx = exports.export(snap, "xlsx", root / f"{who}.xlsx")
            printed[who] = Printed(snap, pdf, _pages(pdf), xlsx)
    yield printed


def _legible(text: str) -> str:
    """``text`` up to the first Arabic letter: shaped on paper, it reads back differently."""
    return re.split(r"[\u0600-\u06ff]", text)[0]


def _not_shared(snap: Snapshot) -> list[tuple[str, object]]:
    return [
        (kind.table, item)
        for kind in kinds.kinds()
        if kind.pdf and kind.has_visibility and kind.content
        for item in snap.items(kind.table)
        if getattr(item, "visibility", "shared") != "shared"
    ]


# --- 1. markings -----------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_every_item_not_shared_carries_its_marking_in_the_pdf(
    sample: dict[str, Printed], who: str
) -> None:
    printed = sample[who]
    snap = printed.snap
    hidden = _not_shared(snap)
    if who == "room":
        assert hidden == []
        for word in ("In confidence to you", "Confidential to", "Private"):
            assert squash(word) not in printed.text
        return
    assert hidden, "the sample has items this reader sees in confidence"
    markings = [_legible(snap.marking(table, item)) for table, item in hidden]
    # Each such item is printed with its marking at least once (most are twice: on the first
    # pages and in the record), so each marking is there at least as often as its items.
    for marking in set(markings):
        assert printed.squashed.count(squash(marking)) >= markings.count(marking), marking
    if who == "partner":
        assert set(markings) == {"In confidence to you"}
    else:
        assert "Private" in markings
        assert any(m.startswith("Confidential to Northlight Wellbeing Trust") for m in markings)


def test_counts_say_what_they_include(sample: dict[str, Printed]) -> None:
    assert re.search(r"\d+ positions, \d+ of them in confidence to you", sample["partner"].text)
    assert re.search(r"\d+ disagreements, \d+ of them confidential", sample["broker"].text)


@pytest.mark.parametrize("who", WHO)
def test_every_sheet_of_a_kind_with_visibility_has_a_marking_column(
    sample: dict[str, Printed], who: str
) -> None:
    printed = sample[who]
    book = openpyxl.load_workbook(printed.xlsx, read_only=True)
    checked = 0
    for kind in kinds.kinds():
        if not kind.sheet or not kind.has_visibility:
            continue
        rows = list(book[kind.title].iter_rows(values_only=True))
        column = list(rows[0]).index(MARKING_HEADER)
        ids = list(rows[0]).index("ID")
        items = printed.snap.by_id(kind.table)
        for row in rows[1:]:
            item = items[row[ids]]
            assert row[column] == (printed.snap.marking(kind.table, item) or SHARED)
            checked += 1
    assert checked > 50


# --- 2. ten-minute first pages -----------------------------------------------------------------


def test_the_room_pack_starts_with_where_things_stand(sample: dict[str, Printed]) -> None:
    room = sample["room"]
    assert room.page_of("Where things stand") == 3
    first = squash(room.between("Where things stand", "Shared values 8 values"))
    for heading in (
        "Agreed",
        "Still open",
        "Decisions waiting on CEOs and boards",
        "Actions overdue and due soon",
        "Coverage of the agreement",
    ):
        assert squash(heading) in first
    # Every open disagreement, with where it stands on the route, its owner and review date.
    for d in room.snap.disagreements:
        if d.status != "resolved":
            assert squash(d.title) in first
            assert squash(d.owner) in first
    assert "Now:step" in first and "Next:" in first
    assert re.search(r"\d+actionsopen:\d+overdue,\d+duewithinfourweeks", first)


def test_a_partner_pack_starts_with_its_own_organisation(sample: dict[str, Printed]) -> None:
    pack = sample["partner"]
    assert pack.page_of("Your organisation: Northlight Wellbeing Trust") == 3
    yours = squash(pack.between("Your organisation: Northlight", "Where things stand"))
    for heading in (
        "Decisions for your CEO or board",
        "Your red and bottom lines, and where they meet others",
        "Disagreements you are party to",
        "Your actions",
    ):
        assert squash(heading) in yours
    own = pack.snap.audience.partner_id
    for position in pack.snap.positions:
        if position.partner_id == own and position.kind in ("red_line", "bottom_line"):
            assert squash(position.statement[:60]) in yours
    others = [p.name for p in pack.snap.partners if p.id != own]
    assert any(squash(name) in yours for name in others), "where the lines meet others'"


def test_the_broker_record_says_what_is_not_safe_to_say_in_the_room(
    sample: dict[str, Printed],
) -> None:
    record = sample["broker"]
    assert record.page_of("Safe to say in the room") == 3
    safe = squash(record.between("Safe to say in the room", "Where things stand"))
    for _table, item in _not_shared(record.snap):
        main = getattr(item, kinds.of(_table).main)
        assert squash(str(main))[:40] in safe, main


# --- 3. document control -------------------------------------------------------------------------


def test_an_issued_pack_carries_its_document_control(tmp_path: Path) -> None:
    write_sample(tmp_path / "S.workshop")
    doc = Document.open(tmp_path / "S.workshop")
    try:
        broker = snapshot.build(doc, Audience.broker())
        partner = next(p for p in broker.partners if p.short_name == "Northlight")
        audience = Audience.partner(partner.id)
        first, _ = exports.issue_and_export(doc, audience, "pdf", tmp_path / "one.pdf")
        out, control = exports.issue_and_export(
            doc, audience, "pdf", tmp_path / "two.pdf", prepared_by="Bethan Morgan-Price"
        )
        assert control.issue is not None and control.issue.number == 2
        seen = snapshot.build(doc, audience)
        stem = exports.file_stem(seen, control)
    finally:
        doc.close()
    assert stem.endswith("Northlight Wellbeing Trust [P1] - issue 2 draft")
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None and meta.title is not None
    assert "For Northlight Wellbeing Trust only" in meta.title and "Issue 2, draft" in meta.title
    assert meta.subject == seen.audience_label
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert bool(prefs["/DisplayDocTitle"])
    pages = _pages(out)
    for page in pages:
        assert "Issue 2, draft" in page
        assert "For Northlight Wellbeing Trust only" in page
        assert "prepared by Bethan Morgan-Price" in page
    assert "Issue 1" in " ".join(_pages(first)) and "Issue 2" not in " ".join(_pages(first))


def _sign_off(printed: Printed) -> str:
    return printed.text.split("Sign-off By signing")[-1]


def test_a_partner_pack_signs_off_for_that_partner_only(sample: dict[str, Printed]) -> None:
    pack = sample["partner"]
    own = pack.snap.partner(pack.snap.audience.partner_id)
    assert own is not None
    signed = _sign_off(pack)
    assert signed.count("Signature") == 1
    assert own.name in signed
    for partner in pack.snap.partners:
        if partner.id != own.id:
            assert squash(partner.name) not in squash(signed)
    assert _sign_off(sample["room"]).count("Signature") == len(sample["room"].snap.partners)


# --- 4. navigation ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_bookmarks_open_their_sections_and_the_contents_give_their_pages(
    sample: dict[str, Printed], who: str
) -> None:
    printed = sample[who]
    reader = PdfReader(printed.pdf)
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert len(top) > 10
    pages = set()
    contents = printed.pages[1]
    assert contents.startswith("Contents") or "Contents" in contents
    for entry in top:
        if entry.title == "Contents":
            continue
        page = reader.get_destination_page_number(entry) + 1
        pages.add(page)
        title = entry.title
        assert title[:30] in printed.pages[page - 1], (entry.title, page)
        assert re.search(re.escape(title[:30]) + r".*?" + rf"\b{page}\b", contents), title
    assert len(pages) > 8, "bookmarks open many pages, not the first"


# --- 5. typesetting ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_the_sign_off_is_never_split_over_two_pages(sample: dict[str, Printed], who: str) -> None:
    printed = sample[who]
    page = printed.pages[printed.page_of("Sign-off By signing") - 1]
    blocks = 1 if who == "partner" else len(printed.snap.partners)
    assert page.count("Signature") == blocks


@pytest.mark.parametrize("who", ("room", "broker"))
def test_email_addresses_never_break_mid_word(sample: dict[str, Printed], who: str) -> None:
    text = " ".join(page.extract_text() or "" for page in PdfReader(sample[who].pdf).pages)
    for person in sample[who].snap.people:
        if person.email:
            # Pieces of the address appear whole: it breaks only before "@" or "." or after "-".
            for piece in filter(None, re.split(r"(?=[@.])|(?<=-)", person.email)):
                assert piece in text, piece


# --- 6. plain words -----------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_plain_words(sample: dict[str, Printed], who: str) -> None:
    text = sample[who].text
    assert "Clash" not in text
    assert "Two or more hard lines on this topic" in text
    assert re.search(r"Now: step \d of \d, [^·]+ · Next: ", text)
    assert "Proposed by" in text


@pytest.mark.parametrize("who", WHO)
def test_a_facilitators_run_sheet_note_is_printed_only_in_the_broker_record(
    sample: dict[str, Printed], who: str
) -> None:
    notes = [i.facilitator_note for i in sample["broker"].snap.agenda_items if i.facilitator_note]
    assert notes, "the sample has a run-sheet note"
    for note in notes:
        assert (squash(note) in sample[who].squashed) == (who == "broker")


# --- 7. spreadsheets ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_the_workbook_prints_landscape_fitted_marked_and_wrapped(
    sample: dict[str, Printed], who: str
) -> None:
    printed = sample[who]
    marking = printed.snap.audience_label
    book = openpyxl.load_workbook(printed.xlsx)
    props = book.properties
    assert props.subject == marking
    assert props.creator == printed.snap.workshop.facilitator
    assert props.title is not None and printed.snap.workshop.title in props.title
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToHeight == 0  # as many pages down as it takes, one across
        assert ws.print_title_rows == "$1:$1"
        assert marking in (ws.oddHeader.left.text or "")
        assert "Not issued" in (ws.oddFooter.left.text or "")
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Document control"].startswith(documents.distribution(printed.snap))
    assert "Not issued" in about["Document control"]
    positions = book["Positions"]
    statement = [c.value for c in positions[1]].index("Statement") + 1
    long_rows = [
        row
        for row in range(2, positions.max_row + 1)
        if len(str(positions.cell(row, statement).value or "")) > 120
    ]
    assert long_rows
    for row in long_rows:
        assert positions.cell(row, statement).alignment.wrap_text
        assert (positions.row_dimensions[row].height or 0) >= 30


# --- [insight] on paper ----------------------------------------------------------------------------


def test_the_insight_sections_are_in_the_packs_and_balance_only_in_the_broker_record(
    sample: dict[str, Printed],
) -> None:
    for who, printed in sample.items():
        text = printed.text
        assert "Where the deal is stuck" in text
        assert "Deadlock on" in text and "needs a mandate" in text
        assert "Zones of possible agreement" in text
        assert printed.page_of("Coverage of the agreement") <= 6  # the first pages
        assert "Since Foundations day" in text
        assert ("Balance of voices" in text) == (who == "broker")


@pytest.mark.parametrize("who", WHO)
def test_each_zone_on_paper_is_the_one_its_reader_may_see(
    sample: dict[str, Printed], who: str
) -> None:
    printed = sample[who]
    zones = negotiation.zones(printed.snap)
    assert zones
    for zone in zones:
        assert squash(negotiation.gap_text(zone)) in printed.squashed
    # The broker sees limits the room does not: a zone or gap only they make is not in the room.
    room_gaps = {negotiation.gap_text(z) for z in negotiation.zones(sample["room"].snap)}
    broker_gaps = {negotiation.gap_text(z) for z in negotiation.zones(sample["broker"].snap)}
    for text in broker_gaps - room_gaps:
        assert (squash(text) in printed.squashed) == (who == "broker")


# --- [review] on paper -------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ("partner", "broker"))
def test_every_reviewed_item_is_numbered_in_the_pack(sample: dict[str, Printed], who: str) -> None:
    printed = sample[who]
    numbers = [code for code, table, _ in review.items(printed.snap) if kinds.of(table).pdf]
    assert numbers
    text = printed.text
    missing = [code for code in numbers if not re.search(rf"\b{code}\b", text)]
    assert missing == []


# --- the export CLI records an issue -----------------------------------------------------------------


def test_export_issue_records_the_issue_and_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.cli import main

    path = tmp_path / "S.workshop"
    write_sample(path)
    out = tmp_path / "pack.pdf"
    args = ["export", str(path), "--format", "pdf", "--audience", "partner:Northlight"]
    assert main([*args, "-o", str(out), "--issue", "draft"]) == 0
    assert main([*args, "-o", str(out), "--issue", "final", "--force"]) == 0
    printed = capsys.readouterr().out
    assert "Recorded issue 1 (draft)" in printed and "Recorded issue 2 (final)" in printed
    meta = PdfReader(out).metadata
    assert meta is not None and "Issue 2, final" in str(meta.title)
    assert all("Issue 2, final" in page for page in _pages(out))
    doc = Document.open(path, read_only=True)
    try:
        issued = snapshot.build(doc, Audience.broker()).issues
    finally:
        doc.close()
    assert [(i.audience, i.number, i.status) for i in issued] == [
        ("partner", 1, "draft"),
        ("partner", 2, "final"),
    ]
    # One pack for one audience: a set of packs or a JSON file is refused in one sentence.
    assert (
        main(
            [
                "export",
                str(path),
                "--format",
                "json",
                "-o",
                str(tmp_path / "x.json"),
                "--issue",
                "draft",
            ]
        )
        == 1
    )
    assert "--issue records one pack" in capsys.readouterr().err


# --- [review]: changed since issue N, item by item ----------------------------------------------------


def test_a_new_issue_lists_what_changed_since_the_last_item_by_item(tmp_path: Path) -> None:
    from workshop import ops

    write_sample(tmp_path / "S.workshop")
    doc = Document.open(tmp_path / "S.workshop")
    try:
        broker = snapshot.build(doc, Audience.broker())
        partner = next(p for p in broker.partners if p.short_name == "Northlight")
        audience = Audience.partner(partner.id)
        first_pdf, _ = exports.issue_and_export(doc, audience, "pdf", tmp_path / "1.pdf")
        mine = [p for p in broker.positions if p.partner_id == partner.id]
        edited, deleted = mine[0], mine[1]
        ops.update(doc, "position", edited.id, statement="We now accept a fee of up to 9 %.")
        ops.delete(doc, "position", deleted.id)
        created = ops.create(doc, "action", text="Send the revised fee schedule to every partner.")
        action_id = next(row for table, row in created.created if table == "action")
        working = snapshot.build(doc, audience)
        draft = exports.export(working, "pdf", tmp_path / "working.pdf")
        second_pdf, control = exports.issue_and_export(doc, audience, "pdf", tmp_path / "2.pdf")
        seen = snapshot.build(doc, audience)
    finally:
        doc.close()
    assert control.issue is not None and control.issue.number == 2
    found = review.since_issue(seen, review.compared_issue(seen, control.issue, False))
    assert [code for code, _, _ in found.changed] == [review.number("position", edited.id)]
    assert [code for code, _, _ in found.added] == [review.number("action", action_id)]
    assert found.removed == 1
    assert "Changed since issue" not in " ".join(_pages(first_pdf))
    for path in (second_pdf, draft):  # issue 2, and the working copy before it was issued
        text = " ".join(_pages(path))
        part = text[text.index("Changed since issue 1 What is new") :]
        part = part[: part.index("Removed") + 200]
        assert re.search(rf"Changed \(1\) .*{review.number('position', edited.id)} Position", part)
        assert re.search(rf"Added \(1\) .*{review.number('action', action_id)} Action", part)
        assert "1 item removed since then" in part
        assert squash(deleted.statement[:40]) not in squash(part)


@pytest.mark.parametrize("who", WHO)
def test_no_heading_is_left_at_the_foot_of_a_page(sample: dict[str, Printed], who: str) -> None:
    """Every bookmarked heading has room for what follows it below it on its page (a heading
    alone at a page's foot would sit within a few lines of the bottom margin)."""
    reader = PdfReader(sample[who].pdf)

    def entries(outline: list[object]) -> Iterator[object]:
        for entry in outline:
            if isinstance(entry, list):
                yield from entries(entry)
            else:
                yield entry

    tops = [float(entry.top) for entry in entries(reader.outline)]  # type: ignore[attr-defined]
    assert len(tops) > 10
    bottom = float(PAGE_MARGIN)
    low = [top for top in tops if top - bottom < 100]
    assert low == []


def test_a_deadlock_of_bottom_lines_is_movable_and_one_of_red_lines_needs_a_mandate(
    tmp_path: Path,
) -> None:
    from workshop import ops

    doc = Document.new(tmp_path / "d.workshop")
    ids = {}
    for name in ("Acme", "Birch"):
        change = ops.add_partner(doc, f"{name} Trust", short_name=name)
        ids[name] = next(row for table, row in change.created if table == "partner")
    for term_name, kind in (("Exclusivity", "bottom_line"), ("Branding", "red_line")):
        change = ops.create(doc, "term", name=term_name)
        term = next(row for table, row in change.created if table == "term")
        for who, stance in (("Acme", "requires"), ("Birch", "rules_out")):
            ops.create(
                doc,
                "position",
                partner_id=ids[who],
                kind=kind,
                statement=f"{who} on {term_name}",
                term_id=term,
                stance=stance,
            )
    try:
        out = exports.export(snapshot.build(doc, Audience.room()), "pdf", tmp_path / "r.pdf")
    finally:
        doc.close()
    text = " ".join(_pages(out))
    stuck = text[text.index("Where the deal is stuck") :]
    assert re.search(
        r"Deadlock on Exclusivity: Acme’s bottom line \(requires it\) and Birch’s bottom line "
        r"\(rules it out\) cannot both hold — movable by the people in the room",
        stuck,
    )
    assert re.search(r"Deadlock on Branding: .* cannot both hold — needs a mandate", stuck)
