"""What every section of a foundations summary reads: the pack (one audience's snapshot, its
document control and its date), and how an item says who may see it and what its number is.

Sections never decide visibility: an item's marking is ``Snapshot.marking`` ("In confidence to
you", "Confidential to A, B", "Private"; nothing for a shared item) and its number
``workshop.review.number`` ("P12"), the same the review workbook's rows carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from exports import fonts, wording
from exports.pdf_style import (
    INK,
    MUTED,
    Para,
    Tag,
    fill,
    frag,
    hex_of,
    ink,
    para,
    rich,
    styles,
    text_frags,
)
from workshop import kinds, review, vocabulary
from workshop.issues import Control
from workshop.snapshot import Partner, Snapshot
from workshop.vocabulary import Translate, same

VISIBILITY = vocabulary.VISIBILITY
#: The order of sensitivity: a cell that shows several items takes the strongest's mark.
SENSITIVITY = {"shared": 0, "confidential": 1, "private": 2}


@dataclass(frozen=True, slots=True)
class Pack:
    """One printing of a foundations summary."""

    snap: Snapshot  # everything its audience may see (terms, issues, kept states…)
    shown: Snapshot  # only the kinds whose declarations put them in the PDF
    control: Control
    today: date
    tr: Translate = same

    @property
    def kind(self) -> str:
        return self.snap.audience.kind

    def say(self, text: str, *values: object) -> str:
        return wording.say(self.tr, text, *values)

    def marking(self, table: str, item: Any) -> str:
        """What ``item`` says about who may see it, to this pack's reader ("" if shared)."""
        return self.snap.marking(table, item, self.tr)

    def number(self, table: str, item: Any) -> str:
        """The item's stable number ("P12"), or "" for a kind partners do not review by item."""
        return review.number(table, item.id) if kinds.of(table).code else ""

    @property
    def who(self) -> str:
        """Whom the pack is for, in a few words: "all partners", a partner's name, "the broker"."""
        audience = self.snap.audience
        if audience.kind == "partner":
            partner = self.snap.partner(audience.partner_id)
            return partner.name if partner is not None else "this partner"
        return self.tr(wording.WHO_BROKER if audience.kind == "broker" else wording.WHO_ROOM)


def visibility_of(item: Any) -> str:
    return str(getattr(item, "visibility", "shared") or "shared")


def symbol(visibility: str) -> str:
    term = VISIBILITY.term(visibility)
    return term.symbol if term is not None else ""


def mark_colour(visibility: str) -> Any:
    return ink(VISIBILITY.term(visibility), INK)


def _mark_para(mark: str, text: str, colour: Any) -> Para:
    style = styles()["mark"]
    parts = [frag(style, mark + " ", font=fonts.FALLBACK, colour=colour)] if mark else []
    return rich([*parts, *text_frags(text, style, colour=colour)], "mark")


def mark_flowable(pack: Pack, table: str, item: Any, width: float) -> Flowable | None:
    """The item's marking as a line in its visibility's ink, or None when it is shared.

    ``width`` is the room the cell gives it (less its padding)."""
    text = pack.marking(table, item)
    if not text:
        return None
    visibility = visibility_of(item)
    fonts.load(fonts.FALLBACK)
    colour = mark_colour(visibility)
    tag = Tag(symbol(visibility), text, colour)
    if fonts.plain(text) and tag.fits(width - 10):
        return tag
    return _mark_para(symbol(visibility), text, colour)


def with_mark(
    pack: Pack, table: str, item: Any, shown: list[Any] | Any, width: float
) -> list[Any] | Any:
    """A cell's content followed by the item's marking (the content as it was when shared)."""
    tag = mark_flowable(pack, table, item, width)
    if tag is None:
        return shown
    cell = list(shown) if isinstance(shown, list) else [shown]
    if cell and isinstance(cell[0], str):
        cell[0] = Para(fonts.markup(cell[0]), styles()["cell"])
    return [*cell, tag]


def strongest(items: Iterable[Any]) -> str:
    """The most sensitive visibility among ``items`` (what a cell showing them all is marked)."""
    found = "shared"
    for item in items:
        visibility = visibility_of(item)
        if SENSITIVITY.get(visibility, 2) > SENSITIVITY[found]:
            found = visibility
    return found


