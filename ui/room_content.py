"""What the room sees at each stage, as HTML built only from the room-audience snapshot.

Each stage's page is read from the tables its kinds declare (``Kind.stage`` and ``Kind.room``),
in the vocabulary's words and colours (``ui.labels``, as the console's grids and the foundations
PDF). A list stage of a kind gets a table of its fields without a renderer of its own; the
pictures and groupings that read better are written out below (positions by topic, the
alignment and fair-practice grids, the risk matrix, contributions by partner).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import labels
from ui.dates import date_text
from ui.stages import registry
from ui.table_model import agreed_order
from workshop import kinds
from workshop.analysis import divergence
from workshop.kinds import Field
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


def _nothing() -> str:
    return f"<p><i>{_e(_tr('Nothing shared here yet.'))}</i></p>"


def anchor_name(table: str, item_id: int) -> str:
    """The name of the place on the page where an item is shown (to scroll to it)."""
    return f"{table}-{item_id}"


def _anchor(table: str, item_id: int) -> str:
    return f"<a name='{anchor_name(table, item_id)}'></a>"


# --- cells in the vocabulary's colours --------------------------------------------------------


class Coloured:
    """A cell's HTML on a background, in a text colour that reads on it."""

    __slots__ = ("background", "html", "ink")

    def __init__(self, html: str, background: str, ink: str = "#000000") -> None:
        self.html, self.background, self.ink = html, background, ink


Cell = str | Coloured


def _cell(cell: Cell) -> str:
    if isinstance(cell, Coloured):
        return (
            f"<td valign='top' bgcolor='{cell.background}'>"
            f"<font color='{cell.ink}'>{cell.html}</font></td>"
        )
    return f"<td valign='top'>{cell}</td>"


def choice(terms: str, value: str | None, html: str | None = None) -> Cell:
    """A choice in its words (and symbol), on its fill in its ink where it has them."""
    text = _e(labels.marked(terms, value)) if html is None else html
    background, ink = labels.cell_colours(terms, value)
    if background is not None:
        return Coloured(text, background.name(), ink.name() if ink is not None else "#000000")
    if ink is not None:
        return f"<font color='{ink.name()}'>{text}</font>"
    return text


def inked(terms: str, value: str | None, html: str) -> str:
    """``html`` in the choice's ink (for words inside a cell of their own colour)."""
    ink = labels.ink(terms, value)
    return f"<font color='{ink.name()}'>{html}</font>" if ink is not None else html


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
        return _nothing()
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


# --- any kind, from its declaration -------------------------------------------------------------


def _room_fields(table: str) -> list[Field]:
    """The fields a kind shows the room: its main field first, then what the facilitator edits
    (not its visibility, which is always shared here, nor its order or private fields)."""
    declared = kinds.of(table)
    shown = [
        f
        for f in declared.fields
        if f.editable and not f.private and f.name not in ("visibility", "sort_order")
    ]
    return sorted(shown, key=lambda f: f.name != declared.main)


def value_cell(snap: Snapshot, spec: Field, item: Any) -> Cell:
    """One field of an item as the room reads it, in the vocabulary's words and colours."""
    value = getattr(item, spec.name)
    if spec.type == "enum":
        return choice(spec.choices, value)
    if spec.type == "ref":
        found = snap.by_id(spec.ref).get(value) if value is not None else None
        if found is None:
            return ""
        named = found.label if spec.ref == "partner" else getattr(found, kinds.of(spec.ref).main)
        return _e(named)
    if spec.type == "date":
        return _e(date_text(value))
    if spec.type == "bool":
        return "✔" if value else ""
    if spec.type == "float" and value is not None:
        return _e(f"{value:,g}")
    return _e("" if value is None else value)


def kind_list(snap: Snapshot, table: str) -> str:
    """A table of the kind's items the room may see, in their agreed order."""
    shown = _room_fields(table)
    items = agreed_order(snap.items(table), table, snap.items)
    rows: list[list[Cell]] = []
    for item in items:
        cells = [value_cell(snap, spec, item) for spec in shown]
        first = cells[0]
        anchor = _anchor(table, item.id)
        if isinstance(first, Coloured):
            first.html = anchor + first.html
        else:
            cells[0] = anchor + first
        rows.append(cells)
    return _table([_e(labels.tr(f.label)) for f in shown], rows)


# --- stages with a picture or a grouping of their own -----------------------------------------


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
            _e(labels.label("partner_role", p.role)),
            ", ".join(people.get(p.id, [])),
        ]
        for p in snap.partners
    ]
    text = f"<p>{_e(info.purpose)}</p>" if info.purpose else ""
    text += f"<p><i>{_e(labels.label('collaboration_model', info.collaboration_model))}</i></p>"
    headers = [
        labels.tr(kinds.of("partner").title),
        labels.field_label("partner", "role"),
        labels.tr(kinds.of("person").title),
    ]
    return text + _table([_e(h) for h in headers], rows)


