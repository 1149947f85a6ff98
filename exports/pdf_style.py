"""Colours, paragraph styles and small building blocks shared by the PDF sections."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaFrag

from exports import fonts
from workshop import vocabulary
from workshop.dates import long_date
from workshop.vocabulary import Term, Terms, Translate, same

MARGIN = 20 * mm
CONTENT_W = 210 * mm - 2 * MARGIN
#: The body frame's height: a flowable offered all of it is at the top of a page.
FRAME_H = 297 * mm - 2 * MARGIN
#: A table of up to this many rows is never split over two pages, if it is no taller than this.
SHORT_TABLE = 8
KEEP_WHOLE = FRAME_H / 3

# The document's own colours (its frame, headings and tables). Every colour that means something
# (a kind of position, a rating, a severity, an answer, a status, who a pack is for) is the
# vocabulary's, so the projector and the paper agree.
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor(vocabulary.GREY)
ACCENT = colors.HexColor("#0b5f5a")
ACCENT_LIGHT = colors.HexColor("#e3f1ef")
RULE = colors.HexColor("#d5dde5")
ZEBRA = colors.HexColor("#f6f8fa")
FAINT = colors.HexColor("#9aa5b1")  # the lines a signature goes on
RED = colors.HexColor(vocabulary.RED)
AMBER = colors.HexColor(vocabulary.AMBER)


def ink(term: Term | None, default: Any = INK) -> Any:
    """A term's text colour (its vocabulary ``ink``), or ``default`` if it has none."""
    return colors.HexColor(term.ink) if term is not None and term.ink else default


def fill(term: Term | None, default: Any = None) -> Any:
    """A term's pale background (its vocabulary ``fill``), or ``default`` if it has none."""
    return colors.HexColor(term.fill) if term is not None and term.fill else default


def hex_of(colour: Any) -> str:
    """``#rrggbb`` of a ReportLab colour, for paragraph markup."""
    return "#" + str(colour.hexval())[2:]


#: Stance colours, strongest first: (ink, fill).
KIND_COLOURS: dict[str, tuple[Any, Any]] = {
    term.value: (ink(term), fill(term)) for term in vocabulary.POSITION_KIND
}

#: Alignment 1 (not at all) .. 5 (fully): cell fills, pale to strong.
RATING_FILLS: dict[int, Any] = {int(term.value): fill(term) for term in vocabulary.ALIGNMENT}

#: The visibility whose colour marks each audience's pack: the most sensitive it may hold.
AUDIENCE_VISIBILITY = {"room": "shared", "partner": "confidential", "broker": "private"}


def audience_colour(kind: str) -> Any:
    """The marking colour: the room pack in shared's colour, a partner's pack in
    confidential's, the broker's record in private's (``vocabulary.VISIBILITY``)."""
    return ink(vocabulary.VISIBILITY.term(AUDIENCE_VISIBILITY.get(kind, "private")))


def date_text(iso: str) -> str:
    """``2027-01-15`` -> ``15 Jan 2027`` (``workshop.dates.long_date``: the month in the
    export's language); anything else unchanged."""
    return long_date(iso)


