"""Reading a partner's returned review workbook (``exports.review`` writes it), trusting nothing
a spreadsheet program may drop or a sender may forge.

Before anything is parsed the file is checked for size and shape (an XLSX is a zip with the
right parts; not too large, not unpacking to far more than it could hold, no password). It is
opened read-only with formulas kept as formulas; the identity, the answer rows and the sign-off
are found by their headers and labels, not by fixed positions (re-saving in LibreOffice may move
things), and protection or data validation that a program dropped does not matter: an answer
must be plain text, never a formula, and ``workshop.review.check`` decides about the identity
and the rows. Nothing here writes anything.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from exports.cells import XLSX_FORBIDDEN
from workshop import review, vocabulary
from workshop.review import Answer, Returned, ReviewRefused, SignedOff
from workshop.snapshot import Snapshot

# --- the layout the reader looks for (by these words, not by position) --------------------------

RESPONSES, SIGN_OFF, ABOUT, IDENTITY = "Responses", "Sign-off", "About", "Identity"
NUMBER, KIND, WORDING, DETAILS, MARKING = "Number", "Kind", "Wording", "Details", "Who may see it"
ANSWER, PROPOSED, COMMENT = "Your answer", "Proposed wording", "Comment"
COLUMNS: tuple[tuple[str, float], ...] = (
    (NUMBER, 9),
    (KIND, 14),
    (WORDING, 48),
    (DETAILS, 34),
    (MARKING, 18),
    (ANSWER, 13),
    (PROPOSED, 44),
    (COMMENT, 34),
)
NAME, ROLE, DATE, CONFIRM = "Name", "Role", "Date", "We confirm this is a fair record"
IDENTITY_LABEL, SIGNATURE_LABEL = "Identity", "Signature"
YES, NO = "Yes", "No"
#: A row's answer as the workbook offers it (the vocabulary's words), and back.
ANSWERS: dict[str, str] = {term.label: term.value for term in vocabulary.terms("response_answer")}

#: What a returned workbook may be: a review workbook of a 10,000-item workshop is about 0.3 MB.
MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_PARTS = 1000
#: More answer rows than any pack has (a 10,000-item workshop's partner sees about 6,400).
MAX_ROWS = 100_000
#: How far down a sheet its header row or labels are looked for.
HEADER_ROWS = 40
#: An identity longer than one cell holds is continued in the rows below.
IDENTITY_CHUNK = 30_000


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filled:
    """What a returned workbook holds, as found (not yet checked): ``review.check``'s input."""

    identity: str
    signature: str
    answers: tuple[Answer, ...]
    sign_off: SignedOff | None


def check_workbook(snap: Snapshot, path: Path | str) -> Returned:
    """Read a returned workbook and check it against ``snap`` (the broker's snapshot). Raises
    :class:`~workshop.review.ReviewRefused` with one sentence; writes nothing."""
    filled = read_workbook(path)
    return review.check(snap, filled.identity, filled.signature, filled.answers, filled.sign_off)


