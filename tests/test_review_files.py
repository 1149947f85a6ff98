"""The review pack's files: the response workbook written, filled in as a partner would (openpyxl,
and LibreOffice where it is installed), taken back through the command line, and every bad or
hostile workbook refused in one line with the workshop left byte for byte as it was."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports import review as workbook
from exports.errors import ExportCancelled
from exports.review_read import MAX_BYTES
from tests.export_helpers import TOKEN, canary_workshop, pdf_text, squash, visible_text
from tests.helpers import digest, small_workshop
from ui.cli import main
from workshop import review, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.sample import write_sample

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@dataclass(frozen=True)
class Issued:
    """A sample workshop with Northlight's review pack issued, kept for the module's tests."""

    workshop: bytes
    book: Path
    pdf: Path
    numbers: tuple[str, ...]
    other_confidential: str  # the number of an item Northlight may not see
    foreign_book: Path  # Northlight's workbook from another workshop


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Issued]:
    root = tmp_path_factory.mktemp("issued")
    with pytest.MonkeyPatch.context() as env:  # the per-test data folder does not exist yet
        env.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        env.setenv("HOME", str(root))
        path = root / "Sample.workshop"
        write_sample(path)
        with Document.open(path) as doc:
            written = workbook.write_review_pack(doc, 1, root / "packs", prepared_by="Bethan")
            doc.save()
            broker = snapshot.build(doc, Audience.broker())
        issue = broker.issues[0]
        hidden = next(p for p in broker.positions if p.partner_id != 1 and p.visibility != "shared")
        elsewhere = root / "Elsewhere.workshop"
        write_sample(elsewhere)
        with Document.open(elsewhere) as other:
            foreign = workbook.write_review_pack(other, 1, root / "foreign")
        yield Issued(
            path.read_bytes(),
            written[1],
            written[0],
            review.identity(broker, issue).numbers,
            review.number("position", hidden.id),
            foreign[1],
        )


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workshop's review workbook for Acme: quick to fill in many times."""
    root = tmp_path_factory.mktemp("tiny")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        env.setenv("HOME", str(root))
        with small_workshop(root / "Small.workshop") as doc:
            return workbook.write_review_pack(doc, 1, root / "packs")[1]


@pytest.fixture
def sample(issued: Issued, tmp_path: Path) -> Path:
    path = tmp_path / "Sample.workshop"
    path.write_bytes(issued.workshop)
    return path


# --- filling in a workbook as a partner would -----------------------------------------------------


def header(ws: Any) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows(max_row=20):
        names = {cell.value: cell.column for cell in row if isinstance(cell.value, str)}
        if "Number" in names and "Your answer" in names:
            return row[0].row, names
    raise AssertionError("no header row")