def grid_legend(pack: Pack, used: set[str]) -> str:
    """What a grid's marks mean, for this reader ("◐ In confidence to you.")."""
    parts = []
    for visibility in ("confidential", "private"):
        if visibility not in used:
            continue
        if pack.kind == "partner":
            words = vocabulary.item_marking("partner", visibility, [], pack.tr)
        elif visibility == "private":
            words = pack.tr(wording.GRID_PRIVATE)
        else:
            words = pack.tr(wording.GRID_CONFIDENTIAL)
        parts.append(pack.say(wording.MARKED_LEGEND, symbol(visibility), words))
    return " ".join(parts)


def count_text(pack: Pack, table: str, items: list[Any] | tuple[Any, ...]) -> str:
    """A count that says what it includes: "7 positions, 2 of them in confidence to you";
    "7 positions, 2 of them confidential and 1 private" in the broker's record."""
    kind = kinds.of(table)
    total = wording.plural(len(items), pack.tr(kind.noun), pack.tr(kind.plural))
    if pack.kind == "room":
        return total
    by: dict[str, int] = {}
    for item in items:
        visibility = visibility_of(item)
        if visibility != "shared":
            by[visibility] = by.get(visibility, 0) + 1
    if not by:
        return total
    if pack.kind == "partner":
        words = vocabulary.item_marking("partner", "confidential", [], pack.tr)
        return pack.say(wording.OF_THEM, total, sum(by.values()), words[0].lower() + words[1:])
    counts = [
        (by[v], pack.tr(VISIBILITY.label(v)).lower())
        for v in ("confidential", "private")
        if v in by
    ]
    (first, word), *rest = counts
    tail = wording.listed(pack.tr, [word, *(f"{n} {w}" for n, w in rest)])
    return pack.say(wording.OF_THEM, total, first, tail)


def number_cell_commands(column: int = 0, first_row: int = 1) -> list[tuple[Any, ...]]:
    """A table's item-number column: small and muted, so it is there to refer to, not to read."""
    return [
        ("FONT", (column, first_row), (column, -1), fonts.SANS, 7, 10),
        ("TEXTCOLOR", (column, first_row), (column, -1), MUTED),
        ("RIGHTPADDING", (column, 0), (column, -1), 2),
    ]


def mark_background(visibility: str) -> Any:
    return fill(VISIBILITY.term(visibility))


# --- partners, each in its own colour throughout -----------------------------------------------

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def colour_hex(partner: Partner | None) -> str:
    value = partner.colour if partner is not None else ""
    return value if _HEX.match(value or "") else hex_of(MUTED)


def partner_markup(partner: Partner | None, *, bold: bool = False, full: bool = False) -> str:
    """A partner's name with its colour square (the same colour everywhere in the document)."""
    if partner is None:
        return fonts.markup("—")
    name = partner.name if full else partner.label
    # A small block of the partner's colour: the background of two no-break spaces.
    swatch = f'<font backColor="{colour_hex(partner)}">\u00a0\u00a0</font>\u00a0 '
    return swatch + fonts.markup(name, bold=bold)


def partner_frags(partner: Partner | None, style: str = "cell", *, full: bool = False) -> list[Any]:
    """:func:`partner_markup` as runs (no parsing)."""
    chosen = styles()[style]
    if partner is None:
        return text_frags("—", chosen)
    name = partner.name if full else partner.label
    swatch = frag(chosen, "\u00a0\u00a0", back=colors.HexColor(colour_hex(partner)))
    return [swatch, frag(chosen, "\u00a0 "), *text_frags(name, chosen)]


def partner_para(partner: Partner | None, style: str = "cell", *, full: bool = False) -> Para:
    return rich(partner_frags(partner, style, full=full), style)


def partner_heads(partners: list[Partner], width: float, extra: list[Any]) -> list[Any]:
    """Header cells naming partners (columns from 1), each underlined in the partner's colour."""
    cells: list[Any] = []
    for column, partner in enumerate(partners, start=1):
        extra.append(("LINEBELOW", (column, 0), (column, 0), 3, colour_hex(partner)))
        name = partner.label
        fits = pdfmetrics.stringWidth(name, fonts.SANS_BOLD, 8) <= width - 10
        cells.append(name if fonts.plain(name, bold=True) and fits else para(name, "head"))
    return cells
