"""The broker's insight on paper: where the deal is stuck (deadlocks, zones of possible
agreement), what changed since the last meeting, and the balance of voices.

Every figure is read off the pack's own snapshot (``workshop.negotiation``, ``workshop.changes``,
``workshop.voices``), so nothing its reader may not see shapes what it is shown.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from exports import fonts, wording
from exports.pdf_pack import (
    Pack,
    mark_flowable,
    number_cell_commands,
    strongest,
    symbol,
    with_mark,
)
from exports.pdf_style import (
    CONTENT_W,
    INK,
    MUTED,
    RED,
    Heading,
    cell,
    fixed,
    frag,
    grid,
    para,
    partner_colour,
    rich,
    styles,
    text_frags,
)
from exports.pdf_zones import ZoneChart
from workshop import changes, kinds, negotiation, review, voices
from workshop.negotiation import Deadlock, Line, Zone
from workshop.vocabulary import POSITION_KIND, TERM_STANCE

#: What a first page lists before it says how many more follow.
LIST_LIMIT = 10
#: Deadlock and zone sentences: a hard line's name in the ink of its kind.
RED_INK = RED


def section(pack: Pack, title: str, *values: object) -> list[Flowable]:
    return [CondPageBreak(60 * mm), Heading(pack.say(title, *values), 0)]


def subheading(pack: Pack, title: str, *values: object) -> list[Flowable]:
    """An h2 that never ends a page: it comes with room for what follows."""
    return [CondPageBreak(30 * mm), fixed(f"<b>{fonts.markup(pack.say(title, *values))}</b>", "h2")]


# --- deadlocks -----------------------------------------------------------------------------------


def _limit_words(pack: Pack, line: Line, end: str, unit: str) -> str:
    value = line.low if end == "low" else line.high
    assert value is not None
    words = wording.AT_LEAST if end == "low" else wording.AT_MOST
    return pack.say(words, negotiation.number_text(value, unit))


def line_words(pack: Pack, line: Line, end: str | None, unit: str) -> str:
    """ "Northlight's red line (at least 8 %)", with its marking when not shared."""
    position = line.position
    if end is not None:
        stance = _limit_words(pack, line, end, unit)
    elif position.stance == "limit":
        low = negotiation.number_text(line.low) if line.low is not None else "…"
        high = negotiation.number_text(line.high, unit) if line.high is not None else "…"
        stance = pack.say(wording.FROM_TO, low, high)
    else:
        stance = pack.tr(TERM_STANCE.label(position.stance)).lower()
    marking = pack.marking("position", position)
    if marking:
        stance += f", {marking[0].lower()}{marking[1:]}"
    kind = pack.tr(POSITION_KIND.label(position.kind)).lower()
    return pack.say(wording.LINE_OF, line.partner.label, kind, stance)


def deadlock_text(pack: Pack, deadlock: Deadlock) -> str:
    """ "Deadlock on Management fee: Northlight's red line (at least 8 %) and Cŵn's red line (at
    most 5 %) cannot both hold — needs a mandate"."""
    unit = deadlock.term.unit
    lines = list(deadlock.lines)
    ends: list[str | None] = [None] * len(lines)
    if len(lines) == 2 and all(x.position.stance == "limit" for x in lines):
        first, second = lines
        low_first = first.low is not None and second.high is not None and first.low > second.high
        ends = ["low", "high"] if low_first else ["high", "low"]
    described = [line_words(pack, x, e, unit) for x, e in zip(lines, ends, strict=True)]
    sentence = wording.DEADLOCK if len(lines) == 2 else wording.DEADLOCK_MANY
    text = pack.say(sentence, deadlock.term.name, wording.listed(pack.tr, described))
    verdict = wording.MOVABLE if deadlock.movable else wording.NEEDS_MANDATE
    return f"{text} — {pack.tr(verdict)}"


def deadlock_para(pack: Pack, deadlock: Deadlock, style: str = "body") -> Flowable:
    colour = MUTED if deadlock.movable else RED_INK
    chosen = styles()[style]
    bar = frag(chosen, "■ ", font=fonts.FALLBACK, colour=colour)
    return rich([bar, *text_frags(deadlock_text(pack, deadlock), chosen)], style)


def zone_words(pack: Pack, zone: Zone) -> list[str]:
    """The zone's sentence, then each of the smallest moves that would open it."""
    found = [negotiation.gap_text(zone, pack.tr)]
    moves = zone.moves()
    if moves:
        found.append(pack.tr(wording.SMALLEST_MOVES))
        found += [f"• {negotiation.move_text(m, zone.term.unit, pack.tr)}" for m in moves]
    return found


