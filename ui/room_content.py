"""What the room sees at each stage, as HTML built only from the room-audience snapshot."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from ui import labels
from ui.stages.commitments import ANSWER_COLOUR, ANSWER_SYMBOL
from workshop.analysis import divergence
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


def anchor_name(table: str, item_id: int) -> str:
    """The name of the place on the page where an item is shown (to scroll to it)."""
    return f"{table}-{item_id}"


def _anchor(table: str, item_id: int) -> str:
    return f"<a name='{anchor_name(table, item_id)}'></a>"


#: A cell that is only text, or text on a background colour (black text, readable on it).
Cell = str | tuple[str, str]


def _cell(cell: Cell) -> str:
    if isinstance(cell, tuple):
        text, colour = cell
        return f"<td valign='top' bgcolor='{colour}'><font color='#000000'>{text}</font></td>"
    return f"<td valign='top'>{cell}</td>"


#: Marks a rating or answer that has a note; the notes are listed under the grid.
NOTE_MARK = "✎"


def _notes(heading: str, notes: list[str]) -> str:
    """Notes on ratings or answers, under their grid (only notes the room may see get here):
    in the cells they would make the grid too tall to read from the back of the room."""
    if not notes:
        return ""
    items = "".join(f"<li>{note}</li>" for note in notes[:MAX_ROWS])
    return f"<h3>{_e(heading)}</h3><ul>{items}</ul>{_more(len(notes) - MAX_ROWS)}"


def _table(headers: list[str], rows: list[list[Cell]], first: str = "") -> str:
    if not rows:
        return f"<p><i>{_e(_tr('Nothing shared here yet.'))}</i></p>"
    hidden = len(rows) - MAX_ROWS
    rows = rows[:MAX_ROWS]
    even = bool(first)  # a grid: the partners' columns share the rest of the width evenly
    first = first or ("34%" if len(headers) > 3 else "50%")
    rest = f"{(100 - int(first.rstrip('%'))) // max(len(headers) - 1, 1)}%"
    widths = [first] + [rest if even else ""] * (len(headers) - 1)
    head = "".join(
        f"<th align='left'{f' width={w!r}' if w else ''}>{h}</th>"
        for w, h in zip(widths, headers, strict=True)
    )
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows)
    table = "<table width='100%' cellspacing='0' cellpadding='8' border='1'>"
    return f"{table}<tr>{head}</tr>{body}</table>{_more(hidden)}"


def overview(snap: Snapshot, _agenda_item: int | None) -> str:
    info = snap.workshop
    people: dict[int | None, list[str]] = {}
    for person in snap.people:
        people.setdefault(person.partner_id, []).append(
            _anchor("person", person.id) + _e(person.name)
        )
    rows: list[list[Cell]] = [
        [
            f"{_anchor('partner', p.id)}<b>{_e(p.name)}</b>",
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
    kind = _e(labels.kind_text(position.kind))
    return f"{_anchor('position', position.id)}{who} — <b>{kind}</b>: {_e(position.statement)}"


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
        name = (
            f"{_anchor('topic', topic.id)}{_e(topic.name)}" if topic is not None else _tr("Other")
        )
        lines = by_topic[topic_id]  # only the lines that fit the page are written out
        items = "".join(f"<li>{_position_line(snap, p)}</li>" for p in lines[:budget])
        parts.append(f"<h3>{name}</h3><ul>{items}</ul>{_more(len(lines) - budget)}")
        budget -= len(lines)
    return "".join(parts)


def values(snap: Snapshot, _agenda_item: int | None) -> str:
    """Ratings in the console's colours, the diverging partner marked in words too; computed
    from the room's snapshot only, so a hidden rating never moves a mark."""
    partners = list(snap.partners)
    ratings = {(a.value_id, a.partner_id): a for a in snap.alignments}
    diverging = divergence(snap)
    rows: list[list[Cell]] = []
    notes: list[str] = []
    for value in snap.values:
        if value.status == "dropped":
            continue
        cells: list[Cell] = []
        for partner in partners:
            alignment = ratings.get((value.id, partner.id))
            if alignment is None or alignment.rating is None:
                cells.append("·")
                continue
            text = _e(_tr("%1 / 5").replace("%1", str(alignment.rating)))
            if partner.id in diverging.get(value.id, ()):
                text = f"<b>{text} ◀ {_e(_tr('diverges'))}</b>"
            if alignment.note:
                text += f" {NOTE_MARK}"
                notes.append(
                    f"<b>{_e(partner.label)}</b> — {_e(value.name)} "
                    f"({_e(_tr('%1 / 5').replace('%1', str(alignment.rating)))}): "
                    f"“{_e(alignment.note)}”"
                )
            colour = labels.RATING_COLOUR[alignment.rating].name()
            cells.append((f"{_anchor('alignment', alignment.id)}{text}", colour))
        status = _e(labels.label(value.status))
        rows.append([f"{_anchor('value', value.id)}<b>{_e(value.name)}</b><br>{status}", *cells])
    grid = _table([_tr("Value")] + [_e(p.label) for p in partners], rows, "24%")
    return grid + _notes(_tr("Notes on ratings"), notes)


