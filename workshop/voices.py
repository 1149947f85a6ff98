"""Balance of voices: who spoke, for how long, and whose positions are missing. Qt-free.

During a meeting the facilitator marks who is speaking with one key per partner; each turn is a
``speaking`` row (private to the broker by default: who talks most is for the broker to raise,
not for the room to read). The balance says each partner's share of the talking time and of what
was captured, and names the gaps a broker would want to fix: a partner with no position on most
topics, the smallest partner's share of the time ("recognise your power").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop import ops
from workshop.document import Change, Document
from workshop.kinds import Partner
from workshop.snapshot import Snapshot
from workshop.vocabulary import N_, SIZE_BAND, Translate, same

#: Kinds of item that count as what a partner contributed to the conversation.
CAPTURED = ("position", "alignment", "disagreement_party", "contribution", "risk")


def record_turn(
    doc: Document, meeting_id: int, partner_id: int, started: datetime, seconds: float
) -> Change:
    """Record one turn to speak (when the facilitator moves on to the next speaker)."""
    return ops.create(
        doc,
        "speaking",
        "Mark who spoke",
        meeting_id=meeting_id,
        partner_id=partner_id,
        started_at=started.isoformat(timespec="seconds"),
        seconds=max(0.0, float(seconds)),
    )


@dataclass(frozen=True, slots=True)
class Voice:
    partner: Partner
    seconds: float
    time_share: float  # 0..1 of the time marked (0 when none was)
    captured: int
    captured_share: float  # 0..1 of what was captured with a partner


@dataclass(frozen=True, slots=True)
class Balance:
    voices: tuple[Voice, ...]
    gaps: tuple[str, ...]  # in words: "Cŵn has no position on 4 of 6 topics"
    marked_seconds: float


def balance(snap: Snapshot, meeting_id: int | None = None, tr: Translate = same) -> Balance:
    """The balance of voices (in one meeting, or in all) as ``snap``'s reader may see it."""
    seconds: dict[int, float] = {}
    for turn in snap.speaking:
        if meeting_id is None or turn.meeting_id == meeting_id:
            seconds[turn.partner_id] = seconds.get(turn.partner_id, 0.0) + (turn.seconds or 0.0)
    captured: dict[int, int] = {}
    for table in CAPTURED:
        for item in snap.items(table):
            partner_id = getattr(item, "partner_id", None)
            if partner_id is not None:
                captured[partner_id] = captured.get(partner_id, 0) + 1
    total_time = sum(seconds.values())
    total_items = sum(captured.values())
    voices = tuple(
        Voice(
            partner,
            seconds.get(partner.id, 0.0),
            seconds.get(partner.id, 0.0) / total_time if total_time else 0.0,
            captured.get(partner.id, 0),
            captured.get(partner.id, 0) / total_items if total_items else 0.0,
        )
        for partner in snap.partners
    )
    return Balance(voices, gaps(snap, voices, total_time, tr), total_time)


def gaps(
    snap: Snapshot, voices: tuple[Voice, ...], total_time: float, tr: Translate = same
) -> tuple[str, ...]:
    found: list[str] = []
    topics = {t.id for t in snap.topics}
    discussed = {p.topic_id for p in snap.positions if p.topic_id in topics}
    if discussed:
        for partner in snap.partners:
            own = {p.topic_id for p in snap.positions if p.partner_id == partner.id}
            silent = len(discussed - own)
            if silent * 2 > len(discussed):  # no position on most of the topics discussed
                found.append(
                    tr(N_("%1 has no position on %2 of %3 topics"))
                    .replace("%1", partner.label)
                    .replace("%2", str(silent))
                    .replace("%3", str(len(discussed)))
                )
    if total_time and voices:
        smallest = min(voices, key=lambda v: (SIZE_BAND.order(v.partner.size_band), v.seconds))
        fair = 1 / len(voices)
        if smallest.time_share < fair / 2:
            found.append(
                tr(N_("The smallest partner, %1, had %2 % of the time"))
                .replace("%1", smallest.partner.label)
                .replace("%2", str(round(smallest.time_share * 100)))
            )
        for voice in voices:
            if voice.seconds == 0 and voice is not smallest:
                found.append(
                    tr(N_("%1 was not marked as speaking")).replace("%1", voice.partner.label)
                )
    return tuple(found)