def fill(
    book: Path,
    out: Path,
    answers: dict[str, tuple[str, str, str]],
    sign: tuple[str, str, Any, str] | None = None,
    change: Callable[[openpyxl.Workbook], None] | None = None,
) -> Path:
    """``answers``: number -> (answer, proposed wording, comment); ``sign``: name, role, date,
    Yes/No. ``change`` does anything else to the workbook before it is saved to ``out``."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Responses"]
    top, columns = header(ws)
    for row in ws.iter_rows(min_row=top + 1):
        number = row[columns["Number"] - 1].value
        if number in answers:
            for name, value in zip(
                ("Your answer", "Proposed wording", "Comment"), answers[number], strict=True
            ):
                ws.cell(row[0].row, columns[name], value or None)
    if sign is not None:
        labels = {row[0].value: row[0].row for row in wb["Sign-off"].iter_rows() if row[0].value}
        for label, value in zip(
            ("Name", "Role", "Date", "We confirm this is a fair record"), sign, strict=True
        ):
            wb["Sign-off"].cell(labels[label], 2, value)
    if change is not None:
        change(wb)
    wb.save(out)
    return out


def resave_in_libreoffice(book: Path, folder: Path) -> Path:
    """Open and save ``book`` as XLSX with LibreOffice headless, as a partner might."""
    assert SOFFICE is not None
    folder.mkdir()
    profile = (folder / "profile").as_uri()  # its own profile: parallel tests do not collide
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(folder),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    saved = folder / book.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    return saved


# --- the workbook as written ------------------------------------------------------------------


def test_the_workbook_lists_the_pack_locks_all_but_the_answers_and_prints_marked(
    issued: Issued,
) -> None:
    assert issued.book.name == "Northlight Wellbeing Trust [P1] - issue 1 - responses.xlsx"
    assert issued.pdf.name == "Northlight Wellbeing Trust [P1] - issue 1.pdf"
    wb = openpyxl.load_workbook(issued.book)
    assert wb.sheetnames == ["About", "Responses", "Sign-off", "Identity"]
    assert wb["Identity"].sheet_state == "hidden"
    assert wb.active.title == "Responses"
    ws = wb["Responses"]
    top, columns = header(ws)
    assert list(columns) == [
        "Number",
        "Kind",
        "Wording",
        "Details",
        "Who may see it",
        "Your answer",
        "Proposed wording",
        "Comment",
    ]
    rows = list(ws.iter_rows(min_row=top + 1, values_only=True))
    assert tuple(row[0] for row in rows) == issued.numbers  # every item of the pack, in order
    by_number = {row[0]: row for row in rows}
    confidential = next(row for row in rows if row[4] == "In confidence to you")
    assert confidential[1] == "Position" and confidential[2]
    assert by_number[issued.numbers[0]][4] == "Shared"
    assert issued.other_confidential not in by_number
    # Locked but for the answers; protection without a password; the answers offered.
    assert ws.protection.sheet and not ws.protection.password
    for cell in ws[top + 1]:
        editable = cell.column >= columns["Your answer"]
        assert cell.protection.locked is not editable, cell.coordinate
        assert cell.alignment.wrap_text
    (choices,) = ws.data_validations.dataValidation
    assert choices.formula1 == '"Agree,Amend,Question"'
    assert str(choices.sqref) == f"F{top + 1}:F{top + len(rows)}"
    # Printed landscape, fitted to the width, the header row on every page, marked.
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1)  # 1 is the default, left out of the file
    assert ws.page_setup.fitToHeight == 0 and ws.print_title_rows == f"${top}:${top}"
    assert "Prepared for Northlight Wellbeing Trust: includes items shared in confidence" in (
        ws.oddFooter.left.text
    )
    assert "Prepared for Northlight: in confidence" in ws.oddHeader.left.text
    assert "issue 1 (draft" in ws.oddHeader.right.text
    sign = {row[0].value: row[1] for row in wb["Sign-off"].iter_rows() if row[0].value}
    assert not sign["Name"].protection.locked and not sign["Date"].protection.locked
    assert sign["Partner"].protection.locked and sign["Partner"].value == (
        "Northlight Wellbeing Trust"
    )
    props = wb.properties
    assert props.title.startswith("Review of the foundations summary: ")
    assert props.subject == "Issue 1 (draft) for Northlight Wellbeing Trust"
    assert props.creator == "Bethan"
    # The PDF beside it is Northlight's own pack.
    assert "Prepared for Northlight Wellbeing Trust" in pdf_text(issued.pdf)


def test_a_partners_workbook_holds_nothing_another_partner_said_in_confidence(
    tmp_path: Path,
) -> None:
    doc, _canaries, partners = canary_workshop(tmp_path / "Canaries.workshop")
    with doc:
        book = workbook.write_review_pack(doc, partners["A"], tmp_path / "packs")[1]
        seen = snapshot.build(doc, Audience.partner(partners["A"]))
    found: set[str] = set()
    with zipfile.ZipFile(book) as archive:  # every part: hidden sheet, properties, strings
        for name in archive.namelist():
            found |= set(TOKEN.findall(archive.read(name).decode("utf-8")))
    assert found <= visible_text(seen)  # only what A may see
    assert any(token[2] == "A" for token in found)  # what A said in confidence is there
    # Every item A reviews is there with its wording.
    wording = {getattr(item, review.kinds.of(t).main) for _n, t, item in review.items(seen)}
    assert {w for w in wording if TOKEN.fullmatch(str(w))} <= found


def test_text_a_spreadsheet_could_misread_is_written_as_text_and_cut_where_it_must_be(
    tmp_path: Path,
) -> None:
    from workshop import ops

    doc = Document.new(tmp_path / "Odd.workshop")
    with doc:
        ops.add_partner(doc, "Acme Housing", short_name="Acme")
        long = "word " * 8000  # 40,000 characters: more than a cell holds
        for statement in ('=HYPERLINK("http://example.org","x")', "Bell\x07 and tab\tend", long):
            ops.add_position(doc, 1, "red_line", statement, visibility="confidential")
        book = workbook.write_review_pack(doc, 1, tmp_path / "packs")[1]
    ws = openpyxl.load_workbook(book)["Responses"]
    top, columns = header(ws)
    cells = [row[columns["Wording"] - 1] for row in ws.iter_rows(min_row=top + 1)]
    assert [c.data_type for c in cells] == ["s"] * 3  # never a formula
    assert cells[0].value == '=HYPERLINK("http://example.org","x")'
    assert cells[1].value == "Bell and tab\tend"
    assert len(cells[2].value) == 32_767 and cells[2].value.endswith("(continued in the PDF)")


# --- the round trip ----------------------------------------------------------------------------


def test_issue_answer_accept_and_the_next_issue_shows_the_change_and_the_sign_off(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    with Document.open(sample, read_only=True) as doc:
        broker = snapshot.build(doc, Audience.broker())
    mine = [p for p in broker.positions if p.partner_id == 1]
    amended, agreed, asked = (review.number("position", p.id) for p in mine[:3])
    filled = fill(
        issued.book,
        tmp_path / "returned.xlsx",
        {
            amended: ("Amend", "Seven per cent, never less", "Our board met again"),
            agreed: ("Agree", "", ""),
            asked: ("question", "", "Who pays for the hall?"),
        },
        ("Helen Ashworth", "Director of Partnerships", date(2027, 1, 12), "Yes"),
    )
    before = sample.read_bytes()
    code, out, err = run(capsys, "responses", sample, filled, "--dry-run")
    assert (code, err) == (0, "")
    assert "Northlight Wellbeing Trust, issue 1 (draft): 1 agree, 1 amend, 1 question." in out
    assert "Dry run: nothing was recorded." in out and sample.read_bytes() == before
    code, out, err = run(capsys, "responses", sample, filled)
    assert (code, err) == (0, "")
    assert (
        "Sign-off: Helen Ashworth, Director of Partnerships on 12 Jan 2027 confirms this is a "
        "fair record." in out
    )
    with Document.open(sample) as doc:
        taken = snapshot.build(doc, Audience.broker())
        assert {(r.number, r.answer, r.comment) for r in taken.responses} == {
            (amended, "amend", "Our board met again"),
            (agreed, "agree", ""),
            (asked, "question", "Who pays for the hall?"),
        }
        assert taken.positions == broker.positions  # nothing changed until the broker acts
        response = next(r for r in taken.responses if r.number == amended)
        review.accept(doc, response.id)
        doc.save()
    code, out, err = run(capsys, "review", sample, "--partner", "Northlight", "-o", tmp_path)
    assert (code, err) == (0, "")
    pdf = tmp_path / "Northlight Wellbeing Trust [P1] - issue 2.pdf"
    book = tmp_path / "Northlight Wellbeing Trust [P1] - issue 2 - responses.xlsx"
    assert f"Wrote {pdf}" in out and f"Wrote {book}" in out
    text = squash(pdf_text(pdf))
    assert squash("Seven per cent, never less") in text
    assert squash(mine[0].statement[:60]) not in text
    ws = openpyxl.load_workbook(book)["Responses"]
    top, columns = header(ws)
    row = next(r for r in ws.iter_rows(min_row=top + 1, values_only=True) if r[0] == amended)
    assert row[columns["Wording"] - 1] == "Seven per cent, never less"
    with Document.open(sample, read_only=True) as doc:
        after = snapshot.build(doc, Audience.partner(1))
    (sign,) = review.confirmed_by(after)
    assert review.confirmation_text(after, sign) == (
        "Confirmed by Northlight (Helen Ashworth, Director of Partnerships) on 12 Jan 2027"
    )
    assert [i.number for i in after.issues] == [1, 2]


def test_the_next_pack_prints_who_confirmed(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    filled = fill(
        issued.book,
        tmp_path / "returned.xlsx",
        {},
        ("Helen Ashworth", "Director of Partnerships", "12/01/2027", "Yes"),
    )
    assert run(capsys, "responses", sample, filled)[0] == 0
    assert run(capsys, "review", sample, "--partner", "Northlight", "-o", tmp_path)[0] == 0
    text = squash(pdf_text(tmp_path / "Northlight Wellbeing Trust [P1] - issue 2.pdf"))
    assert squash("Confirmed by Northlight (Helen Ashworth, Director of Partnerships)") in text


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_workbook_resaved_by_libreoffice_reads_back_the_same(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    answers = {
        issued.numbers[0]: ("Agree", "", ""),
        issued.numbers[5]: ("Amend", "Line one\nline two", "Naïve café — جمعية"),
        issued.numbers[-1]: ("Question", "", "'=not a formula"),
    }
    filled = fill(
        issued.book, tmp_path / "filled.xlsx", answers, ("Helen", "CEO", date(2027, 1, 12), "Yes")
    )
    resaved = resave_in_libreoffice(filled, tmp_path / "libreoffice")
    assert resaved.read_bytes() != filled.read_bytes()
    assert workbook.read_workbook(resaved) == workbook.read_workbook(filled)
    code, out, err = run(capsys, "responses", sample, resaved)
    assert (code, err) == (0, "")
    assert "1 agree, 1 amend, 1 question" in out
    with Document.open(sample, read_only=True) as doc:
        taken = {r.number: r for r in snapshot.build(doc, Audience.broker()).responses}
    assert taken[issued.numbers[5]].proposed == "Line one\nline two"
    assert taken[issued.numbers[-1]].comment == "'=not a formula"


def test_lost_protection_and_validation_do_not_matter_but_the_words_do(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    def unprotect(wb: openpyxl.Workbook) -> None:
        for ws in wb.worksheets:
            ws.protection.sheet = False
            ws.data_validations.dataValidation = []

    first, second = issued.numbers[:2]
    loose = fill(
        issued.book,
        tmp_path / "loose.xlsx",
        {first: ("AMEND", "New words", ""), second: ("  agree ", "", "")},
        change=unprotect,
    )
    code, out, _ = run(capsys, "responses", sample, loose, "--dry-run")
    assert code == 0 and "1 agree, 1 amend, 0 questions" in out
    wrong = fill(issued.book, tmp_path / "wrong.xlsx", {first: ("Maybe", "", "")}, change=unprotect)
    code, out, err = run(capsys, "responses", sample, wrong)
    assert code == 1 and out == ""
    assert (
        err == f"commonground: Item {first}: “Maybe” is not an answer; use Agree, Amend or "
        "Question. Nothing was changed.\n"
    )


def test_a_changed_item_comes_back_as_a_conflict(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    from workshop import ops

    table, item_id = review.parse_number(issued.numbers[-1]) or ("", 0)
    with Document.open(sample) as doc:
        ops.update(doc, table, item_id, **{review.kinds.of(table).main: "Changed since"})
        doc.save()
    filled = fill(issued.book, tmp_path / "f.xlsx", {issued.numbers[-1]: ("Agree", "", "")})
    code, out, _ = run(capsys, "responses", sample, filled)
    assert code == 0
    assert f"1 conflict (changed since the issue): {issued.numbers[-1]}" in out


def test_inserted_columns_and_rows_do_not_matter(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    def move_things(wb: openpyxl.Workbook) -> None:
        wb["Responses"].insert_rows(1, 2)
        wb["Responses"].insert_cols(2)  # a column of the partner's own, left of the answers
        wb["Identity"].insert_rows(1, 3)
        wb["Sign-off"].insert_rows(3)
        wb.move_sheet("Identity", offset=-3)

    moved = fill(issued.book, tmp_path / "moved.xlsx", {}, change=move_things)
    answers = {issued.numbers[1]: ("Amend", "Moved words", "Still found")}
    filled = fill(moved, tmp_path / "filled.xlsx", answers, ("Helen", "CEO", "2027-01-12", "yes"))
    code, out, err = run(capsys, "responses", sample, filled)
    assert (code, err) == (0, "")
    assert "0 agree, 1 amend, 0 questions" in out and "Sign-off: Helen, CEO on 12 Jan 2027" in out
    with Document.open(sample, read_only=True) as doc:
        (taken,) = snapshot.build(doc, Audience.broker()).responses
    assert (taken.number, taken.proposed, taken.comment) == (
        issued.numbers[1],
        "Moved words",
        "Still found",
    )


# --- refusals ---------------------------------------------------------------------------------


def _identity(wb: openpyxl.Workbook, edit: Callable[[dict[str, Any]], None]) -> None:
    ws = wb["Identity"]
    cell = next(row[1] for row in ws.iter_rows() if row[0].value == "Identity")
    data = json.loads(cell.value)
    edit(data)
    cell.value = json.dumps(data, sort_keys=True, separators=(",", ":"))


def _signature(wb: openpyxl.Workbook) -> None:
    cell = next(row[1] for row in wb["Identity"].iter_rows() if row[0].value == "Signature")
    cell.value = ("0" if cell.value[0] != "0" else "1") + cell.value[1:]


def _renumber(old: str, new: str) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Responses"]
        next(row[0] for row in ws.iter_rows() if row[0].value == old).value = new

    return change


def _append(*values: Any) -> Callable[[openpyxl.Workbook], None]:
    return lambda wb: wb["Responses"].append(list(values))


def _answer_cell(header_name: str, value: Any) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Responses"]
        top, columns = header(ws)
        ws.cell(top + 2, columns[header_name], value)

    return change


def _sign_cell(label: str, value: Any) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Sign-off"]
        row = next(r[0].row for r in ws.iter_rows() if r[0].value == label)
        ws.cell(row, 2, value)

    return change


def _headers_renamed(wb: openpyxl.Workbook) -> None:
    ws = wb["Responses"]
    top, columns = header(ws)
    ws.cell(top, columns["Your answer"], "Answer")


def _edited(change: Callable[[openpyxl.Workbook], None]) -> Callable[[Issued, Path], Path]:
    def make(issued: Issued, folder: Path) -> Path:
        return fill(issued.book, folder / "edited.xlsx", {}, change=change)

    return make


def _bytes(data: bytes, name: str = "returned.xlsx") -> Callable[[Issued, Path], Path]:
    def make(_issued: Issued, folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return make


def _large(_issued: Issued, folder: Path) -> Path:
    path = folder / "large.xlsx"
    with open(path, "wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse: quick to make)
    assert path.stat().st_size > MAX_BYTES
    return path


def _zip_bomb(_issued: Issued, folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(210):  # 210 MB unpacked from well under 1 MB
                part.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    return path


def _rewritten(edit: Callable[[str, bytes], bytes]) -> Callable[[Issued, Path], Path]:
    """The workbook's zip with each part passed through ``edit(name, data)``."""

    def make(issued: Issued, folder: Path) -> Path:
        path = folder / "rewritten.xlsx"
        with zipfile.ZipFile(issued.book) as source, zipfile.ZipFile(path, "w") as target:
            for info in source.infolist():
                target.writestr(info, edit(info.filename, source.read(info)))
        return path

    return make