def partner_colour(value: str) -> Any:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return MUTED


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": fonts.SANS,
        "fontSize": 9.5,
        "leading": 13.5,
        "textColor": INK,
        "splitLongWords": 1,
        "allowWidows": 0,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    return {
        "title": _style(
            "title",
            fontName=fonts.SANS_BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        "subtitle": _style("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=14),
        "h1": _style(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=16,
            leading=21,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "h2": _style(
            "h2", fontName=fonts.SANS_BOLD, fontSize=12, leading=16, spaceBefore=12, spaceAfter=5
        ),
        "h3": _style(
            "h3", fontName=fonts.SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "body": _style("body", spaceAfter=4),
        "intro": _style("intro", textColor=MUTED, spaceAfter=8),
        "cell": _style("cell", fontSize=8.5, leading=11.5),
        "cell_bold": _style("cell_bold", fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11.5),
        "cell_muted": _style("cell_muted", fontSize=8, leading=11, textColor=MUTED),
        "head": _style(
            "head", fontName=fonts.SANS_BOLD, fontSize=8, leading=10.5, textColor=colors.white
        ),
        "small": _style("small", fontSize=8, leading=11, textColor=MUTED),
        "figure": _style(
            "figure", fontName=fonts.SANS_BOLD, fontSize=24, leading=28, textColor=ACCENT
        ),
        "centre": _style("centre", fontSize=8.5, leading=11.5, alignment=1),
        "mark": _style("mark", fontSize=7.5, leading=10),
        "number": _style("number", fontSize=7, leading=10, textColor=MUTED),
        "marking": _style(
            "marking", fontName=fonts.SANS_BOLD, fontSize=10.5, leading=15, textColor=colors.white
        ),
    }


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its layout for a width.

    A long table is measured again each time it splits across a page; without this, every
    remaining cell would be re-flowed each time (quadratic in the table's length).
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == available_width:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size)
        return size

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self._wrapped = None
        parts: list[Any] = super().split(available_width, available_height)
        return parts


def frag(
    style: ParagraphStyle,
    text: str,
    *,
    font: str | None = None,
    colour: Any = None,
    back: Any = None,
    line_break: bool = False,
) -> ParaFrag:
    """One run of a paragraph, built directly: user text is never parsed as markup."""
    part = ParaFrag()
    part.rise = 0
    part.greek = 0
    part.link = []
    part.us_lines = []
    part.fontName = font or style.fontName
    part.bold = 0
    part.italic = 0
    part.fontSize = style.fontSize
    part.textColor = colour if colour is not None else style.textColor
    part.text = text
    if back is not None:
        part.backColor = back
    if line_break:
        part.lineBreak = True
    return part


def text_frags(
    text: str, style: ParagraphStyle, *, bold: bool = False, colour: Any = None
) -> list[ParaFrag]:
    """User text as runs: line breaks kept, each run in a font that has its characters."""
    bold = bold or style.fontName == fonts.SANS_BOLD
    out: list[ParaFrag] = []
    for index, line in enumerate(fonts.lines(text)):
        if index:
            out.append(frag(style, "", line_break=True))
        out += [
            frag(style, run.text, font=run.font, colour=colour)
            for run in fonts.runs(line, bold=bold)
        ]
    return out


def rich(parts: list[ParaFrag], style: str = "body") -> Para:
    """A paragraph from runs (no markup parsing: fast, and user text stays literal)."""
    chosen = styles()[style]
    return Para("", chosen, frags=parts or [frag(chosen, "")])


class BidiPara(Para):
    """User text with right-to-left runs: broken into lines for the width it gets, then each
    line put in display order (and right-aligned when the text starts right to left)."""

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> None:
        self._source = text
        self._bold = bold or style.fontName == fonts.SANS_BOLD
        self._laid_for: float | None = None
        self._base = "R" if fonts.starts_rtl(text) else "L"
        if self._base == "R":
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=2)
        super().__init__("", style, frags=[frag(style, "")])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._laid_for != available_width:
            parts: list[ParaFrag] = []
            lines = fonts.break_lines(
                self._source, available_width, self.style.fontSize, bold=self._bold
            )
            for index, line in enumerate(lines):
                if index:
                    parts.append(frag(self.style, "", line_break=True))
                shown = fonts.drawable(fonts.visual(line, self._base))
                parts += [
                    frag(self.style, run.text, font=run.font)
                    for run in fonts.runs(shown, bold=self._bold)
                ]
            self._setup("", self.style, None, parts or [frag(self.style, "")], lambda t: t)
            self._laid_for = available_width
            self._wrapped = None
        return super().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        # The lines are fixed now: the parts are ordinary paragraphs of those lines.
        self.wrap(available_width, available_height)
        return Para("", self.style, frags=self.frags).split(available_width, available_height)


def para(text: str, style: str = "body", *, bold: bool = False) -> Para:
    """User text as a paragraph: literal, line breaks kept, each character in a font that has it."""
    if fonts.has_rtl(text):
        return BidiPara(text, styles()[style], bold=bold)
    return rich(text_frags(text, styles()[style], bold=bold), style)


def term_para(
    terms: Terms,
    value: str,
    style: str = "cell",
    *,
    bold: bool = False,
    short: bool = False,
    tr: Translate = same,
) -> Para:
    """A stored choice as its vocabulary label (or short label, through ``tr``) in the term's
    ink, as on screen."""
    text = tr(terms.short(value) if short else terms.label(value))
    return rich(text_frags(text, styles()[style], bold=bold, colour=ink(terms.term(value))), style)


def fixed(markup: str, style: str = "body") -> Para:
    """A paragraph of our own markup (labels we write, never user text)."""
    return Para(markup, styles()[style])


def cell(text: str, width: float, style: str = "cell") -> Para | str:
    """User text for a table cell: plain text when it fits on one line as it is (much faster
    to lay out than a paragraph), otherwise a paragraph that wraps."""
    chosen = styles()[style]
    if fonts.plain(text) and (
        pdfmetrics.stringWidth(text, chosen.fontName, chosen.fontSize) <= width - 11
    ):
        return text
    return para(text, style)


def bold_cells(first: tuple[int, int], last: tuple[int, int], colour: Any = INK) -> list[Any]:
    """Table commands drawing plain-text cells in bold, in ``colour``."""
    return [
        ("FONT", first, last, fonts.SANS_BOLD, 8.5, 11.5),
        ("TEXTCOLOR", first, last, colour),
    ]


class Heading(Para):
    """A section heading: an outline entry (bookmark) opening at the heading itself, and a line
    of the contents. Never split, never left alone at the foot of a page (callers put a
    ``CondPageBreak`` before it)."""

    _keys = itertools.count(1)

    def __init__(self, text: str, level: int = 0, style: str = "") -> None:
        super().__init__(
            fonts.markup(text, bold=True), styles()[style or ("h1" if level == 0 else "h2")]
        )
        self.outline = " ".join(fonts.lines(text))[:120] or "Section"
        self.level = level
        self.key = f"h{next(self._keys)}"

    def split(self, available_width: float, available_height: float) -> list[Any]:
        return []  # a heading moves to the next page whole

    def draw(self) -> None:
        super().draw()
        _, top = self.canv.absolutePosition(0, self.height)
        mark = getattr(self.canv, "bookmark_heading", None)
        if mark is not None:
            mark(self.key, self.outline, self.level, top)


class Grid(LongTable):  # type: ignore[misc]
    """A table that splits only between rows, so a row stays with its reasoning and its notes;
    a short one (``short``) never splits. Only a table offered a whole page that still does not
    fit splits inside a row (a 10,000-character statement)."""

    short = False

    def split(self, available_width: float, available_height: float) -> list[Any]:
        if available_height < FRAME_H - 1:  # not at the top of a page: move on rather than cut
            if self.short and self._height <= KEEP_WHOLE:
                return []
            self._calc(available_width, available_height)
            parts: list[Any] = self._splitRows(available_height, doInRowSplit=False)
            return parts
        found: list[Any] = super().split(available_width, available_height)
        return found


def _head_cell(label: Any, width: float) -> Any:
    """A header label as plain text when it fits its column, else a paragraph that wraps (a
    longer translation, or both languages side by side, would run into the next column)."""
    if not isinstance(label, str) or not width:
        return label
    if pdfmetrics.stringWidth(label, fonts.SANS_BOLD, 8) <= width - 10 and fonts.plain(label):
        return label
    return para(label, "head")


def grid(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
) -> Table:
    """A clean table: dark header row repeated on each page, light rules, rows that may split."""
    rows = list(map(list, rows))
    if header and rows:
        rows[0] = [_head_cell(label, width) for label, width in zip(rows[0], widths, strict=False)]
    # LongTable measures only the rows that fit when it splits: linear, not quadratic.
    table = Grid(
        rows,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.short = len(rows) - (1 if header else 0) <= SHORT_TABLE
    commands: list[tuple[Any, ...]] = [
        # Plain-text cells (see ``cell``) draw in the body font, like the paragraphs.
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8.5, 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), fonts.SANS_BOLD, 8, 10.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT),
        ]
    if zebra:
        start = 1 if header else 0
        commands += [("ROWBACKGROUNDS", (0, start), (-1, -1), [colors.white, ZEBRA])]
    commands += list(extra)
    table.setStyle(TableStyle(commands))
    return table


def heads(*labels: str) -> list[str]:
    """A header row of our own labels: plain text, styled white on the accent by ``grid``."""
    return list(labels)


class Labelled(Flowable):  # type: ignore[misc]
    """Short lines of plain text beside a bar in a partner's colour: a table cell that costs far
    less to lay out than a paragraph (or a per-row table style), for long registers."""

    LEADING = 11.5

    def __init__(self, colour: Any, lines: list[str]) -> None:
        super().__init__()
        self.colour = colour
        self.lines = lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines) * self.LEADING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.rect(0, 1, 2.5, self.height - 1, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.SANS, 8.5)
        for index, line in enumerate(self.lines):
            canvas.drawString(6, self.height - (index + 1) * self.LEADING + 3, line)


class Tag(Flowable):  # type: ignore[misc]
    """A one-line mark drawn straight on the canvas: a visibility's symbol and its words, in its
    ink. Far cheaper than a paragraph for the thousands of rows of a large record."""

    SIZE = 7.5
    LEADING = 10.0

    def __init__(self, mark: str, text: str, colour: Any) -> None:
        super().__init__()
        self.mark = mark
        self.text = text
        self.colour = colour
        self._gap = fonts.string_width(mark + " ", self.SIZE) if mark else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.LEADING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        if self.mark:
            canvas.setFont(fonts.FALLBACK, self.SIZE)
            canvas.drawString(0, 2, self.mark)
        canvas.setFont(fonts.SANS, self.SIZE)
        canvas.drawString(self._gap, 2, self.text)

    def fits(self, width: float) -> bool:
        return self._gap + fonts.string_width(self.text, self.SIZE) <= width


#: A grid cell's padding (``grid``'s defaults): left and right, top, bottom.
CELL_PADDING = (10.0, 4.0, 5.0)


def _cell_height(value: Any, width: float) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, str):
        return 11.5 * (value.count("\n") + 1)
    if isinstance(value, list | tuple):
        return sum(_cell_height(part, width) for part in value)
    _, height = value.wrap(width, FRAME_H)
    return float(height) + float(value.getSpaceBefore()) + float(value.getSpaceAfter())