def zone_marks(pack: Pack, zone: Zone) -> dict[int, str]:
    """Partner id -> the symbol of its range when a line of it is not shared."""
    marks = {}
    for each in zone.ranges:
        visibility = strongest(line.position for line in each.lines)
        if visibility != "shared":
            marks[each.partner.id] = symbol(visibility)
    return marks


def stuck(pack: Pack) -> list[Flowable]:
    """Deadlocks, term by term, then the zones of possible agreement with their pictures."""
    found = negotiation.deadlocks(pack.snap)
    zones = negotiation.zones(pack.snap)
    if not pack.snap.terms:
        return []
    out = section(pack, wording.STUCK_TITLE)
    out.append(para(pack.tr(wording.STUCK_INTRO), "intro"))
    out += subheading(pack, wording.DEADLOCKS_TITLE)
    if not found:
        out.append(para(pack.tr(wording.NO_DEADLOCK), "body"))
    for deadlock in found:
        out.append(deadlock_para(pack, deadlock))
        tag = mark_flowable(pack, "term", deadlock.term, CONTENT_W)
        if tag is not None:
            out.append(tag)
    out += subheading(pack, wording.ZONES_TITLE)
    out.append(para(pack.tr(wording.ZONES_INTRO), "intro"))
    if not zones:
        out.append(para(pack.tr(wording.NO_ZONE), "body"))
    for zone in zones:
        title = zone.term.name + (f" ({zone.term.unit})" if zone.term.unit else "")
        chart = ZoneChart(zone, zone_marks(pack, zone), pack.tr)
        words = [para(text, "body") for text in zone_words(pack, zone)]
        out.append(KeepTogether([para(title, "h3", bold=True), chart, Spacer(1, 2 * mm), *words]))
        out.append(Spacer(1, 3 * mm))
    return out


# --- since the last meeting ----------------------------------------------------------------------


def _item_rows(pack: Pack, items: list[tuple[str, Any]], widths: list[float]) -> list[list[Any]]:
    rows: list[list[Any]] = [
        [pack.tr(wording.COL_NO), pack.tr(wording.COL_KIND), pack.tr(wording.COL_WHAT)]
    ]
    for table, item in items[:LIST_LIMIT]:
        kind = kinds.of(table)
        text = str(getattr(item, kind.main, "") or "")
        shown = with_mark(pack, table, item, [para(clip(text), "cell")], widths[2])
        rows.append(
            [pack.number(table, item), cell(pack.tr(kind.noun).capitalize(), widths[1]), shown]
        )
    return rows


def clip(text: str, limit: int = 220) -> str:
    """A long text's start, for a first page (the record holds it whole)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def since(pack: Pack) -> list[Flowable]:
    meeting = changes.last_ended(pack.snap)
    if meeting is None:
        return []
    found = changes.since(pack.snap, meeting)
    from workshop.dates import long_date, parse_iso

    out = section(pack, wording.SINCE_TITLE, meeting.title)
    # The stamp is the app's own (never typed): read as a date, or left out.
    ended = long_date(meeting.ended_at[:10]) if parse_iso(meeting.ended_at[:10]) else ""
    sentence = wording.SINCE_INTRO if ended else wording.SINCE_INTRO_UNDATED
    out.append(para(pack.say(sentence, meeting.title, ended), "intro"))
    if found.empty:
        return [*out, para(pack.tr(wording.SINCE_NOTHING), "body")]
    widths = [13 * mm, 30 * mm, CONTENT_W - 43 * mm]
    for title, items in (
        (wording.ADDED, found.added),
        (wording.CHANGED, found.changed),
        (wording.RESOLVED_SINCE, found.resolved),
        (wording.DROPPED, found.dropped),
    ):
        shown = [(table, item) for table, item in items if kinds.of(table).pdf]
        if not shown:
            continue
        out += _titled_items(pack, title, shown, widths)
    removed = [
        wording.plural(count, pack.tr(kinds.of(t).noun), pack.tr(kinds.of(t).plural))
        for t, count in found.removed.items()
    ]
    if removed:
        out += [
            fixed(f"<b>{fonts.markup(pack.tr(wording.REMOVED))}</b>", "h3"),
            para(pack.say(wording.REMOVED_COUNT, wording.listed(pack.tr, removed)), "body"),
        ]
    return out


def _titled_items(
    pack: Pack, title: str, shown: list[tuple[str, Any]], widths: list[float]
) -> list[Flowable]:
    """ "Added (3)" and its numbered items (the first LIST_LIMIT, then how many more), kept
    from starting at a page's foot."""
    block: list[Flowable] = [
        fixed(f"<b>{fonts.markup(pack.tr(title))}</b> ({len(shown)})", "h3"),
        grid(_item_rows(pack, shown, widths), widths, extra=number_cell_commands()),
    ]
    if len(shown) > LIST_LIMIT:
        block.append(para(pack.say(wording.MORE_PLAIN, len(shown) - LIST_LIMIT), "small"))
    return [CondPageBreak(30 * mm), *block]


