"""What changed since we last met. Qt-free.

When the facilitator ends a meeting, the app keeps, for every captured item, that it existed, who
could see it and its status then — and nothing of what it said (``kept`` rows hold no text). "Since
<meeting>" then compares each reader's view now with that reader's view then: what was added,
changed, resolved or dropped, and how many items were removed. So a deleted item leaves only
"1 position removed": its words are gone from the file, kept states included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workshop import kinds
from workshop.document import Change, Document
from workshop.errors import InvalidInput
from workshop.journal import now_iso
from workshop.snapshot import Snapshot

#: Kinds whose items are kept and compared (the broker's own records are not the partnership's).
KEPT_KINDS: tuple[str, ...] = tuple(
    kind.table
    for kind in kinds.kinds()
    if kind.content and kind.has_visibility and kind.table != "note"
)
#: The field whose value is each kind's status, and the values that mean resolved or dropped.
STATUS_FIELD: dict[str, str] = {
    "value": "status",
    "disagreement": "status",
    "clause": "status",
    "action": "status",
    "commitment_answer": "answer",
    "position": "kind",
}
RESOLVED = {"disagreement": "resolved", "clause": "agreed", "value": "agreed", "action": "done"}
DROPPED = {"value": "dropped", "action": "dropped"}


def end_meeting(
    doc: Document, snap: Snapshot, meeting_id: int, when: datetime | None = None
) -> Change:
    """Mark the meeting ended and keep what existed then (``snap`` is the broker's snapshot).
    Ending it again replaces what was kept."""
    meeting = snap.by_id("meeting").get(meeting_id)
    if meeting is None:
        raise InvalidInput("That meeting no longer exists.")
    # The items' own timestamps are UTC ISO 8601: the same form, so the two compare as text.
    if when is None:
        # Never before the newest edit it keeps: items stamped by a computer whose clock ran
        # ahead (or the sample, written for a date to come) would otherwise all read "changed".
        newest = (item.updated_at for table in KEPT_KINDS for item in snap.items(table))
        stamp = max((now_iso(), *newest))
    else:
        stamp = when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with doc.edit(f"End meeting “{meeting.title}”") as edit:
        for kept in snap.kept:
            if kept.meeting_id == meeting_id:
                edit.delete("kept", kept.id)
        edit.update("meeting", meeting_id, {"ended_at": stamp})
        for table in KEPT_KINDS:
            for item in snap.items(table):
                named = sorted(snap.confidential_to(table, item))
                edit.insert(
                    "kept",
                    {
                        "meeting_id": meeting_id,
                        "item_table": table,
                        "item_id": item.id,
                        "status": str(getattr(item, STATUS_FIELD.get(table, ""), "") or ""),
                        "partner_id": named[0] if len(named) == 1 else None,
                        "visibility": item.visibility,
                    },
                )
    return edit.change


@dataclass(frozen=True, slots=True)
class Since:
    """What one reader can see has changed since a meeting ended."""

    meeting: Any
    added: tuple[tuple[str, Any], ...]  # (table, item)
    changed: tuple[tuple[str, Any], ...]
    resolved: tuple[tuple[str, Any], ...]
    dropped: tuple[tuple[str, Any], ...]
    removed: dict[str, int]  # table -> how many (no text: it is gone)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.resolved or self.dropped or self.removed)


def last_ended(snap: Snapshot) -> Any | None:
    """The meeting that ended last (the one "since we last met" means), if any."""
    ended = [m for m in snap.meetings if m.ended_at]
    return max(ended, key=lambda m: m.ended_at) if ended else None


def since(snap: Snapshot, meeting: Any) -> Since:
    """What changed, for ``snap``'s reader, since ``meeting`` ended (kept rows the reader may not
    see never count: an item that was hidden from it then and is shared now is *added*)."""
    then = {
        (kept.item_table, kept.item_id): kept for kept in snap.kept if kept.meeting_id == meeting.id
    }
    added: list[tuple[str, Any]] = []
    changed: list[tuple[str, Any]] = []
    resolved: list[tuple[str, Any]] = []
    dropped: list[tuple[str, Any]] = []
    seen: set[tuple[str, int]] = set()
    for table in KEPT_KINDS:
        for item in snap.items(table):
            key = (table, item.id)
            seen.add(key)
            if key == ("meeting", meeting.id):
                continue  # ending it is not a change to report
            before = then.get(key)
            if before is None:
                added.append((table, item))
                continue
            status = str(getattr(item, STATUS_FIELD.get(table, ""), "") or "")
            if status != before.status and status and status == RESOLVED.get(table):
                resolved.append((table, item))
            elif status != before.status and status and status == DROPPED.get(table):
                dropped.append((table, item))
            elif item.updated_at > meeting.ended_at or status != before.status:
                changed.append((table, item))
    removed: dict[str, int] = {}
    for table, item_id in then:
        if (table, item_id) not in seen:
            removed[table] = removed.get(table, 0) + 1
    return Since(meeting, tuple(added), tuple(changed), tuple(resolved), tuple(dropped), removed)
