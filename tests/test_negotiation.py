"""Deadlocks and zones of possible agreement: the rules, property-tested, and audience-safe."""

from __future__ import annotations

from itertools import count
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import created_id
from workshop import negotiation, ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.kinds import Partner, Position, Term
from workshop.negotiation import Line

_ids = count(1)
FEE = Term(1, "", "", "Management fee", None, True, "%", "", "shared", 0)
EXCLUSIVITY = Term(2, "", "", "Exclusivity", None, False, "", "", "shared", 1)


def partner(number: int) -> Partner:
    return Partner(
        number,
        "",
        "",
        f"Partner {number}",
        f"P{number}",
        "medium",
        "local",
        "equal",
        "#4c72b0",
        number,
    )


def line(
    who: int,
    kind: str,
    stance: str,
    low: float | None = None,
    high: float | None = None,
    term: Term = FEE,
) -> Line:
    position = Position(
        next(_ids),
        "",
        "",
        who,
        None,
        kind,
        "",
        "",
        "ceo",
        False,
        low,
        high,
        "",
        "shared",
        0,
        term.id,
        stance,
        None,
    )
    return Line(position, partner(who))


def satisfiable(lines: list[Line]) -> bool:
    """Brute force: is there a value every hard limit allows?"""
    lows = [x.low for x in lines if x.low is not None]
    highs = [x.high for x in lines if x.high is not None]
    return not lows or not highs or max(lows) <= min(highs)


bound = st.one_of(st.none(), st.integers(0, 20).map(float))


@st.composite
def limits(draw: st.DrawFn) -> list[Line]:
    found = []
    for who in range(1, draw(st.integers(2, 6)) + 1):
        low, high = draw(bound), draw(bound)
        if low is not None and high is not None and low > high:
            low, high = high, low
        kind = draw(st.sampled_from(["red_line", "bottom_line"]))
        found.append(line(who, kind, "limit", low, high))
    return found


@given(limits())
@settings(max_examples=300, deadline=None)
def test_hard_limits_can_all_hold_exactly_when_there_is_no_deadlock(lines: list[Line]) -> None:
    found = negotiation.deadlocks_on(FEE, lines)
    assert (not found) == satisfiable(lines)
    for deadlock in found:
        assert not satisfiable(list(deadlock.lines))  # it truly cannot hold
        for one in deadlock.lines:  # and it is smallest: drop any line and the rest can
            assert satisfiable([x for x in deadlock.lines if x is not one])
        assert deadlock.movable == all(x.position.kind == "bottom_line" for x in deadlock.lines)


def test_requiring_and_ruling_out_is_a_deadlock_and_either_way_never_is() -> None:
    lines = [
        line(1, "red_line", "requires", term=EXCLUSIVITY),
        line(2, "red_line", "rules_out", term=EXCLUSIVITY),
        line(3, "bottom_line", "rules_out", term=EXCLUSIVITY),
        line(4, "red_line", "either", term=EXCLUSIVITY),
        line(5, "preference", "requires", term=EXCLUSIVITY),  # not a hard line: never binds
    ]
    found = negotiation.deadlocks_on(EXCLUSIVITY, lines)
    assert {tuple(sorted(p.id for p in d.partners)) for d in found} == {(1, 2), (1, 3)}
    assert {d.movable for d in found} == {False}  # each holds a red line


@given(limits())
@settings(max_examples=300, deadline=None)
def test_the_smallest_moves_open_a_zone_and_nothing_cheaper_would(lines: list[Line]) -> None:
    zone = negotiation.zone_on(FEE, lines)
    setting = {x.partner.id for x in lines if (x.low, x.high) != (None, None)}
    if len(setting) < 2:
        assert zone is None
        return
    assert zone is not None
    assert zone.open == satisfiable(lines)
    moves = zone.moves()
    if zone.open:
        assert moves == () and zone.gap == 0
        return
    assert zone.gap > 0 and zone.binding
    moved = {(m.partner.id, m.end): m.value_to for m in moves}
    after = [
        line(
            x.partner.id,
            x.position.kind,
            "limit",
            moved.get((x.partner.id, "low"), x.low) if x.low is not None else None,
            moved.get((x.partner.id, "high"), x.high) if x.high is not None else None,
        )
        for x in lines
    ]
    # A partner's range is its tightest limits: every line setting a moved end comes along.
    assert satisfiable(after)
    assert zone.low is not None and zone.high is not None
    best = negotiation._cost(moves)
    for tenth in range(int(zone.high * 10), int(zone.low * 10) + 1):
        assert best <= negotiation._cost(zone._moves_to(tenth / 10))


