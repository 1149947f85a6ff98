"""Files: spreadsheets safe from formula injection, honest about what they changed, written
atomically; clear errors; one pack per partner; a light facade with no Qt."""

from __future__ import annotations

import dataclasses
import errno
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import exports
from exports.errors import DestinationUnwritable, DiskFull, ExportCancelled, ExportError
from tests.export_helpers import table_cells, with_items
from workshop import ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import Snapshot

ROOT = Path(__file__).resolve().parent.parent
DANGEROUS = [
    "=1+1",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\tX",
    "\rX",
    "\nX",
    "\x00X",
    '=HYPERLINK("http://evil.example","click")',
]


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Document]:
    d = Document.new(tmp_path / "w.workshop")
    acme = next(
        i
        for t, i in ops.add_partner(d, "Acme / Housing: “A”", short_name="A/B").created
        if t == "partner"
    )
    ops.add_partner(d, "Bryn Trust", short_name="a/b")
    ops.add_partner(d, "CON", short_name="")
    ops.add_position(d, acme, "open", "plain")
    for text in DANGEROUS:
        ops.add_position(d, acme, "open", text)
    ops.create(d, "note", text="https://example.org/link", visibility="shared")
    yield d
    d.close()


@pytest.fixture
def snap(doc: Document) -> Snapshot:
    return snapshot.build(doc, Audience.broker())


@pytest.mark.parametrize("suffix", [".zip", ".xlsx", "folder"])
def test_formula_like_text_is_neutralised(snap: Snapshot, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / ("csv-folder" if suffix == "folder" else f"out{suffix}")
    exports.export(snap, "xlsx" if suffix == ".xlsx" else "csv", out)
    cells = table_cells(out)
    for text in DANGEROUS:
        expected = "'" + text
        if suffix == ".xlsx":
            expected = expected.replace("\x00", "").replace("\r", "\n")
        assert expected in cells
        assert text not in cells
    assert "plain" in cells


def test_xlsx_strings_never_become_formulas_or_links(snap: Snapshot, tmp_path: Path) -> None:
    import openpyxl

    out = exports.export(snap, "xlsx", tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None
    header = book["Positions"][1]
    assert [c.value for c in header][:3] == ["ID", "Partner ID", "Partner"]
    assert header[0].font.bold
    assert book["Positions"].column_dimensions["G"].width > 10


def test_xlsx_removes_forbidden_controls_and_continues_long_text(
    snap: Snapshot, tmp_path: Path
) -> None:
    import pandas as pd

    long_text = "".join(f"{i:07d}," for i in range(10_000))  # 80,000 characters
    positions = (
        dataclasses.replace(snap.positions[0], statement="a\x01b\x1fc", reasoning=long_text),
        *snap.positions[1:],
    )
    changed = with_items(snap, positions=positions)
    out = exports.export(changed, "xlsx", tmp_path / "out.xlsx")
    sheets = pd.read_excel(out, sheet_name=None, dtype=str, na_filter=False)
    positions_sheet = sheets["Positions"]
    first = positions_sheet.iloc[0]
    assert first["Statement"] == "abc"
    parts = [c for c in positions_sheet.columns if str(c).startswith("Reasoning")]
    assert len(parts) == 3
    assert "".join(first[c] for c in parts) == long_text
    about = " ".join(sheets["About"].astype(str).to_numpy().ravel())
    assert "Control characters removed on “Positions”" in about
    assert "continued on “Positions”" in about
    # CSV has no cell limit: the text stays whole.
    zipped = exports.export(changed, "csv", tmp_path / "out.zip")
    assert long_text in table_cells(zipped)


def test_csv_is_utf8_with_bom_one_file_per_table(snap: Snapshot, tmp_path: Path) -> None:
    out = exports.export(snap, "csv", tmp_path / "tables.zip")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert {"positions.csv", "partners.csv", "about.csv", "notes.csv"} <= set(names)
        assert all(zf.read(n).startswith(b"\xef\xbb\xbf") for n in names)
        assert "Acme / Housing: “A”".encode() in zf.read("partners.csv")


def test_unwritable_destination_is_a_clear_error_and_leaves_nothing(
    snap: Snapshot, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder" / "out.pdf"
    with pytest.raises(DestinationUnwritable) as raised:
        exports.export(snap, "pdf", missing)
    assert "out.pdf" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert not missing.parent.exists()


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "json"])
def test_full_disk_is_a_clear_error_and_leaves_nothing(
    snap: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    import os

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    folder = tmp_path / "dest"
    folder.mkdir()
    (folder / "out.existing").write_text("keep")
    target = folder / ("out.zip" if fmt == "csv" else f"out.{fmt}")
    with pytest.raises(DiskFull) as raised:
        exports.export(snap, fmt, target)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "not enough space" in str(raised.value)
    assert sorted(p.name for p in folder.iterdir()) == ["out.existing"]


def test_cancel_leaves_no_file(snap: Snapshot, tmp_path: Path) -> None:
    folder = tmp_path / "dest"
    folder.mkdir()
    for fmt in ("pdf", "xlsx", "csv"):
        target = folder / f"c.{'zip' if fmt == 'csv' else fmt}"
        with pytest.raises(ExportCancelled):
            exports.export(snap, fmt, target, cancel=lambda: True)
        assert list(folder.iterdir()) == []


def test_progress_is_reported_for_the_pdf(snap: Snapshot, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    exports.export(snap, "pdf", tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen
    assert seen[-1][0] == seen[-1][1]


def test_one_pack_per_partner_with_safe_names(doc: Document, tmp_path: Path) -> None:
    written = exports.export_all_partners(doc, "pdf", tmp_path / "packs")
    names = sorted(p.name for p in written)
    assert names == ["Acme Housing A [P1].pdf", "Bryn Trust [P2].pdf", "_CON [P3].pdf", "index.csv"]
    assert all(p.exists() and p.stat().st_size > 1000 for p in written if p.suffix == ".pdf")


def test_unknown_format_is_refused(snap: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not an export format"):
        exports.export(snap, "docx", tmp_path / "x.docx")


def test_facade_is_light_and_exports_never_import_qt() -> None:
    code = (
        "import sys, exports\n"
        "heavy = [m for m in ('reportlab', 'pandas', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "import exports.pdf, exports.pdf_record, exports.tables, exports.fonts\n"
        "assert 'PySide6' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    for source in (ROOT / "exports").glob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source
