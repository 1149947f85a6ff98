"""The review pack: a partner's summary PDF and a response workbook, and the workbook read back.

The workbook (XLSX, for Excel or LibreOffice) lists every item of the partner's pack under its
stable number (``workshop.review``), with the item's wording, its details and who may see it;
the partner answers each row (Agree, Amend or Question, proposed wording, a comment) and signs
off. A hidden "Identity" sheet carries which workshop, issue and partner it is for, signed with
the workshop's key. Every cell but the answers is locked (protection without a password: it
guides, it does not lock anyone out).

Reading it back (``exports.review_read``, re-exported here: ``read_workbook``,
``check_workbook``) trusts nothing a spreadsheet program may drop or a sender may forge, and
writes nothing; the caller records the result with ``workshop.review.take``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from exports.cells import XLSX_CELL_LIMIT, XLSX_FORBIDDEN, in_pdf, number_text, shown
from exports.packs import pack_stem
from exports.review_read import (
    ABOUT,
    ANSWERS,
    COLUMNS,
    CONFIRM,
    DATE,
    IDENTITY,
    IDENTITY_CHUNK,
    IDENTITY_LABEL,
    NAME,
    NO,
    RESPONSES,
    ROLE,
    SIGN_OFF,
    SIGNATURE_LABEL,
    YES,
    Filled,
    check_workbook,
    read_workbook,
)
from workshop import issues, kinds, review, vocabulary
from workshop import snapshot as snapshots
from workshop.atomic import atomic_write_bytes
from workshop.audience import Audience
from workshop.dates import long_date
from workshop.document import Document
from workshop.kinds import Field, Issue, Partner
from workshop.review import Identity, Returned, ReviewRefused
from workshop.snapshot import Snapshot

__all__ = [
    "Filled",
    "check_workbook",
    "describe",
    "pack_name",
    "read_workbook",
    "summary",
    "write_review_pack",
    "write_workbook",
]

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_CUT = " … (continued in the PDF)"


# --- writing --------------------------------------------------------------------------------------


def pack_name(partner: Partner, issue_number: int) -> str:
    """``Northlight Trust [P1] - issue 2``: the review pack's files begin with this."""
    return f"{pack_stem(partner)} - issue {issue_number}"


def write_review_pack(
    doc: Document,
    partner_id: int,
    out_dir: Path | str,
    status: str = "draft",
    prepared_by: str | None = None,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    when: datetime | None = None,
) -> list[Path]:
    """Issue the partner's summary for review: record the issue, and write into ``out_dir``
    ``<pack>.pdf`` and ``<pack> - responses.xlsx`` (``pack_name``), all or nothing: should a
    file fail, neither appears and no issue is recorded. One undoable step. A final issue needs
    every partner's confirmation of its latest issue first (``review.everyone_confirmed``)."""
    import exports
    from workshop.destinations import check_all

    broker = snapshots.build(doc, Audience.broker(), {"partner", "issue", "signoff"})
    partner = broker.partner(partner_id)
    if partner is None:
        raise ReviewRefused("That partner is no longer in this workshop.")
    if status == "final" and not review.everyone_confirmed(broker):
        raise ReviewRefused(
            "Not every partner has confirmed its latest issue as a fair record yet, so the "
            "summary cannot be issued as final; issue a draft for review instead."
        )
    out_dir = Path(out_dir)
    sources = [doc.path] if doc.path is not None else []
    audience = Audience.partner(partner_id)
    with exports.made_folder(out_dir), doc.edit(f"Issue a review pack for {partner.label}") as edit:
        issue_id = issues.record_in(edit, snapshots.build(doc, audience), status, prepared_by, when)
        seen = snapshots.build(doc, audience)  # with its issue: the pack says which it is
        keys = snapshots.build(doc, Audience.broker(), {"issue", "issued_item"})
        issue = keys.by_id("issue")[issue_id]
        ident = review.identity(keys, issue)
        signed = review.signature(keys.workshop.secret, ident)
        stem = pack_name(partner, issue.number)
        pdf, xlsx = out_dir / f"{stem}.pdf", out_dir / f"{stem} - responses.xlsx"
        check_all([pdf, xlsx], sources=sources, replace=replace)
        written = exports.write_together(
            [
                (pdf, lambda temp: _pdf(seen, temp, progress, cancel)),
                (xlsx, lambda temp: write_workbook(seen, issue, ident, signed, temp)),
            ]
        )
    return written


