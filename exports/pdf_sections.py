"""The start of the record in the foundations summary: cover, values, partners, negotiation.

The first pages are in ``exports.pdf_first``, the rest of the record (disagreements onwards) in
``exports.pdf_record``. Every function takes the pack (``exports.pdf_pack.Pack``: the
audience-filtered snapshot) and returns flowables; none decides visibility. Each item not shared
carries its marking and each item partners review its number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from exports import documents, fonts, wording
from exports.cells import amount_text, shown
from exports.errors import ExportCancelled
from exports.pdf_insight import deadlock_text
from exports.pdf_pack import (
    Pack,
    colour_hex,
    count_text,
    grid_legend,
    mark_flowable,
    number_cell_commands,
    partner_heads,
    partner_markup,
    partner_para,
    strongest,
    symbol,
    with_mark,
)
from exports.pdf_style import (
    ACCENT_LIGHT,
    AMBER,
    CONTENT_W,
    KIND_COLOURS,
    MUTED,
    RATING_FILLS,
    RED,
    RULE,
    SHORT_TABLE,
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
from workshop import analysis, kinds, negotiation, vocabulary
from workshop.snapshot import Contribution, Partner, Position
from workshop.vocabulary import Translate, same

#: Stances, strongest first (the vocabulary's order).
KIND_ORDER = vocabulary.POSITION_KIND.values
NUMBER_W = 13 * mm

__all__ = ["NOTE_MARK", "partner_markup", "partner_para"]


def nothing(pack: Pack, text: str = wording.NOTHING_YET) -> Para:
    return para(pack.tr(text), "intro")


#: Beside a rating or answer that has a note under its grid.
NOTE_MARK = "*"


def section(pack: Pack, title: str, *values: object) -> list[Flowable]:
    return [CondPageBreak(60 * mm), Heading(pack.say(title, *values), 0)]


def h2(pack: Pack, title: str, *values: object) -> list[Flowable]:
    """A second-level heading with room for what follows (never alone at a page's foot)."""
    return [CondPageBreak(40 * mm), fixed(f"<b>{fonts.markup(pack.say(title, *values))}</b>", "h2")]


# --- cover -----------------------------------------------------------------------------------


def cover(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    w = snap.workshop
    tr = pack.tr
    out: list[Flowable] = [Spacer(1, 22 * mm), para(tr(wording.FOUNDATIONS_SUMMARY), "small")]
    out += [Spacer(1, 3 * mm), para(w.title or tr(wording.UNTITLED), "title")]
    if w.purpose:
        out.append(para(w.purpose, "subtitle"))
    facts: list[list[Any]] = []
    dates = " – ".join(date_text(d) for d in (w.start_date, w.end_date) if d)
    declared = kinds.of("workshop")
    for key, value in (
        (tr(wording.DATES), dates),
        *(
            (tr(declared.field(name).label), shown(declared.field(name), tr)(getattr(w, name)))
            for name in ("facilitator", "collaboration_model", "context", "status")
        ),
    ):
        if value:
            facts.append([para(key, "cell_muted"), para(str(value), "cell")])
    if snap.partners:
        names = "<br/>".join(partner_markup(p, full=True) for p in snap.partners)
        facts.append([para(tr(wording.PARTNERS), "cell_muted"), Para(names, styles()["cell"])])
    if facts:
        out += [
            Spacer(1, 5 * mm),
            grid(facts, [40 * mm, CONTENT_W - 40 * mm], header=False, zebra=False),
        ]
    out += [Spacer(1, 5 * mm), control_table(pack)]
    marking = grid(
        [[para(snap.audience_text(pack.tr), "marking")]],
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
    out += [Spacer(1, 6 * mm), marking, Spacer(1, 3 * mm)]
    out.append(para(tr(wording.DO_NOT_FORWARD), "small"))
    out.append(PageBreak())
    return out


def control_table(pack: Pack) -> Flowable:
    """Document control on the cover: the issue, draft or final, when, by whom, for whom."""
    control = pack.control
    tr = pack.tr
    state = documents.state_text(control, tr)
    status = documents.status_label(control, tr)
    rows: list[list[Any]] = [
        [para(tr(wording.CONTROL), "cell_bold"), ""],
        [para(tr(wording.ISSUE), "cell_muted"), para(state, "cell")],
        [para(tr(wording.STATUS), "cell_muted"), para(status, "cell_bold")],
        [
            para(tr(wording.PRINTED), "cell_muted"),
            para(documents.when_text(control.printed_at), "cell"),
        ],
        [para(tr(wording.PREPARED_BY), "cell_muted"), para(control.prepared_by or "—", "cell")],
        [
            para(tr(wording.DISTRIBUTION), "cell_muted"),
            para(documents.distribution(pack.snap, tr), "cell_bold"),
        ],
    ]
    term = vocabulary.ISSUE_STATUS.term(control.status)
    return grid(
        rows,
        [40 * mm, CONTENT_W - 40 * mm],
        header=False,
        zebra=False,
        extra=[
            ("SPAN", (0, 0), (1, 0)),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("BACKGROUND", (1, 2), (1, 2), fill(term, colors.white)),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


# --- values and alignment ------------------------------------------------------------------


def values(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.VALUES_TITLE)
    if not snap.values:
        return [*out, nothing(pack)]
    out.append(para(count_text(pack, "value", snap.values), "small"))
    widths = [NUMBER_W, 43 * mm, 24 * mm, CONTENT_W - 67 * mm - NUMBER_W]
    rows: list[list[Any]] = [
        heads(
            pack.tr(wording.COL_NO),
            pack.tr(wording.COL_VALUE),
            pack.tr(wording.COL_STATUS),
            pack.tr(wording.COL_MEANS),
        )
    ]
    for value in snap.values:
        rows.append(
            [
                pack.number("value", value),
                with_mark(pack, "value", value, [para(value.name, "cell_bold")], widths[1]),
                term_para(vocabulary.VALUE_STATUS, value.status, tr=pack.tr),
                para(value.description, "cell"),
            ]
        )
    out.append(grid(rows, widths, extra=number_cell_commands()))
    out += alignment_chart(pack)
    return out


def alignment_chart(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    if not snap.partners or not snap.values:
        return []
    ratings = analysis.ratings_by_value(snap)
    diverges = analysis.divergence(snap)
    # Notes are on ratings the audience may see (snapshot.restrict dropped the others).
    notes = [a for a in snap.alignments if a.note]
    noted = {(a.value_id, a.partner_id) for a in notes}
    rated = {(a.value_id, a.partner_id): a for a in snap.alignments}
    partners = list(snap.partners)
    first = 45 * mm
    cell_w = (CONTENT_W - first) / len(partners)
    extra: list[Any] = []
    header = [pack.tr(wording.COL_VALUE), *partner_heads(partners, cell_w, extra)]
    rows: list[list[Any]] = [header]
    used: set[str] = set()
    centre = styles()["centre"]
    small = styles()["number"]
    for r, value in enumerate(snap.values, start=1):
        marks = diverges.get(value.id, frozenset())
        row: list[Any] = [para(value.name, "cell")]
        for c, partner in enumerate(partners, start=1):
            rating = ratings[value.id].get(partner.id)
            text = "–" if rating is None else str(rating)
            if (value.id, partner.id) in noted:
                text += NOTE_MARK  # the note is under the grid
            item = rated.get((value.id, partner.id))
            parts = text_frags(text, centre, bold=partner.id in marks)
            if partner.id in marks:
                extra.append(("BOX", (c, r), (c, r), 1.6, RED))
            if item is not None:
                visibility = item.visibility
                if visibility != "shared":
                    used.add(visibility)
                    parts.append(frag(centre, " " + symbol(visibility), font=fonts.FALLBACK))
                parts += [
                    frag(centre, "", line_break=True),
                    frag(small, pack.number("alignment", item)),
                ]
            row.append(rich(parts, "centre"))
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
    legend = pack.tr(wording.ALIGNMENT_LEGEND)
    if notes:
        legend += " " + pack.say(wording.NOTE_BELOW, NOTE_MARK)
    legend = " ".join(x for x in (legend, grid_legend(pack, used)) if x)
    out: list[Flowable] = [
        *h2(pack, wording.ALIGNMENT_TITLE),
        chart,
        Spacer(1, 2 * mm),
        para(legend, "small"),
    ]
    if notes:
        by_id = snap.by_id("value")
        widths = [NUMBER_W, 40 * mm, 32 * mm, CONTENT_W - 72 * mm - NUMBER_W]
        rows = [
            heads(
                pack.tr(wording.COL_NO),
                pack.tr(wording.COL_VALUE),
                pack.tr(wording.COL_PARTNER),
                pack.tr(wording.COL_NOTE),
            )
        ]
        for a in notes:
            rows.append(
                [
                    pack.number("alignment", a),
                    para(by_id[a.value_id].name, "cell"),
                    partner_para(snap.partner(a.partner_id)),
                    with_mark(pack, "alignment", a, [para(a.note, "cell")], widths[3]),
                ]
            )
        out += [
            CondPageBreak(30 * mm),
            para(pack.tr(wording.ALIGNMENT_NOTES), "h3", bold=True),
            grid(rows, widths, extra=number_cell_commands()),
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


def decider(p: Position, tr: Translate = same) -> str:
    """Who takes a decision a position needs: its board if the board owns the line, else its CEO."""
    return tr(vocabulary.LINE_OWNER.label("board" if p.owner == "board" else "ceo"))


def _owner(pack: Pack, p: Position) -> str:
    text = pack.tr(vocabulary.LINE_OWNER.label(p.owner))
    if p.needs_decision:
        text += "\n" + pack.say(wording.NEEDS_DECISION, decider(p, pack.tr))
    return text


def _owner_cell(pack: Pack, p: Position, width: float) -> Any:
    """Who owns the line, as plain lines when each fits (fast), else paragraphs that wrap (a
    longer translation, "Cynrychiolydd yn yr ystafell", would run into the next column)."""
    lines = _owner(pack, p).split("\n")
    if all(cell(line, width) == line for line in lines):
        return "\n".join(lines)
    return [para(line, "cell") for line in lines]


def _statement(pack: Pack, p: Position, width: float) -> list[Any]:
    # Single-run paragraphs lay out about four times faster than one with mixed runs.
    shown_: list[Any] = [para(p.statement, "cell_bold")]
    if p.reasoning:
        shown_.append(para(p.reasoning, "cell_muted"))
    tag = mark_flowable(pack, "position", p, width)
    if tag is not None:
        shown_.append(tag)
    return shown_


def _partner_bar(partner: Partner, counted: str, tr: Translate = same) -> Flowable:
    """A partner's name, role, size and reach beside a bar in its colour (an outline entry),
    with what its positions count."""
    facts = " · ".join(
        tr(terms.label(value))
        for terms, value in (
            (vocabulary.PARTNER_ROLE, partner.role),
            (vocabulary.SIZE_BAND, partner.size_band),
            (vocabulary.REACH, partner.reach),
        )
    )
    if counted:
        facts += f" · {counted}"
    name = partner.name
    if partner.short_name and partner.short_name != partner.name:
        name += f" ({partner.short_name})"
    heading = Heading(name, 1, "h2")
    bar = grid(
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
    bar.lead = True  # it introduces the partner's table: kept with its first row
    return bar


def _positions_table(pack: Pack, mine: list[Position], topics: dict[int, Any]) -> Flowable:
    tr = pack.tr
    rows: list[list[Any]] = [
        heads(
            tr(wording.COL_NO),
            tr(wording.COL_STANCE),
            tr(wording.COL_TOPIC),
            tr(wording.COL_POSITION_REASONING),
            tr(wording.COL_WHO_OWNS),
            tr(wording.COL_RANGE),
        )
    ]
    widths = [NUMBER_W, 19 * mm, 26 * mm, 0.0, 25 * mm, 15 * mm]
    widths[3] = CONTENT_W - sum(widths)
    stances: list[Any] = number_cell_commands()
    # Positions are grouped by kind: one colour command per group, not one per row.
    first_row: dict[str, int] = {}
    last_row: dict[str, int] = {}
    for r, p in enumerate(mine, start=1):
        first_row.setdefault(p.kind, r)
        last_row[p.kind] = r
        topic = topics.get(p.topic_id) if p.topic_id is not None else None
        rows.append(
            [
                pack.number("position", p),
                tr(vocabulary.POSITION_KIND.label(p.kind)).replace(" ", "\n"),
                cell(topic.name if topic else "—", widths[2]),
                _statement(pack, p, widths[3]),
                _owner_cell(pack, p, widths[4]),
                cell(_range(p), widths[5]),
            ]
        )
        if p.needs_decision:
            stances.append(("TEXTCOLOR", (4, r), (4, r), AMBER))
    for kind, start in first_row.items():
        colour = KIND_COLOURS.get(kind, (MUTED, None))[0]
        stances += bold_cells((1, start), (1, last_row[kind]), colour)
    return grid(rows, widths, extra=stances)


def contribution_value(item: Contribution) -> str:
    """What a contribution is worth, with its unit (``£60,000``, ``45 volunteers``)."""
    return amount_text(item.amount, item.unit)


def _contributions_table(pack: Pack, partner: Partner, mine: list[Contribution]) -> list[Flowable]:
    """ "What <partner> brings": each contribution's kind, description and value."""
    declared = kinds.of("contribution")
    rows: list[list[Any]] = [
        heads(
            pack.tr(wording.COL_NO),
            *(
                pack.tr(declared.field(name).label)
                for name in ("category", "description", "amount")
            ),
        )
    ]
    widths = [NUMBER_W, 32 * mm, CONTENT_W - 62 * mm - NUMBER_W, 30 * mm]
    for item in mine:
        rows.append(
            [
                pack.number("contribution", item),
                para(pack.tr(vocabulary.CONTRIBUTION_KIND.label(item.category)), "cell_bold"),
                with_mark(pack, "contribution", item, [para(item.description, "cell")], widths[2]),
                cell(contribution_value(item), widths[3]),
            ]
        )
    title = para(pack.say(wording.BRINGS, partner.label), "h3", bold=True)
    table = grid(rows, widths, extra=number_cell_commands())
    if len(mine) <= SHORT_TABLE:  # a few rows: kept whole, with their heading
        return [KeepTogether([title, table])]
    # The heading stays with the first rows: never alone at the foot of a page.
    return [CondPageBreak(25 * mm), title, table]


def partners(pack: Pack, cancel: Callable[[], bool] | None = None) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.PARTNERS_TITLE)
    out.append(para(pack.tr(wording.PARTNERS_INTRO), "intro"))
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
        mine = sorted(
            by_partner.get(partner.id, []),
            key=lambda p: vocabulary.POSITION_KIND.order(p.kind),
        )
        bar = _partner_bar(partner, count_text(pack, "position", mine) if mine else "", pack.tr)
        if mine:
            out += [
                CondPageBreak(50 * mm),
                bar,
                Spacer(1, 2 * mm),
                _positions_table(pack, mine, topics),
            ]
        else:
            out += [
                CondPageBreak(30 * mm),
                bar,
                Spacer(1, 2 * mm),
                nothing(pack, wording.NO_POSITIONS),
            ]
        if brings.get(partner.id):
            out += _contributions_table(pack, partner, brings[partner.id])
        out.append(Spacer(1, 4 * mm))
    out += contributions_overview(pack)
    out += decisions(pack)
    return out


def contributions_overview(pack: Pack) -> list[Flowable]:
    """What the partners bring together: each kind of contribution against each partner, with
    its value where one is given. Only when two or more partners bring something."""
    snap = pack.shown
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
        [
            pack.tr(kinds.of("contribution").field("category").label),
            *partner_heads(partners_, cell_w, extra),
        ]
    ]
    marked: set[str] = set()
    for category in used:
        row: list[Any] = [para(pack.tr(vocabulary.CONTRIBUTION_KIND.label(category)), "cell_bold")]
        for partner in partners_:
            items = found.get((category, partner.id), [])
            lines = []
            for c in items:
                mark = symbol(c.visibility) if c.visibility != "shared" else ""
                if mark:
                    marked.add(c.visibility)
                lines.append(f"{contribution_value(c) or '✔'} {mark}".strip())
            row.append(para("\n".join(lines), "centre") if lines else "")
        rows.append(row)
    legend = " ".join(x for x in (pack.tr(wording.BRINGS_LEGEND), grid_legend(pack, marked)) if x)
    return [
        *h2(pack, wording.PARTNERS_BRING),
        grid(rows, [first] + [cell_w] * len(partners_), extra=extra),
        Spacer(1, 1 * mm),
        para(legend, "small"),
        Spacer(1, 4 * mm),
    ]


def decisions(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    needed = analysis.needing_decision(snap)
    out = h2(pack, wording.DECISIONS_TITLE)
    if not needed:
        return [*out, nothing(pack, wording.NONE_AT_PRESENT)]
    out.append(para(count_text(pack, "position", needed), "small"))
    widths = [NUMBER_W, 35 * mm, CONTENT_W - 60 * mm - NUMBER_W, 25 * mm]
    rows: list[list[Any]] = [
        heads(
            pack.tr(wording.COL_NO),
            pack.tr(wording.COL_PARTNER),
            pack.tr(wording.COL_POSITION),
            pack.tr(wording.COL_DECISION_BY),
        )
    ]
    for p in needed:
        rows.append(
            [
                pack.number("position", p),
                partner_para(snap.partner(p.partner_id)),
                with_mark(pack, "position", p, [para(p.statement, "cell")], widths[2]),
                para(decider(p, pack.tr), "cell"),
            ]
        )
    out.append(grid(rows, widths, extra=number_cell_commands()))
    return out


# --- negotiation space ---------------------------------------------------------------------


def negotiation_space(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    out = section(pack, wording.NEGOTIATION_TITLE)
    out.append(para(pack.tr(wording.NEGOTIATION_INTRO), "intro"))
    if not snap.positions or not snap.partners:
        return [*out, nothing(pack)]
    held: dict[int | None, dict[int, list[Position]]] = defaultdict(lambda: defaultdict(list))
    for p in snap.positions:
        held[p.topic_id][p.partner_id].append(p)
    partners_ = list(snap.partners)
    first = 56 * mm
    cell_w = (CONTENT_W - first) / len(partners_)
    extra: list[Any] = []
    rows: list[list[Any]] = [[pack.tr(wording.COL_TOPIC), *partner_heads(partners_, cell_w, extra)]]
    topic_rows: list[tuple[str, str, int | None]] = [
        (t.name, t.description, t.id) for t in snap.topics
    ]
    if None in held:
        topic_rows.append((pack.tr(wording.NO_TOPIC), "", None))
    clashes = analysis.clashing_topics(snap)
    # Deadlocks are computed on terms from everything the audience may see (terms included).
    by_topic: dict[int | None, list[str]] = defaultdict(list)
    for deadlock in negotiation.deadlocks(pack.snap):
        by_topic[deadlock.term.topic_id].append(deadlock_text(pack, deadlock))
    used: set[str] = set()
    centre = styles()["centre"]
    for name, description, topic_id in topic_rows:
        r = len(rows)
        text = fonts.markup(name, bold=True)
        if description:
            text += (
                f'<br/><font size="7" color="{hex_of(MUTED)}">{fonts.markup(description)}</font>'
            )
        row: list[Any] = [Para(text, styles()["cell"])]
        for partner in partners_:
            here = held[topic_id].get(partner.id, [])
            parts: list[Any] = []
            for term in vocabulary.POSITION_KIND:
                of_kind = [p for p in here if p.kind == term.value]
                if not of_kind:
                    continue
                if parts:
                    parts.append(frag(centre, "", line_break=True))
                colour = KIND_COLOURS[term.value][0]
                parts += text_frags(pack.tr(term.short_label), centre, colour=colour)
                visibility = strongest(of_kind)
                if visibility != "shared":
                    used.add(visibility)
                    parts.append(
                        frag(centre, " " + symbol(visibility), font=fonts.FALLBACK, colour=colour)
                    )
            row.append(rich(parts, "centre") if parts else "")
        rows.append(row)
        said = by_topic.get(topic_id, []) if topic_id is not None else []
        if not said and topic_id in clashes:
            said = [pack.tr(wording.HARD_LINES_MEET)]
        if said:
            warning = text_frags("\n".join(said), styles()["cell_bold"], colour=RED)
            rows.append([rich(warning, "cell_bold"), *([""] * len(partners_))])
            note = len(rows) - 1
            high = fill(vocabulary.SEVERITY.term("high"))
            extra += [
                ("SPAN", (0, note), (-1, note)),
                ("NOSPLIT", (0, r), (-1, note)),
                ("BACKGROUND", (0, r), (-1, note), high),
                ("TEXTCOLOR", (0, note), (-1, note), RED),
                ("LINEBELOW", (0, r), (-1, r), 0, high),
                ("TOPPADDING", (0, note), (-1, note), 0),
            ]
    out.append(grid(rows, [first] + [cell_w] * len(partners_), extra=extra))
    legend = grid_legend(pack, used)
    if legend:
        out.append(para(legend, "small"))
    return out
