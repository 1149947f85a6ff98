"""The first pages of a foundations summary: what its reader must act on, in ten minutes.

The broker's record opens with what is safe to say in the room and what is not; a partner's pack
with that partner's own page (its decisions, its lines and where they meet others', the deadlocks
and disagreements it is in, its actions); every pack then says where things stand (what is agreed,
what is still open with its next step and owner, the decisions waiting on CEOs and boards, the
actions due) and how far the agreement covers what a partnering agreement needs. All of it is
read off ``workshop.summary.first_pages`` and ``workshop.coverage`` for the pack's audience.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from exports import fonts, wording
from exports.pdf_insight import LIST_LIMIT, clip, deadlock_para, subheading, zone_words
from exports.pdf_pack import Pack, count_text, number_cell_commands, with_mark
from exports.pdf_style import (
    CONTENT_W,
    MUTED,
    RED,
    Heading,
    bold_cells,
    cell,
    date_text,
    fill,
    grid,
    ink,
    para,
    rich,
    styles,
    text_frags,
)
from workshop import coverage, negotiation, summary, vocabulary
from workshop.kinds import kinds as all_kinds
from workshop.kinds import of as kind_of
from workshop.summary import Actions, OpenQuestion
from workshop.vocabulary import route_text

NUMBER_W = 13 * mm
#: How many other partners' lines a row of "your lines" names (the record holds them all).
OTHERS_LIMIT = 4


def _h1(pack: Pack, title: str, *values: object) -> list[Flowable]:
    return [CondPageBreak(80 * mm), Heading(pack.say(title, *values), 0)]


def _more(pack: Pack, hidden: int, where: str = "") -> list[Flowable]:
    if hidden <= 0:
        return []
    if where:
        return [para(pack.say(wording.MORE, hidden, where), "small")]
    return [para(pack.say(wording.MORE_PLAIN, hidden), "small")]


def _table(
    pack: Pack,
    heads: Sequence[str],
    rows: list[list[Any]],
    widths: list[float],
    extra: Sequence[tuple[Any, ...]] = (),
) -> Flowable:
    header = [pack.tr(text) for text in heads]
    return grid([header, *rows], widths, extra=[*number_cell_commands(), *extra])


# --- the broker: safe to say in the room, or not -------------------------------------------------


def safe_to_say(pack: Pack, pages: summary.FirstPages) -> list[Flowable]:
    out = _h1(pack, wording.SAFE_TITLE)
    shared = sum(
        1
        for kind in all_kinds()
        if kind.content and kind.has_visibility and kind.pdf
        for item in pack.shown.items(kind.table)
        if item.visibility == "shared"
    )
    out.append(para(pack.say(wording.SAFE_INTRO, shared), "intro"))
    if not pages.not_for_the_room:
        return [*out, para(pack.tr(wording.SAFE_NOTHING), "body")]
    widths = [NUMBER_W, 26 * mm, CONTENT_W - 26 * mm - NUMBER_W - 52 * mm, 52 * mm]
    for group in pages.not_for_the_room:
        items: list[tuple[str, Any, str]] = list(group.items)
        if group.partner is not None:
            title = pack.say(wording.CONFIDED_BY, group.partner.name)
        else:
            title = pack.tr(wording.YOURS_ALONE)
        rows = []
        for table, item, marking in items[:LIST_LIMIT]:
            kind = kind_of(table)
            rows.append(
                [
                    pack.number(table, item),
                    cell(pack.tr(kind.noun).capitalize(), widths[1]),
                    para(clip(str(getattr(item, kind.main, "") or "")), "cell"),
                    _marking_para(item.visibility, marking),
                ]
            )
        heads = (wording.COL_NO, wording.COL_KIND, wording.COL_WHAT, wording.COL_MARKING)
        out += [
            CondPageBreak(35 * mm),
            para(f"{title} ({len(items)})", "h3", bold=True),
            _table(pack, heads, rows, widths),
            *_more(pack, len(items) - LIST_LIMIT),
        ]
    return out


def _marking_para(visibility: str, marking: str) -> Flowable:
    term = vocabulary.VISIBILITY.term(visibility)
    chosen = styles()["mark"]
    colour = ink(term)
    symbol = term.symbol if term is not None else ""
    from exports.pdf_style import frag

    parts = [frag(chosen, f"{symbol} ", font=fonts.FALLBACK, colour=colour)] if symbol else []
    return rich([*parts, *text_frags(marking, chosen, colour=colour)], "mark")


# --- a partner: its own page -------------------------------------------------------------------


def yours(pack: Pack, pages: summary.FirstPages) -> list[Flowable]:
    mine = pages.yours
    if mine is None:
        return []
    partner = mine.partner
    out = _h1(pack, wording.YOURS_TITLE, partner.name)
    out.append(para(pack.say(wording.YOURS_INTRO, partner.name), "intro"))
    out += _decisions_table(pack, wording.YOUR_DECISIONS, list(mine.decisions), with_partner=False)
    out += _your_lines(pack, mine.lines)
    own_deadlocks = [
        d
        for d in negotiation.deadlocks(pack.snap)
        if any(line.partner.id == partner.id for line in d.lines)
    ]
    if own_deadlocks:
        out += subheading(pack, wording.YOUR_DEADLOCKS)
        out += [deadlock_para(pack, d) for d in own_deadlocks]
    own_zones = [
        z for z in negotiation.zones(pack.snap) if any(r.partner.id == partner.id for r in z.ranges)
    ]
    if own_zones:
        out += subheading(pack, wording.YOUR_ZONES)
        for zone in own_zones:
            words = zone_words(pack, zone)
            out.append(para(f"{zone.term.name}: {words[0]}", "body"))
            out += [para(text, "small") for text in words[1:]]
    out += _questions(pack, wording.YOUR_DISAGREEMENTS, list(mine.disagreements))
    out += _actions(pack, wording.YOUR_ACTIONS, mine.actions, everything=True)
    return out


def _your_lines(pack: Pack, lines: Sequence[summary.LineMet]) -> list[Flowable]:
    out = subheading(pack, wording.YOUR_LINES)
    if not lines:
        return [*out, para(pack.tr(wording.NONE_AT_PRESENT), "body")]
    widths = [NUMBER_W, (CONTENT_W - NUMBER_W) * 0.5, (CONTENT_W - NUMBER_W) * 0.5]
    topics = pack.shown.by_id("topic")
    # A line in a deadlock says so, instead of "two or more hard lines".
    stuck: dict[int, list[str]] = {}
    for deadlock in negotiation.deadlocks(pack.snap):
        verdict = wording.MOVABLE if deadlock.movable else wording.NEEDS_MANDATE
        for each in deadlock.lines:
            stuck.setdefault(each.position.id, []).append(
                pack.say(wording.DEADLOCK_SHORT, deadlock.term.name, pack.tr(verdict))
            )
    rows = []
    for met in lines[:LIST_LIMIT]:
        line = met.line
        topic = topics.get(line.topic_id) if line.topic_id is not None else None
        label = vocabulary.POSITION_KIND.label(line.kind)
        head = f"{pack.tr(label)}" + (f" · {topic.name}" if topic is not None else "")
        bold = styles()["cell_bold"]
        colour = ink(vocabulary.POSITION_KIND.term(line.kind))
        mine: list[Any] = [
            rich(text_frags(head, bold, colour=colour), "cell_bold"),
            para(line.statement, "cell"),
        ]
        others: list[Any] = []
        # The others' hard lines first, red before bottom; a few, so the row stays short.
        ranked = sorted(met.others, key=lambda p: vocabulary.POSITION_KIND.order(p.kind))
        for other in ranked[:OTHERS_LIMIT]:
            partner = pack.shown.partner(other.partner_id)
            name = partner.label if partner is not None else "—"
            kind = pack.tr(vocabulary.POSITION_KIND.label(other.kind)).lower()
            text = f"{name}: {kind} — {clip(other.statement, 140)}"
            others.append(with_mark(pack, "position", other, [para(text, "cell")], widths[2]))
        if len(ranked) > OTHERS_LIMIT:
            where = pack.tr(wording.PARTNERS_TITLE)
            more = pack.say(wording.MORE, len(ranked) - OTHERS_LIMIT, where)
            others.append(para(more, "cell_muted"))
        if not others:
            others = [para(pack.tr(wording.NO_OTHER_LINE), "cell_muted")]
        if line.id in stuck:
            red = text_frags("\n".join(stuck[line.id]), styles()["cell_bold"], colour=RED)
            others.append(rich(red, "cell_bold"))
        elif met.hard_lines_meet:
            others.append(para(pack.tr(wording.HARD_LINES_MEET), "cell_bold"))
        flat: list[Any] = []
        for each in others:
            flat += each if isinstance(each, list) else [each]
        rows.append(
            [
                pack.number("position", line),
                with_mark(pack, "position", line, mine, widths[1]),
                flat,
            ]
        )
    heads = (wording.COL_NO, wording.COL_YOUR_LINE, wording.MEETS)
    out.append(_table(pack, heads, rows, widths))
    out += _more(pack, len(lines) - LIST_LIMIT, pack.tr(wording.PARTNERS_TITLE))
    return out


# --- everyone: where things stand ----------------------------------------------------------------


def _bullets(
    pack: Pack, title: str, items: Sequence[tuple[str, Any, str]], where: str
) -> list[Flowable]:
    """``title (n)`` and up to LIST_LIMIT items as "• text  P12", marked when not shared."""
    if not items:
        return []
    out: list[Flowable] = [para(f"{pack.tr(title)} ({len(items)})", "h3", bold=True)]
    for table, item, text in items[:LIST_LIMIT]:
        number = pack.number(table, item)
        body = styles()["body"]
        parts = text_frags(f"• {clip(text, 160)}", body)
        if number:
            parts += text_frags(f"  {number}", styles()["number"], colour=MUTED)
        out += with_mark(pack, table, item, [rich(parts, "body")], CONTENT_W)
    out += _more(pack, len(items) - LIST_LIMIT, where)
    return [KeepTogether(out[:3]), *out[3:]]


def where_things_stand(pack: Pack, pages: summary.FirstPages) -> list[Flowable]:
    out = _h1(pack, wording.STAND_TITLE)
    out.append(para(pack.tr(wording.STAND_INTRO), "intro"))
    out += subheading(pack, wording.AGREED)
    agreed = [
        *_bullets(
            pack,
            wording.AGREED_VALUES,
            [("value", v, v.name) for v in pages.agreed_values],
            pack.tr(wording.VALUES_TITLE),
        ),
        *_bullets(
            pack,
            wording.AGREED_CLAUSES,
            [("clause", c, c.text) for c in pages.agreed_clauses],
            pack.tr(wording.WAYS_TITLE),
        ),
        *_bullets(
            pack,
            wording.RESOLVED,
            [("disagreement", d, d.title) for d in pages.resolved],
            pack.tr(wording.DISAGREEMENTS_TITLE),
        ),
    ]
    out += agreed or [para(pack.tr(wording.NOTHING_AGREED), "body")]
    out += _questions(pack, wording.STILL_OPEN, list(pages.still_open))
    waiting = [p for partner in pack.shown.partners for p in pages.decisions.get(partner.id, ())]
    out += _decisions_table(pack, wording.DECISIONS_WAITING, waiting, with_partner=True)
    out += _actions(pack, wording.ACTIONS_DUE, pages.actions, everything=False)
    return out


def _questions(pack: Pack, title: str, questions: list[OpenQuestion]) -> list[Flowable]:
    out = subheading(pack, title)
    if not questions:
        return [*out, para(pack.tr(wording.NOTHING_OPEN), "body")]
    disagreements = [q.disagreement for q in questions]
    out.append(para(count_text(pack, "disagreement", disagreements), "small"))
    widths = [NUMBER_W, 52 * mm, CONTENT_W - NUMBER_W - 52 * mm - 62 * mm, 38 * mm, 24 * mm]
    rows = []
    for question in questions[:LIST_LIMIT]:
        d = question.disagreement
        title_cell = with_mark(pack, "disagreement", d, [para(d.title, "cell_bold")], widths[1])
        rows.append(
            [
                pack.number("disagreement", d),
                title_cell,
                para(route_text(question.disagreement.route_step, pack.tr), "cell"),
                para(d.owner or "—", "cell"),
                date_text(d.review_date) or "—",
            ]
        )
    heads = (
        wording.COL_NO,
        wording.COL_WHAT,
        wording.COL_ROUTE,
        wording.COL_OWNER,
        wording.COL_REVIEW,
    )
    out.append(_table(pack, heads, rows, widths))
    out += _more(pack, len(questions) - LIST_LIMIT, pack.tr(wording.DISAGREEMENTS_TITLE))
    return out


def _decider(position: Any, tr: Callable[[str], str]) -> str:
    return tr(vocabulary.LINE_OWNER.label("board" if position.owner == "board" else "ceo"))


def _decisions_table(
    pack: Pack, title: str, positions: list[Any], *, with_partner: bool
) -> list[Flowable]:
    out = subheading(pack, title)
    if not positions:
        return [*out, para(pack.tr(wording.NONE_AT_PRESENT), "body")]
    out.append(para(count_text(pack, "position", positions), "small"))
    from exports.pdf_pack import partner_para

    rows = []
    if with_partner:
        widths = [NUMBER_W, 38 * mm, CONTENT_W - NUMBER_W - 38 * mm - 24 * mm, 24 * mm]
        heads: tuple[str, ...] = (
            wording.COL_NO,
            wording.COL_PARTNER,
            wording.COL_POSITION,
            wording.COL_DECISION_BY,
        )
    else:
        widths = [NUMBER_W, CONTENT_W - NUMBER_W - 24 * mm, 24 * mm]
        heads = (wording.COL_NO, wording.COL_POSITION, wording.COL_DECISION_BY)
    for position in positions[: LIST_LIMIT * 2]:
        statement = with_mark(
            pack, "position", position, [para(position.statement, "cell")], widths[-2]
        )
        row: list[Any] = [pack.number("position", position)]
        if with_partner:
            row.append(partner_para(pack.shown.partner(position.partner_id)))
        row += [statement, _decider(position, pack.tr)]
        rows.append(row)
    out.append(_table(pack, heads, rows, widths))
    out += _more(pack, len(positions) - LIST_LIMIT * 2, pack.tr(wording.DECISIONS_TITLE))
    return out


def _actions(pack: Pack, title: str, actions: Actions, *, everything: bool) -> list[Flowable]:
    """The open actions counted in full (never "0 due" while some are open), then those a
    reader must chase: overdue and due soon (a partner's own page lists all of its own)."""
    out = subheading(pack, title)
    if not actions.open_count:
        return [*out, para(pack.tr(wording.NO_OPEN_ACTIONS), "body")]
    every = [*actions.overdue, *actions.due_soon, *actions.later, *actions.undated]
    out.append(
        para(
            pack.say(
                wording.COUNT_ACTIONS,
                count_text(pack, "action", every),
                len(actions.overdue),
                len(actions.due_soon),
                len(actions.later),
                len(actions.undated),
            ),
            "body",
        )
    )
    chased = every if everything else [*actions.overdue, *actions.due_soon]
    if not chased:
        later = actions.later[0] if actions.later else None
        if later is not None:
            text = pack.say(wording.NEXT_DUE, date_text(later.due_date), clip(later.text, 160))
        else:
            text = pack.tr(wording.NONE_DUE_UNDATED)
        return [*out, para(text, "body")]
    people = pack.shown.by_id("person")
    widths = [NUMBER_W, CONTENT_W - NUMBER_W - 70 * mm, 46 * mm, 24 * mm]
    overdue = {a.id for a in actions.overdue}
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for r, action in enumerate(chased[: LIST_LIMIT * 2], start=1):
        partner = pack.shown.partner(action.partner_id)
        person = people.get(action.person_id) if action.person_id is not None else None
        owner = " · ".join(
            x for x in (partner.label if partner else "", person.name if person else "") if x
        )
        rows.append(
            [
                pack.number("action", action),
                with_mark(pack, "action", action, [para(action.text, "cell")], widths[1]),
                para(owner or "—", "cell"),
                date_text(action.due_date) or "—",
            ]
        )
        if action.id in overdue:
            extra += bold_cells((3, r), (3, r), RED)
    heads = (wording.COL_NO, wording.COL_ACTION, wording.COL_OWNER, wording.COL_DUE)
    out.append(_table(pack, heads, rows, widths, extra))
    out += _more(pack, len(chased) - LIST_LIMIT * 2, pack.tr(wording.ACTIONS_TITLE))
    return out


# --- coverage of the agreement -------------------------------------------------------------------


def agreement_coverage(pack: Pack) -> list[Flowable]:
    found = coverage.coverage(pack.snap, pack.tr)
    status = vocabulary.COVERAGE
    counts = {value: sum(1 for c in found if c.status == value) for value in status.values}
    out = _h1(pack, wording.COVERAGE_TITLE)
    relevant = len(found) - counts["not_relevant"]
    out.append(
        para(
            pack.say(
                wording.COVERAGE_INTRO,
                counts["in_place"],
                relevant,
                counts["partial"],
                counts["not_started"],
            ),
            "intro",
        )
    )
    widths = [52 * mm, 34 * mm, CONTENT_W - 86 * mm]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
    chosen = styles()["cell_bold"]
    for r, covered in enumerate(found, start=1):
        term = status.term(covered.status)
        colour = ink(term, MUTED)
        mark = term.symbol if term is not None else ""
        shown = rich(
            [
                *text_frags(f"{mark} ", chosen, colour=colour),
                *text_frags(pack.tr(status.label(covered.status)), chosen, colour=colour),
            ],
            "cell_bold",
        )
        rows.append(
            [
                para(pack.tr(vocabulary.INGREDIENT.label(covered.ingredient)), "cell"),
                shown,
                para("; ".join(covered.missing) or "—", "cell"),
            ]
        )
        extra.append(("BACKGROUND", (1, r), (1, r), fill(term, colors.white)))
    header = [
        pack.tr(wording.COL_INGREDIENT),
        pack.tr(wording.STATUS),
        pack.tr(wording.COL_MISSING),
    ]
    out.append(grid([header, *rows], widths, extra=extra, zebra=False))
    return out


def first_pages(pack: Pack) -> list[Flowable]:
    """The broker's safe-to-say page or the partner's own, then where things stand, then the
    coverage of the agreement."""
    pages = summary.first_pages(pack.shown, pack.today)
    out: list[Flowable] = []
    if pack.kind == "broker":
        out += safe_to_say(pack, pages)
    out += yours(pack, pages)
    out += where_things_stand(pack, pages)
    out += [Spacer(1, 4 * mm), *agreement_coverage(pack)]
    return out
