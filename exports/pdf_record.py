"""The rest of the record in the foundations summary, and the whole story in order.

Disagreement register, ways of working, fair-practice commitments, impact, actions, meetings and
attendees, contacts, the facilitator's notes (only if the audience may see any) and sign-off.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from exports import fonts, pdf_first, pdf_insight, pdf_register, pdf_risks, pdf_sections, wording
from exports.errors import ExportCancelled
from exports.pdf import Contents
from exports.pdf_pack import (
    Pack,
    count_text,
    grid_legend,
    mark_flowable,
    number_cell_commands,
    partner_heads,
    partner_markup,
    partner_para,
    symbol,
    with_mark,
)
from exports.pdf_sections import NOTE_MARK, NUMBER_W, nothing, section
from exports.pdf_style import (
    ACCENT,
    CONTENT_W,
    FAINT,
    MUTED,
    RULE,
    ZEBRA,
    Heading,
    Labelled,
    Para,
    bold_cells,
    cell,
    date_text,
    fill,
    fixed,
    frag,
    grid,
    heads,
    hex_of,
    ink,
    keep_leads,
    para,
    partner_colour,
    rich,
    styles,
    term_para,
    text_frags,
)
from workshop import kinds, review, vocabulary
from workshop.issues import Control
from workshop.snapshot import Snapshot
from workshop.vocabulary import Translate, route_text, same

ROUTE = vocabulary.ROUTE_STEP


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


def disagreements(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.DISAGREEMENTS_TITLE)
    if not snap.disagreements:
        return [*out, nothing(pack, wording.NO_DISAGREEMENTS)]
    route = " › ".join(pack.tr(term.label) for term in ROUTE)
    out.append(para(pack.say(wording.DISAGREEMENTS_INTRO, route), "intro"))
    out.append(para(count_text(pack, "disagreement", snap.disagreements), "small"))
    topics = snap.by_id("topic")
    parties: dict[int, list[Any]] = defaultdict(list)
    for party in snap.disagreement_parties:
        parties[party.disagreement_id].append(party)
    declared = kinds.of("disagreement")
    labels = [
        pack.tr(declared.field(name).label)
        for name in ("status", "severity", "topic_id", "owner", "review_date")
    ]
    for d in snap.disagreements:
        colour = ink(vocabulary.SEVERITY.term(d.severity), MUTED)
        number = pack.number("disagreement", d)
        title_parts = text_frags(d.title, styles()["h3"])
        if number:
            title_parts += text_frags(f"  {number}", styles()["number"], colour=MUTED)
        title = rich(title_parts, "h3")
        topic = topics.get(d.topic_id) if d.topic_id is not None else None
        widths = [24 * mm, 19 * mm, 34 * mm, CONTENT_W - 99 * mm, 22 * mm]
        meta = grid(
            [
                labels,
                [
                    pack.tr(vocabulary.DISAGREEMENT_STATUS.label(d.status)),
                    pack.tr(vocabulary.SEVERITY.label(d.severity)),
                    cell(topic.name if topic else "—", widths[2]),
                    cell(d.owner or "—", widths[3]),
                    date_text(d.review_date) or "—",
                ],
                [para(route_text(d.route_step, pack.tr), "cell"), "", "", "", ""],
            ],
            widths,
            header=False,
            zebra=False,
            extra=[
                ("FONT", (0, 0), (-1, 0), fonts.SANS, 7.5, 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                *bold_cells((0, 1), (0, 1), ink(vocabulary.DISAGREEMENT_STATUS.term(d.status))),
                *bold_cells((1, 1), (1, 1), colour),
                ("SPAN", (0, 2), (-1, 2)),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEBELOW", (0, 0), (-1, -1), 0, ZEBRA),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
        )
        # The page break condition keeps the title with its facts (a KeepTogether per item costs
        # a second layout pass on registers of hundreds of disagreements).
        block: list[Flowable] = [CondPageBreak(42 * mm), title]
        tag = mark_flowable(pack, "disagreement", d, CONTENT_W)
        if tag is not None:
            block.append(tag)
        block.append(meta)
        if d.description:
            block += [Spacer(1, 2 * mm), para(d.description, "body")]
        views = parties.get(d.id, [])
        if views:
            extra: list[Any] = [
                ("SPAN", (0, 0), (2, 0)),
                *bold_cells((0, 0), (0, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.white),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
                ("FONT", (2, 1), (2, -1), fonts.SANS, 7, 10),
                ("TEXTCOLOR", (2, 1), (2, -1), MUTED),
            ]
            rows: list[list[Any]] = [[pack.tr(wording.EACH_VIEW), "", ""]]
            rows += [
                [
                    partner_cell(snap.partner(v.partner_id), 38 * mm, (0, r), extra),
                    para(v.view or "—", "cell"),
                    pack.number("disagreement_party", v),
                ]
                for r, v in enumerate(views, start=1)
            ]
            widths = [38 * mm, CONTENT_W - 38 * mm - NUMBER_W, NUMBER_W]
            block.append(grid(rows, widths, header=False, extra=extra))
        if d.outcome:
            block += [
                Spacer(1, 1 * mm),
                para(pack.tr(wording.OUTCOME), "cell_bold"),
                para(d.outcome),
            ]
        block.append(Spacer(1, 5 * mm))
        out += block
    return out


def ways_of_working(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.WAYS_TITLE)
    if not snap.clauses:
        return [*out, nothing(pack)]
    out.append(para(count_text(pack, "clause", snap.clauses), "small"))
    by_section: dict[str, list[Any]] = defaultdict(list)
    for clause in snap.clauses:
        by_section[clause.section].append(clause)
    sections = vocabulary.CLAUSE_SECTION
    proposed = pack.tr(kinds.of("clause").field("partner_id").label)
    widths = [NUMBER_W, 18 * mm, CONTENT_W - 18 * mm - NUMBER_W]
    for name in sorted(by_section, key=sections.order):
        rows = []
        for clause in by_section[name]:
            status = vocabulary.CLAUSE_STATUS.term(clause.status)
            pill = fixed(
                f'<font color="{hex_of(ink(status, MUTED))}"><b>'
                f"{fonts.markup(pack.tr(vocabulary.CLAUSE_STATUS.label(clause.status)))}</b></font>",
                "cell",
            )
            text: list[Any] = [para(clause.text, "cell")]
            if clause.partner_id is not None:
                by = Para(
                    f'<font color="{hex_of(MUTED)}">{fonts.markup(proposed)}:</font> '
                    + partner_markup(snap.partner(clause.partner_id)),
                    styles()["cell"],
                )
                text.append(by)
            rows.append(
                [
                    pack.number("clause", clause),
                    pill,
                    with_mark(pack, "clause", clause, text, widths[2]),
                ]
            )
        out += [
            CondPageBreak(30 * mm),
            para(pack.tr(sections.label(name)), "h3", bold=True),
            grid(
                rows,
                widths,
                header=False,
                extra=number_cell_commands(first_row=0),
            ),
        ]
    return out


ANSWERS = vocabulary.COMMITMENT_ANSWER
#: Each answer's mark in the grid: (its short label, ink, fill), as on screen.
ANSWER_MARKS = {
    term.value: (term.short_label, ink(term, MUTED), fill(term, colors.white)) for term in ANSWERS
}


def fair_practice(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.FAIR_TITLE)
    if not snap.commitments:
        return [*out, nothing(pack)]
    answers = {(a.commitment_id, a.partner_id): a for a in snap.commitment_answers}
    partners = list(snap.partners)
    first = 70 * mm
    cell_w = (CONTENT_W - first) / max(len(partners), 1)
    extra: list[Any] = [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
    rows: list[list[Any]] = [
        [pack.tr(wording.COL_COMMITMENT), *partner_heads(partners, cell_w, extra)]
    ]
    notes = []
    used: set[str] = set()
    centre = styles()["centre"]
    small = styles()["number"]
    for r, c_item in enumerate(snap.commitments, start=1):
        text = fonts.markup(c_item.text, bold=True)
        if c_item.guidance:
            guidance = fonts.markup(c_item.guidance)
            text += f'<br/><font color="{hex_of(MUTED)}" size="7.5">{guidance}</font>'
        number = pack.number("commitment", c_item)
        if number:
            text += f' <font color="{hex_of(MUTED)}" size="7">{number}</font>'
        first_cell = with_mark(pack, "commitment", c_item, Para(text, styles()["cell"]), first)
        row: list[Any] = [first_cell]
        for c, partner in enumerate(partners, start=1):
            answer = answers.get((c_item.id, partner.id))
            if answer is None:
                row.append("")
                continue
            mark, colour, background = ANSWER_MARKS.get(
                answer.answer, (ANSWERS.short(answer.answer), MUTED, colors.white)
            )
            noted = NOTE_MARK if answer.note else ""  # the note is under the grid
            parts = text_frags(mark, centre, bold=True, colour=colour)
            parts += text_frags(noted, centre) if noted else []
            if answer.visibility != "shared":
                used.add(answer.visibility)
                parts.append(frag(centre, " " + symbol(answer.visibility), font=fonts.FALLBACK))
            parts += [
                frag(centre, "", line_break=True),
                frag(small, pack.number("commitment_answer", answer)),
            ]
            row.append(rich(parts, "centre"))
            extra.append(("BACKGROUND", (c, r), (c, r), background))
            if answer.note:
                notes.append((c_item.text, answer))
        rows.append(row)
    out.append(grid(rows, [first] + [cell_w] * len(partners), zebra=False, extra=extra))
    legend = "  ".join(f"{term.short_label}: {term.label}." for term in ANSWERS)
    legend += "  " + pack.tr(wording.FAIR_BLANK)
    if notes:
        legend += "  " + pack.say(wording.NOTE_BELOW_SHORT, NOTE_MARK)
    marks = grid_legend(pack, used)
    out.append(para(f"{legend}  {marks}".strip(), "small"))
    if notes:
        widths = [NUMBER_W, 52 * mm, 32 * mm, CONTENT_W - 84 * mm - NUMBER_W]
        rows = [
            heads(
                pack.tr(wording.COL_NO),
                pack.tr(wording.COL_COMMITMENT),
                pack.tr(wording.COL_PARTNER),
                pack.tr(wording.COL_NOTE),
            )
        ]
        rows += [
            [
                pack.number("commitment_answer", a),
                para(text, "cell"),
                partner_para(snap.partner(a.partner_id)),
                with_mark(pack, "commitment_answer", a, [para(a.note, "cell")], widths[3]),
            ]
            for text, a in notes
        ]
        out += [
            CondPageBreak(30 * mm),
            para(pack.tr(wording.FAIR_NOTES), "h3", bold=True),
            grid(rows, widths, extra=number_cell_commands()),
        ]
    return out


def impacts(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.IMPACT_TITLE)
    if not snap.impacts:
        return [*out, nothing(pack)]
    scenarios = vocabulary.IMPACT_SCENARIO
    widths = [NUMBER_W, 28 * mm, CONTENT_W - 60 * mm - NUMBER_W, 32 * mm]
    for scenario in scenarios.values:
        chosen = [i for i in snap.impacts if i.scenario == scenario]
        if not chosen:
            continue
        rows: list[list[Any]] = [
            heads(
                pack.tr(wording.COL_NO),
                pack.tr(wording.COL_WHO),
                pack.tr(wording.COL_EFFECT),
                pack.tr(wording.COL_RAISED_BY),
            )
        ]
        rows += [
            [
                pack.number("impact", i),
                para(pack.tr(vocabulary.IMPACT_AREA.label(i.area)), "cell_bold"),
                with_mark(pack, "impact", i, [para(i.description, "cell")], widths[2]),
                partner_para(snap.partner(i.partner_id)) if i.partner_id else "",
            ]
            for i in chosen
        ]
        out += [
            CondPageBreak(30 * mm),
            para(pack.tr(scenarios.label(scenario)), "h3", bold=True),
            grid(rows, widths, extra=number_cell_commands()),
        ]
    others = [i for i in snap.impacts if i.scenario not in scenarios]
    out += [para(i.description) for i in others]
    return out


def actions(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.ACTIONS_TITLE)
    if not snap.actions:
        return [*out, nothing(pack)]
    out.append(para(count_text(pack, "action", snap.actions), "small"))
    people = snap.by_id("person")
    meetings = snap.by_id("meeting")
    rows: list[list[Any]] = [
        heads(
            pack.tr(wording.COL_NO),
            pack.tr(wording.COL_ACTION),
            pack.tr(wording.COL_OWNER),
            pack.tr(wording.COL_DUE),
            pack.tr(wording.COL_STATUS),
        )
    ]
    extra: list[Any] = number_cell_commands()
    widths = [NUMBER_W, CONTENT_W - 90 * mm - NUMBER_W, 42 * mm, 24 * mm, 24 * mm]
    for r, a in enumerate(snap.actions, start=1):
        person = people.get(a.person_id) if a.person_id is not None else None
        who = person.name if person is not None else ""
        if a.partner_id is not None:
            owner = partner_cell(snap.partner(a.partner_id), widths[2], (2, r), extra, who)
        else:
            owner = cell(who or "—", widths[2])
        text: list[Any] = [para(a.text, "cell")]
        meeting = meetings.get(a.meeting_id) if a.meeting_id is not None else None
        if meeting is not None:
            text.append(para(pack.say(wording.FROM_MEETING, meeting.title), "cell_muted"))
        tag = mark_flowable(pack, "action", a, widths[1])
        if tag is not None:
            text.append(tag)
        status = vocabulary.ACTION_STATUS.term(a.status)
        # In its ink where it has one (done, dropped); plain text, cheapest to lay out, if not.
        shown: Any = pack.tr(vocabulary.ACTION_STATUS.label(a.status))
        if status is not None and status.ink:
            shown = term_para(vocabulary.ACTION_STATUS, a.status, tr=pack.tr)
        rows.append([pack.number("action", a), text, owner, date_text(a.due_date) or "—", shown])
    out.append(grid(rows, widths, extra=extra))
    return out


def meetings(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.MEETINGS_TITLE)
    if not snap.meetings:
        return [*out, nothing(pack, wording.NO_MEETINGS)]
    people = snap.by_id("person")
    agenda: dict[int, list[Any]] = defaultdict(list)
    for item in snap.agenda_items:
        agenda[item.meeting_id].append(item)
    attendance: dict[int, list[Any]] = defaultdict(list)
    for row in snap.attendance:
        attendance[row.meeting_id].append(row)
    broker = pack.kind == "broker"
    note_label = pack.tr(wording.FACILITATOR_NOTE)
    for m in snap.meetings:
        where = " · ".join(x for x in (date_text(m.date), m.location) if x)
        # A meeting's heading comes with its facts and the first rows of its agenda.
        head: list[Flowable] = [para(m.title, "h3")]
        tag = mark_flowable(pack, "meeting", m, CONTENT_W)
        if tag is not None:
            head.append(tag)
        if where:
            head.append(para(where, "small"))
        out += [CondPageBreak(50 * mm), *head]
        items = agenda.get(m.id, [])
        if items:
            widths = [16 * mm, 70 * mm, CONTENT_W - 86 * mm]
            rows: list[list[Any]] = [
                heads(
                    pack.tr(wording.COL_START),
                    pack.tr(wording.COL_AGENDA_ITEM),
                    pack.tr(wording.COL_NOTES),
                )
            ]
            minute = 0
            for item in items:
                notes: list[Any] = [para(item.notes, "cell")] if item.notes else []
                if broker and item.facilitator_note:
                    notes += [
                        para(note_label, "cell_muted"),
                        para(item.facilitator_note, "cell_muted"),
                    ]
                title = Para(
                    fonts.markup(item.title, bold=True)
                    + f' <font size="7.5" color="{hex_of(MUTED)}">'
                    f"{fonts.markup(pack.say(wording.PLANNED, item.planned_minutes))}</font>",
                    styles()["cell"],
                )
                rows.append(
                    [
                        fixed(f"+{minute // 60}:{minute % 60:02d}", "cell_muted"),
                        with_mark(pack, "agenda_item", item, [title], widths[1]),
                        notes or "",
                    ]
                )
                minute += item.planned_minutes
            out += [Spacer(1, 1 * mm), grid(rows, widths)]
        present = attendance.get(m.id, [])
        if present:
            rows = [
                heads(
                    pack.tr(wording.COL_ATTENDEE),
                    pack.tr(wording.COL_ORGANISATION),
                    pack.tr(wording.COL_ATTENDANCE),
                )
            ]
            for row in present:
                person = people.get(row.person_id)
                if person is None:
                    continue
                rows.append(
                    [
                        para(person.name, "cell"),
                        partner_para(snap.partner(person.partner_id)) if person.partner_id else "—",
                        pack.tr(vocabulary.ATTENDANCE_STATUS.label(row.status)),
                    ]
                )
            out += [Spacer(1, 2 * mm), grid(rows, [60 * mm, CONTENT_W - 90 * mm, 30 * mm])]
        out.append(Spacer(1, 3 * mm))
    return out


def email_text(email: str, width: float) -> str:
    """An address that does not fit its column breaks only before its ``@`` or a dot, or after a
    hyphen, never mid-word."""
    if not email or fonts.string_width(email, 8.5) <= width:
        return email
    pieces = [p for p in re.split(r"(?=[@.])|(?<=-)", email) if p]
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and fonts.string_width(current + piece, 8.5) > width:
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return "\n".join(lines)


def contacts(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    if not snap.people:
        return []
    out = section(pack, wording.CONTACTS_TITLE)
    widths = [NUMBER_W, 32 * mm, 27 * mm, 27 * mm, 0.0, 24 * mm]
    widths[4] = CONTENT_W - sum(widths)
    rows: list[list[Any]] = [
        heads(
            pack.tr(wording.COL_NO),
            pack.tr(wording.COL_NAME),
            pack.tr(wording.COL_ORGANISATION),
            pack.tr(wording.COL_ROLE),
            pack.tr(wording.COL_EMAIL),
            pack.tr(wording.COL_PHONE),
        )
    ]
    named = pack.tr(kinds.of("person").field("is_named_contact").label)
    for person in snap.people:
        name = fonts.markup(person.name, bold=True)
        if person.is_named_contact:
            name += f'<br/><font size="7" color="{hex_of(ACCENT)}">{fonts.markup(named)}</font>'
        rows.append(
            [
                pack.number("person", person),
                with_mark(pack, "person", person, [Para(name, styles()["cell"])], widths[1]),
                partner_para(snap.partner(person.partner_id)) if person.partner_id else "—",
                para(person.role, "cell"),
                para(email_text(person.email, widths[4] - 11), "cell"),
                para(person.phone, "cell"),
            ]
        )
    out.append(grid(rows, widths, extra=number_cell_commands()))
    return out


def notes(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    if not snap.notes:
        return []
    out = section(pack, wording.NOTES_TITLE)
    for note in snap.notes:
        partner = snap.partner(note.partner_id)
        block: list[Flowable] = []
        if partner is not None:
            block.append(para(partner.label, "small"))
        block.append(para(note.text))
        tag = mark_flowable(pack, "note", note, CONTENT_W)
        if tag is not None:
            block.append(tag)
        out += [KeepTogether(block), Spacer(1, 2 * mm)]
    return out


def _confirmations(pack: Pack) -> dict[int, Any]:
    """Partner id -> its latest confirmed sign-off this reader may see."""
    found: dict[int, Any] = {}
    for signoff in review.confirmed_by(pack.snap):
        kept = found.get(signoff.partner_id)
        if kept is None or (signoff.signed_on, signoff.id) > (kept.signed_on, kept.id):
            found[signoff.partner_id] = signoff
    return found


def sign_off(pack: Pack) -> list[Flowable]:
    """Each partner's sign-off block; a partner's pack holds that partner's only. A recorded
    confirmation is printed instead of the empty lines."""
    snap = pack.shown
    audience = snap.audience
    partners = list(snap.partners)
    if audience.kind == "partner":
        partners = [p for p in partners if p.id == audience.partner_id]
    if not partners:
        return []
    if len(partners) == 1 and audience.kind == "partner":
        intro = pack.say(wording.SIGN_OFF_INTRO_ONE, partners[0].name)
    else:
        intro = pack.tr(wording.SIGN_OFF_INTRO)
    confirmed = _confirmations(pack)
    issues = pack.snap.by_id("issue")
    line = "_" * 40
    blocks: list[Flowable] = []
    for partner in partners:
        rows: list[list[Any]] = [
            [Para(partner_markup(partner, bold=True, full=True), styles()["cell_bold"]), ""]
        ]
        signoff = confirmed.get(partner.id)
        if signoff is not None:
            text = review.confirmation_text(snap, signoff)
            issue = issues.get(signoff.issue_id) if signoff.issue_id is not None else None
            current = pack.control.issue
            if issue is not None and (current is None or current.id != issue.id):
                text = pack.say(wording.OF_ISSUE, text, issue.number)
            rows.append([para(text, "cell_bold"), ""])
            spans = [("SPAN", (0, 1), (1, 1))]
        else:
            rows += [
                [
                    para(pack.tr(label), "cell_muted"),
                    fixed(f'<font color="{hex_of(FAINT)}">{line}</font>', "cell"),
                ]
                for label in (wording.COL_NAME, wording.COL_ROLE, wording.SIGNATURE, wording.DATE)
            ]
            spans = []
        block = grid(
            rows,
            [30 * mm, CONTENT_W - 30 * mm],
            header=False,
            zebra=False,
            extra=[
                ("SPAN", (0, 0), (1, 0)),
                *spans,
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
            ],
        )
        blocks += [block, Spacer(1, 4 * mm)]
    # The whole sign-off on one page: it starts a new page rather than split (only a sign-off
    # taller than a page, of very many partners, goes on over the next, a block never split).
    heading = [*section(pack, wording.SIGN_OFF_TITLE)[1:], para(intro, "intro")]
    if len(partners) <= SIGN_OFF_ON_ONE_PAGE:
        return [KeepTogether([*heading, *blocks])]
    first = KeepTogether([*heading, *blocks[:2]])
    rest = [KeepTogether([b]) if isinstance(b, Table) else b for b in blocks[2:]]
    return [CondPageBreak(60 * mm), first, *rest]


#: How many partners' sign-off blocks fit on one page with the heading.
SIGN_OFF_ON_ONE_PAGE = 6


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the summary and the kinds it shows. It is left out when the first kind's
    declaration says ``pdf=False`` (a section showing no kind, like the first pages, is always
    there, and decides for itself whether it has anything to say)."""

    shows: tuple[str, ...]
    build: Callable[[Pack], list[Flowable]]


