"""Where the deal is stuck: deadlocks on terms and zones of possible agreement. Qt-free.

A *term* is a named point of negotiation (exclusivity; management fee %). A position may take a
stance on it: it *requires* it, *rules it out*, is *either way*, or holds a numeric *limit*
(``range_min`` to ``range_max``, either end open). Red lines (set by a CEO or board) and bottom
lines (the rep's own) are hard; preferences and open positions are not.

* A **deadlock** is a smallest set of hard lines on one term that cannot all hold. For a yes/no
  term that is a line requiring it and a line ruling it out; for a numeric term, two limits with
  no common value (on a line, a family of intervals has no common point exactly when two of them
  do not meet, so the smallest conflicting sets are pairs). A deadlock of bottom lines only is
  *movable by the people in the room*; one with a red line needs a mandate.
* A **zone of possible agreement** on a numeric term is where every partner's acceptable range
  (the intersection of its hard limits there) meets: ``[max lo, min hi]``. When that is empty the
  *gap* is ``max lo − min hi``; the *binding* partners hold ``max lo`` or ``min hi``; the
  *smallest set of moves* that would open a zone asks as few red lines as possible to move, then
  as little in all as possible (preferring a bottom line, movable in the room, to a red line).

Everything is computed from one audience's snapshot, so a limit its reader may not see never
shapes what it is shown: a hidden limit can only narrow a zone, and it is simply not there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from workshop.kinds import Partner, Position, Term
from workshop.snapshot import Snapshot
from workshop.vocabulary import HARD_KINDS, N_, POSITION_KIND, TERM_STANCE, Translate, same


@dataclass(frozen=True, slots=True)
class Line:
    """One position's stance on a term."""

    position: Position
    partner: Partner

    @property
    def hard(self) -> bool:
        return self.position.kind in HARD_KINDS

    @property
    def red(self) -> bool:
        return self.position.kind == "red_line"

    @property
    def low(self) -> float | None:
        return self.position.range_min

    @property
    def high(self) -> float | None:
        return self.position.range_max


@dataclass(frozen=True, slots=True)
class Deadlock:
    term: Term
    lines: tuple[Line, ...]  # a smallest set of hard lines that cannot all hold

    @property
    def movable(self) -> bool:
        """Bottom lines only: the people in the room could move it without asking a board."""
        return not any(line.red for line in self.lines)

    @property
    def partners(self) -> tuple[Partner, ...]:
        seen: dict[int, Partner] = {}
        for line in self.lines:
            seen.setdefault(line.partner.id, line.partner)
        return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Range:
    """What one partner accepts on a numeric term: its hard limits met (either end may be open)."""

    partner: Partner
    low: float | None
    high: float | None
    lines: tuple[Line, ...]  # its hard limit lines on the term
    preferred: float | None

    def line_at(self, end: str) -> Line:
        """The line that sets this end (the strongest if several do)."""
        value = self.low if end == "low" else self.high
        setting = [
            line for line in self.lines if (line.low if end == "low" else line.high) == value
        ]
        return sorted(setting, key=lambda line: (not line.red, line.position.id))[0]


@dataclass(frozen=True, slots=True)
class Move:
    """What one partner would have to change for a zone to open."""

    partner: Partner
    line: Line
    end: str  # "low": its minimum comes down; "high": its maximum goes up
    value_from: float
    value_to: float

    @property
    def amount(self) -> float:
        return abs(self.value_to - self.value_from)

    @property
    def red(self) -> bool:
        return self.line.red


@dataclass(frozen=True, slots=True)
class Zone:
    term: Term
    ranges: tuple[Range, ...]
    low: float | None  # the highest minimum (None: no one set one)
    high: float | None  # the lowest maximum

    @property
    def open(self) -> bool:
        return self.low is None or self.high is None or self.low <= self.high

    @property
    def gap(self) -> float:
        """How far apart the binding limits are (0 when a zone is open)."""
        if self.open:
            return 0.0
        assert self.low is not None and self.high is not None
        return self.low - self.high

    @property
    def binding(self) -> tuple[Range, ...]:
        """The partners holding the highest minimum or the lowest maximum."""
        return tuple(r for r in self.ranges if r.low == self.low or r.high == self.high)

    def moves(self) -> tuple[Move, ...]:
        """The smallest set of moves that would open a zone (nothing when one is open)."""
        if self.open:
            return ()
        assert self.low is not None and self.high is not None
        ends = {self.low, self.high}
        ends |= {r.low for r in self.ranges if r.low is not None and self.high <= r.low}
        ends |= {r.high for r in self.ranges if r.high is not None and r.high <= self.low}
        options = [self._moves_to(target) for target in sorted(ends)]
        return min(options, key=_cost)

    def _moves_to(self, target: float) -> tuple[Move, ...]:
        found: list[Move] = []
        for each in self.ranges:
            if each.low is not None and each.low > target:
                found.append(Move(each.partner, each.line_at("low"), "low", each.low, target))
            if each.high is not None and each.high < target:
                found.append(Move(each.partner, each.line_at("high"), "high", each.high, target))
        return tuple(found)


