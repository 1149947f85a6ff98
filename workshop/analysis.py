"""What the facilitator's views and the foundations summary read off a snapshot, defined once:
who diverges on a value, where red lines clash, what needs a CEO's or board's decision."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from statistics import median

from workshop.snapshot import Action, Disagreement, Position, Snapshot

#: A partner diverges on a value when its rating is this far from the others' median.
DIVERGENCE_GAP = 2.0
HARD_KINDS = frozenset({"red_line", "bottom_line"})
CLOSED_DISAGREEMENT = frozenset({"resolved"})
CLOSED_ACTION = frozenset({"done", "dropped"})


def diverging_partners(ratings: Mapping[int, int]) -> frozenset[int]:
    """The partner (or partners, if tied) furthest from the others' median rating, provided the
    gap is at least ``DIVERGENCE_GAP``. Needs three or more ratings to mean anything."""
    if len(ratings) < 3:
        return frozenset()
    gaps = {
        partner: abs(rating - median(r for p, r in ratings.items() if p != partner))
        for partner, rating in ratings.items()
    }
    widest = max(gaps.values())
    if widest < DIVERGENCE_GAP:
        return frozenset()
    return frozenset(partner for partner, gap in gaps.items() if gap == widest)


def ratings_by_value(snap: Snapshot) -> dict[int, dict[int, int]]:
    """value id -> partner id -> rating (unrated cells left out)."""
    found: dict[int, dict[int, int]] = {value.id: {} for value in snap.values}
    for alignment in snap.alignments:
        if alignment.rating is not None and alignment.value_id in found:
            found[alignment.value_id][alignment.partner_id] = alignment.rating
    return found


def divergence(snap: Snapshot) -> dict[int, frozenset[int]]:
    """value id -> the partners who diverge on it."""
    return {value: diverging_partners(r) for value, r in ratings_by_value(snap).items()}


def stances(snap: Snapshot) -> dict[int | None, dict[int, set[str]]]:
    """topic id (None: no topic) -> partner id -> the kinds of position it holds there."""
    found: dict[int | None, dict[int, set[str]]] = {}
    for position in snap.positions:
        found.setdefault(position.topic_id, {}).setdefault(position.partner_id, set()).add(
            position.kind
        )
    return found


def clashing_topics(snap: Snapshot) -> dict[int, frozenset[int]]:
    """topic id -> the partners holding red or bottom lines there, where two or more do."""
    clashes = {}
    for topic_id, held in stances(snap).items():
        hard = frozenset(partner for partner, kinds in held.items() if kinds & HARD_KINDS)
        if topic_id is not None and len(hard) >= 2:
            clashes[topic_id] = hard
    return clashes


def needing_decision(snap: Snapshot) -> list[Position]:
    """Positions that need a CEO or board decision, in display order."""
    return [position for position in snap.positions if position.needs_decision]


def open_disagreements(snap: Snapshot) -> list[Disagreement]:
    return [d for d in snap.disagreements if d.status not in CLOSED_DISAGREEMENT]


def actions_due(snap: Snapshot, today: date, within_days: int = 28) -> list[Action]:
    """Open actions due by ``within_days`` from ``today`` (overdue included), soonest first."""
    due = []
    for action in snap.actions:
        if action.status in CLOSED_ACTION or not action.due_date:
            continue
        if (date.fromisoformat(action.due_date) - today).days <= within_days:
            due.append(action)
    return sorted(due, key=lambda a: (a.due_date, a.sort_order, a.id))


# --- risks: added by the exports helper for the PDF's risk matrix (issue 11); the room view's ---
# matrix should read the same, so that screen and paper shade a risk alike.

#: A risk's score is its likelihood times its impact (1–25). Its band is a ``severity`` of the
#: vocabulary (its words and colours): up to this score, that band.
RISK_BANDS: tuple[tuple[int, str], ...] = ((4, "low"), (12, "medium"), (25, "high"))


def risk_band(score: int) -> str:
    """The severity (``low``, ``medium``, ``high``) of a risk scoring ``score``."""
    return next((band for top, band in RISK_BANDS if score <= top), RISK_BANDS[-1][1])