def sections(cancel: Callable[[], bool] | None = None) -> tuple[list[Section], list[Section]]:
    """The sections in order: those before the registers of kinds with no section of their own
    (``exports.pdf_register``), and those after (contacts, notes and sign-off end the record)."""
    before = [
        Section(("workshop",), pdf_sections.cover),
        Section((), pdf_first.first_pages),
        Section((), pdf_insight.since),
        Section((), pdf_insight.since_issue),
        Section((), pdf_insight.balance),
        Section(("value", "alignment"), pdf_sections.values),
        Section(
            ("partner", "position", "contribution"), lambda p: pdf_sections.partners(p, cancel)
        ),
        Section(("topic",), pdf_sections.negotiation_space),
        Section((), pdf_insight.stuck),
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
    """``snap`` without the kinds whose declaration says ``pdf=False`` (who is party to what is
    kept, so a confidential disagreement still says to whom it is confidential)."""
    if all(kind.pdf for kind in kinds.kinds()):
        return snap
    return Snapshot(
        snap.audience,
        snap.workshop,
        {kind.table: snap.items(kind.table) for kind in kinds.kinds() if kind.pdf},
        snap._parties,
    )


def headings(flowables: list[Any]) -> Iterator[Heading]:
    """Every heading in ``flowables``, in order, those inside tables and groups included."""
    for flowable in flowables:
        if isinstance(flowable, Heading):
            yield flowable
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    if isinstance(value, Heading):
                        yield value
        elif isinstance(flowable, KeepTogether):
            yield from headings(list(flowable._content))


#: Past this many lines the contents lists the sections only (one page at most).
CONTENTS_LINES = 44


def contents(pack: Pack, story: list[Flowable]) -> list[Flowable]:
    found = [(h.key, h.outline, h.level) for h in headings(story) if h.level <= 1]
    if len(found) > CONTENTS_LINES:
        found = [entry for entry in found if entry[2] == 0]
    title = Heading(pack.tr(wording.CONTENTS), 0)
    return [title, Contents(found), PageBreak()]


def story(
    snap: Snapshot,
    control: Control,
    today: date,
    cancel: Callable[[], bool] | None = None,
    tr: Translate = same,
) -> list[Flowable]:
    """Every section in order, checking ``cancel`` between them; the contents after the cover."""
    before, after = sections(cancel)
    shown = {table for section in (*before, *after) for table in section.shows}
    registers = [
        Section((kind.table,), functools.partial(pdf_register.register, table=kind.table))
        for kind in kinds.kinds()
        if kind.table not in shown
    ]
    pack = Pack(snap, in_the_pdf(snap), control, today, tr)
    cover: list[Flowable] = []
    rest: list[Flowable] = []
    for part in (*before, *registers, *after):
        if part.shows and not kinds.of(part.shows[0]).pdf:
            continue
        if cancel is not None and cancel():
            raise ExportCancelled()
        if part.build is pdf_sections.cover:
            cover = part.build(pack)
        else:
            rest += part.build(pack)
    return [*cover, *contents(pack, rest), *keep_leads(rest)]