def _position_line(snap: Snapshot, position: Position) -> str:
    partner = snap.partner(position.partner_id)
    who = _e(partner.label) if partner is not None else ""
    marked = f"<b>{_e(labels.marked('position_kind', position.kind))}</b>"
    kind = inked("position_kind", position.kind, marked)
    return f"{_anchor('position', position.id)}{who} — {kind}: {_e(position.statement)}"


def positions(snap: Snapshot, _agenda_item: int | None) -> str:
    by_topic: dict[int | None, list[Position]] = {}
    for position in agreed_order(snap.positions, "position", snap.items):
        by_topic.setdefault(position.topic_id, []).append(position)
    if not by_topic:
        return _nothing()
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
            rated = _e(_tr("%1 / 5").replace("%1", str(alignment.rating)))
            text = rated
            if partner.id in diverging.get(value.id, ()):
                text = f"<b>{text} ◀ {_e(_tr('diverges'))}</b>"
            if alignment.note:
                text += f" {NOTE_MARK}"
                notes.append(
                    f"<b>{_e(partner.label)}</b> — {_e(value.name)} ({rated}): "
                    f"“{_e(alignment.note)}”"
                )
            cells.append(
                choice(
                    "alignment", str(alignment.rating), _anchor("alignment", alignment.id) + text
                )
            )
        status = inked("value_status", value.status, _e(labels.label("value_status", value.status)))
        rows.append([f"{_anchor('value', value.id)}<b>{_e(value.name)}</b><br>{status}", *cells])
    heading = _e(labels.tr(kinds.of("value").title))
    grid = _table([heading] + [_e(p.label) for p in partners], rows, "24%")
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
    rows: list[list[Cell]] = []
    for d in snap.disagreements:
        status = inked(
            "disagreement_status", d.status, _e(labels.label("disagreement_status", d.status))
        )
        rows.append(
            [
                f"{_anchor('disagreement', d.id)}<b>{_e(d.title)}</b><br>{_e(d.description)}",
                "<br>".join(parties.get(d.id, [])),
                f"{status}<br>{_e(labels.label('route_step', d.route_step))}",
                _e(d.outcome),
            ]
        )
    headers = [
        labels.field_label("disagreement", "title"),
        labels.tr(kinds.of("disagreement_party").title),
        _tr("Status and route"),
        labels.field_label("disagreement", "outcome"),
    ]
    return _table([_e(h) for h in headers], rows)


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
            text = _e(labels.marked("commitment_answer", answer.answer))
            if answer.note:
                text += f" {NOTE_MARK}"
                notes.append(
                    f"<b>{_e(partner.label)}</b> — {_e(commitment.text)} "
                    f"({_e(labels.label('commitment_answer', answer.answer))}): "
                    f"“{_e(answer.note)}”"
                )
            anchor = _anchor("commitment_answer", answer.id)
            cells.append(choice("commitment_answer", answer.answer, anchor + text))
        rows.append(cells)
    heading = _e(labels.field_label("commitment", "text"))
    grid = _table([heading] + [_e(p.label) for p in partners], rows, "34%")
    return grid + _notes(_tr("Notes on answers"), notes)


def contributions(snap: Snapshot, _agenda_item: int | None) -> str:
    """What each partner brings, partner by partner."""
    items = agreed_order(snap.contributions, "contribution", snap.items)
    if not items:
        return _nothing()
    parts = []
    budget = MAX_ROWS
    for partner in snap.partners:
        brought = [c for c in items if c.partner_id == partner.id]
        if not brought or budget <= 0:
            continue
        lines = []
        for contribution in brought[:budget]:
            worth = ""
            if contribution.amount is not None:
                worth = f" — {_e(f'{contribution.amount:,g} {contribution.unit}'.strip())}"
            lines.append(
                f"<li>{_anchor('contribution', contribution.id)}"
                f"<b>{_e(labels.label('contribution_kind', contribution.category))}</b>: "
                f"{_e(contribution.description)}{worth}</li>"
            )
        heading = f"{_anchor('partner', partner.id)}{_e(partner.name)}"
        parts.append(f"<h3>{heading}</h3><ul>{''.join(lines)}</ul>{_more(len(brought) - budget)}")
        budget -= len(brought)
    return "".join(parts)


