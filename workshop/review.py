"""Partners review, amend and sign off an issued summary, without accounts or a network. Qt-free.

An issue records, for every item its partner may see, a stable number ("P12": position 12, the
same however the lists are reordered) and a digest of what the item said (no text). The review
workbook (``exports.review``) lists those items for the partner to answer; it carries an
*identity* — which workshop, issue and partner, and the items' numbers and digests — signed with
the workshop's own key, so a workbook from another workshop, another issue or another partner, or
one whose identity was edited, is refused when it comes back. Sheet protection and data
validation may be lost when a spreadsheet program re-saves the file: nothing here relies on them.

Returned answers are checked row by row: an item the partner may not see is refused; an item
changed since the issue is kept as a *conflict* for the broker to decide. Nothing in the workshop
changes until the broker acts: accepting an amendment is an ordinary edit, with undo.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from workshop import kinds, ops
from workshop.audience import Audience
from workshop.document import Change, Document, Edit
from workshop.errors import WorkshopError
from workshop.snapshot import Snapshot

#: Fields that say nothing about what an item says (left out of its digest).
_VOLATILE = frozenset({"id", "created_at", "updated_at", "sort_order"})
REVIEWED: tuple[str, ...] = tuple(kind.table for kind in kinds.kinds() if kind.code)
_BY_CODE = {kinds.of(table).code: table for table in REVIEWED}


class ReviewRefused(WorkshopError):
    """A returned workbook cannot be taken in; nothing was changed."""


def number(table: str, item_id: int) -> str:
    """An item's stable number in review packs: its kind's letters and its id ("P12")."""
    return f"{kinds.of(table).code}{item_id}"


def parse_number(text: str) -> tuple[str, int] | None:
    """``"P12"`` -> ("position", 12); None for anything that is not such a number."""
    text = text.strip().upper()
    letters = text.rstrip("0123456789")
    digits = text[len(letters) :]
    if letters not in _BY_CODE or not digits or len(digits) > 18:
        return None
    return _BY_CODE[letters], int(digits)


def digest(item: Any) -> str:
    """What an item says, as a digest: the same exactly when every field that matters is."""
    values = {k: v for k, v in asdict(item).items() if k not in _VOLATILE}
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def items(snap: Snapshot) -> list[tuple[str, str, Any]]:
    """Every item the snapshot's reader reviews, as (number, table, item), in summary order."""
    return [
        (number(table, item.id), table, item) for table in REVIEWED for item in snap.items(table)
    ]


def record_items(edit: Edit, issue_id: int, snap: Snapshot) -> None:
    """Keep, with an issue, each reviewed item's number and digest (called by ``issues.record``)."""
    for code, table, item in items(snap):
        edit.insert(
            "issued_item",
            {
                "issue_id": issue_id,
                "number": code,
                "item_table": table,
                "item_id": item.id,
                "digest": digest(item),
            },
        )


# --- what changed since an issue -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SinceIssue:
    """What ``snap``'s reader sees that differs, item by item, from what an earlier issue of
    its pack held (from the issue's numbers and digests: no text was kept)."""

    issue: Any
    added: tuple[tuple[str, str, Any], ...]  # (number, table, item)
    changed: tuple[tuple[str, str, Any], ...]
    removed: int  # in the issue, gone from this reader's pack now (no text: it is not kept)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def compared_issue(snap: Snapshot, issue: Any | None, changed_since: bool) -> Any | None:
    """The issue a pack is compared with: ``issue`` itself when the content has changed since
    it (a working copy), else the one before it for the same audience (a new issue)."""
    if issue is None:
        return None
    if changed_since:
        return issue
    earlier = [
        i
        for i in snap.issues
        if i.audience == issue.audience
        and i.partner_id == issue.partner_id
        and i.number < issue.number
    ]
    return max(earlier, key=lambda i: i.number) if earlier else None


def since_issue(snap: Snapshot, issue: Any) -> SinceIssue:
    """What changed for ``snap``'s reader since ``issue`` (an issue of the reader's own pack)."""
    kept = {i.number: i for i in snap.issued_items if i.issue_id == issue.id}
    added: list[tuple[str, str, Any]] = []
    changed: list[tuple[str, str, Any]] = []
    now: set[str] = set()
    for code, table, item in items(snap):
        now.add(code)
        before = kept.get(code)
        if before is None:
            added.append((code, table, item))
        elif before.digest != digest(item):
            changed.append((code, table, item))
    removed = sum(1 for code in kept if code not in now)
    return SinceIssue(issue, tuple(added), tuple(changed), removed)


# --- the identity a workbook carries -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Identity:
    workshop: str  # the workshop's uid
    issue: int  # the issue's id
    issue_number: int
    partner: int
    numbers: tuple[str, ...]  # the items in the pack, in order

    def text(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))


