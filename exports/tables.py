"""CSV and XLSX of every table of a snapshot, safe to open in a spreadsheet.

* One sheet (and one CSV file) per kind whose declaration says ``sheet`` (``workshop.kinds``),
  named by the kind's title, its columns read off the declaration: the id, then every field
  under its label; a reference as the id and, beside it, the referenced item's ``main`` field;
  a choice as its label in ``workshop.vocabulary``; a flag as Yes or No; the time it last
  changed. Nothing here lists kinds or columns by hand.
* Text starting with ``= + - @``, tab, CR, LF or NUL is prefixed with ``'`` (OWASP CSV injection);
  XLSX strings never become formulas or links (XlsxWriter options).
* XLSX: control characters it cannot store are removed, and text over 32,767 characters is
  continued in extra columns; both are counted on the "About" sheet, never silent. Line breaks
  become LF (CR and CRLF would not read back as line breaks).
* CSV: UTF-8 with a byte-order mark, one file per table, in a folder or a zip.
* Language (``tr``, ``exports.pack_translate``): the words in the cells (choices, Yes and No,
  who may see a row), the "About" sheet's rows and the print head and foot are the pack's
  language. The sheet names, CSV file names and column headers stay English in every
  language: they are the tables' schema, which formulas, pivot tables and scripts name.
"""

from __future__ import annotations

import contextlib
import io
import math
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from exports.cells import (
    DANGEROUS_START,
    XLSX_CELL_LIMIT,
    XLSX_FORBIDDEN,
    as_is,
    in_sheets,
    neutralise,
    shown,
)
from exports.errors import ExportCancelled
from workshop import kinds
from workshop.atomic import atomic_path, fsync_directory
from workshop.issues import Control
from workshop.kinds import Field, Kind
from workshop.snapshot import Snapshot
from workshop.vocabulary import N_, Translate, same

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

CONTINUATION_SIZE = 32_000

#: The columns every sheet has besides the declared fields.
ID_HEADER = "ID"
CHANGED_HEADER = "Last changed (UTC)"
#: Who may see each row, as the reader's own pack says it ("In confidence to you", "Private"),
#: on the sheets of kinds that can be other than shared.
MARKING_HEADER = "Who may see it"
SHARED = N_("Shared")
#: The "About" sheet's rows.
ABOUT_WORKSHOP = N_("Workshop")
ABOUT_AUDIENCE = N_("Audience")
ABOUT_CONTROL = N_("Document control")
ABOUT_NEUTRALISED = N_("Cells starting = + - @ tab, CR, LF or NUL (prefixed with ')")
ABOUT_CONTROLS_ON = N_("Control characters removed on “%1”")
ABOUT_CONTINUED_ON = N_("Cells over 32,767 characters continued on “%1”")
ABOUT_CONTROLS = N_("Control characters removed")
PAGE_OF = N_("Page %1 of %2")
#: Print setup: wide columns wrap, rows grow to fit them (up to Excel's limit).
WRAP_WIDTH = 60.0
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0
#: The field that orders rows is how the sheet is sorted, not a column of its own.
ORDER_FIELD = "sort_order"

__all__ = [
    "csv_name",
    "csv_names",
    "frames",
    "headers",
    "neutralise",
    "sheet_kinds",
    "write_csv",
    "write_xlsx",
]


@dataclass(slots=True)
class Report:
    """What cleaning changed, shown on the "About" sheet."""

    neutralised: int = 0
    removed_controls: dict[str, int] = field(default_factory=dict)
    continued: dict[str, int] = field(default_factory=dict)


def sheet_kinds() -> list[Kind]:
    """The kinds that have a sheet, parents first (the order of the sheets and files)."""
    return [kind for kind in kinds.kinds() if kind.sheet]


def headers(kind: Kind) -> list[str]:
    """A kind's sheet's header row (before any continuation columns)."""
    found = [ID_HEADER]
    for spec in _columns(kind):
        found += [f"{spec.label} ID", spec.label] if spec.type == "ref" else [spec.label]
    if _marked(kind):
        found.append(MARKING_HEADER)
    found.append(CHANGED_HEADER)
    if len(found) != len(set(found)):
        raise ValueError(f"two columns of the {kind.table} sheet have one header: {found}")
    return found


