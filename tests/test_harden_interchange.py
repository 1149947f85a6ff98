"""Interchange edge values: every one gets its JSON path, never an "unexpected error", and every
export is standard JSON (no NaN or Infinity), with valid numbers in CSV and XLSX too."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import small_workshop
from ui.cli import main
from workshop import interchange, ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.errors import InterchangeError, InvalidInput

HEAD = '{"format": "common-ground-workshop", "version": 1, '
PARTNER = '"partners": [{"id": 1, "name": "Acme"}]'


def position(field: str) -> str:
    return f'{HEAD}{PARTNER}, "positions": [{{"id": 1, "partner_id": 1, {field}}}]}}'


EDGE_CASES = [
    # integers beyond SQLite's 64 bits, in every kind of integer field
    (f'{HEAD}"partners": [{{"id": {2**63}, "name": "A"}}]}}', "partners[0].id: the whole number"),
    (position('"sort_order": -9223372036854775809'), "positions[0].sort_order: the whole number"),
    (
        f'{HEAD}{PARTNER}, "positions": [{{"id": 1, "partner_id": {10**30}}}]}}',
        "positions[0].partner_id: the whole number",
    ),
    (position('"range_min": ' + "9" * 5000), "positions[0].range_min: the whole number"),
    (position('"range_max": 1e400'), "positions[0].range_max: the number is too large"),
    # not numbers in standard JSON
    (position('"range_min": NaN'), "positions[0].range_min: NaN is not a number"),
    (position('"range_max": Infinity'), "positions[0].range_max: Infinity is not a number"),
    (position('"range_max": -Infinity'), "positions[0].range_max: -Infinity is not a number"),
    (f'{HEAD}"audience": {{"kind": NaN}}}}', "audience.kind: NaN is not a number"),
    # lone surrogates: not characters, cannot be stored as UTF-8
    (f'{HEAD}"partners": [{{"id": 1, "name": "Acme \\ud800"}}]}}', "partners[0].name: contains"),
    (f'{HEAD}"notes": [{{"id": 1, "text": "\\udfff"}}]}}', "notes[0].text: contains a lone"),
    (f'{HEAD}"workshop": {{"\\ud800": 1}}}}', 'workshop."\\ud800": the name contains'),
    # repeated keys, anywhere: json would silently keep the last
    (
        f'{HEAD}"notes": [{{"id": 1, "text": "x", "visibility": "private", '
        '"visibility": "shared"}]}',
        "notes[0].visibility: appears more than once",
    ),
    (f'{HEAD}"notes": [], "notes": []}}', "notes: appears more than once"),
    ('{"format": "common-ground-workshop", "format": "x", "version": 1}', "format: appears"),
    (f'{HEAD}"workshop": {{"title": "a", "title": "b"}}}}', "workshop.title: appears"),
]


@pytest.mark.parametrize(("text", "path"), EDGE_CASES)
def test_edge_values_are_refused_with_their_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, path: str
) -> None:
    source = tmp_path / "edge.json"
    source.write_text(text, "utf-8")
    target = tmp_path / "out.workshop"
    code = main(["import", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert path in err and "unexpected" not in err.lower()
    assert err.count("\n") == 1 and "Nothing was written" in err
    err.encode("utf-8")  # printable as it stands: no lone surrogate in the message itself
    assert not target.exists() and sorted(tmp_path.iterdir()) == [source]


def test_a_repeated_visibility_never_shares_a_private_note() -> None:
    for first, second in (("private", "shared"), ("shared", "private")):
        text = (
            f'{HEAD}"notes": [{{"id": 1, "text": "the CEO may walk", '
            f'"visibility": "{first}", "visibility": "{second}"}}]}}'
        )
        with pytest.raises(InterchangeError) as raised:
            interchange.parse(text)
        assert raised.value.problems == [
            "notes[0].visibility: appears more than once in the same object; give each field once"
        ]


def test_the_64_bit_limits_themselves_are_kept(tmp_path: Path) -> None:
    largest, smallest = 2**63 - 1, -(2**63)
    source = tmp_path / "limits.json"
    source.write_text(
        f'{HEAD}"partners": [{{"id": {largest}, "name": "A", "sort_order": {smallest}}}], '
        f'"positions": [{{"id": 1, "partner_id": {largest}, "range_min": 1.5e308}}]}}',
        "utf-8",
    )
    interchange.import_file(source, tmp_path / "limits.workshop")
    doc = Document.open(tmp_path / "limits.workshop", read_only=True)
    snap = snapshot.build(doc, Audience.broker())
    doc.close()
    assert (snap.partners[0].id, snap.partners[0].sort_order) == (largest, smallest)
    assert snap.positions[0].range_min == 1.5e308


def test_every_problem_is_listed_at_once_in_document_order() -> None:
    with pytest.raises(InterchangeError) as raised:
        interchange.parse(
            f'{HEAD}"partners": [{{"id": 1, "name": "a", "name": "b", "role": "\\udc00"}}], '
            '"positions": [{"id": 1, "partner_id": 1, "range_min": NaN}]}'
        )
    assert raised.value.problems == [
        "partners[0].name: appears more than once in the same object; give each field once",
        "partners[0].role: contains a lone surrogate (\\udc00), which is not a character and "
        "cannot be stored; remove it",
        "positions[0].range_min: NaN is not a number in standard JSON; give a number or null",
    ]


def test_the_app_cannot_store_what_json_cannot_hold(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "w.workshop")
    pos = snapshot.build(doc, Audience.broker()).positions[0].id
    try:
        for bad in (float("inf"), float("-inf"), float("nan")):
            with pytest.raises(InvalidInput, match="range max must be a finite number"):
                ops.update(doc, "position", pos, range_max=bad)
        with pytest.raises(InvalidInput, match="too large a number to store"):
            ops.update(doc, "position", pos, sort_order=2**63)
    finally:
        doc.close()


def strict_json(text: str) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in an export")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def with_infinity(tmp_path: Path) -> Path:
    """A workshop whose file holds numbers that are not finite (as an older import stored)."""
    path = tmp_path / "inf.workshop"
    small_workshop(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE position SET range_min = -9e999, range_max = 9e999")
    conn.commit()
    conn.close()
    return path


def test_exports_write_only_finite_numbers(
    with_infinity: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for fmt, name in (("json", "full.json"), ("csv", "tables.zip"), ("xlsx", "book.xlsx")):
        args = ["export", str(with_infinity), "--format", fmt, "-o", str(out / name)]
        assert main([*args, "--audience", "broker"]) == 0, capsys.readouterr().err
    data = strict_json((out / "full.json").read_text("utf-8"))
    assert {(p["range_min"], p["range_max"]) for p in data["positions"]} == {(None, None)}
    with zipfile.ZipFile(out / "tables.zip") as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("positions.csv").decode("utf-8-sig"))))
    assert rows and {(r["Range from"], r["Range to"]) for r in rows} == {("", "")}
    from openpyxl import load_workbook

    sheet = load_workbook(out / "book.xlsx", read_only=True)["Positions"]
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    low, high = header.index("Range from"), header.index("Range to")
    values = [(row[low], row[high]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values and set(values) == {(None, None)}


def test_json_exports_are_standard_json_for_every_audience(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "w.workshop")
    try:
        broker = snapshot.build(doc, Audience.broker())
        audiences = [Audience.broker(), Audience.room()]
        audiences += [Audience.partner(p.id) for p in broker.partners]
        for audience in audiences:
            strict_json(interchange.dumps(snapshot.build(doc, audience)))
    finally:
        doc.close()
