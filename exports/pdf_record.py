"""The second half of the foundations summary, and the whole story in order.

Disagreement register, ways of working, fair-practice commitments, impact, actions, meetings and
attendees, contacts, the facilitator's notes (only if the audience may see any) and sign-off.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from exports import fonts, pdf_register, pdf_risks, pdf_sections
from exports.errors import ExportCancelled
from exports.pdf_sections import (
    NOTE_MARK,
    note_para,
    nothing,
    partner_heads,
    partner_markup,
    partner_para,
    section,
)
from exports.pdf_style import (
    ACCENT,
    CONTENT_W,
    FAINT,
    MUTED,
    RULE,
    ZEBRA,
    Labelled,
    Para,
    bold_cells,
    cell,
    date_text,
    fill,
    fixed,
    grid,
    heads,
    hex_of,
    ink,
    para,
    partner_colour,
    styles,
    term_para,
)
from workshop import kinds, vocabulary
from workshop.snapshot import Snapshot

ROUTE = vocabulary.ROUTE_STEP


def route_text(step: str) -> str:
    """``Step 2 of 4: CEOs meet``: the step's number is its place in the vocabulary's route."""
    if step not in ROUTE:
        return ROUTE.label(step)
    return f"Step {ROUTE.order(step) + 1} of {len(ROUTE)}: {ROUTE.label(step)}"


def partner_cell(
    partner: Any, width: float, at: tuple[int, int], extra: list[Any], below: str = ""
) -> Any:
    """A partner's name (and optionally a line below, e.g. a person) with a bar in its colour.

    Plain text when it fits: cheap to lay out, which matters for records of thousands of rows.
    """
    colour = partner_colour(partner.colour if partner else "")
    name = partner.label if partner is not None else "—"
    lines = [name, below] if below else [name]
    if all(cell(line, width - 6) == line for line in lines):
        return Labelled(colour, lines)
    extra.append(("LINEBEFORE", at, at, 3, colour))
    return [para(line, "cell") for line in lines]


def disagreements(snap: Snapshot) -> list[Flowable]:
    out = section("Disagreement register")
    if not snap.disagreements:
        return [*out, nothing("No disagreements recorded.")]
    route = " › ".join(term.label for term in ROUTE)
    out.append(
        para(
            "Each disagreement, where it stands on the agreed resolution route "
            f"({route}), who owns it and when it is reviewed.",
            "intro",
        )
    )
    topics = snap.by_id("topic")
    parties: dict[int, list[Any]] = defaultdict(list)
    for party in snap.disagreement_parties:
        parties[party.disagreement_id].append(party)
    for d in snap.disagreements:
        colour = ink(vocabulary.SEVERITY.term(d.severity), MUTED)
        title = para(d.title, "h3")
        topic = topics.get(d.topic_id) if d.topic_id is not None else None
        widths = [26 * mm, 20 * mm, 38 * mm, CONTENT_W - 134 * mm, 22 * mm, 28 * mm]
        meta = grid(
            [
                ["Status", "Severity", "Topic", "Owner", "Review", "Route"],
                [
                    vocabulary.DISAGREEMENT_STATUS.label(d.status),
                    vocabulary.SEVERITY.label(d.severity),
                    cell(topic.name if topic else "—", widths[2]),
                    cell(d.owner or "—", widths[3]),
                    date_text(d.review_date) or "—",
                    route_text(d.route_step).replace(": ", ":\n"),
                ],
            ],
            widths,
            header=False,
            zebra=False,
            extra=[
                ("FONT", (0, 0), (-1, 0), fonts.SANS, 7.5, 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                *bold_cells((0, 1), (0, 1), ink(vocabulary.DISAGREEMENT_STATUS.term(d.status))),
                *bold_cells((1, 1), (1, 1), colour),
                ("TEXTCOLOR", (5, 1), (5, 1), ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEBELOW", (0, 0), (-1, -1), 0, ZEBRA),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
        )
        # The page break condition keeps the title with its facts (a KeepTogether per item costs
        # a second layout pass on registers of hundreds of disagreements).
        block: list[Flowable] = [CondPageBreak(35 * mm), title, meta]
        if d.description:
            block += [Spacer(1, 2 * mm), para(d.description, "body")]
        views = parties.get(d.id, [])
        if views:
            extra: list[Any] = [
                ("SPAN", (0, 0), (1, 0)),
                *bold_cells((0, 0), (0, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.white),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
            ]
            rows: list[list[Any]] = [["Each side’s view", ""]]
            rows += [
                [
                    partner_cell(snap.partner(v.partner_id), 38 * mm, (0, r), extra),
                    para(v.view or "—", "cell"),
                ]
                for r, v in enumerate(views, start=1)
            ]
            block.append(grid(rows, [38 * mm, CONTENT_W - 38 * mm], header=False, extra=extra))
        if d.outcome:
            block += [Spacer(1, 1 * mm), para("Outcome", "cell_bold"), para(d.outcome)]
        block.append(Spacer(1, 5 * mm))
        out += block
    return out


def ways_of_working(snap: Snapshot) -> list[Flowable]:
    out = section("Ways of working")
    if not snap.clauses:
        return [*out, nothing()]
    by_section: dict[str, list[Any]] = defaultdict(list)
    for clause in snap.clauses:
        by_section[clause.section].append(clause)
    sections = vocabulary.CLAUSE_SECTION
    for name in sorted(by_section, key=sections.order):
        rows = []
        for clause in by_section[name]:
            status = vocabulary.CLAUSE_STATUS.term(clause.status)
            pill = fixed(
                f'<font color="{hex_of(ink(status, MUTED))}"><b>'
                f"{fonts.markup(vocabulary.CLAUSE_STATUS.label(clause.status))}</b></font>",
                "cell",
            )
            text = fonts.markup(clause.text)
            if clause.partner_id is not None:
                text += "<br/>" + partner_markup(snap.partner(clause.partner_id))
            rows.append([pill, Para(text, styles()["cell"])])
        out += [
            CondPageBreak(25 * mm),
            para(sections.label(name), "h3", bold=True),
            grid(rows, [18 * mm, CONTENT_W - 18 * mm], header=False),
        ]
    return out


ANSWERS = vocabulary.COMMITMENT_ANSWER
#: Each answer's mark in the grid: (its short label, ink, fill), as on screen.
ANSWER_MARKS = {
    term.value: (term.short_label, ink(term, MUTED), fill(term, colors.white)) for term in ANSWERS
}


def fair_practice(snap: Snapshot) -> list[Flowable]:
    out = section("Fair-practice commitments")
    if not snap.commitments:
        return [*out, nothing()]
    answers = {(a.commitment_id, a.partner_id): a for a in snap.commitment_answers}
    partners = list(snap.partners)
    first = 70 * mm
    cell_w = (CONTENT_W - first) / max(len(partners), 1)
    extra: list[Any] = [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
    rows: list[list[Any]] = [["Commitment", *partner_heads(partners, cell_w, extra)]]
    notes = []
    for r, c_item in enumerate(snap.commitments, start=1):
        text = fonts.markup(c_item.text, bold=True)
        if c_item.guidance:
            guidance = fonts.markup(c_item.guidance)
            text += f'<br/><font color="{hex_of(MUTED)}" size="7.5">{guidance}</font>'
        row: list[Any] = [Para(text, styles()["cell"])]
        for c, partner in enumerate(partners, start=1):
            answer = answers.get((c_item.id, partner.id))
            if answer is None:
                row.append(fixed("", "centre"))
                continue
            mark, colour, background = ANSWER_MARKS.get(
                answer.answer, (ANSWERS.short(answer.answer), MUTED, colors.white)
            )
            noted = NOTE_MARK if answer.note else ""  # the note is under the grid
            row.append(
                Para(
                    f'<font color="{hex_of(colour)}"><b>{fonts.markup(mark)}</b></font>{noted}',
                    styles()["centre"],
                )
            )
            extra.append(("BACKGROUND", (c, r), (c, r), background))
            if answer.note:
                notes.append((c_item.text, answer))
        rows.append(row)
    out.append(grid(rows, [first] + [cell_w] * len(partners), zebra=False, extra=extra))
    out.append(
        Para(
            fonts.markup(
                "  ".join(f"{term.short_label}: {term.label}." for term in ANSWERS)
                + "  Blank: not yet answered."
                + (f"  {NOTE_MARK} a note below." if notes else "")
            ),
            styles()["small"],
        )
    )
    if notes:
        rows = [heads("Commitment", "Partner", "Note")]
        rows += [
            [
                para(text, "cell"),
                partner_para(snap.partner(a.partner_id)),
                note_para(a.note, a.visibility),
            ]
            for text, a in notes
        ]
        out += [
            fixed("<b>Notes on commitments</b>", "h3"),
            grid(rows, [55 * mm, 32 * mm, CONTENT_W - 87 * mm]),
        ]
    return out


def impacts(snap: Snapshot) -> list[Flowable]:
    out = section("Impact on communities")
    if not snap.impacts:
        return [*out, nothing()]
    scenarios = vocabulary.IMPACT_SCENARIO
    for scenario in scenarios.values:
        chosen = [i for i in snap.impacts if i.scenario == scenario]
        if not chosen:
            continue
        rows: list[list[Any]] = [heads("Who", "Expected effect", "Raised by")]
        rows += [
            [
                para(vocabulary.IMPACT_AREA.label(i.area), "cell_bold"),
                para(i.description, "cell"),
                partner_para(snap.partner(i.partner_id)) if i.partner_id else fixed("", "cell"),
            ]
            for i in chosen
        ]
        out += [
            para(scenarios.label(scenario), "h3", bold=True),
            grid(rows, [28 * mm, CONTENT_W - 60 * mm, 32 * mm]),
        ]
    others = [i for i in snap.impacts if i.scenario not in scenarios]
    out += [para(i.description) for i in others]
    return out


def actions(snap: Snapshot) -> list[Flowable]:
    out = section("Actions")
    if not snap.actions:
        return [*out, nothing()]
    people = snap.by_id("person")
    meetings = snap.by_id("meeting")
    rows: list[list[Any]] = [heads("Action", "Owner", "Due", "Status")]
    extra: list[Any] = []
    widths = [CONTENT_W - 90 * mm, 42 * mm, 24 * mm, 24 * mm]
    for r, a in enumerate(snap.actions, start=1):
        person = people.get(a.person_id) if a.person_id is not None else None
        who = person.name if person is not None else ""
        if a.partner_id is not None:
            owner = partner_cell(snap.partner(a.partner_id), widths[1], (1, r), extra, who)
        else:
            owner = cell(who or "—", widths[1])
        text: list[Any] = [para(a.text, "cell")]
        meeting = meetings.get(a.meeting_id) if a.meeting_id is not None else None
        if meeting is not None:
            text.append(para(f"From {meeting.title}", "cell_muted"))
        status = vocabulary.ACTION_STATUS.term(a.status)
        # In its ink where it has one (done, dropped); plain text, cheapest to lay out, if not.
        shown: Any = vocabulary.ACTION_STATUS.label(a.status)
        if status is not None and status.ink:
            shown = term_para(vocabulary.ACTION_STATUS, a.status)
        rows.append([text, owner, date_text(a.due_date) or "—", shown])
    out.append(grid(rows, widths, extra=extra))
    return out


def meetings(snap: Snapshot) -> list[Flowable]:
    out = section("Meetings and attendees")
    if not snap.meetings:
        return [*out, nothing("No meetings recorded.")]
    people = snap.by_id("person")
    agenda: dict[int, list[Any]] = defaultdict(list)
    for item in snap.agenda_items:
        agenda[item.meeting_id].append(item)
    attendance: dict[int, list[Any]] = defaultdict(list)
    for row in snap.attendance:
        attendance[row.meeting_id].append(row)
    for m in snap.meetings:
        where = " · ".join(x for x in (date_text(m.date), m.location) if x)
        out += [CondPageBreak(30 * mm), para(m.title, "h3")]
        if where:
            out.append(para(where, "small"))
        items = agenda.get(m.id, [])
        if items:
            rows: list[list[Any]] = [heads("Start", "Agenda item", "Notes")]
            minute = 0
            for item in items:
                rows.append(
                    [
                        fixed(f"+{minute // 60}:{minute % 60:02d}", "cell_muted"),
                        Para(
                            fonts.markup(item.title, bold=True)
                            + f' <font size="7.5" color="{hex_of(MUTED)}">'
                            f"({item.planned_minutes} min)</font>",
                            styles()["cell"],
                        ),
                        para(item.notes, "cell"),
                    ]
                )
                minute += item.planned_minutes
            out += [Spacer(1, 1 * mm), grid(rows, [16 * mm, 70 * mm, CONTENT_W - 86 * mm])]
        present = attendance.get(m.id, [])
        if present:
            rows = [heads("Attendee", "Organisation", "Attendance")]
            for row in present:
                person = people.get(row.person_id)
                if person is None:
                    continue
                rows.append(
                    [
                        para(person.name, "cell"),
                        partner_para(snap.partner(person.partner_id))
                        if person.partner_id
                        else fixed("—", "cell"),
                        para(vocabulary.ATTENDANCE_STATUS.label(row.status), "cell"),
                    ]
                )
            out += [Spacer(1, 2 * mm), grid(rows, [60 * mm, CONTENT_W - 90 * mm, 30 * mm])]
        out.append(Spacer(1, 3 * mm))
    return out


def contacts(snap: Snapshot) -> list[Flowable]:
    if not snap.people:
        return []
    out = section("People and named contacts")
    rows: list[list[Any]] = [heads("Name", "Organisation", "Role", "Email", "Phone")]
    for person in snap.people:
        name = fonts.markup(person.name, bold=True)
        if person.is_named_contact:
            named = kinds.of("person").field("is_named_contact").label
            name += f'<br/><font size="7" color="{hex_of(ACCENT)}">{named}</font>'
        rows.append(
            [
                Para(name, styles()["cell"]),
                partner_para(snap.partner(person.partner_id))
                if person.partner_id
                else fixed("—", "cell"),
                para(person.role, "cell"),
                para(person.email, "cell"),
                para(person.phone, "cell"),
            ]
        )
    out.append(grid(rows, [36 * mm, 28 * mm, 32 * mm, CONTENT_W - 120 * mm, 24 * mm]))
    return out


def notes(snap: Snapshot) -> list[Flowable]:
    if not snap.notes:
        return []
    out = section("Facilitator's notes")
    for note in snap.notes:
        partner = snap.partner(note.partner_id)
        tag = (partner.label + " · " if partner is not None else "") + (
            vocabulary.VISIBILITY.label(note.visibility)
        )
        out += [
            para(tag, "small"),
            para(note.text),
            Spacer(1, 2 * mm),
        ]
    return out


def sign_off(snap: Snapshot) -> list[Flowable]:
    out = section("Sign-off")
    out.append(
        fixed(
            "By signing, each partner confirms this summary is a fair record of the "
            "foundations agreed so far.",
            "intro",
        )
    )
    line = "_" * 40
    for partner in snap.partners:
        rows = [[Para(partner_markup(partner, bold=True, full=True), styles()["cell_bold"]), ""]]
        rows += [
            [fixed(x, "cell_muted"), fixed(f'<font color="{hex_of(FAINT)}">{line}</font>', "cell")]
            for x in ("Name", "Role", "Signature", "Date")
        ]
        block = grid(
            rows,
            [30 * mm, CONTENT_W - 30 * mm],
            header=False,
            zebra=False,
            extra=[
                ("SPAN", (0, 0), (1, 0)),
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
            ],
        )
        out += [KeepTogether([block]), Spacer(1, 4 * mm)]
    return out


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the summary and the kinds it shows. It is left out when the first kind's
    declaration says ``pdf=False`` (a section showing no kind, like "At a glance", is always
    there)."""

    shows: tuple[str, ...]
    build: Callable[[Snapshot], list[Flowable]]


