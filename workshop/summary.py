"""What the first pages of a foundations summary tell their reader, computed once, Qt-free.

A partner CEO has ten minutes before a board meeting: first what is agreed, what is still open
(each with its next step and owner), the decisions waiting on CEOs or boards, and the actions due;
in a partner's pack, first of all what concerns *your* organisation. The broker's record adds what
is safe to say in the room and what is not. Everything here is read off one audience's snapshot,
so nothing its reader may not see is counted, named or implied.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from workshop import analysis
from workshop.kinds import Action, Clause, Disagreement, Partner, Position, Value
from workshop.snapshot import Snapshot
from workshop.vocabulary import HARD_KINDS, route_text

#: Actions due within this many days are "due soon".
SOON_DAYS = 28


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A disagreement still open: where it stands on its route, who owns it, when it is reviewed."""

    disagreement: Disagreement
    route: str  # "Now: step 2 of 4, CEOs meet · Next: Independent mediator"
    parties: tuple[Partner, ...]


@dataclass(frozen=True, slots=True)
class Actions:
    """The open actions, sorted into what a reader must chase: every open one is in one list."""

    overdue: tuple[Action, ...]
    due_soon: tuple[Action, ...]  # within SOON_DAYS
    later: tuple[Action, ...]
    undated: tuple[Action, ...]

    @property
    def open_count(self) -> int:
        return len(self.overdue) + len(self.due_soon) + len(self.later) + len(self.undated)


@dataclass(frozen=True, slots=True)
class LineMet:
    """One of a partner's hard lines, and the other partners' lines on the same topic."""

    line: Position
    others: tuple[Position, ...]

    @property
    def hard_lines_meet(self) -> bool:
        """Two or more hard lines on this topic (whether they truly conflict is for terms)."""
        return any(other.kind in HARD_KINDS for other in self.others)


@dataclass(frozen=True, slots=True)
class Yours:
    """The first page of one partner's pack: what concerns that organisation."""

    partner: Partner
    decisions: tuple[Position, ...]  # its lines that need its CEO's or board's decision
    lines: tuple[LineMet, ...]  # its red and bottom lines, and where they meet others'
    disagreements: tuple[OpenQuestion, ...]  # open ones it is party to
    actions: Actions  # its own open actions


@dataclass(frozen=True, slots=True)
class Confided:
    """What one partner (or nobody: the broker's own) said in confidence, for the broker."""

    partner: Partner | None
    items: tuple[tuple[str, object, str], ...]  # (table, item, marking)


@dataclass(frozen=True, slots=True)
class FirstPages:
    agreed_values: tuple[Value, ...]
    agreed_clauses: tuple[Clause, ...]
    resolved: tuple[Disagreement, ...]
    still_open: tuple[OpenQuestion, ...]
    decisions: dict[int, tuple[Position, ...]]  # partner id -> positions needing a decision
    actions: Actions
    yours: Yours | None = None  # a partner's pack only
    not_for_the_room: tuple[Confided, ...] = field(default_factory=tuple)  # the broker's only


def actions_of(snap: Snapshot, today: date, partner_id: int | None = None) -> Actions:
    """The open actions (of one partner, if given) by when they are due."""
    overdue: list[Action] = []
    soon: list[Action] = []
    later: list[Action] = []
    undated: list[Action] = []
    for action in snap.actions:
        if action.status in analysis.CLOSED_ACTION:
            continue
        if partner_id is not None and action.partner_id != partner_id:
            continue
        if not action.due_date:
            undated.append(action)
            continue
        days = (date.fromisoformat(action.due_date) - today).days
        (overdue if days < 0 else soon if days <= SOON_DAYS else later).append(action)

    def by_date(items: list[Action]) -> tuple[Action, ...]:
        return tuple(sorted(items, key=lambda a: (a.due_date, a.sort_order, a.id)))

    return Actions(by_date(overdue), by_date(soon), by_date(later), tuple(undated))


def open_questions(snap: Snapshot, partner_id: int | None = None) -> tuple[OpenQuestion, ...]:
    """Disagreements not yet resolved (those a partner is party to, if given)."""
    parties: dict[int, list[Partner]] = {}
    for party in snap.disagreement_parties:
        partner = snap.partner(party.partner_id)
        if partner is not None:
            parties.setdefault(party.disagreement_id, []).append(partner)
    found = []
    for disagreement in analysis.open_disagreements(snap):
        involved = parties.get(disagreement.id, [])
        if partner_id is not None and partner_id not in {p.id for p in involved}:
            continue
        found.append(
            OpenQuestion(disagreement, route_text(disagreement.route_step), tuple(involved))
        )
    return tuple(found)


def lines_met(snap: Snapshot, partner_id: int) -> tuple[LineMet, ...]:
    """A partner's red and bottom lines, each with the other partners' lines on its topic."""
    by_topic: dict[int | None, list[Position]] = {}
    for position in snap.positions:
        by_topic.setdefault(position.topic_id, []).append(position)
    found = []
    for position in snap.positions:
        if position.partner_id != partner_id or position.kind not in HARD_KINDS:
            continue
        others = (
            tuple(p for p in by_topic[position.topic_id] if p.partner_id != partner_id)
            if position.topic_id is not None
            else ()
        )
        found.append(LineMet(position, others))
    return tuple(found)


def first_pages(snap: Snapshot, today: date) -> FirstPages:
    """What the first pages say, for ``snap``'s audience."""
    decisions: dict[int, list[Position]] = {}
    for position in analysis.needing_decision(snap):
        decisions.setdefault(position.partner_id, []).append(position)
    pages = FirstPages(
        agreed_values=tuple(v for v in snap.values if v.status == "agreed"),
        agreed_clauses=tuple(c for c in snap.clauses if c.status == "agreed"),
        resolved=tuple(d for d in snap.disagreements if d.status == "resolved"),
        still_open=open_questions(snap),
        decisions={key: tuple(value) for key, value in decisions.items()},
        actions=actions_of(snap, today),
    )
    audience = snap.audience
    if audience.kind == "partner" and audience.partner_id is not None:
        partner = snap.partner(audience.partner_id)
        if partner is not None:
            own = partner.id
            return replace(
                pages,
                yours=Yours(
                    partner,
                    tuple(pages.decisions.get(own, ())),
                    lines_met(snap, own),
                    open_questions(snap, own),
                    actions_of(snap, today, own),
                ),
            )
    if audience.kind == "broker":
        return replace(pages, not_for_the_room=not_for_the_room(snap))
    return pages


def not_for_the_room(snap: Snapshot) -> tuple[Confided, ...]:
    """Everything the room may not see, by the partner it is confidential to (the broker's own
    private items last): what must not be said aloud in the room."""
    from workshop.kinds import kinds

    by_partner: dict[int | None, list[tuple[str, object, str]]] = {}
    for kind in kinds():
        if not kind.has_visibility or not kind.content:
            continue
        for item in snap.items(kind.table):
            if getattr(item, "visibility", "shared") == "shared":
                continue
            named = sorted(snap.confidential_to(kind.table, item))
            key = named[0] if item.visibility == "confidential" and named else None
            by_partner.setdefault(key, []).append(
                (kind.table, item, snap.marking(kind.table, item))
            )
    found = [
        Confided(partner, tuple(by_partner[partner.id]))
        for partner in snap.partners
        if partner.id in by_partner
    ]
    if None in by_partner:
        found.append(Confided(None, tuple(by_partner[None])))
    return tuple(found)