def _pdf(snap: Snapshot, out: Path, progress: Progress | None, cancel: Cancel | None) -> None:
    import exports

    exports.export(snap, "pdf", out, progress, cancel)


def describe(snap: Snapshot, table: str, item: Any) -> tuple[str, str]:
    """An item as its reader's pack shows it: its wording (the field an amendment replaces) and
    its details, one "Label: value" a line, read off its kind's declaration."""
    kind = kinds.of(table)
    wording = _shown(snap, kind.field(kind.main), getattr(item, kind.main))
    lines = []
    for spec in kind.fields:
        if spec.name in (kind.main, "visibility") or not in_pdf(spec):
            continue
        text = _shown(snap, spec, getattr(item, spec.name))
        if text:
            lines.append(f"{spec.label}: {text}")
    return wording, "\n".join(lines)


def _shown(snap: Snapshot, spec: Field, value: Any) -> str:
    if value is None or value == "" or (spec.type == "bool" and not value):
        return ""
    if spec.type == "ref":
        if spec.ref == "partner":
            partner = snap.partner(value)
            return partner.name if partner is not None else ""
        target = kinds.of(spec.ref)
        found = snap.by_id(spec.ref).get(value)
        if found is None:
            return ""
        return _shown(snap, target.field(target.main), getattr(found, target.main))
    if spec.type == "date":
        return long_date(str(value))
    if spec.type in ("int", "float") and isinstance(value, int | float):
        return number_text(value)
    return str(shown(spec)(value))


def _cell(text: str) -> str:
    """Text as an XLSX cell keeps it: no control characters, cut (and said so) at the limit,
    line breaks as LF."""
    text = XLSX_FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > XLSX_CELL_LIMIT:
        text = text[: XLSX_CELL_LIMIT - len(_CUT)] + _CUT
    return text


def _head_foot(text: str) -> str:
    """Text for a printed header or footer: ``&`` doubled, within Excel's 255 characters."""
    text = _cell(text).replace("\n", " ")
    return text[:120].replace("&", "&&")


def write_workbook(
    snap: Snapshot, issue: Issue, ident: Identity, signed: str, out: Path | str
) -> None:
    """The response workbook for ``issue`` (``snap``: its partner's snapshot; ``ident`` and
    ``signed``: from the broker's, ``review.identity`` and ``review.signature``)."""
    import xlsxwriter

    partner = snap.partner(issue.partner_id)
    if partner is None or snap.audience != Audience.partner(partner.id):
        raise ValueError("a review workbook is written from its partner's snapshot")
    found = {code: (table, item) for code, table, item in review.items(snap)}
    marking = vocabulary.marking_text("partner", {partner.id: partner.name}, partner.id)
    short = vocabulary.fill_in(vocabulary.marking("partner").short, partner.label)
    title = snap.workshop.title or "Partnership"
    status = vocabulary.terms("issue_status").label(issue.status).lower()
    issued = long_date(issue.issued_at[:10])
    buffer = io.BytesIO()
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }
    with xlsxwriter.Workbook(buffer, options) as book:
        book.set_properties(
            {
                "title": _cell(f"Review of the foundations summary: {title}"),
                "subject": _cell(f"Issue {issue.number} ({status}) for {partner.name}"),
                "author": _cell(issue.prepared_by or snap.workshop.facilitator),
                "keywords": "Common Ground, review",
                "comments": _cell(marking),
            }
        )
        look = _Formats(book)
        about = book.add_worksheet(ABOUT)
        sheet = book.add_worksheet(RESPONSES)
        sign = book.add_worksheet(SIGN_OFF)
        hidden = book.add_worksheet(IDENTITY)
        heading = f"{title}: review of issue {issue.number} ({status}, {issued})"
        running = f"Review of issue {issue.number} ({status}, {issued})"
        for ws in (about, sheet, sign, hidden):
            ws.set_landscape()
            ws.set_paper(9)  # A4
            ws.fit_to_pages(1, 0)
            ws.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
            ws.set_header(f"&L&8{_head_foot(short)}&R&8{_head_foot(running)}")
            ws.set_footer(f"&L&8{_head_foot(marking)}&R&8Page &P of &N")
            ws.protect("", {"format_columns": True, "format_rows": True})
        _about(about, look, heading, partner.name, marking)
        _responses(sheet, look, heading, ident.numbers, found, snap)
        _sign_off(sign, look, heading, partner.name)
        _identity(hidden, look, ident, signed)
        hidden.hide()
        sheet.activate()
    atomic_write_bytes(out, buffer.getvalue())


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"valign": "top", "text_wrap": True, "font_size": 10}
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.note = book.add_format({"font_size": 10, "font_color": "#444444"})  # runs on
        self.text = book.add_format(base)
        self.small = book.add_format({**base, "font_color": "#444444"})
        self.head = book.add_format(
            {**base, "bold": True, "font_color": "#FFFFFF", "bg_color": "#0B5F5A"}
        )
        self.code = book.add_format({**base, "bold": True})
        self.marked = book.add_format({**base, "font_color": "#8A5A00", "italic": True})
        answer = {**base, "locked": False, "bg_color": "#FFF7D6", "border": 1}
        answer["border_color"] = "#C9B97A"
        self.answer = book.add_format({**answer, "num_format": "@"})  # typed text stays text
        self.answer_date = book.add_format({**answer, "num_format": "d mmm yyyy"})
        self.label = book.add_format({**base, "bold": True})


