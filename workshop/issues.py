"""Issued summaries: each foundations summary sent out is recorded, numbered per audience.

An issue record says for whom (the room, one partner, the broker), which number it is for that
audience, draft or final, when and by whom, and a fingerprint of what the audience could see. It
holds no text of the workshop: a copy of the file shared later carries no trace of deleted words
through its issue records. The records go through the audience rules like any item: a partner's
issues are confidential to it, the broker's private, the room's shared.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from workshop import kinds, ops, review
from workshop.audience import Audience
from workshop.document import Change, Document, Edit
from workshop.errors import InvalidInput
from workshop.kinds import Issue
from workshop.snapshot import Snapshot

VISIBILITY = {"room": "shared", "partner": "confidential", "broker": "private"}


def fingerprint(snap: Snapshot) -> str:
    """A digest of everything the snapshot's audience may see (issue records aside): two packs
    with the same fingerprint hold the same content."""
    from workshop import interchange

    data = interchange.to_data(snap)
    for kind in kinds.kinds():
        if not kind.content:
            data.pop(kind.collection, None)
    data.pop("audience", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def of_audience(snap: Snapshot, audience: Audience) -> list[Issue]:
    """The issues ``snap``'s reader may see that were made for ``audience``, oldest first."""
    found = [
        issue
        for issue in snap.issues
        if issue.audience == audience.kind and issue.partner_id == audience.partner_id
    ]
    return sorted(found, key=lambda issue: issue.number)


def record(
    doc: Document,
    snap: Snapshot,
    status: str = "draft",
    prepared_by: str | None = None,
    when: datetime | None = None,
) -> Change:
    """Record that ``snap`` (one audience's snapshot) is being issued; its number is the next for
    that audience. The Change names the new issue (``created``)."""
    return record_all(doc, [snap], status, prepared_by, when)[0]


def record_all(
    doc: Document,
    snaps: Sequence[Snapshot],
    status: str = "draft",
    prepared_by: str | None = None,
    when: datetime | None = None,
) -> tuple[Change, list[int]]:
    """:func:`record` for several audiences at once (a set of partner packs): one undoable step.
    Returns the Change and the new issues' ids in the order of ``snaps`` (a Change lists what
    it created in no order to rely on)."""
    kinds = {snap.audience.kind for snap in snaps}
    if len(snaps) == 1:
        kind = snaps[0].audience.kind
        label = f"Issue the {'room pack' if kind == 'room' else kind + ' pack'}"
    else:
        label = "Issue the partner packs" if kinds == {"partner"} else "Issue the packs"
    with doc.edit(label) as edit:
        made = [record_in(edit, snap, status, prepared_by, when) for snap in snaps]
    return edit.change, made


def record_in(
    edit: Edit,
    snap: Snapshot,
    status: str = "draft",
    prepared_by: str | None = None,
    when: datetime | None = None,
) -> int:
    """:func:`record`, inside an edit the caller holds; the new issue's id. (A review pack
    records its issue and writes its files in one step: should a file fail, the edit is rolled
    back and no issue is left recorded for files that were never written.)"""
    if status not in ("draft", "final"):
        raise InvalidInput("An issue is a draft or final.")
    audience = snap.audience
    stamp = (when or datetime.now().astimezone()).isoformat(timespec="minutes")
    found = edit.journal.db.execute(
        'SELECT coalesce(max(number), 0) + 1 FROM "issue" WHERE audience = ? AND partner_id IS ?',
        (audience.kind, audience.partner_id),
    ).fetchone()
    values = ops.clean(
        "issue",
        {
            "audience": audience.kind,
            "partner_id": audience.partner_id,
            "number": int(found[0]),
            "status": status,
            "issued_at": stamp,
            "prepared_by": prepared_by if prepared_by is not None else "",
            "fingerprint": fingerprint(snap),
            "visibility": VISIBILITY[audience.kind],
        },
        creating=True,
    )
    issue_id = edit.insert("issue", values)
    review.record_items(edit, issue_id, snap)  # each item's number and digest, no text
    return issue_id


@dataclass(frozen=True, slots=True)
class Control:
    """Document control for one output: what the running head, foot and metadata say."""

    issue: Issue | None  # None: printed, not issued
    printed_at: str  # ISO date and time of this printing
    prepared_by: str
    changed_since: bool  # the content differs from what the issue held

    @property
    def status(self) -> str:
        return self.issue.status if self.issue is not None else "draft"


def control(snap: Snapshot, issue: Issue | None = None, when: datetime | None = None) -> Control:
    """Document control for printing ``snap``: ``issue`` if it is being (or was) issued, else the
    latest issue for its audience, if any, marked as changed since when the content differs."""
    latest = issue
    if latest is None:
        found = of_audience(snap, snap.audience)
        latest = found[-1] if found else None
    changed = latest is not None and latest.fingerprint != fingerprint(snap)
    prepared = (latest.prepared_by if latest is not None else "") or snap.workshop.facilitator
    stamp = (when or datetime.now().astimezone()).isoformat(timespec="minutes")
    return Control(latest, stamp, prepared, changed)