def identity(snap: Snapshot, issue: Any) -> Identity:
    """The identity of ``issue``'s review workbook (``snap``: the broker's snapshot)."""
    numbers = tuple(i.number for i in snap.issued_items if i.issue_id == issue.id)
    return Identity(snap.workshop.uid, issue.id, issue.number, issue.partner_id, numbers)


def signature(secret: str, ident: Identity) -> str:
    return hmac.new(secret.encode(), ident.text().encode(), hashlib.sha256).hexdigest()


# --- taking a workbook back ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answer:
    """One answered row of a returned workbook, as the workbook reader found it."""

    number: str
    answer: str  # agree, amend, question ("" if left blank)
    proposed: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class SignedOff:
    name: str
    role: str
    signed_on: str  # YYYY-MM-DD
    confirmed: bool


@dataclass(frozen=True, slots=True)
class Returned:
    """A returned workbook, checked: what will be recorded, and what the broker should know."""

    issue: Any
    partner: Any
    answers: tuple[tuple[Answer, bool], ...]  # (answer, changed since the issue)
    sign_off: SignedOff | None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def conflicts(self) -> tuple[Answer, ...]:
        return tuple(answer for answer, changed in self.answers if changed)


def check(
    snap: Snapshot,
    ident_text: str,
    signed: str,
    answers: Iterable[Answer],
    sign_off: SignedOff | None,
) -> Returned:
    """Check a returned workbook against ``snap`` (the broker's snapshot). Raises
    :class:`ReviewRefused` with one sentence for a workbook that is not this workshop's, has
    been tampered with, or answers items its partner may not see."""
    try:
        data = json.loads(ident_text)
        ident = Identity(
            str(data["workshop"]),
            int(data["issue"]),
            int(data["issue_number"]),
            int(data["partner"]),
            tuple(str(n) for n in data["numbers"]),
        )
    except (ValueError, KeyError, TypeError):
        raise ReviewRefused(
            "This is not a Common Ground review workbook (its identity sheet is missing or "
            "unreadable). Nothing was changed."
        ) from None
    if ident.workshop != snap.workshop.uid:
        raise ReviewRefused(
            "This workbook belongs to another workshop, not this one. Nothing was changed; "
            "open the workshop it was made from."
        )
    if not snap.workshop.secret:
        raise ReviewRefused(
            "This copy of the workshop was saved for sharing and cannot check review workbooks. "
            "Nothing was changed; take the workbook in with the broker's own file."
        )
    if not hmac.compare_digest(signature(snap.workshop.secret, ident), signed.strip().lower()):
        raise ReviewRefused(
            "This workbook's identity has been changed since Common Ground wrote it, so its "
            "answers cannot be trusted. Nothing was changed; ask the partner to fill in the "
            "workbook as it was sent."
        )
    issue = snap.by_id("issue").get(ident.issue)
    partner = snap.partner(ident.partner)
    if issue is None or partner is None or issue.partner_id != partner.id:
        raise ReviewRefused(
            "The issue or partner this workbook was made for is no longer in this workshop. "
            "Nothing was changed."
        )
    issued = {i.number: i for i in snap.issued_items if i.issue_id == issue.id}
    partner_view = _partner_view(snap, partner.id)
    checked: list[tuple[Answer, bool]] = []
    seen: set[str] = set()
    for answer in answers:
        code = answer.number.strip().upper()
        if code in seen:
            raise ReviewRefused(f"Item {code} is answered twice. Nothing was changed.")
        seen.add(code)
        if code not in issued or code not in ident.numbers:
            raise ReviewRefused(
                f"Row “{answer.number}” names an item that was not in this partner's pack. "
                "Nothing was changed."
            )
        if answer.answer not in ("", "agree", "amend", "question"):
            raise ReviewRefused(
                f"Item {code}: “{answer.answer}” is not an answer; use Agree, Amend or Question. "
                "Nothing was changed."
            )
        if not answer.answer and not (answer.proposed or answer.comment):
            continue  # left blank
        kept = issued[code]
        now = partner_view.get((kept.item_table, kept.item_id))
        changed = now is None or digest(now) != kept.digest
        checked.append(
            (Answer(code, answer.answer or "question", answer.proposed, answer.comment), changed)
        )
    notes = []
    changed_count = sum(1 for _, changed in checked if changed)
    if changed_count:
        notes.append(
            f"{changed_count} answered item{'s' if changed_count != 1 else ''} changed since "
            "the issue: shown as conflicts for you to decide."
        )
    return Returned(issue, partner, tuple(checked), sign_off, tuple(notes))


def _partner_view(snap: Snapshot, partner_id: int) -> Mapping[tuple[str, int], Any]:
    """The reviewed items as that partner may see them now (what its answers are about)."""
    from workshop import snapshot as snapshots

    seen = snapshots.restrict(
        {table: snap.items(table) for table in kinds.TABLES if table != "workshop"}
        | {"workshop": (snap.workshop,)},
        Audience.partner(partner_id),
    )
    return {(table, item.id): item for table in REVIEWED for item in seen.items(table)}