def _open_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def _encrypted_flag(issued: Issued, folder: Path) -> Path:
    """The workbook with every entry marked encrypted, as a zip tool's password marks it."""
    data = bytearray(issued.book.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= 0x1
            start = data.find(signature, start + 4)
    path = folder / "locked.xlsx"
    path.write_bytes(bytes(data))
    return path


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row>'
    "</sheetData></worksheet>"
).encode()

CASES: dict[str, tuple[Callable[[Issued, Path], Path], str]] = {
    "another workshop's": (lambda issued, _f: issued.foreign_book, "belongs to another workshop"),
    "identity claims another partner": (
        _edited(lambda wb: _identity(wb, lambda d: d.update(partner=2))),
        "identity has been changed since Common Ground wrote it",
    ),
    "identity lists one more item": (
        _edited(lambda wb: _identity(wb, lambda d: d["numbers"].append("P1"))),
        "identity has been changed since Common Ground wrote it",
    ),
    "signature edited": (
        _edited(_signature),
        "identity has been changed since Common Ground wrote it",
    ),
    "identity sheet removed": (
        _edited(lambda wb: wb.remove(wb["Identity"])),
        "is not a Common Ground review workbook",
    ),
    "number edited to another's item": (
        lambda issued, folder: _edited(_renumber(issued.numbers[0], issued.other_confidential))(
            issued, folder
        ),
        "names an item that was not in this partner's pack",
    ),
    "number edited to another row's": (
        lambda issued, folder: _edited(_renumber(issued.numbers[0], issued.numbers[1]))(
            issued, folder
        ),
        "is answered twice",
    ),
    "extra row": (_edited(_append("P9999", "", "", "", "", "Agree")), "P9999"),
    "extra row without a number": (
        _edited(_append(None, None, None, None, None, "Agree", None, "Us too")),
        "has an answer but no item number",
    ),
    "=HYPERLINK in a comment": (
        _edited(_answer_cell("Comment", '=HYPERLINK("http://example.org","Click")')),
        "the comment is a formula, not text",
    ),
    "=1+1 as proposed wording": (
        _edited(_answer_cell("Proposed wording", "=1+1")),
        "the proposed wording is a formula, not text",
    ),
    "a formula as the answer": (
        _edited(_answer_cell("Your answer", '="Agree"')),
        "the answer is a formula, not text",
    ),
    "a number as a comment": (
        _edited(_answer_cell("Comment", 0.08)),
        "the comment is a number, not text",
    ),
    "an error value as the answer": (
        _edited(_answer_cell("Your answer", "#N/A")),
        "the answer is an error value (#N/A), not text",
    ),
    "=TODAY() as the sign-off date": (
        _edited(_sign_cell("Date", "=TODAY()")),
        "“Date” (row 7) is a formula, not text",
    ),
    "a formula as the item number": (
        lambda issued, folder: _edited(_renumber(issued.numbers[0], "=K2"))(issued, folder),
        "the item number is a formula",
    ),
    "Responses sheet copied": (
        _edited(lambda wb: wb.copy_worksheet(wb["Responses"])),
        "has two Responses sheets",
    ),
    "Sign-off sheet copied": (
        _edited(lambda wb: wb.copy_worksheet(wb["Sign-off"])),
        "has two sign-off blocks",
    ),
    "header renamed": (_edited(_headers_renamed), "has no Responses sheet with its header row"),
    "sign-off date that is no date": (
        _edited(_sign_cell("Date", "next Tuesday")),
        "the date (row 7) is not a date",
    ),
    "sign-off neither yes nor no": (
        _edited(_sign_cell("We confirm this is a fair record", "Maybe")),
        "it must be Yes or No",
    ),
    "sign-off confirmed by nobody": (
        _edited(_sign_cell("We confirm this is a fair record", "Yes")),
        "gives no name",
    ),
    "50 MB": (_large, "far larger than a review workbook"),
    "zip bomb": (_zip_bomb, "unpacks to far more than a review workbook holds"),
    "renamed CSV": (_bytes(b"Number,Your answer\r\nP1,Agree\r\n"), "is not an Excel workbook"),
    "OpenDocument renamed": (_bytes(_open_document()), "is not an Excel workbook"),
    "password-protected (an encrypted Office file)": (
        _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088)),
        "password-protected or in the old .xls format",
    ),
    "zip entries encrypted": (_encrypted_flag, "is password-protected"),
    "cut short": (
        lambda issued, folder: _bytes(issued.book.read_bytes()[:4000])(issued, folder),
        "could not be read as a workbook",
    ),
    "a sheet that is not XML": (
        _rewritten(lambda name, data: b"\x00garbage" if name.endswith("sheet2.xml") else data),
        "could not be read as a workbook",
    ),
    "entities that expand a billion times": (
        _rewritten(lambda name, data: LAUGHS if name.endswith("sheet2.xml") else data),
        "could not be read as a workbook",
    ),
    "a folder": (lambda _i, folder: folder, "is not a file"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_and_hostile_workbooks_are_refused_in_one_line_and_change_nothing(
    case: str, sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: Issued
) -> None:
    make, words = CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    bad = make(issued, folder)
    before = digest(sample)
    code, out, err = run(capsys, "responses", sample, bad)
    assert code == 1 and out == ""
    assert err.startswith("commonground: ") and err.count("\n") == 1, err
    assert words in err
    assert "othing was changed" in err
    assert digest(sample) == before
    with Document.open(sample, read_only=True) as doc:
        assert snapshot.build(doc, Audience.broker()).responses == ()


def test_review_refuses_a_workshop_open_elsewhere_and_writes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(sample)
    with Document.open(sample):
        code, out, err = run(capsys, "review", sample, "--partner", "Cŵn", "-o", tmp_path / "o")
    assert code == 1 and out == "" and err.count("\n") == 1 and "open" in err
    assert digest(sample) == before and not (tmp_path / "o").exists()


def test_a_review_pack_is_written_whole_or_not_at_all(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packs"
    (out / "Cŵn a Chymuned [P2] - issue 1 - responses.xlsx").mkdir(parents=True)  # in the way
    before = digest(sample)
    code, _, err = run(capsys, "review", sample, "--partner", "cŵn", "-o", out)
    assert code == 1 and err.count("\n") == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "Cŵn a Chymuned [P2] - issue 1 - responses.xlsx"
    ]
    assert digest(sample) == before
    # Cancelled half-way through the PDF: no file, no hidden folder, no issue recorded.
    with Document.open(sample) as doc:
        calls: list[int] = []
        with pytest.raises(ExportCancelled):
            workbook.write_review_pack(
                doc,
                3,
                out,
                progress=lambda done, total: calls.append(done),
                cancel=lambda: bool(calls),
            )
        assert [i.partner_id for i in snapshot.build(doc, Audience.broker()).issues] == [1]
        assert doc.undo_label is None and not doc.modified
    assert sorted(p.name for p in out.iterdir()) == [
        "Cŵn a Chymuned [P2] - issue 1 - responses.xlsx"
    ]
    # A final issue needs every partner's confirmation first.
    code, _, err = run(capsys, "review", sample, "--partner", "Al-Amal", "-o", out, "--final")
    assert code == 1 and "cannot be issued as final" in err


# --- arbitrary text --------------------------------------------------------------------------------

TYPED = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(9), 11, 12, *range(14, 32), 13]))
        + "\ufffe\uffff",
    ),
    max_size=300,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(proposed=TYPED, comment=TYPED)
def test_whatever_a_partner_types_as_text_reads_back_as_typed(
    tiny: Path, tmp_path: Path, proposed: str, comment: str
) -> None:

    def typed_as_text(wb: openpyxl.Workbook) -> None:
        ws = wb["Responses"]
        top, columns = header(ws)
        for name, value in (("Proposed wording", proposed), ("Comment", comment)):
            cell = ws.cell(top + 1, columns[name])
            cell.value = value or None
            cell.data_type = "s"  # as typed: a leading = is text when the partner means text

    filled = fill(tiny, tmp_path / "typed.xlsx", {}, change=typed_as_text)
    first = workbook.read_workbook(filled).answers[0]
    assert (first.proposed, first.comment) == (proposed.strip(), comment.strip())