def first_rows_height(table: Table, rows: int = 1) -> float:
    """The height of ``table``'s header (if it repeats one) and first ``rows`` rows, or of all
    of it when it never splits (``Grid.short``): what must fit with its heading."""
    pad_x, pad_top, pad_bottom = CELL_PADDING

    def height(shown: list[list[Any]]) -> float:
        total = 0.0
        for row in shown:
            cells = zip(row, table._colWidths, strict=False)
            tallest = max((_cell_height(v, w - pad_x) for v, w in cells), default=0.0)
            total += tallest + pad_top + pad_bottom
        return total

    if getattr(table, "short", False):
        whole = height(table._cellvalues)
        if whole <= KEEP_WHOLE:
            return whole
    return height(table._cellvalues[: table.repeatRows + rows])


class RoomFor(CondPageBreak):  # type: ignore[misc]
    """A page break unless the page has room for ``lead`` (a heading, a line under it) and the
    start of ``table`` (its header and first row; all of it if it never splits): so a heading
    is never left alone at the foot of a page."""

    def __init__(self, *lead: Flowable, table: Table | None = None, at_least: float = 0) -> None:
        super().__init__(at_least)
        self.lead = lead
        self.table = table
        self.at_least = at_least

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        needed = sum(_cell_height(f, available_width) for f in self.lead)
        if self.table is not None:
            needed += first_rows_height(self.table)
        self.height = min(max(needed + 2, self.at_least), FRAME_H - 1)
        found: tuple[float, float] = super().wrap(available_width, available_height)
        return found


def kept(lead: Sequence[Flowable], table: Table) -> list[Flowable]:
    """``lead`` (a heading and what introduces a table) kept with the start of ``table``."""
    return [RoomFor(*lead, table=table), *lead, table]


#: How many flowables may introduce a table (a heading, a line of facts, a count, spacers).
LEAD_LIMIT = 8


def keep_leads(story: list[Flowable]) -> list[Flowable]:
    """Every ``CondPageBreak`` that stands before a heading and the table it introduces becomes
    a :class:`RoomFor` them: the heading never ends a page without the table's first row. (A
    table marked ``lead``, a partner's name bar, is part of what introduces the next.)"""
    out: list[Flowable] = []
    for index, flowable in enumerate(story):
        if type(flowable) is CondPageBreak:
            lead: list[Flowable] = []
            for following in story[index + 1 : index + 1 + LEAD_LIMIT]:
                if isinstance(following, Table) and not getattr(following, "lead", False):
                    flowable = RoomFor(*lead, table=following, at_least=flowable.height)
                    break
                if type(following) is CondPageBreak:
                    continue  # the next lead: this one keeps room for it and its table too
                if not isinstance(following, Paragraph | Spacer | Table | Tag):
                    break
                lead.append(following)
        out.append(flowable)
    return out