def _cost(moves: tuple[Move, ...]) -> tuple[int, float, int]:
    """Fewest red lines moved, then least movement in all, then fewest partners asked."""
    return (sum(move.red for move in moves), sum(move.amount for move in moves), len(moves))


# --- reading a snapshot -------------------------------------------------------------------------


def lines_on(snap: Snapshot, term: Term) -> tuple[Line, ...]:
    """Every position ``snap``'s reader may see that takes a stance on ``term``."""
    found = []
    for position in snap.positions:
        if position.term_id != term.id or position.stance == "none":
            continue
        partner = snap.partner(position.partner_id)
        if partner is not None:
            found.append(Line(position, partner))
    return tuple(found)


def deadlocks_on(term: Term, lines: Iterable[Line]) -> tuple[Deadlock, ...]:
    """The smallest sets of hard lines on ``term`` that cannot all hold (pairs; see above)."""
    hard = [line for line in lines if line.hard]
    found = []
    for first, second in combinations(hard, 2):
        if _conflict(first, second):
            found.append(Deadlock(term, (first, second)))
    return tuple(found)


def _conflict(first: Line, second: Line) -> bool:
    stances = {first.position.stance, second.position.stance}
    if stances == {"requires", "rules_out"}:
        return True
    if stances == {"limit"}:
        return _apart(first, second) or _apart(second, first)
    return False


def _apart(lower: Line, upper: Line) -> bool:
    """``lower``'s minimum is above ``upper``'s maximum: no value satisfies both."""
    return lower.low is not None and upper.high is not None and lower.low > upper.high


def zone_on(term: Term, lines: Iterable[Line]) -> Zone | None:
    """The zone of possible agreement on a numeric ``term`` (None if fewer than two partners set
    hard limits there)."""
    by_partner: dict[int, list[Line]] = {}
    preferred: dict[int, float] = {}
    partners: dict[int, Partner] = {}
    for line in lines:
        partners[line.partner.id] = line.partner
        if line.position.preferred is not None:
            preferred.setdefault(line.partner.id, line.position.preferred)
        if line.hard and line.position.stance == "limit" and (line.low, line.high) != (None, None):
            by_partner.setdefault(line.partner.id, []).append(line)
    if len(by_partner) < 2:
        return None
    ranges = []
    for partner_id, own in by_partner.items():
        lows = [line.low for line in own if line.low is not None]
        highs = [line.high for line in own if line.high is not None]
        ranges.append(
            Range(
                partners[partner_id],
                max(lows) if lows else None,
                min(highs) if highs else None,
                tuple(own),
                preferred.get(partner_id),
            )
        )
    lows = [r.low for r in ranges if r.low is not None]
    highs = [r.high for r in ranges if r.high is not None]
    return Zone(term, tuple(ranges), max(lows) if lows else None, min(highs) if highs else None)


def deadlocks(snap: Snapshot) -> tuple[Deadlock, ...]:
    """Every deadlock ``snap``'s reader may see, term by term in display order."""
    found: list[Deadlock] = []
    for term in snap.terms:
        found += deadlocks_on(term, lines_on(snap, term))
    return tuple(found)


def zones(snap: Snapshot) -> tuple[Zone, ...]:
    """The zone of possible agreement on every numeric term where two or more partners set
    hard limits ``snap``'s reader may see."""
    found = []
    for term in snap.terms:
        if not term.numeric:
            continue
        zone = zone_on(term, lines_on(snap, term))
        if zone is not None:
            found.append(zone)
    return tuple(found)