def test_the_fee_gap_is_named_with_whom_and_by_how_much() -> None:
    lines = [
        line(1, "red_line", "limit", 8, 12),
        line(2, "red_line", "limit", None, 5),
        line(3, "bottom_line", "limit", 5, 8),
    ]
    zone = negotiation.zone_on(FEE, lines)
    assert zone is not None and not zone.open and zone.gap == 3
    assert negotiation.gap_text(zone) == "No overlap: P1 and P2 are 3 points apart"
    (move,) = zone.moves()  # one partner moving is enough; each is a red line
    assert move.amount == 3 and move.red
    lines[1] = line(2, "bottom_line", "limit", None, 5)  # the same limit, now the rep's own
    (move,) = negotiation.zone_on(FEE, lines).moves()
    assert (move.partner.id, move.red, move.value_to) == (2, False, 8)  # preferred: movable
    assert (
        negotiation.move_text(move, "%")
        == "P2's bottom line would move from 5 to 8 % (movable in the room)"
    )


def test_the_room_is_shown_only_what_its_own_lines_imply(tmp_path: Path) -> None:
    """A confidential limit shapes the broker's and its partner's zone, never the room's."""
    doc = Document.new(tmp_path / "fee.workshop")
    a = created_id(ops.add_partner(doc, "Alpha Trust", short_name="Alpha"), "partner")
    b = created_id(ops.add_partner(doc, "Beta CIC", short_name="Beta"), "partner")
    c = created_id(ops.add_partner(doc, "Gamma", short_name="Gamma"), "partner")
    term = created_id(
        ops.create(doc, "term", name="Management fee", numeric=True, unit="%"), "term"
    )

    def limit(who: int, low: float | None, high: float | None, **more: object) -> None:
        ops.add_position(
            doc,
            who,
            "red_line",
            "fee",
            term_id=term,
            stance="limit",
            range_min=low,
            range_max=high,
            **more,
        )

    limit(a, 8, 12)
    limit(b, 4, 10)
    limit(c, None, 6, visibility="confidential")  # Gamma's ceiling, told in confidence
    room = snapshot.build(doc, Audience.room())
    (zone,) = negotiation.zones(room)
    assert (zone.low, zone.high, zone.open) == (8, 10, True)
    assert not negotiation.deadlocks(room)
    assert {r.partner.id for r in zone.ranges} == {a, b}
    broker = snapshot.build(doc, Audience.broker())
    (whole,) = negotiation.zones(broker)
    assert not whole.open and whole.gap == 2
    assert {frozenset(p.id for p in d.partners) for d in negotiation.deadlocks(broker)} == {
        frozenset({a, c})
    }
    (gammas,) = negotiation.zones(snapshot.build(doc, Audience.partner(c)))
    assert gammas.gap == 2  # Gamma sees its own ceiling against the others'
    (betas,) = negotiation.zones(snapshot.build(doc, Audience.partner(b)))
    assert betas == zone  # Beta, like the room, sees only the shared lines
    doc.close()


def test_a_zone_open_at_one_end_says_so_in_words() -> None:
    def said(*lines: Line) -> str:
        zone = negotiation.zone_on(FEE, list(lines))
        assert zone is not None and zone.open
        return negotiation.gap_text(zone)

    assert said(
        line(1, "red_line", "limit", None, 10), line(2, "bottom_line", "limit", None, 15)
    ) == ("Zone of agreement: up to 10 %")
    assert said(line(1, "red_line", "limit", 6, None), line(2, "red_line", "limit", 4, None)) == (
        "Zone of agreement: at least 6 %"
    )
    assert said(line(1, "red_line", "limit", 6, 9), line(2, "red_line", "limit", 4, 8)) == (
        "Zone of agreement: 6 to 8 %"
    )
    assert said(line(1, "red_line", "limit", 8, 9), line(2, "red_line", "limit", 4, 8)) == (
        "Zone of agreement: exactly 8 %"
    )