# --- since the last issue -------------------------------------------------------------------------


def since_issue(pack: Pack) -> list[Flowable]:
    """ "Changed since issue 2": each item added or changed since the issue before this one (or,
    for a working copy, since its latest issue), and how many were removed."""
    control = pack.control
    issue = review.compared_issue(pack.snap, control.issue, control.changed_since)
    if issue is None:
        return []
    from exports.documents import when_text

    found = review.since_issue(pack.snap, issue)
    out = section(pack, wording.SINCE_ISSUE_TITLE, issue.number)
    out.append(
        para(pack.say(wording.SINCE_ISSUE_INTRO, issue.number, when_text(issue.issued_at)), "intro")
    )
    if found.empty:
        return [*out, para(pack.tr(wording.SINCE_ISSUE_NOTHING), "body")]
    widths = [13 * mm, 30 * mm, CONTENT_W - 43 * mm]
    for title, listed in ((wording.ADDED, found.added), (wording.CHANGED, found.changed)):
        shown = [(table, item) for _, table, item in listed if kinds.of(table).pdf]
        if not shown:
            continue
        out += _titled_items(pack, title, shown, widths)
    if found.removed:
        count = wording.plural(found.removed, pack.tr(wording.ITEM), pack.tr(wording.ITEMS))
        out += [
            fixed(f"<b>{fonts.markup(pack.tr(wording.REMOVED))}</b>", "h3"),
            para(pack.say(wording.REMOVED_ITEMS, count), "body"),
        ]
    return out


# --- balance of voices ---------------------------------------------------------------------------


class ShareBar(Flowable):  # type: ignore[misc]
    """A share as a bar with its figure beside it (the figure says it without colour)."""

    def __init__(self, share: float, text: str, colour: Any) -> None:
        super().__init__()
        self.share = max(0.0, min(share, 1.0))
        self.text = text
        self.colour = colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 11.0
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        room = self.width - 62
        canvas.setFillColor(colors.HexColor("#eef1f4"))
        canvas.rect(0, 2, room, 6, stroke=0, fill=1)
        canvas.setFillColor(self.colour)
        canvas.rect(0, 2, room * self.share, 6, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.SANS, 7.5)
        canvas.drawString(room + 5, 2, self.text)


def balance(pack: Pack) -> list[Flowable]:
    """The broker's record only (who talks most is for the broker to raise)."""
    if pack.kind != "broker" or not pack.snap.partners:
        return []
    found = voices.balance(pack.snap, tr=pack.tr)
    out = section(pack, wording.BALANCE_TITLE)
    out.append(para(pack.tr(wording.BALANCE_INTRO), "intro"))
    if not found.marked_seconds:
        out.append(para(pack.tr(wording.BALANCE_NO_TIME), "small"))
    widths = [45 * mm, (CONTENT_W - 45 * mm) / 2, (CONTENT_W - 45 * mm) / 2]
    rows: list[list[Any]] = [
        [pack.tr(wording.COL_PARTNER), pack.tr(wording.TALK_TIME), pack.tr(wording.CAPTURED)]
    ]
    from exports.pdf_pack import partner_para

    for voice in found.voices:
        colour = partner_colour(voice.partner.colour)
        minutes = pack.say(wording.MINUTES, round(voice.seconds / 60))
        rows.append(
            [
                partner_para(voice.partner),
                ShareBar(
                    voice.time_share, f"{round(voice.time_share * 100)} % · {minutes}", colour
                ),
                ShareBar(
                    voice.captured_share,
                    f"{round(voice.captured_share * 100)} % · {voice.captured}",
                    colour,
                ),
            ]
        )
    out.append(grid(rows, widths, extra=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    out += [Spacer(1, 3 * mm), fixed(f"<b>{fonts.markup(pack.tr(wording.GAPS))}</b>", "h3")]
    gaps = found.gaps or (pack.tr(wording.NO_GAPS),)
    out += [para(f"• {gap}", "body") for gap in gaps]
    return out
