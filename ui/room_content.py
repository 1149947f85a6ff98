"""What the room sees at each stage, as HTML built only from the room-audience snapshot."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from ui import labels
from workshop.snapshot import Position, Snapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomView", text)


def _e(text: object) -> str:
    return escape(str(text))


#: A projector shows a screenful or two; longer lists are cut with a count (and stay fast).
MAX_ROWS = 60


def _more(hidden: int) -> str:
    if hidden <= 0:
        return ""
    return f"<p><i>{_e(_tr('… and %1 more').replace('%1', str(hidden)))}</i></p>"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return f"<p><i>{_e(_tr('Nothing shared here yet.'))}</i></p>"
    hidden = len(rows) - MAX_ROWS
    rows = rows[:MAX_ROWS]
    first = "34%" if len(headers) > 3 else "50%"
    head = "".join(
        f"<th align='left'{f' width={first!r}' if n == 0 else ''}>{h}</th>"
        for n, h in enumerate(headers)
    )
    body = "".join(
        "<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in row) + "</tr>" for row in rows
    )
    table = "<table width='100%' cellspacing='0' cellpadding='8' border='1'>"
    return f"{table}<tr>{head}</tr>{body}</table>{_more(hidden)}"


def overview(snap: Snapshot, _agenda_item: int | None) -> str:
    info = snap.workshop
    people: dict[int | None, list[str]] = {}
    for person in snap.people:
        people.setdefault(person.partner_id, []).append(_e(person.name))
    rows = [
        [
            f"<b>{_e(p.name)}</b>",
            _e(labels.label(p.role)),
            ", ".join(people.get(p.id, [])),
        ]
        for p in snap.partners
    ]
    text = f"<p>{_e(info.purpose)}</p>" if info.purpose else ""
    text += f"<p><i>{_e(labels.label(info.collaboration_model))}</i></p>"
    return text + _table([_tr("Partner"), _tr("Role"), _tr("People")], rows)


def _position_line(snap: Snapshot, position: Position) -> str:
    partner = snap.partner(position.partner_id)
    who = _e(partner.label) if partner is not None else ""
    return f"{who} — <b>{_e(labels.kind_text(position.kind))}</b>: {_e(position.statement)}"


def positions(snap: Snapshot, _agenda_item: int | None) -> str:
    by_topic: dict[int | None, list[Position]] = {}
    for position in snap.positions:
        by_topic.setdefault(position.topic_id, []).append(position)
    if not by_topic:
        return f"<p><i>{_e(_tr('Nothing shared here yet.'))}</i></p>"
    parts = []
    budget = MAX_ROWS * 2
    for topic in [*snap.topics, None]:
        topic_id = topic.id if topic is not None else None
        if topic_id not in by_topic or budget <= 0:
            continue
        name = _e(topic.name) if topic is not None else _e(_tr("Other"))
        lines = by_topic[topic_id]  # only the lines that fit the page are written out
        items = "".join(f"<li>{_position_line(snap, p)}</li>" for p in lines[:budget])
        parts.append(f"<h3>{name}</h3><ul>{items}</ul>{_more(len(lines) - budget)}")
        budget -= len(lines)
    return "".join(parts)


def values(snap: Snapshot, _agenda_item: int | None) -> str:
    partners = list(snap.partners)
    ratings = {(a.value_id, a.partner_id): a.rating for a in snap.alignments}
    rows = []
    for value in snap.values:
        if value.status == "dropped":
            continue
        cells = [str(ratings.get((value.id, p.id)) or "·") for p in partners]
        rows.append([f"<b>{_e(value.name)}</b><br>{_e(labels.label(value.status))}", *cells])
    return _table([_tr("Value")] + [_e(p.label) for p in partners], rows)


def disagreements(snap: Snapshot, _agenda_item: int | None) -> str:
    parties: dict[int, list[str]] = {}
    for party in snap.disagreement_parties:
        partner = snap.partner(party.partner_id)
        if partner is not None:
            view = f": {_e(party.view)}" if party.view else ""
            parties.setdefault(party.disagreement_id, []).append(
                f"<b>{_e(partner.label)}</b>{view}"
            )
    rows = [
        [
            f"<b>{_e(d.title)}</b><br>{_e(d.description)}",
            "<br>".join(parties.get(d.id, [])),
            f"{_e(labels.label(d.status))}<br>{_e(labels.label(d.route_step))}",
            _e(d.outcome),
        ]
        for d in snap.disagreements
    ]
    return _table(
        [_tr("Disagreement"), _tr("Views"), _tr("Status and route"), _tr("Outcome")], rows
    )


def clauses(snap: Snapshot, _agenda_item: int | None) -> str:
    rows = [
        [_e(labels.label(c.section, "section")), _e(c.text), _e(labels.label(c.status))]
        for c in sorted(snap.clauses, key=lambda c: (c.section, c.sort_order))
    ]
    return _table([_tr("Section"), _tr("Clause"), _tr("Status")], rows)


def commitments(snap: Snapshot, _agenda_item: int | None) -> str:
    partners = list(snap.partners)
    answers = {(a.commitment_id, a.partner_id): a.answer for a in snap.commitment_answers}
    symbol = {"committed": "✔", "not_committed": "✘", "not_applicable": "–"}
    rows = [
        [_e(c.text)] + [_e(symbol.get(answers.get((c.id, p.id), ""), "·")) for p in partners]
        for c in snap.commitments
    ]
    return _table([_tr("Commitment")] + [_e(p.label) for p in partners], rows)


def impact(snap: Snapshot, _agenda_item: int | None) -> str:
    rows = [
        [_e(i.description), _e(labels.label(i.area)), _e(labels.label(i.scenario))]
        for i in snap.impacts
    ]
    return _table([_tr("Impact"), _tr("Area"), _tr("Scenario")], rows)


def actions(snap: Snapshot, _agenda_item: int | None) -> str:
    rows = []
    for action in snap.actions:
        partner = snap.partner(action.partner_id)
        who = partner.label if partner is not None else ""
        status = labels.label(action.status)
        rows.append([_e(action.text), _e(who), _e(action.due_date), _e(status)])
    return _table([_tr("Action"), _tr("Who"), _tr("Due"), _tr("Status")], rows)


def meetings(snap: Snapshot, agenda_item: int | None) -> str:
    current = next((i for i in snap.agenda_items if i.id == agenda_item), None)
    meeting_id = (
        current.meeting_id
        if current is not None
        else (snap.meetings[0].id if snap.meetings else None)
    )
    meeting = next((m for m in snap.meetings if m.id == meeting_id), None)
    if meeting is None:
        return f"<p><i>{_e(_tr('No meeting shared yet.'))}</i></p>"
    rows = []
    for item in snap.agenda_items:
        if item.meeting_id != meeting.id:
            continue
        marker = "▶ " if item.id == agenda_item else ""
        title = f"<b>{marker}{_e(item.title)}</b>" if marker else _e(item.title)
        rows.append([title, _e(_tr("%1 min").replace("%1", str(item.planned_minutes)))])
    heading = f"<h2>{_e(meeting.title)} {_e(meeting.date)}</h2>"
    return heading + _table([_tr("Agenda item"), _tr("Planned")], rows)


def notes(_snap: Snapshot, _agenda_item: int | None) -> str:
    # Facilitator notes never reach the room, whatever their visibility.
    return f"<p><i>{_e(_tr('The facilitator is taking notes.'))}</i></p>"


#: The tables each stage's room page is drawn from (a change elsewhere leaves it as it is).
TABLES: dict[str, frozenset[str]] = {
    "overview": frozenset({"workshop", "partner", "person"}),
    "positions": frozenset({"workshop", "partner", "topic", "position"}),
    "values": frozenset({"workshop", "partner", "value", "alignment"}),
    "disagreements": frozenset({"workshop", "partner", "disagreement", "disagreement_party"}),
    "clauses": frozenset({"workshop", "clause"}),
    "commitments": frozenset({"workshop", "partner", "commitment", "commitment_answer"}),
    "impact": frozenset({"workshop", "impact"}),
    "actions": frozenset({"workshop", "partner", "action"}),
    "meetings": frozenset({"workshop", "meeting", "agenda_item"}),
    "notes": frozenset({"workshop"}),
}

RENDERERS: dict[str, Callable[[Snapshot, int | None], str]] = {
    "overview": overview,
    "positions": positions,
    "values": values,
    "disagreements": disagreements,
    "clauses": clauses,
    "commitments": commitments,
    "impact": impact,
    "actions": actions,
    "meetings": meetings,
    "notes": notes,
}


def render(stage: str, snap: Snapshot, agenda_item: int | None = None) -> str:
    """The room's page for ``stage``; ``snap`` must be the room-audience snapshot."""
    if snap.audience.kind != "room":
        raise ValueError("the room view shows only the room audience")
    return RENDERERS.get(stage, notes)(snap, agenda_item)