def _marked(kind: Kind) -> bool:
    return kind.has_visibility


def _columns(kind: Kind) -> list[Field]:
    return [spec for spec in kind.fields if spec.name != ORDER_FIELD and in_sheets(spec)]


def frames(snapshot: Snapshot, tr: Translate = same) -> dict[str, pd.DataFrame]:
    """One DataFrame per kind with a sheet, keyed by the kind's title."""
    return {kind.title: _frame(snapshot, kind, tr) for kind in sheet_kinds()}


def _frame(snapshot: Snapshot, kind: Kind, tr: Translate = same) -> pd.DataFrame:
    items = snapshot.items(kind.table)
    columns: list[list[Any]] = [[item.id for item in items]]
    for spec in _columns(kind):
        # A number that is not finite (an older import could store one) is left blank.
        values = [_finite(getattr(item, spec.name)) for item in items]
        if spec.type == "ref":
            target = kinds.of(spec.ref)
            name = shown(target.field(target.main), tr)
            found = snapshot.by_id(spec.ref)
            columns.append([pd.NA if v is None else v for v in values])
            columns.append(
                [name(getattr(found[v], target.main)) if v in found else "" for v in values]
            )
        else:
            read = shown(spec, tr)
            columns.append(values if read is as_is else [read(v) for v in values])
    if _marked(kind):
        columns.append([snapshot.marking(kind.table, item, tr) or tr(SHARED) for item in items])
    columns.append([item.updated_at for item in items])
    return pd.DataFrame(dict(zip(headers(kind), columns, strict=True)))


