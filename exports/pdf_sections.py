"""The first half of the foundations summary: cover, at a glance, values, partners, negotiation.

The rest (disagreements onwards) is in ``exports.pdf_record``. Every function takes the
audience-filtered snapshot and returns flowables; none decides visibility.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from exports import fonts
from exports.cells import amount_text, shown
from exports.errors import ExportCancelled
from exports.pdf_style import (
    ACCENT_LIGHT,
    AMBER,
    CONTENT_W,
    KIND_COLOURS,
    MUTED,
    RATING_FILLS,
    RED,
    RULE,
    Heading,
    Para,
    audience_colour,
    bold_cells,
    cell,
    date_text,
    fill,
    fixed,
    frag,
    grid,
    heads,
    hex_of,
    para,
    rich,
    styles,
    term_para,
    text_frags,
)
from workshop import analysis, kinds, vocabulary
from workshop.snapshot import Contribution, Partner, Position, Snapshot

#: Stances, strongest first (the vocabulary's order).
KIND_ORDER = vocabulary.POSITION_KIND.values
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
LIST_LIMIT = 8
#: A table of up to this many rows is never split over two pages.
SHORT_TABLE = 8


def colour_hex(partner: Partner | None) -> str:
    value = partner.colour if partner is not None else ""
    return value if _HEX.match(value or "") else hex_of(MUTED)


def partner_markup(partner: Partner | None, *, bold: bool = False, full: bool = False) -> str:
    """A partner's name with its colour square (the same colour everywhere in the document)."""
    if partner is None:
        return fonts.markup("—")
    name = partner.name if full else partner.label
    # A small block of the partner's colour: the background of two no-break spaces.
    swatch = f'<font backColor="{colour_hex(partner)}">\u00a0\u00a0</font>\u00a0 '
    return swatch + fonts.markup(name, bold=bold)


def partner_frags(partner: Partner | None, style: str = "cell", *, full: bool = False) -> list[Any]:
    """:func:`partner_markup` as runs (no parsing)."""
    chosen = styles()[style]
    if partner is None:
        return text_frags("—", chosen)
    name = partner.name if full else partner.label
    swatch = frag(chosen, "\u00a0\u00a0", back=colors.HexColor(colour_hex(partner)))
    return [swatch, frag(chosen, "\u00a0 "), *text_frags(name, chosen)]


def partner_para(partner: Partner | None, style: str = "cell", *, full: bool = False) -> Para:
    return rich(partner_frags(partner, style, full=full), style)


def partner_heads(partners: list[Partner], width: float, extra: list[Any]) -> list[Any]:
    """Header cells naming partners (columns from 1), each underlined in the partner's colour."""
    cells: list[Any] = []
    for column, partner in enumerate(partners, start=1):
        extra.append(("LINEBELOW", (column, 0), (column, 0), 3, colour_hex(partner)))
        name = partner.label
        fits = pdfmetrics.stringWidth(name, fonts.SANS_BOLD, 8) <= width - 10
        cells.append(name if fonts.plain(name, bold=True) and fits else para(name, "head"))
    return cells


def nothing(text: str = "Nothing recorded yet.") -> Para:
    return fixed(text, "intro")


#: Beside a rating or answer that has a note under its grid.
NOTE_MARK = "*"


def note_para(note: str, visibility: str) -> Para:
    """A note on a rating or answer, marked when it is not for everyone (the audience's own)."""
    if visibility == "shared":
        return para(note, "cell")
    return para(f"{vocabulary.VISIBILITY.label(visibility)}: {note}", "cell")


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(60 * mm), Heading(title, 0)]


# --- cover -----------------------------------------------------------------------------------


