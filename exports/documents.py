"""Document control in words: what the running head and foot, the cover, the metadata, the
workbook's properties and the file name say about one printing of a pack (``workshop.issues``).

Light: no ReportLab, no pandas (the app names files with it before anything is exported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports import wording
from exports.packs import pack_stem, portable_name
from workshop import vocabulary
from workshop.dates import long_date
from workshop.issues import Control
from workshop.vocabulary import Translate, same

if TYPE_CHECKING:
    from workshop.snapshot import Snapshot


def when_text(stamp: str) -> str:
    """``2026-11-30T14:05+00:00`` -> "30 Nov 2026, 14:05"."""
    day, _, rest = stamp.partition("T")
    clock = rest[:5]
    return f"{long_date(day)}, {clock}" if clock else long_date(day)


def status_label(control: Control, tr: Translate = same) -> str:
    """ "Draft" or "Final" (a working copy, never issued, is a draft)."""
    return tr(vocabulary.ISSUE_STATUS.label(control.status))


def issue_tag(control: Control, tr: Translate = same) -> str:
    """The running head's few words: "Issue 3, draft"; "Changed since issue 2"; "Not issued"."""
    issue = control.issue
    if issue is None:
        return tr(wording.NOT_ISSUED_SHORT)
    if control.changed_since:
        return wording.say(tr, wording.CHANGED_SINCE_SHORT, issue.number)
    return wording.say(tr, wording.ISSUE_N_STATUS, issue.number, status_label(control, tr).lower())


def state_text(control: Control, tr: Translate = same) -> str:
    """ "Issue 3 · Draft · issued 30 Nov 2026, 14:05", "Changed since issue 2 (28 Nov 2026,
    10:00): not yet issued", or "Not issued: a working copy"."""
    issue = control.issue
    if issue is None:
        return tr(wording.NOT_ISSUED)
    if control.changed_since:
        return wording.say(tr, wording.CHANGED_SINCE, issue.number, when_text(issue.issued_at))
    return " · ".join(
        (
            wording.say(tr, wording.ISSUE_N, issue.number),
            status_label(control, tr),
            wording.say(tr, wording.ISSUED_ON, when_text(issue.issued_at)),
        )
    )


def distribution(snap: Snapshot, tr: Translate = same) -> str:
    """ "For all partners", "For Northlight Wellbeing Trust only", "For the broker only"."""
    audience = snap.audience
    if audience.kind == "partner":
        partner = snap.partner(audience.partner_id)
        name = partner.name if partner is not None else "this partner"
        return wording.say(tr, wording.FOR_PARTNER, name)
    return tr(wording.FOR_BROKER if audience.kind == "broker" else wording.FOR_ROOM)


def control_line(snap: Snapshot, control: Control, tr: Translate = same) -> str:
    """The running foot's line: for whom, the state, by whom, printed when (in that order: a
    line too long for the page loses its end, the least needed)."""
    parts = [distribution(snap, tr), state_text(control, tr)]
    if control.prepared_by:
        parts.append(f"{tr(wording.PREPARED_BY).lower()} {control.prepared_by}")
    issue = control.issue
    if issue is None or issue.issued_at[:16] != control.printed_at[:16]:
        parts.append(f"{tr(wording.PRINTED).lower()} {when_text(control.printed_at)}")
    return " · ".join(parts)


def document_title(snap: Snapshot, control: Control, tr: Translate = same) -> str:
    """The PDF's title (what a viewer shows instead of the file name): the workshop, for whom,
    and the issue. "Foundations summary: Valley partnership — for Acme Housing only — Issue 2,
    draft"."""
    title = snap.workshop.title or tr(wording.UNTITLED)
    return " — ".join(
        (
            wording.say(tr, wording.DOCUMENT_TITLE, title),
            distribution(snap, tr),
            issue_tag(control, tr),
        )
    )


def file_stem(snap: Snapshot, control: Control | None = None, tr: Translate = same) -> str:
    """A file name (without suffix) that carries the title, whom it is for and the issue:
    "Valley partnership - Northlight Wellbeing Trust [P1] - issue 3 draft". Each part is
    portable (``exports.packs``); a partner's part is its pack name, so it never reads as
    another partner's."""
    title = portable_name(snap.workshop.title, 100, 100) or "Workshop"
    audience = snap.audience
    if audience.kind == "partner":
        partner = snap.partner(audience.partner_id)
        who = pack_stem(partner) if partner is not None else "partner"
    else:
        who = "broker record" if audience.kind == "broker" else "room pack"
    stem = f"{title} - {who}"
    if control is not None and control.issue is not None and not control.changed_since:
        stem += f" - issue {control.issue.number} {control.status}"
    return stem