def read_workbook(path: Path | str) -> Filled:
    """What a returned workbook holds. Refuses (one sentence) a file too large, not an XLSX,
    damaged or password-protected, one with no identity or no Responses sheet, and an answer
    that is a formula or not text, naming its row."""
    import openpyxl

    path = Path(path)
    name = path.name
    _inspect(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception:  # a damaged part can fail anywhere in openpyxl: one sentence, not a trace
        raise ReviewRefused(_damaged(name)) from None
    try:
        return _read(book, name)
    except ReviewRefused:
        raise
    except Exception:
        raise ReviewRefused(_damaged(name)) from None
    finally:
        book.close()


def _damaged(name: str) -> str:
    return (
        f"“{name}” could not be read as a workbook (it may be damaged); nothing was changed. "
        "Ask the partner to save it again as .xlsx and send it once more."
    )


def _inspect(path: Path) -> None:
    """Refuse, before anything is parsed, what cannot be a review workbook."""
    name = path.name
    try:
        if not path.is_file():
            raise ReviewRefused(
                f"“{name}” is not a file; nothing was changed. Choose the workbook the partner "
                "sent."
            )
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ReviewRefused(
            f"“{name}” cannot be read ({exc.strerror or 'refused'}); nothing was changed."
        ) from None
    if size > MAX_BYTES:
        raise ReviewRefused(
            f"“{name}” is {size / 1e6:.0f} MB, far larger than a review workbook (at most "
            f"{MAX_BYTES // (1024 * 1024)} MB); nothing was changed. Check it is the workbook "
            "the partner was sent."
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE file: encrypted OOXML, or the old .xls
        raise ReviewRefused(
            f"“{name}” is password-protected or in the old .xls format; nothing was changed. "
            "Ask the partner to save it as an ordinary .xlsx workbook, without a password."
        )
    not_xlsx = (
        f"“{name}” is not an Excel workbook (.xlsx); nothing was changed. Ask the partner to "
        "save the review workbook as .xlsx and send it again."
    )
    if not head.startswith(b"PK\x03\x04"):
        raise ReviewRefused(not_xlsx)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReviewRefused(_damaged(name)) from None
    names = {part.filename for part in parts}
    if not {"[Content_Types].xml", "xl/workbook.xml"} <= names:
        raise ReviewRefused(not_xlsx)
    if any(part.flag_bits & 0x1 for part in parts):
        raise ReviewRefused(
            f"“{name}” is password-protected; nothing was changed. Ask the partner to save it "
            "without a password."
        )
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED:
        raise ReviewRefused(
            f"“{name}” unpacks to far more than a review workbook holds; nothing was changed. "
            "It is not the workbook the partner was sent."
        )


def _read(book: Any, name: str) -> Filled:
    identity: list[str] = []
    signature = ""
    labels: dict[str, tuple[Any, int]] = {}
    answers: list[Answer] = []
    found_sheet = False
    for ws in book.worksheets:
        ws.reset_dimensions()  # a re-saved file may state its size wrongly: read what is there
        columns: dict[str, int] | None = None
        for row_number, row in enumerate(ws.iter_rows(), start=1):
            if columns is not None:
                answer = _answer(row, row_number, columns)
                if answer is not None:
                    answers.append(answer)
                    if len(answers) > MAX_ROWS:
                        raise ReviewRefused(
                            f"“{name}” has far more rows than any review pack; nothing was "
                            "changed. It is not the workbook the partner was sent."
                        )
                continue
            if row_number > HEADER_ROWS:
                break
            texts = [_plain(cell) for cell in row]
            if NUMBER in texts and ANSWER in texts:
                if found_sheet:  # answers on a copy of the sheet would go unread: say so
                    raise ReviewRefused(
                        f"“{name}” has two Responses sheets; nothing was changed. Ask the "
                        "partner to answer on one and delete the other."
                    )
                columns = {text: col for col, text in enumerate(texts) if text}
                for wanted in (PROPOSED, COMMENT):
                    if wanted not in columns:
                        raise ReviewRefused(
                            f"The Responses sheet of “{name}” has lost its “{wanted}” column; "
                            "nothing was changed. Ask the partner to use the workbook as sent."
                        )
                found_sheet = True
                continue
            for col, text in enumerate(texts):
                if not text:
                    continue
                value = row[col + 1] if col + 1 < len(row) else None
                if text == IDENTITY_LABEL and value is not None:
                    identity.append(_plain(value))
                elif text == SIGNATURE_LABEL and value is not None and not signature:
                    signature = _plain(value)  # (a second identity sheet spoils the first)
                elif text in (NAME, ROLE, DATE, CONFIRM):
                    if text in labels:
                        raise ReviewRefused(
                            f"“{name}” has two sign-off blocks; nothing was changed. Ask the "
                            "partner to sign off on one and delete the other."
                        )
                    labels[text] = (value, row_number)
                break  # a label is the first text of its row
    if not identity:
        raise ReviewRefused(
            f"“{name}” is not a Common Ground review workbook (it has no identity sheet); "
            "nothing was changed."
        )
    if not found_sheet:
        raise ReviewRefused(
            f"“{name}” has no Responses sheet with its header row (Number … Your answer); "
            "nothing was changed. Ask the partner to use the workbook as sent."
        )
    return Filled("".join(identity), signature, tuple(answers), _signed_off(labels))


def _plain(cell: Any) -> str:
    """A header's or label's text ("" for anything that is not plain text)."""
    value = getattr(cell, "value", None)
    return value.strip() if isinstance(value, str) and _not_text(cell) is None else ""


def _not_text(cell: Any) -> str | None:
    """What a filled cell is when it is not plain text ("a formula", "a number"); else None."""
    kind = getattr(cell, "data_type", "s")
    value = getattr(cell, "value", None)
    if kind == "f":
        return "a formula"
    if kind == "e":
        return f"an error value ({value})"
    if isinstance(value, str):
        return None
    if isinstance(value, bool):
        return "TRUE or FALSE"
    if isinstance(value, datetime | date):
        return "a date"
    if isinstance(value, int | float):
        return "a number"
    return "not plain text"


def _answer(row: Sequence[Any], row_number: int, columns: dict[str, int]) -> Answer | None:
    """One row of the Responses sheet as an answer; None for an empty row."""

    def text(header: str, what: str) -> str:
        col = columns[header]
        cell = row[col] if col < len(row) else None
        value = getattr(cell, "value", None)
        if value is None:
            return ""
        problem = _not_text(cell)
        if problem is not None:
            code = _plain(row[columns[NUMBER]]) if columns[NUMBER] < len(row) else ""
            where = f"Row {row_number}" + (f" (item {code})" if code and header != NUMBER else "")
            raise ReviewRefused(
                f"{where}: {what} is {problem}, not text; nothing was changed. Ask the partner "
                "to type it as plain text."
            )
        return XLSX_FORBIDDEN.sub("", value).strip()

    code = text(NUMBER, "the item number")
    chosen = text(ANSWER, "the answer")
    proposed = text(PROPOSED, "the proposed wording")
    comment = text(COMMENT, "the comment")
    if not (code or chosen or proposed or comment):
        return None
    if not code:
        raise ReviewRefused(
            f"Row {row_number} has an answer but no item number; nothing was changed. Ask the "
            "partner not to add rows to the Responses sheet."
        )
    words = {label.casefold(): value for label, value in ANSWERS.items()}
    return Answer(code, words.get(chosen.casefold(), chosen), proposed, comment)


def _signed_off(labels: dict[str, tuple[Any, int]]) -> SignedOff | None:
    """The sign-off block; None when it was left blank."""

    def text(label: str) -> str:
        cell, row_number = labels.get(label, (None, 0))
        value = getattr(cell, "value", None)
        if value is None:
            return ""
        problem = _not_text(cell)
        if label == DATE and problem in ("a date", "a number"):
            return _date(value, row_number)
        if problem is not None:
            raise ReviewRefused(
                f"Sign-off, “{label}” (row {row_number}) is {problem}, not text; nothing was "
                "changed."
            )
        return _date(value, row_number) if label == DATE else XLSX_FORBIDDEN.sub("", value).strip()

    name, role, signed_on, confirm = (text(label) for label in (NAME, ROLE, DATE, CONFIRM))
    if not (name or role or signed_on or confirm):
        return None
    if confirm.casefold() not in ("", YES.casefold(), NO.casefold()):
        raise ReviewRefused(
            f"Sign-off: “{confirm}” does not say whether the record is fair; it must be Yes or "
            "No. Nothing was changed."
        )
    confirmed = confirm.casefold() == YES.casefold()
    if confirmed and not name:
        raise ReviewRefused(
            "The sign-off confirms the record but gives no name; nothing was changed. Ask the "
            "partner to add the name of the person signing."
        )
    return SignedOff(name, role, signed_on, confirmed)


#: Dates as people type them (UK order first).
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y")


def _date(value: Any, row_number: int) -> str:
    """The sign-off date as ISO ``YYYY-MM-DD``, from a date cell, a date serial or text."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and math.isfinite(value) and 36_526 <= value <= 73_415:
        # A date cell that lost its format: a day number, between 2000 and 2100.
        return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()
    if isinstance(value, str):
        typed = " ".join(value.split())
        if not typed:
            return ""
        for pattern in _DATE_FORMATS:
            try:
                return datetime.strptime(typed, pattern).date().isoformat()
            except ValueError:
                continue
    raise ReviewRefused(
        f"Sign-off: the date (row {row_number}) is not a date; nothing was changed. Ask the "
        "partner to write it as 12/01/2027."
    )