def cover(snap: Snapshot) -> list[Flowable]:
    w = snap.workshop
    out: list[Flowable] = [Spacer(1, 28 * mm), fixed("FOUNDATIONS SUMMARY", "small")]
    out += [Spacer(1, 3 * mm), para(w.title or "Untitled workshop", "title")]
    if w.purpose:
        out.append(para(w.purpose, "subtitle"))
    facts: list[list[Any]] = []
    dates = " – ".join(date_text(d) for d in (w.start_date, w.end_date) if d)
    declared = kinds.of("workshop")
    for key, value in (
        ("Dates", dates),
        *(
            (declared.field(name).label, shown(declared.field(name))(getattr(w, name)))
            for name in ("facilitator", "collaboration_model", "context", "status")
        ),
    ):
        if value:
            facts.append([fixed(key, "cell_muted"), para(value, "cell")])
    if snap.partners:
        names = "<br/>".join(partner_markup(p, full=True) for p in snap.partners)
        facts.append([fixed("Partners", "cell_muted"), Para(names, styles()["cell"])])
    if facts:
        out += [
            Spacer(1, 6 * mm),
            grid(facts, [40 * mm, CONTENT_W - 40 * mm], header=False, zebra=False),
        ]
    marking = grid(
        [[para(snap.audience_label, "marking")]],
        [CONTENT_W],
        header=False,
        zebra=False,
        extra=[
            ("BACKGROUND", (0, 0), (-1, -1), audience_colour(snap.audience.kind)),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ],
    )
    out += [Spacer(1, 10 * mm), marking, Spacer(1, 3 * mm)]
    out.append(
        fixed("Please do not forward this document beyond the people it was prepared for.", "small")
    )
    out.append(PageBreak())
    return out


# --- at a glance -----------------------------------------------------------------------------

DUE_WITHIN_DAYS = 28


def glance(snap: Snapshot) -> list[Flowable]:
    agreed = [v for v in snap.values if v.status == "agreed"]
    red_lines = [p for p in snap.positions if p.kind == "red_line"]
    disputes = analysis.open_disagreements(snap)
    due = analysis.actions_due(snap, date.today(), DUE_WITHIN_DAYS)
    out = section("At a glance")
    tiles = [
        [
            fixed(str(len(agreed)), "figure"),
            fixed(str(len(red_lines)), "figure"),
            fixed(str(len(disputes)), "figure"),
            fixed(str(len(due)), "figure"),
        ],
        [
            fixed("shared values agreed", "small"),
            fixed("red lines", "small"),
            fixed("disagreements still open", "small"),
            fixed("actions due within four weeks", "small"),
        ],
    ]
    out.append(
        grid(
            tiles,
            [CONTENT_W / 4] * 4,
            header=False,
            zebra=False,
            extra=[
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("LINEBELOW", (0, 0), (-1, -1), 0, ACCENT_LIGHT),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
            ],
        )
    )
    out.append(Spacer(1, 4 * mm))
    out += _glance_list("Agreed values", [v.name for v in agreed])
    by_partner: dict[int, int] = defaultdict(int)
    for position in red_lines:
        by_partner[position.partner_id] += 1
    lines = [
        f"{partner_markup(snap.partner(pid))}: {count} red line{'s' if count != 1 else ''}"
        for pid, count in by_partner.items()
    ]
    out += _glance_list("Red lines by partner", lines, ready=True)
    out += _glance_list(
        "Open disagreements",
        [f"{d.title} ({vocabulary.DISAGREEMENT_STATUS.label(d.status).lower()})" for d in disputes],
    )
    out += _glance_list(
        "Actions due in the next four weeks (or overdue)",
        [f"{a.text} — {date_text(a.due_date)}" for a in due],
    )
    return out


def _glance_list(title: str, items: list[str], *, ready: bool = False) -> list[Flowable]:
    if not items:
        return []
    shown = items[:LIST_LIMIT]
    body = [
        Para("• " + (item if ready else fonts.markup(item)), styles()["body"]) for item in shown
    ]
    if len(items) > LIST_LIMIT:
        body.append(fixed(f"… and {len(items) - LIST_LIMIT} more, listed below.", "small"))
    return [KeepTogether([fixed(f"<b>{title}</b>", "h3"), *body[:2]]), *body[2:]]


# --- values and alignment ------------------------------------------------------------------


def values(snap: Snapshot) -> list[Flowable]:
    out = section("Shared values")
    if not snap.values:
        return [*out, nothing()]
    rows: list[list[Any]] = [heads("Value", "Status", "What it means")]
    for value in snap.values:
        rows.append(
            [
                para(value.name, "cell_bold"),
                term_para(vocabulary.VALUE_STATUS, value.status),
                para(value.description, "cell"),
            ]
        )
    out.append(grid(rows, [45 * mm, 20 * mm, CONTENT_W - 65 * mm]))
    out += alignment_chart(snap)
    return out