def disagreements(snap: Snapshot, _agenda_item: int | None) -> str:
    parties: dict[int, list[str]] = {}
    for party in snap.disagreement_parties:
        partner = snap.partner(party.partner_id)
        if partner is not None:
            view = f": {_e(party.view)}" if party.view else ""
            parties.setdefault(party.disagreement_id, []).append(
                f"<b>{_e(partner.label)}</b>{view}"
            )
    rows: list[list[Cell]] = [
        [
            f"{_anchor('disagreement', d.id)}<b>{_e(d.title)}</b><br>{_e(d.description)}",
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
    rows: list[list[Cell]] = [
        [
            _anchor("clause", c.id) + _e(labels.label(c.section, "section")),
            _e(c.text),
            _e(labels.label(c.status)),
        ]
        for c in sorted(snap.clauses, key=lambda c: (c.section, c.sort_order))
    ]
    return _table([_tr("Section"), _tr("Clause"), _tr("Status")], rows)


def commitments(snap: Snapshot, _agenda_item: int | None) -> str:
    """Each partner's answer as the console shows it (symbol, word, colour); notes below."""
    partners = list(snap.partners)
    answers = {(a.commitment_id, a.partner_id): a for a in snap.commitment_answers}
    rows: list[list[Cell]] = []
    notes: list[str] = []
    for commitment in snap.commitments:
        cells: list[Cell] = [f"{_anchor('commitment', commitment.id)}{_e(commitment.text)}"]
        for partner in partners:
            answer = answers.get((commitment.id, partner.id))
            if answer is None:
                cells.append("·")
                continue
            text = f"{ANSWER_SYMBOL[answer.answer]} {_e(labels.label(answer.answer))}"
            if answer.note:
                text += f" {NOTE_MARK}"
                notes.append(
                    f"<b>{_e(partner.label)}</b> — {_e(commitment.text)} "
                    f"({_e(labels.label(answer.answer))}): “{_e(answer.note)}”"
                )
            anchor = _anchor("commitment_answer", answer.id)
            cells.append((f"{anchor}{text}", ANSWER_COLOUR[answer.answer]))
        rows.append(cells)
    grid = _table([_tr("Commitment")] + [_e(p.label) for p in partners], rows, "34%")
    return grid + _notes(_tr("Notes on answers"), notes)


def impact(snap: Snapshot, _agenda_item: int | None) -> str:
    rows: list[list[Cell]] = [
        [
            _anchor("impact", i.id) + _e(i.description),
            _e(labels.label(i.area)),
            _e(labels.label(i.scenario)),
        ]
        for i in snap.impacts
    ]
    return _table([_tr("Impact"), _tr("Area"), _tr("Scenario")], rows)


def actions(snap: Snapshot, _agenda_item: int | None) -> str:
    rows: list[list[Cell]] = []
    for action in snap.actions:
        partner = snap.partner(action.partner_id)
        who = partner.label if partner is not None else ""
        status = labels.label(action.status)
        text = _anchor("action", action.id) + _e(action.text)
        rows.append([text, _e(who), _e(action.due_date), _e(status)])
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
    rows: list[list[Cell]] = []
    for item in snap.agenda_items:
        if item.meeting_id != meeting.id:
            continue
        marker = "▶ " if item.id == agenda_item else ""
        title = f"<b>{marker}{_e(item.title)}</b>" if marker else _e(item.title)
        title = _anchor("agenda_item", item.id) + title
        rows.append([title, _e(_tr("%1 min").replace("%1", str(item.planned_minutes)))])
    heading = f"<h2>{_anchor('meeting', meeting.id)}{_e(meeting.title)} {_e(meeting.date)}</h2>"
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