def _about(ws: Any, look: _Formats, heading: str, partner: str, marking: str) -> None:
    ws.set_column(0, 0, 110)
    lines = [
        (heading, look.title),
        (marking, look.marked),
        ("", look.text),
        ("How to answer", look.label),
        (
            f"This workbook goes with the foundations summary prepared for {partner} (the PDF "
            "with the same name). Every item in the summary has a number, such as P12; the "
            "“Responses” sheet lists them in the same order.",
            look.text,
        ),
        (
            "For each item, choose in “Your answer”: Agree (it is right as it stands), Amend "
            "(write the wording you propose in “Proposed wording”) or Question (write it in "
            "“Comment”). Leave an item blank if you have nothing to say about it.",
            look.text,
        ),
        (
            "Type answers as plain text: a formula (anything starting with =) is not accepted.",
            look.text,
        ),
        (
            "When you are content that the summary, with your answers, is a fair record, fill "
            "in the “Sign-off” sheet.",
            look.text,
        ),
        (
            "Only the shaded cells can be changed. Please do not add, remove or renumber rows, "
            "and do not edit the hidden “Identity” sheet: the workbook is checked when it comes "
            "back, and one that has been changed there cannot be taken in.",
            look.text,
        ),
        ("Save the workbook as .xlsx and send it back to the broker who sent it.", look.text),
    ]
    for row, (text, style) in enumerate(lines):
        ws.write_string(row, 0, _cell(text), style)
        ws.set_row(row, _height([(text, 110)], 16.0 if style is look.title else 13.0))


def _responses(
    ws: Any,
    look: _Formats,
    heading: str,
    numbers: Sequence[str],
    found: dict[str, tuple[str, Any]],
    snap: Snapshot,
) -> None:
    ws.write_string(0, 0, _cell(heading), look.title)
    ws.write_string(
        1,
        0,
        "Answer each item in the shaded columns (see the About sheet), then sign off on the "
        "Sign-off sheet.",
        look.note,
    )
    top = 3
    for col, (name, width) in enumerate(COLUMNS):
        ws.set_column(col, col, width)
        ws.write_string(top, col, name, look.head)
    first = top + 1
    for row, code in enumerate(numbers, start=first):
        table, item = found[code]
        wording, details = describe(snap, table, item)
        noun = kinds.of(table).noun
        marking = snap.marking(table, item) or vocabulary.VISIBILITY.label("shared")
        values = (code, noun[:1].upper() + noun[1:], wording, details, marking)
        styles = (look.code, look.text, look.text, look.small, look.marked)
        for col, (value, style) in enumerate(zip(values, styles, strict=True)):
            ws.write_string(row, col, _cell(value), style)
        for col in range(len(values), len(COLUMNS)):
            ws.write_blank(row, col, None, look.answer)
        ws.set_row(row, _height(zip(values, (w for _, w in COLUMNS[: len(values)]), strict=True)))
    last = first + max(len(numbers), 1) - 1
    ws.data_validation(
        first,
        len(COLUMNS) - 3,
        last,
        len(COLUMNS) - 3,
        {
            "validate": "list",
            "source": list(ANSWERS),
            "input_title": "Your answer",
            "input_message": "Agree, Amend (write your wording) or Question (write it).",
            "error_title": "Your answer",
            "error_message": "Choose Agree, Amend or Question.",
        },
    )
    ws.freeze_panes(first, 1)
    ws.repeat_rows(top)