def alignment_chart(snap: Snapshot) -> list[Flowable]:
    if not snap.partners:
        return []
    ratings = analysis.ratings_by_value(snap)
    diverges = analysis.divergence(snap)
    # Notes are on ratings the audience may see (snapshot.restrict dropped the others).
    notes = [a for a in snap.alignments if a.note]
    noted = {(a.value_id, a.partner_id) for a in notes}
    partners = list(snap.partners)
    first = 45 * mm
    cell_w = (CONTENT_W - first) / len(partners)
    extra: list[Any] = []
    header = ["Value", *partner_heads(partners, cell_w, extra)]
    rows: list[list[Any]] = [header]
    for r, value in enumerate(snap.values, start=1):
        marks = diverges.get(value.id, frozenset())
        row: list[Any] = [para(value.name, "cell")]
        for c, partner in enumerate(partners, start=1):
            rating = ratings[value.id].get(partner.id)
            text = "–" if rating is None else str(rating)
            if (value.id, partner.id) in noted:
                text += NOTE_MARK  # the note is under the grid
            if partner.id in marks:
                text = f"<b>{text}</b>"
                extra.append(("BOX", (c, r), (c, r), 1.6, RED))
            row.append(Para(text, styles()["centre"]))
            if rating is not None:
                extra.append(("BACKGROUND", (c, r), (c, r), RATING_FILLS.get(rating, RULE)))
        rows.append(row)
    chart = grid(
        rows,
        [first] + [cell_w] * len(partners),
        zebra=False,
        extra=[
            ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
            ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
            ("LINEBELOW", (0, 1), (-1, -1), 1.5, colors.white),
            *extra,
        ],
    )
    legend = Para(
        fonts.markup(
            "How aligned each partner is with each value, from 1 (not at all) to 5 (fully). "
            "A red outline marks a partner two or more points away from the others: "
            "worth a conversation." + (f" {NOTE_MARK} a note below the grid." if notes else "")
        ),
        styles()["small"],
    )
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        fixed("<b>Alignment with each value</b>", "h2"),
        chart,
        Spacer(1, 2 * mm),
        legend,
    ]
    if notes:
        by_id = snap.by_id("value")
        rows = [heads("Value", "Partner", "Note")]
        for a in notes:
            rows.append(
                [
                    para(by_id[a.value_id].name, "cell"),
                    partner_para(snap.partner(a.partner_id)),
                    note_para(a.note, a.visibility),
                ]
            )
        out += [
            fixed("<b>Notes on alignment</b>", "h3"),
            grid(rows, [40 * mm, 32 * mm, CONTENT_W - 72 * mm]),
        ]
    return out


# --- partners' positions and contributions ------------------------------------------------


def _range(p: Position) -> str:
    if p.range_min is None and p.range_max is None:
        return ""
    low = "" if p.range_min is None else f"{p.range_min:g}"
    high = "" if p.range_max is None else f"{p.range_max:g}"
    span = f"{low}–{high}" if low and high and low != high else (low or high)
    return f"{span} {p.range_unit}".strip()


def _decider(p: Position) -> str:
    """Who takes a decision a position needs: its board if the board owns the line, else its CEO."""
    return vocabulary.LINE_OWNER.label("board" if p.owner == "board" else "ceo")


def _owner(p: Position) -> str:
    text = vocabulary.LINE_OWNER.label(p.owner)
    if p.needs_decision:
        text += f"\nNeeds {_decider(p)}\ndecision"
    return text


def _statement(p: Position) -> list[Para]:
    # Two single-run paragraphs lay out about four times faster than one with mixed runs.
    shown = [para(p.statement, "cell_bold")]
    if p.reasoning:
        shown.append(para(p.reasoning, "cell_muted"))
    return shown