def risk_matrix(numbered: list[tuple[int, Any]]) -> str:
    """Likelihood (across) × impact (up), each square shaded by its score in its band's colour
    with the score as a figure, and the numbers of the risks in it: text as well as colour."""
    steps = labels.RISK_STEPS
    cells: dict[tuple[int, int], list[str]] = {}
    for number, risk in numbered:
        cells.setdefault((risk.likelihood, risk.impact), []).append(str(number))
    impact_title = _e(labels.field_label("risk", "impact"))
    rows = []
    for impact in range(steps, 0, -1):
        word = _e(labels.label("risk_scale", str(impact)))
        row = [f"<td align='right'><b>{impact}</b> {word}</td>"]
        for likelihood in range(1, steps + 1):
            score = likelihood * impact
            shade = labels.risk_shade(score).name()
            inside = ", ".join(cells.get((likelihood, impact), []))
            row.append(
                f"<td bgcolor='{shade}' align='center' width='15%'><font color='#1f2933'>"
                f"<small>{score}</small><br><b>{inside or '&nbsp;'}</b></font></td>"
            )
        rows.append("<tr>" + "".join(row) + "</tr>")
    foot = [f"<td>{impact_title} ↑</td>"] + [
        f"<td align='center'><b>{step}</b><br>{_e(labels.label('risk_scale', str(step)))}</td>"
        for step in range(1, steps + 1)
    ]
    likelihood_title = _e(labels.field_label("risk", "likelihood"))
    legend = " · ".join(
        f"<span style='background-color:{labels.risk_shade((low + high) // 2).name()}'>"
        f"&nbsp;&nbsp;&nbsp;</span> {_e(labels.tr(term.label))} {low}–{high}"
        for term, low, high in labels.risk_bands()
    )
    return (
        "<table cellspacing='0' cellpadding='6' border='1'>"
        + "".join(rows)
        + "<tr>"
        + "".join(foot)
        + "</tr></table>"
        + f"<p>{likelihood_title} → · {_e(_tr('score = likelihood × impact'))}: {legend}</p>"
    )


def risks(snap: Snapshot, _agenda_item: int | None) -> str:
    """The matrix of the risks the room may see, numbered among themselves (a hidden risk
    leaves no gap in the numbers), then the list of them."""
    shown = agreed_order(snap.risks, "risk", snap.items)
    if not shown:
        return _nothing()
    numbered = list(enumerate(shown, start=1))
    rows: list[list[Cell]] = []
    for number, risk in numbered[:MAX_ROWS]:
        score = risk.likelihood * risk.impact
        band = labels.risk_term(score)
        partner = snap.partner(risk.partner_id)
        what = f"{_anchor('risk', risk.id)}<b>{number}</b>. {_e(risk.description)}"
        if risk.mitigation:
            mitigation = labels.field_label("risk", "mitigation")
            what += f"<br><i>{_e(mitigation)}: {_e(risk.mitigation)}</i>"
        rating = _e(f"{risk.likelihood} × {risk.impact} = {score} ({labels.tr(band.label)})")
        who = [_e(partner.label)] if partner is not None else []
        who += [_e(risk.owner)] if risk.owner else []
        who += [_e(date_text(risk.review_date))] if risk.review_date else []
        rows.append([what, choice("severity", band.value, rating), "<br>".join(who)])
    headers = [
        labels.field_label("risk", "description"),
        _tr("Likelihood × impact"),
        _tr("Carried by, owner, review"),
    ]
    return (
        risk_matrix(numbered)
        + _table([_e(h) for h in headers], rows)
        + _more(len(numbered) - MAX_ROWS)
    )


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
    date = _e(date_text(meeting.date))
    heading = f"<h2>{_anchor('meeting', meeting.id)}{_e(meeting.title)} {date}</h2>"
    headers = [labels.field_label("agenda_item", "title"), _tr("Planned")]
    return heading + _table([_e(h) for h in headers], rows)


def notes(_snap: Snapshot, _agenda_item: int | None) -> str:
    # Facilitator notes never reach the room, whatever their visibility.
    return f"<p><i>{_e(_tr('The facilitator is taking notes.'))}</i></p>"


def not_shown(_snap: Snapshot, _agenda_item: int | None) -> str:
    return f"<p><i>{_e(_tr('What this stage holds is not shown in the room.'))}</i></p>"


Renderer = Callable[[Snapshot, int | None], str]

#: Stages whose room page is not simply a table of their kind.
RENDERERS: dict[str, Renderer] = {
    "overview": overview,
    "positions": positions,
    "values": values,
    "disagreements": disagreements,
    "commitments": commitments,
    "contributions": contributions,
    "risks": risks,
    "meetings": meetings,
    "notes": notes,
}


@cache
def tables(stage: str) -> frozenset[str]:
    """The tables a stage's room page is drawn from (a change elsewhere leaves it as it is):
    the kinds edited at the stage that the room sees, the kinds inside them, and the kinds
    they refer to."""
    shown = {k.table for k in kinds.kinds() if k.stage == stage and k.room}
    shown |= {k.table for k in kinds.kinds() if k.room and any(p in shown for _, p in k.parents)}
    referred = {spec.ref for table in shown for spec in kinds.of(table).references}
    return frozenset({"workshop", *shown, *referred})


def render(stage: str, snap: Snapshot, agenda_item: int | None = None) -> str:
    """The room's page for ``stage``; ``snap`` must be the room-audience snapshot."""
    if snap.audience.kind != "room":
        raise ValueError("the room view shows only the room audience")
    renderer = RENDERERS.get(stage)
    if renderer is not None:
        return renderer(snap, agenda_item)
    table = registry.spec(stage).kind if stage in registry.STAGE_KEYS else None
    if table is None or not kinds.of(table).room:
        return not_shown(snap, agenda_item)
    return kind_list(snap, table)