def sections(cancel: Callable[[], bool] | None = None) -> tuple[list[Section], list[Section]]:
    """The sections in order: those before the registers of kinds with no section of their own
    (``exports.pdf_register``), and those after (contacts, notes and sign-off end the record)."""
    before = [
        Section(("workshop",), pdf_sections.cover),
        Section((), pdf_sections.glance),
        Section(("value", "alignment"), pdf_sections.values),
        Section(
            ("partner", "position", "contribution"), lambda s: pdf_sections.partners(s, cancel)
        ),
        Section(("topic",), pdf_sections.negotiation),
        Section(("disagreement", "disagreement_party"), disagreements),
        Section(("risk",), pdf_risks.risks),
        Section(("clause",), ways_of_working),
        Section(("commitment", "commitment_answer"), fair_practice),
        Section(("impact",), impacts),
        Section(("action",), actions),
        Section(("meeting", "agenda_item", "attendance"), meetings),
    ]
    after = [
        Section(("person",), contacts),
        Section(("note",), notes),
        Section(("partner",), sign_off),
    ]
    return before, after


def in_the_pdf(snap: Snapshot) -> Snapshot:
    """``snap`` without the kinds whose declaration says ``pdf=False``."""
    if all(kind.pdf for kind in kinds.kinds()):
        return snap
    return Snapshot(
        snap.audience,
        snap.workshop,
        {kind.table: snap.items(kind.table) for kind in kinds.kinds() if kind.pdf},
    )


def story(snap: Snapshot, cancel: Callable[[], bool] | None = None) -> list[Flowable]:
    """Every section in order, checking ``cancel`` between them."""
    before, after = sections(cancel)
    shown = {table for section in (*before, *after) for table in section.shows}
    registers = [
        Section((kind.table,), functools.partial(pdf_register.register, table=kind.table))
        for kind in kinds.kinds()
        if kind.table not in shown
    ]
    snap = in_the_pdf(snap)
    out: list[Flowable] = []
    for part in (*before, *registers, *after):
        if part.shows and not kinds.of(part.shows[0]).pdf:
            continue
        if cancel is not None and cancel():
            raise ExportCancelled()
        out += part.build(snap)
    return out