def _partner_bar(partner: Partner) -> Flowable:
    """A partner's name, role, size and reach beside a bar in its colour (an outline entry)."""
    facts = " · ".join(
        terms.label(value)
        for terms, value in (
            (vocabulary.PARTNER_ROLE, partner.role),
            (vocabulary.SIZE_BAND, partner.size_band),
            (vocabulary.REACH, partner.reach),
        )
    )
    name = partner.name
    if partner.short_name and partner.short_name != partner.name:
        name += f" ({partner.short_name})"
    heading = Heading(name, 1)
    heading.style = styles()["h2"]
    return grid(
        [[heading], [para(facts, "small")]],
        [CONTENT_W],
        header=False,
        zebra=False,
        extra=[
            ("LINEBEFORE", (0, 0), (0, -1), 4, colour_hex(partner)),
            ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def _positions_table(mine: list[Position], topics: dict[int, Any]) -> Flowable:
    rows: list[list[Any]] = [
        heads("Stance", "Topic", "Position and reasoning", "Who owns it", "Range")
    ]
    widths = [21 * mm, 28 * mm, CONTENT_W - 91 * mm, 27 * mm, 15 * mm]
    stances: list[Any] = []
    # Positions are grouped by kind: one colour command per group, not one per row.
    first_row: dict[str, int] = {}
    last_row: dict[str, int] = {}
    for r, p in enumerate(mine, start=1):
        first_row.setdefault(p.kind, r)
        last_row[p.kind] = r
        topic = topics.get(p.topic_id) if p.topic_id is not None else None
        rows.append(
            [
                vocabulary.POSITION_KIND.label(p.kind).replace(" ", "\n"),
                cell(topic.name if topic else "—", widths[1]),
                _statement(p),
                _owner(p),
                cell(_range(p), widths[4]),
            ]
        )
        if p.needs_decision:
            stances.append(("TEXTCOLOR", (3, r), (3, r), AMBER))
    for kind, start in first_row.items():
        colour = KIND_COLOURS.get(kind, (MUTED, None))[0]
        stances += bold_cells((0, start), (0, last_row[kind]), colour)
    return grid(rows, widths, extra=stances)


def contribution_value(item: Contribution) -> str:
    """What a contribution is worth, with its unit (``£60,000``, ``45 volunteers``)."""
    return amount_text(item.amount, item.unit)


def _contributions_table(partner: Partner, mine: list[Contribution]) -> list[Flowable]:
    """ "What <partner> brings": each contribution's kind, description and value."""
    declared = kinds.of("contribution")
    rows: list[list[Any]] = [
        heads(*(declared.field(name).label for name in ("category", "description", "amount")))
    ]
    widths = [32 * mm, CONTENT_W - 62 * mm, 30 * mm]
    for item in mine:
        rows.append(
            [
                para(vocabulary.CONTRIBUTION_KIND.label(item.category), "cell_bold"),
                para(item.description, "cell"),
                cell(contribution_value(item), widths[2]),
            ]
        )
    title = fixed(f"<b>What {fonts.markup(partner.label)} brings</b>", "h3")
    if len(mine) <= SHORT_TABLE:  # a few rows: kept whole, with their heading
        return [KeepTogether([title, grid(rows, widths)])]
    # The heading stays with the first rows: never alone at the foot of a page.
    return [CondPageBreak(25 * mm), title, grid(rows, widths)]


def partners(snap: Snapshot, cancel: Callable[[], bool] | None = None) -> list[Flowable]:
    out = section("Where each partner stands")
    out.append(
        fixed(
            "<b>Red line</b>: ruled out by the board or CEO; the rep cannot move it. "
            "<b>Bottom line</b>: a limit the rep set and could revisit after consulting. "
            "<b>Preference</b> and <b>open</b>: room to compromise.",
            "intro",
        )
    )
    topics = snap.by_id("topic")
    by_partner: dict[int, list[Position]] = defaultdict(list)
    for position in snap.positions:
        by_partner[position.partner_id].append(position)
    brings: dict[int, list[Contribution]] = defaultdict(list)
    for contribution in snap.contributions:
        brings[contribution.partner_id].append(contribution)
    for partner in snap.partners:
        if cancel is not None and cancel():
            raise ExportCancelled()
        bar = _partner_bar(partner)
        mine = sorted(
            by_partner.get(partner.id, []),
            key=lambda p: vocabulary.POSITION_KIND.order(p.kind),
        )
        if mine:
            out += [CondPageBreak(45 * mm), bar, Spacer(1, 2 * mm), _positions_table(mine, topics)]
        else:
            out += [
                CondPageBreak(30 * mm),
                bar,
                Spacer(1, 2 * mm),
                nothing("No positions recorded."),
            ]
        if brings.get(partner.id):
            out += _contributions_table(partner, brings[partner.id])
        out.append(Spacer(1, 4 * mm))
    out += contributions_overview(snap)
    out += decisions(snap)
    return out


def contributions_overview(snap: Snapshot) -> list[Flowable]:
    """What the partners bring together: each kind of contribution against each partner, with
    its value where one is given. Only when two or more partners bring something."""
    contributors = {c.partner_id for c in snap.contributions}
    partners_ = [p for p in snap.partners if p.id in contributors]
    if len(partners_) < 2:
        return []
    found: dict[tuple[str, int], list[Contribution]] = defaultdict(list)
    for c in snap.contributions:
        found[(c.category, c.partner_id)].append(c)
    used = sorted({c.category for c in snap.contributions}, key=vocabulary.CONTRIBUTION_KIND.order)
    first = 38 * mm
    cell_w = (CONTENT_W - first) / len(partners_)
    extra: list[Any] = [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
    rows: list[list[Any]] = [
        [kinds.of("contribution").field("category").label, *partner_heads(partners_, cell_w, extra)]
    ]
    for category in used:
        row: list[Any] = [para(vocabulary.CONTRIBUTION_KIND.label(category), "cell_bold")]
        for partner in partners_:
            items = found.get((category, partner.id), [])
            values = [contribution_value(c) or "✔" for c in items]
            row.append(para("\n".join(values), "centre") if values else "")
        rows.append(row)
    legend = para(
        "✔ brings this, with no value given. Each partner's own list, above, says what.", "small"
    )
    return [
        CondPageBreak(40 * mm),
        fixed("<b>What the partners bring</b>", "h2"),
        grid(rows, [first] + [cell_w] * len(partners_), extra=extra),
        Spacer(1, 1 * mm),
        legend,
        Spacer(1, 4 * mm),
    ]


def decisions(snap: Snapshot) -> list[Flowable]:
    needed = analysis.needing_decision(snap)
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        fixed("<b>Points that need a CEO or board decision</b>", "h2"),
    ]
    if not needed:
        return [*out, nothing("None at present.")]
    rows: list[list[Any]] = [heads("Partner", "Position", "Decision by")]
    for p in needed:
        rows.append(
            [
                partner_para(snap.partner(p.partner_id)),
                para(p.statement, "cell"),
                para(_decider(p), "cell"),
            ]
        )
    out.append(grid(rows, [35 * mm, CONTENT_W - 60 * mm, 25 * mm]))
    return out


# --- negotiation space ---------------------------------------------------------------------


def negotiation(snap: Snapshot) -> list[Flowable]:
    out = section("The negotiation space")
    out.append(
        fixed(
            "Each partner's stance on each topic. Topics where two or more partners hold a red or "
            "bottom line are flagged: that is where the hardest conversations lie.",
            "intro",
        )
    )
    if not snap.positions or not snap.partners:
        return [*out, nothing()]
    stances: dict[int | None, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in snap.positions:
        stances[p.topic_id][p.partner_id].add(p.kind)
    partners_ = list(snap.partners)
    first, flag = 56 * mm, 14 * mm
    cell_w = (CONTENT_W - first - flag) / len(partners_)
    extra: list[Any] = []
    rows: list[list[Any]] = [["Topic", *partner_heads(partners_, cell_w, extra), "Clash"]]
    topic_rows: list[tuple[str, str, int | None]] = [
        (t.name, t.description, t.id) for t in snap.topics
    ]
    if None in stances:
        topic_rows.append(("No topic", "", None))
    clashes = analysis.clashing_topics(snap)
    for r, (name, description, topic_id) in enumerate(topic_rows, start=1):
        held = stances[topic_id]
        text = fonts.markup(name, bold=True)
        if description:
            text += (
                f'<br/><font size="7" color="{hex_of(MUTED)}">{fonts.markup(description)}</font>'
            )
        row: list[Any] = [Para(text, styles()["cell"])]
        for partner in partners_:
            held_here = [
                t for t in vocabulary.POSITION_KIND if t.value in held.get(partner.id, set())
            ]
            shown_kinds = "<br/>".join(
                f'<font color="{hex_of(KIND_COLOURS[t.value][0])}">'
                f"{fonts.markup(t.short_label)}</font>"
                for t in held_here
            )
            row.append(fixed(shown_kinds, "centre"))
        clash = topic_id in clashes
        row.append(
            fixed(f'<font color="{hex_of(RED)}"><b>Yes</b></font>' if clash else "", "centre")
        )
        if clash:
            extra.append(("BACKGROUND", (0, r), (-1, r), fill(vocabulary.SEVERITY.term("high"))))
        rows.append(row)
    out.append(grid(rows, [first] + [cell_w] * len(partners_) + [flag], extra=extra))
    return out