def number_text(value: float, unit: str = "") -> str:
    """``8.0`` -> "8", ``7.5`` with "%" -> "7.5 %"."""
    text = f"{value:g}"
    return f"{text} {unit}".strip() if unit else text


def gap_text(zone: Zone, tr: Translate = same) -> str:
    """ "No overlap: Northlight and Cŵn are 3 points apart" or "Zone of agreement: 6 to 8 %"
    (``tr`` translates the sentence before the names and numbers go in)."""
    unit = zone.term.unit
    if zone.open:
        low, high = zone.low, zone.high
        values: tuple[float, ...]
        if high is not None and low is None:
            sentence, values = N_("Zone of agreement: up to %1"), (high,)
        elif low is not None and high is None:
            sentence, values = N_("Zone of agreement: at least %1"), (low,)
        elif low is not None and high is not None:
            same_value = low == high
            sentence = (
                N_("Zone of agreement: exactly %1")
                if same_value
                else N_("Zone of agreement: %1 to %2")
            )
            values = (low,) if same_value else (low, high)
        else:
            return tr(N_("Zone of agreement: any value"))
        text = tr(sentence)
        for number, value in enumerate(values, start=1):
            shown = number_text(value, unit if number == len(values) else "")
            text = text.replace(f"%{number}", shown)
        return text
    labels = [each.partner.label for each in zone.binding]
    names = labels[0]
    if len(labels) > 1:
        names = tr(N_("%1 and %2")).replace("%1", ", ".join(labels[:-1])).replace("%2", labels[-1])
    sentence = (
        N_("No overlap: %1 are %2 point apart")
        if zone.gap == 1
        else N_("No overlap: %1 are %2 points apart")
    )
    return tr(sentence).replace("%1", names).replace("%2", number_text(zone.gap))


def move_text(move: Move, unit: str, tr: Translate = same) -> str:
    """ "Cŵn's bottom line would move from 5 to 8 % (movable in the room)"."""
    sentence = (
        N_("%1's red line would move from %2 to %3 (needs its CEO or board)")
        if move.red
        else N_("%1's bottom line would move from %2 to %3 (movable in the room)")
    )
    return (
        tr(sentence)
        .replace("%1", move.partner.label)
        .replace("%2", number_text(move.value_from))
        .replace("%3", number_text(move.value_to, unit))
    )


@dataclass(frozen=True, slots=True)
class Opening:
    """What a disagreement opened from a deadlock starts with (``ops.open_disagreement``)."""

    title: str
    description: str
    topic_id: int | None
    severity: str
    views: dict[int, str]  # partner id -> its lines on the term, in words


def line_text(line: Line, tr: Translate = same, statement: bool = True) -> str:
    """ "Red line: Requires it — exclusive rights in Cardiff" or "Bottom line: 5 to 8 %" (the
    position's statement after the dash unless ``statement`` is False)."""
    position = line.position
    kind = tr(POSITION_KIND.label(position.kind))
    if position.stance == "limit":
        unit = position.range_unit or ""
        if line.low is not None and line.high is not None:
            stance = tr(N_("%1 to %2")).replace("%1", number_text(line.low))
            stance = stance.replace("%2", number_text(line.high, unit))
        elif line.low is not None:
            stance = tr(N_("at least %1")).replace("%1", number_text(line.low, unit))
        elif line.high is not None:
            stance = tr(N_("at most %1")).replace("%1", number_text(line.high, unit))
        else:
            stance = tr(TERM_STANCE.label(position.stance))
    else:
        stance = tr(TERM_STANCE.label(position.stance))
    said = f" — {position.statement}" if position.statement and statement else ""
    return f"{kind}: {stance}{said}"


def opening(deadlock: Deadlock, tr: Translate = same) -> Opening:
    """The disagreement a deadlock opens: its term, the parties and each one's lines."""
    views: dict[int, list[str]] = {}
    for line in deadlock.lines:
        views.setdefault(line.partner.id, []).append(line_text(line, tr))
    description = (
        tr(N_("Bottom lines only: movable by the people in the room."))
        if deadlock.movable
        else tr(N_("A red line is involved: it needs a CEO's or board's mandate to move."))
    )
    return Opening(
        tr(N_("Deadlock on %1")).replace("%1", deadlock.term.name),
        description,
        deadlock.term.topic_id,
        "medium" if deadlock.movable else "high",
        {partner: "; ".join(texts) for partner, texts in views.items()},
    )
