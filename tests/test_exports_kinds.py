"""The exports follow the kind declarations: every kind that says ``sheet`` has its sheet and CSV
file, every kind that says ``pdf`` is in the broker's record, a kind with no section of its own
still gets a register, and a kind that says neither is in neither. A new kind is covered without
anyone listing it here."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import exports
from exports import pdf_record
from exports.cells import in_sheets
from exports.tables import csv_name, csv_names, headers, sheet_kinds
from tests.export_helpers import Canaries, canary_workshop, pdf_text, squash
from workshop import kinds, snapshot, vocabulary
from workshop.audience import Audience
from workshop.kinds import Kind
from workshop.snapshot import Snapshot

SHEET_KINDS = [kind for kind in kinds.kinds() if kind.sheet]
PDF_KINDS = [kind for kind in kinds.kinds() if kind.pdf]


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Snapshot, Canaries]]:
    root = tmp_path_factory.mktemp("kinds")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        doc, canaries, _ = canary_workshop(root / "canary.workshop")
        try:
            broker = snapshot.build(doc, Audience.broker())
        finally:
            doc.close()
    yield broker, canaries


@pytest.fixture(scope="module")
def written(
    planted: tuple[Snapshot, Canaries], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """The broker's record as a workbook (sheet -> rows), CSV files (name -> text) and PDF text."""
    from openpyxl import load_workbook

    broker, _ = planted
    folder = tmp_path_factory.mktemp("written")
    book = load_workbook(exports.export(broker, "xlsx", folder / "b.xlsx"), read_only=True)
    sheets = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book}
    book.close()
    with zipfile.ZipFile(exports.export(broker, "csv", folder / "b.zip")) as zf:
        files = {name: zf.read(name).decode("utf-8-sig") for name in zf.namelist()}
    pdf = squash(pdf_text(exports.export(broker, "pdf", folder / "b.pdf")))
    return {"sheets": sheets, "csv": files, "pdf": pdf}


def tokens_of(canaries: Canaries, table: str, name: str | None = None) -> set[str]:
    """The canaries planted in ``table`` (in its field ``name`` only, if given)."""
    return {
        token
        for token, (planted_in, field) in canaries.tokens.items()
        if planted_in == table and name in (None, field)
    }


@pytest.mark.parametrize("kind", SHEET_KINDS, ids=[k.table for k in SHEET_KINDS])
def test_every_kind_with_a_sheet_has_its_sheet_and_file(
    planted: tuple[Snapshot, Canaries], written: dict[str, Any], kind: Kind
) -> None:
    _, canaries = planted
    sheet = written["sheets"].get(kind.title)
    assert sheet is not None, f"{kind.table} says sheet=True; the workbook has no “{kind.title}”"
    assert sheet[0] == headers(kind)
    cells = {str(value) for row in sheet[1:] for value in row if value is not None}
    planted = {
        t for s in kind.fields if in_sheets(s) for t in tokens_of(canaries, kind.table, s.name)
    }
    assert planted <= cells
    text = written["csv"].get(csv_name(kind.title))
    assert text is not None, f"{kind.table} says sheet=True; the CSV has no {csv_name(kind.title)}"
    assert text.splitlines()[0] == ",".join(headers(kind))
    assert all(token in text for token in planted)


def test_the_sheets_are_exactly_the_declared_ones() -> None:
    assert [kind.title for kind in sheet_kinds()] == [kind.title for kind in SHEET_KINDS]
    assert csv_names() == ["about.csv", *(csv_name(kind.title) for kind in SHEET_KINDS)]
    titles = ["About", *(kind.title for kind in SHEET_KINDS)]
    assert len({title.casefold() for title in titles}) == len(titles)
    assert len(set(csv_names())) == len(csv_names())
    for title in titles:  # what a worksheet's name may be
        assert 0 < len(title) <= 31 and not set(title) & set("[]:*?/\\"), title


@pytest.mark.parametrize("kind", PDF_KINDS, ids=[k.table for k in PDF_KINDS])
def test_every_kind_in_the_pdf_is_in_the_broker_record(
    planted: tuple[Snapshot, Canaries], written: dict[str, Any], kind: Kind
) -> None:
    _, canaries = planted
    text = written["pdf"]
    tokens = tokens_of(canaries, kind.table, kind.main)  # what names an item
    choices = [spec for spec in kind.fields if spec.type == "enum" and spec.name != "visibility"]
    assert tokens or choices, f"{kind.table}: nothing of it to look for in the PDF"
    if tokens:
        missing = sorted(t for t in tokens if t not in text)
        assert not missing, f"{kind.table} says pdf=True; the broker's PDF lacks {missing}"
    else:  # no text of its own (attendance): its choices, in words
        for spec in choices:
            word = vocabulary.terms(spec.choices).label(spec.default)
            assert squash(word) in text, f"{kind.table} says pdf=True; no “{word}” in the PDF"


def test_a_kind_with_no_section_of_its_own_gets_a_register(
    planted: tuple[Snapshot, Canaries], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a new kind would: the risks section taken away, risks are still in the record, as a
    register under the kind's title with its fields' labels."""
    broker, canaries = planted
    before, after = pdf_record.sections()
    without = [part for part in before if "risk" not in part.shows]
    assert len(without) == len(before) - 1
    monkeypatch.setattr(pdf_record, "sections", lambda cancel=None: (without, after))
    raw = pdf_text(exports.export(broker, "pdf", tmp_path / "register.pdf"))
    text = squash(raw)
    missing = sorted(t for t in tokens_of(canaries, "risk") if t not in text)
    assert not missing, f"the register lacks {missing}"
    risk = kinds.of("risk")
    assert risk.title in raw.splitlines()
    for name in ("description", "partner_id", "likelihood", "mitigation", "review_date"):
        assert squash(risk.field(name).label) in text
    assert squash("likelihood × impact") not in text  # the register, not the matrix


def test_a_kind_that_says_no_pdf_and_no_sheet_is_in_neither(
    planted: tuple[Snapshot, Canaries], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broker, canaries = planted
    declared = kinds.of("risk")
    monkeypatch.setitem(kinds.KINDS, "risk", dataclasses.replace(declared, pdf=False, sheet=False))
    from pypdf import PdfReader

    pdf = exports.export(broker, "pdf", tmp_path / "none.pdf")
    text = squash(pdf_text(pdf))
    assert not [token for token in tokens_of(canaries, "risk") if token in text]
    titles = {item.title for item in PdfReader(str(pdf)).outline if not isinstance(item, list)}
    assert declared.title not in titles and "Disagreement register" in titles
    from openpyxl import load_workbook

    book = load_workbook(exports.export(broker, "xlsx", tmp_path / "none.xlsx"), read_only=True)
    assert declared.title not in book.sheetnames and "Positions" in book.sheetnames
    book.close()
    with zipfile.ZipFile(exports.export(broker, "csv", tmp_path / "none.zip")) as zf:
        assert csv_name(declared.title) not in zf.namelist()