def _finite(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _clean_text_columns(
    frame: pd.DataFrame, report: Report, sheet: str, *, xlsx: bool
) -> pd.DataFrame:
    frame = frame.copy()
    for column in list(frame.columns):
        series = frame[column]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        cleaned: list[Any] = []
        for value in series.tolist():
            if not isinstance(value, str) or (
                value.isprintable() and not value.startswith(DANGEROUS_START)
            ):
                cleaned.append(value)  # the usual case: nothing to neutralise or remove
                continue
            safe = neutralise(value)
            if safe is not value:
                report.neutralised += 1
            if xlsx:
                # A line break in a spreadsheet cell is LF; a CR would show as "_x000D_".
                safe = safe.replace("\r\n", "\n").replace("\r", "\n")
                safe, removed = XLSX_FORBIDDEN.subn("", safe)
                if removed:
                    report.removed_controls[sheet] = report.removed_controls.get(sheet, 0) + removed
            cleaned.append(safe)
        frame[column] = pd.Series(cleaned, index=frame.index, dtype=object)
    if xlsx:
        frame = _continue_long_text(frame, report, sheet)
    return frame


def _continue_long_text(frame: pd.DataFrame, report: Report, sheet: str) -> pd.DataFrame:
    """Text too long for one XLSX cell goes on in "(continued 2)", "(continued 3)"... columns."""
    for column in list(frame.columns):
        values = frame[column].tolist()
        longest = max((len(v) for v in values if isinstance(v, str)), default=0)
        if longest <= XLSX_CELL_LIMIT:
            continue
        parts = -(-longest // CONTINUATION_SIZE)
        chunks: list[list[Any]] = [[] for _ in range(parts)]
        for value in values:
            text = value if isinstance(value, str) else None
            for index in range(parts):
                if text is None:
                    chunks[index].append(value if index == 0 else "")
                else:
                    piece = text[index * CONTINUATION_SIZE : (index + 1) * CONTINUATION_SIZE]
                    chunks[index].append(piece)
            if text is not None and len(text) > XLSX_CELL_LIMIT:
                report.continued[sheet] = report.continued.get(sheet, 0) + 1
        position = list(frame.columns).index(column)
        frame[column] = pd.Series(chunks[0], index=frame.index, dtype=object)
        for index in range(1, parts):
            frame.insert(
                position + index,
                f"{column} (continued {index + 1})",
                pd.Series(chunks[index], index=frame.index, dtype=object),
            )
    return frame


def about(
    snapshot: Snapshot,
    report: Report,
    *,
    xlsx: bool,
    control: Control | None = None,
    tr: Translate = same,
) -> pd.DataFrame:
    from exports import documents
    from workshop import issues

    control = control if control is not None else issues.control(snapshot)
    rows = [
        (tr(ABOUT_WORKSHOP), snapshot.workshop.title),
        (tr(ABOUT_AUDIENCE), snapshot.audience_text(tr)),
        (tr(ABOUT_CONTROL), documents.control_line(snapshot, control, tr)),
        (tr(ABOUT_NEUTRALISED), str(report.neutralised)),
    ]
    if xlsx:
        for sheet, count in report.removed_controls.items():
            rows.append((tr(ABOUT_CONTROLS_ON).replace("%1", sheet), str(count)))
        for sheet, count in report.continued.items():
            rows.append((tr(ABOUT_CONTINUED_ON).replace("%1", sheet), str(count)))
        if not report.removed_controls:
            rows.append((tr(ABOUT_CONTROLS), "0"))
    return pd.DataFrame(rows, columns=["About this export", "Detail"])


def _prepared(
    snapshot: Snapshot,
    *,
    xlsx: bool,
    cancel: Cancel | None,
    control: Control | None = None,
    tr: Translate = same,
) -> dict[str, pd.DataFrame]:
    report = Report()
    sheets: dict[str, pd.DataFrame] = {}
    for sheet, frame in frames(snapshot, tr).items():
        if cancel is not None and cancel():
            raise ExportCancelled()
        sheets[sheet] = _clean_text_columns(frame, report, sheet, xlsx=xlsx)
    cleaned_about = _clean_text_columns(
        about(snapshot, report, xlsx=xlsx, control=control, tr=tr), Report(), "About", xlsx=xlsx
    )
    return {"About": cleaned_about, **sheets}


def write_xlsx(
    snapshot: Snapshot,
    out: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    control: Control | None = None,
    tr: Translate = same,
) -> None:
    from exports import documents
    from workshop import issues

    if control is None:
        control = issues.control(snapshot)
    sheets = _prepared(snapshot, xlsx=True, cancel=cancel, control=control, tr=tr)
    total = len(sheets)
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,  # no temporary files per sheet: the workbook is assembled in memory
    }
    import xlsxwriter

    marking = snapshot.audience_text(tr)
    title = documents.document_title(snapshot, control, tr)
    control_text = documents.control_line(snapshot, control, tr)
    # Whom it is for, whole, on the left of every printed page's head; the title as fits.
    left = _header_text(marking, 160)
    head_text = f"&L&B{left}&B&R{_header_text(title, 240 - len(left))}"
    page = _header_text(tr(PAGE_OF), 40).replace("%1", "&P").replace("%2", "&N")
    foot_text = f"&L{_header_text(control_text, 220 - len(page))}&R{page}"
    # The workbook is assembled in memory and written to the file in one go, through the one
    # write path: a full disk is then an ordinary OSError (XlsxWriter would wrap it in its own
    # error and leave its zip writer to complain on stderr).
    buffer = io.BytesIO()
    # The frames are written row by row with XlsxWriter itself: pandas' own Excel writer
    # formats every cell through Python objects and is about three times slower.
    with xlsxwriter.Workbook(buffer, options) as book:
        book.set_properties(
            {
                "title": title,
                "subject": marking,
                "author": snapshot.workshop.facilitator or "Common Ground",
                "company": "",
                "keywords": control_text,
                "comments": f"{marking}. {control_text}",
            }
        )
        head = book.add_format(
            {
                "bold": True,
                "font_color": "#FFFFFF",
                "bg_color": "#0B5F5A",
                "valign": "top",
                "text_wrap": True,
                "border": 0,
            }
        )
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        top = book.add_format({"valign": "top"})
        for done, (sheet, frame) in enumerate(sheets.items(), start=1):
            if cancel is not None and cancel():
                raise ExportCancelled()
            ws: Any = book.add_worksheet(sheet)
            widths = [_width(frame, name) for name in frame.columns]
            _write_cells(ws, frame, widths, wrap, top)
            for col, name in enumerate(frame.columns):
                ws.write_string(0, col, str(name), head)
                ws.set_column(col, col, widths[col])
            ws.freeze_panes(1, 0)
            if len(frame.columns):
                ws.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
            # Print: A4 landscape, as wide as the page, the header row on every page, whom it
            # is for in the head and the issue in the foot of every page.
            ws.set_landscape()
            ws.set_paper(9)
            ws.fit_to_pages(1, 0)
            ws.repeat_rows(0)
            ws.set_header(head_text)
            ws.set_footer(foot_text)
            if progress is not None:
                progress(done, total)
    with atomic_path(out) as temp:
        temp.write_bytes(buffer.getvalue())


def _header_text(text: str, limit: int) -> str:
    """``text`` for a print header or footer (255 characters in all), in at most ``limit``
    characters, shortened with … past that; an ampersand is doubled (one starts a code)."""
    text = " ".join(text.split())
    escaped = text.replace("&", "&&")
    while len(escaped) > limit and text:
        text = text[: max(len(text) - (len(escaped) - limit) - 1, 0)]
        escaped = text.replace("&", "&&") + "…"
    return escaped


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    room = max(int(width) - 1, 1)
    return sum(max(1, -(-len(part) // room)) for part in text.split("\n"))


def _write_cells(ws: Any, frame: pd.DataFrame, widths: list[float], wrap: Any, top: Any) -> None:
    """Strings as strings (never formulas or links), numbers as numbers, missing as blank.
    Text wider than its column wraps, and its row is made tall enough to show it."""
    heights: dict[int, int] = {}
    for col, column in enumerate(frame.columns):
        width = widths[col]
        for row, value in enumerate(frame[column].tolist(), start=1):
            if isinstance(value, str):
                if value:
                    if len(value) >= width or "\n" in value:
                        ws.write_string(row, col, value, wrap)
                        lines = _lines(value, width)
                        if lines > heights.get(row, 1):
                            heights[row] = lines
                    else:
                        ws.write_string(row, col, value)
            elif isinstance(value, bool):
                ws.write_boolean(row, col, value)
            elif isinstance(value, int | float) and math.isfinite(value):
                ws.write_number(row, col, value)
    # A tall row's other cells sit at its top too (the row's format: only where it matters, as
    # a format on every cell costs a third more time on a large workbook).
    for row, lines in heights.items():
        ws.set_row(row, min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT), top)


def _width(frame: pd.DataFrame, column: Any) -> float:
    sample = frame[column].head(200).tolist()
    longest = max((len(str(v)) for v in sample if v is not None), default=0)
    return float(min(max(len(str(column)) + 2, longest + 2, 8), WRAP_WIDTH))


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\r\n")
    return buffer.getvalue().encode("utf-8-sig")


def csv_name(sheet: str) -> str:
    return sheet.lower().replace(" ", "-") + ".csv"


def csv_names() -> list[str]:
    """The files a CSV export writes, in order: ``about.csv``, then one per kind with a sheet."""
    return [csv_name("About"), *(csv_name(kind.title) for kind in sheet_kinds())]


def write_csv(
    snapshot: Snapshot,
    out: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    tr: Translate = same,
) -> None:
    """One CSV per table: into ``out`` as a zip if it ends ``.zip``, else into folder ``out``."""
    sheets = _prepared(snapshot, xlsx=False, cancel=cancel, tr=tr)
    total = len(sheets)
    if out.suffix.lower() == ".zip":
        with atomic_path(out) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as zf:
            for done, (sheet, frame) in enumerate(sheets.items(), start=1):
                if cancel is not None and cancel():
                    raise ExportCancelled()
                zf.writestr(csv_name(sheet), _csv_bytes(frame))
                if progress is not None:
                    progress(done, total)
        return
    out.mkdir(parents=True, exist_ok=True)
    # Write every file beside the folder first, then move them in: never half a set of tables.
    staging: Path | None = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out))
        for done, (sheet, frame) in enumerate(sheets.items(), start=1):
            if cancel is not None and cancel():
                raise ExportCancelled()
            target = staging / csv_name(sheet)
            with open(target, "wb") as handle:
                handle.write(_csv_bytes(frame))
                handle.flush()
            if progress is not None:
                progress(done, total)
        for file in staging.iterdir():
            file.replace(out / file.name)
        fsync_directory(out)
    finally:
        if staging is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(staging)
