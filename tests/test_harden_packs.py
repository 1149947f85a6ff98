"""A pack can never be mistaken for another partner's: portable, distinct file names whatever the
partners are called, an index that says which file is whose, and the partner named in full inside."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import exports
from exports.cells import neutralise
from exports.packs import RESERVED, pack_stem, read_index
from tests.export_helpers import squash, table_cells
from tests.helpers import created_id
from workshop import ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import Partner

#: The characters a pack's file name may hold besides letters, marks and digits.
ALLOWED_PUNCTUATION = set(" -_.,()&'[]")

awkward = st.sampled_from(
    [
        "A/B Housing",
        "A B Trust",
        "Acme",
        "acme",
        "ACME",
        "Acme (2)",
        "Acme (2) Ltd",
        "CON",
        "con.txt",
        "LPT1",
        "COM¹",
        "aux ",
        "...",
        "-rf",
        ".hidden",
        "trailing dot.",
        "trailing space ",
        "Café",
        "Cafe\u0301",  # the same name in NFD, as macOS and some mail clients write it
        "Cymdeithas Tai Gŵyr",
        "Łódź Foundation",
        "جمعية الأمل",
        "\u202eevil\u202c.pdf",  # right-to-left override: would spoof the extension
        "\u200fمرحبا\u200e",
        "👩‍👩‍👧 Families First 🏳️‍🌈",
        "🎉",
        "x" * 300,
        "ä" * 200,
        "名" * 120,
        'Quote "this" <and> that? *|:',
        "tab\tand\nnewline",
        "\x00\x07",
        "",
    ]
)
names = st.one_of(awkward, st.text(max_size=80), st.text(st.characters(), min_size=60))


def partner(partner_id: int, name: str, short: str = "") -> Partner:
    return Partner(
        id=partner_id,
        created_at="",
        updated_at="",
        name=name,
        short_name=short,
        size_band="medium",
        reach="local",
        role="equal",
        colour="#4c72b0",
        sort_order=0,
    )


def portable(file_name: str) -> bool:
    return all(
        char in ALLOWED_PUNCTUATION
        or unicodedata.category(char)[0] in "LM"
        or unicodedata.category(char) == "Nd"
        for char in file_name
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(names, names), min_size=1, max_size=12))
def test_pack_names_are_distinct_portable_and_identify_the_partner(
    pairs: list[tuple[str, str]],
) -> None:
    partners = [partner(index * 7 + 1, name, short) for index, (name, short) in enumerate(pairs)]
    files = [f"{pack_stem(p)}.xlsx" for p in partners]
    for form in ("NFC", "NFD", "NFKC"):  # what macOS, mail clients and zip tools may make of them
        seen = {unicodedata.normalize(form, name).casefold() for name in files}
        assert len(seen) == len(files)
    for file_name, p in zip(files, partners, strict=True):
        stem = file_name.removesuffix(".xlsx")
        assert stem.endswith(f" [P{p.id}]")
        assert file_name == unicodedata.normalize("NFC", file_name)
        assert portable(file_name), file_name
        assert "[" not in stem.removesuffix(f" [P{p.id}]")  # brackets only in the tag
        assert stem.split(".")[0].rstrip(" ").upper() not in RESERVED
        assert not stem.startswith((".", "-", " ")) and not stem.endswith((".", " "))
        assert len(file_name.encode("utf-8")) <= 160 and len(file_name) <= 100


def test_names_that_read_alike_get_names_that_do_not() -> None:
    partners = [
        partner(1, "A/B Housing", "A/B"),
        partner(2, "A B Trust", "A B"),
        partner(3, "Acme", "Acme"),
        partner(4, "Acme", "Acme"),
        partner(5, "Acme (2) Ltd", "Acme"),
    ]
    assert [pack_stem(p) for p in partners] == [
        "A B Housing [P1]",
        "A B Trust [P2]",
        "Acme [P3]",
        "Acme [P4]",
        "Acme (2) Ltd [P5]",
    ]


def workshop_with(path: Path, partners: list[tuple[str, str]]) -> Document:
    doc = Document.new(path)
    for name, short in partners:
        pid = created_id(ops.add_partner(doc, name, short_name=short), "partner")
        ops.add_position(doc, pid, "red_line", f"secret of {pid}", visibility="confidential")
    return doc


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != ""),
            st.text(max_size=10),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_the_index_says_which_file_is_whose(pairs: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        doc = workshop_with(Path(folder) / "w.workshop", pairs)
        try:
            written = exports.export_all_partners(doc, "json", Path(folder) / "packs")
            broker = snapshot.build(doc, Audience.broker())
        finally:
            doc.close()
        packs = Path(folder) / "packs"
        assert sorted(written) == sorted(packs.iterdir())
        rows = read_index(packs / exports.INDEX_NAME)
        assert sorted(row["File"] for row in rows) == sorted(
            p.name for p in written if p.name != exports.INDEX_NAME
        )
        by_id = {p.id: p for p in broker.partners}
        for row in rows:
            p = by_id[int(row["Partner ID"])]
            # A name starting = + - @ is quoted, as in every CSV export (formula injection).
            assert (row["Partner"], row["Short name"]) == (
                neutralise(p.name),
                neutralise(p.short_name),
            )
            data = json.loads((packs / row["File"]).read_text("utf-8"))
            assert data["audience"]["partner_id"] == p.id
            assert data["audience"]["partner"] == p.name
            assert [pos["statement"] for pos in data["positions"]] == [f"secret of {p.id}"]


def test_the_marking_inside_names_the_partner_in_full(tmp_path: Path) -> None:
    long_name = "North West Community Mental Health and Wellbeing Alliance of Greater Manchester"
    doc = workshop_with(
        tmp_path / "w.workshop", [("Acme Housing Association", "Acme"), (long_name, "Acme")]
    )
    try:
        for fmt in ("pdf", "xlsx", "csv", "json"):
            exports.export_all_partners(doc, fmt, tmp_path / fmt)
    finally:
        doc.close()
    for number, name in ((1, "Acme Housing Association"), (2, long_name)):
        stem = pack_stem(partner(number, name))
        marking = f"Prepared for {name}: includes items shared in confidence with {name} only"
        from pypdf import PdfReader

        pages = PdfReader(str(tmp_path / "pdf" / f"{stem}.pdf")).pages
        for page in pages:
            text = squash(page.extract_text() or "")
            assert squash(marking) in text  # the footer, whole even for a long name
            if len(name) < 40:
                assert squash(f"Prepared for {name}: in confidence") in text  # running head
        for fmt in ("xlsx", "csv"):
            suffix = ".xlsx" if fmt == "xlsx" else ".zip"
            assert marking in table_cells(tmp_path / fmt / f"{stem}{suffix}")
        data = json.loads((tmp_path / "json" / f"{stem}.json").read_text("utf-8"))
        assert data["audience"] == {
            "kind": "partner",
            "marking": marking,
            "partner": name,
            "partner_id": number,
        }
