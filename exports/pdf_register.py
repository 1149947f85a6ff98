"""A plain register for a kind the foundations summary has no section of its own for, read off
its declaration (``workshop.kinds``): its title as the heading, each field as a column under its
label, a reference by the referenced item's ``main`` field, a choice by its vocabulary label.

So a new kind whose declaration says ``pdf=True`` is in every pack from the start; a section of
its own (a picture, a grid) can replace this register later.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from exports import fonts, wording
from exports.cells import in_pdf, number_text, shown
from exports.pdf_pack import Pack, count_text, number_cell_commands, partner_para, with_mark
from exports.pdf_sections import NUMBER_W, section
from exports.pdf_style import CONTENT_W, cell, date_text, grid, para
from workshop import kinds
from workshop.kinds import Field, Kind
from workshop.snapshot import Snapshot
from workshop.vocabulary import Translate, same

#: Who may see an item is not a column: the pack is for its audience already.
HIDDEN = frozenset({"visibility"})
#: The width a column that takes "the room left over" (``Field.width == 0``) counts as.
FLEXIBLE = 260
#: A table cell's padding, left and right, and a little air.
PADDING = 12.0


def columns(kind: Kind, broker: bool = False) -> list[Field]:
    return [spec for spec in kind.fields if spec.name not in HIDDEN and in_pdf(spec, broker)]


def widths(specs: list[Field], room: float = CONTENT_W) -> list[float]:
    """The app's column widths, scaled to the page; a column is never narrower than the longest
    word of its heading (taken from the wider columns), so no heading breaks inside a word."""
    wanted = [spec.width or FLEXIBLE for spec in specs]
    found = [room * w / sum(wanted) for w in wanted]
    least = [
        max(fonts.string_width(word, 8, bold=True) for word in spec.label.split()) + PADDING
        for spec in specs
    ]
    if sum(least) > room:  # too many columns to keep every heading whole
        return found
    for _ in range(len(specs)):
        short = sum(max(low - w, 0) for w, low in zip(found, least, strict=True))
        if short <= 0.01:
            break
        spare = [max(w - low, 0) for w, low in zip(found, least, strict=True)]
        total = sum(spare)
        found = [
            max(w, low) - (short * room / total if total else 0)
            for w, low, room in zip(found, least, spare, strict=True)
        ]
    return found


def _value(snap: Snapshot, spec: Field, item: Any, width: float, tr: Translate = same) -> Any:
    value = getattr(item, spec.name)
    if value is None or value == "":
        return "—"
    if spec.type == "ref":
        if spec.ref == "partner":
            return partner_para(snap.partner(value))
        target = kinds.of(spec.ref)
        found = snap.by_id(spec.ref).get(value)
        if found is None:
            return "—"
        return cell(str(shown(target.field(target.main), tr)(getattr(found, target.main))), width)
    if spec.type == "date":
        return date_text(value)
    if spec.type in ("int", "float"):
        return number_text(value) if isinstance(value, int | float) else str(value)
    if spec.type == "text":
        return para(value, "cell")
    return cell(str(shown(spec, tr)(value)), width)


def register(pack: Pack, table: str) -> list[Flowable]:
    """``table``'s items as a register under the kind's title (nothing if it has none): each
    item's number first when partners review it, its marking under its first column."""
    snap = pack.shown
    kind = kinds.of(table)
    items = snap.items(table)
    if not items:
        return []  # a register of nothing says nothing
    out = section(pack, kind.title)
    out.append(para(count_text(pack, table, items), "small"))
    specs = columns(kind, pack.kind == "broker")
    numbered = bool(kind.code)
    sizes = widths(specs, CONTENT_W - (NUMBER_W if numbered else 0))
    rows: list[list[Any]] = [
        [
            *([pack.tr(wording.COL_NO)] if numbered else []),
            *(para(pack.tr(spec.label), "head") for spec in specs),
        ]
    ]
    for item in items:
        values = [
            _value(snap, spec, item, w, pack.tr) for spec, w in zip(specs, sizes, strict=True)
        ]
        if values:
            values[0] = with_mark(pack, table, item, values[0], sizes[0])
        rows.append([*([pack.number(table, item)] if numbered else []), *values])
    all_widths = [*([NUMBER_W] if numbered else []), *sizes]
    out.append(grid(rows, all_widths, extra=number_cell_commands() if numbered else []))
    return out