def take(doc: Document, returned: Returned) -> Change:
    """Record a checked workbook's answers and sign-off (one undoable step). Answering again
    replaces the partner's earlier answers to the same issue."""
    issue, partner = returned.issue, returned.partner
    with doc.edit(f"Take in {partner.label}’s review") as edit:
        db = edit.journal.db
        for (row_id,) in db.execute(
            "SELECT id FROM response WHERE issue_id = ?", (issue.id,)
        ).fetchall():
            edit.delete("response", row_id)
        for answer, changed in returned.answers:
            edit.insert(
                "response",
                ops.clean(
                    "response",
                    {
                        "issue_id": issue.id,
                        "partner_id": partner.id,
                        "number": answer.number,
                        "answer": answer.answer,
                        "proposed": answer.proposed,
                        "comment": answer.comment,
                        "conflict": changed,
                    },
                    creating=True,
                ),
            )
        if returned.sign_off is not None and returned.sign_off.name.strip():
            found = db.execute(
                "SELECT id FROM signoff WHERE issue_id = ? AND partner_id = ?",
                (issue.id, partner.id),
            ).fetchone()
            if found is not None:
                edit.delete("signoff", int(found[0]))
            sign = returned.sign_off
            edit.insert(
                "signoff",
                ops.clean(
                    "signoff",
                    {
                        "issue_id": issue.id,
                        "partner_id": partner.id,
                        "name": sign.name.strip(),
                        "role": sign.role.strip(),
                        "signed_on": sign.signed_on,
                        "confirmed": sign.confirmed,
                    },
                    creating=True,
                ),
            )
    return edit.change


# --- the broker's decisions --------------------------------------------------------------------


def _response(doc: Document, response_id: int) -> dict[str, Any]:
    with doc.reading() as db:
        row = db.execute(
            "SELECT number, proposed, disposition FROM response WHERE id = ?", (response_id,)
        ).fetchone()
    if row is None:
        raise ReviewRefused("That response no longer exists.")
    return {"number": row[0], "proposed": row[1], "disposition": row[2]}


def accept(doc: Document, response_id: int, wording: str | None = None) -> Change:
    """Accept an amendment: the item's main text becomes the proposed wording (or ``wording``,
    the broker's revision of it) and the response is marked, in one step Undo reverses."""
    response = _response(doc, response_id)
    found = parse_number(response["number"])
    if found is None:
        raise ReviewRefused(f"“{response['number']}” does not name an item.")
    table, item_id = found
    kind = kinds.of(table)
    text = wording if wording is not None else response["proposed"]
    if not text.strip():
        raise ReviewRefused("There is no wording to accept; reply or decline instead.")
    values = ops.clean(table, {kind.main: text}, creating=False)
    with doc.edit(f"Accept amendment to {response['number']}") as edit:
        if edit.journal.fetch(table, item_id) is None:
            raise ReviewRefused(f"Item {response['number']} no longer exists.")
        edit.update(table, item_id, values)
        disposition = "accepted" if wording is None else "revised"
        edit.update("response", response_id, {"disposition": disposition})
    return edit.change


def reply(doc: Document, response_id: int, text: str, *, decline: bool = False) -> Change:
    """Answer a partner (a question, or an amendment declined, with the reason)."""
    _response(doc, response_id)
    disposition = "declined" if decline else "replied"
    label = "Decline amendment" if decline else "Reply to a partner"
    return ops.update(doc, "response", response_id, label, reply=text, disposition=disposition)


def confirmed_by(snap: Snapshot, issue_id: int | None = None) -> list[Any]:
    """The confirmed sign-offs ``snap``'s reader may see (of one issue, if given)."""
    return [
        s for s in snap.signoffs if s.confirmed and (issue_id is None or s.issue_id == issue_id)
    ]


def everyone_confirmed(snap: Snapshot) -> bool:
    """Every partner has confirmed the latest issue of its own pack (``snap``: the broker's):
    the broker may then issue the summary as final."""
    latest: dict[int, Any] = {}
    for issue in snap.issues:
        if issue.audience != "partner" or issue.partner_id is None:
            continue
        if issue.partner_id not in latest or issue.number > latest[issue.partner_id].number:
            latest[issue.partner_id] = issue
    confirmed = {s.issue_id for s in confirmed_by(snap)}
    return bool(snap.partners) and all(
        p.id in latest and latest[p.id].id in confirmed for p in snap.partners
    )


def confirmation_text(snap: Snapshot, signoff: Any) -> str:
    """ "Confirmed by Northlight (Helen Price, CEO) on 12 Jan 2027"."""
    from workshop.dates import long_date

    partner = snap.partner(signoff.partner_id)
    who = ", ".join(x for x in (signoff.name, signoff.role) if x)
    when = long_date(signoff.signed_on) if signoff.signed_on else ""
    text = f"Confirmed by {partner.label if partner else 'a partner'} ({who})"
    return f"{text} on {when}" if when else text