def _height(cells: Iterable[tuple[str, float]], line: float = 12.0) -> float:
    """A row's height for its wrapped text (a spreadsheet program may not work it out when it
    opens the file): the most lines any of its cells needs at its column's width."""
    most = 1
    for text, width in cells:
        per_line = max(int(width * 1.25), 1)
        lines = sum(max(math.ceil(len(part) / per_line), 1) for part in text.split("\n"))
        most = max(most, lines)
    return min(most, 409 // line) * line + 3


def _sign_off(ws: Any, look: _Formats, heading: str, partner: str) -> None:
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 60)
    ws.write_string(0, 0, _cell(heading), look.title)
    ws.write_string(
        1,
        0,
        "When you are content that the summary, with your answers, is a fair record, say so "
        "here: the next issue of the summary will show who confirmed it and when.",
        look.note,
    )
    ws.write_string(3, 0, "Partner", look.label)
    ws.write_string(3, 1, _cell(partner), look.text)
    for row, label in enumerate((NAME, ROLE, DATE, CONFIRM), start=4):
        ws.write_string(row, 0, label, look.label)
        ws.write_blank(row, 1, None, look.answer_date if label == DATE else look.answer)
    ws.data_validation(
        6,
        1,
        6,
        1,
        {
            "validate": "date",
            "criteria": "between",
            "minimum": date(2000, 1, 1),
            "maximum": date(2100, 12, 31),
            "error_message": "Type a date, such as 12/01/2027.",
        },
    )
    ws.data_validation(
        7, 1, 7, 1, {"validate": "list", "source": [YES, NO], "error_message": "Yes or No."}
    )


def _identity(ws: Any, look: _Formats, ident: Identity, signed: str) -> None:
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 100)
    ws.write_string(
        0,
        0,
        "Which workshop, issue and partner this workbook is for, as Common Ground wrote it. "
        "Do not edit: a changed identity is refused when the workbook comes back.",
        look.note,
    )
    text = ident.text()
    chunks = [text[i : i + IDENTITY_CHUNK] for i in range(0, len(text), IDENTITY_CHUNK)]
    for row, chunk in enumerate(chunks, start=2):
        ws.write_string(row, 0, IDENTITY_LABEL, look.label)
        ws.write_string(row, 1, chunk, look.small)
    ws.write_string(2 + len(chunks), 0, SIGNATURE_LABEL, look.label)
    ws.write_string(2 + len(chunks), 1, signed, look.small)


# --- what a checked workbook holds, in words ---------------------------------------------------


def summary(returned: Returned) -> list[str]:
    """A checked workbook in a few lines, for the broker: who, which issue, how many of each
    answer, the conflicts, the sign-off."""
    counts = dict.fromkeys(ANSWERS.values(), 0)
    for answer, _changed in returned.answers:
        counts[answer.answer] = counts.get(answer.answer, 0) + 1
    issue = returned.issue
    status = vocabulary.terms("issue_status").label(issue.status).lower()
    lines = [
        f"{returned.partner.name}, issue {issue.number} ({status}): {counts['agree']} agree, "
        f"{counts['amend']} amend, {_plural(counts['question'], 'question')}."
    ]
    conflicts = [answer.number for answer in returned.conflicts]
    if conflicts:
        lines.append(
            f"{_plural(len(conflicts), 'conflict')} (changed since the issue): "
            + ", ".join(conflicts)
        )
    sign = returned.sign_off
    if sign is None or not sign.name:
        lines.append("Sign-off: not signed.")
    else:
        who = ", ".join(x for x in (sign.name, sign.role) if x)
        when = f" on {long_date(sign.signed_on)}" if sign.signed_on else ""
        verdict = "confirms" if sign.confirmed else "does not confirm"
        lines.append(f"Sign-off: {who}{when} {verdict} this is a fair record.")
    return lines


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
