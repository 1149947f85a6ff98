"""The foundations summary PDF: page frame, running head and foot with document control, the
outline and the contents, and the build with progress.

The sections themselves are in ``exports.pdf_first``, ``exports.pdf_sections``,
``exports.pdf_record`` and their neighbours; the shared styles and helpers in
``exports.pdf_style``. Works only from an audience-filtered :class:`~workshop.snapshot.Snapshot`.

Pages are kept until the page count is known ("Page x of y"), then decorated and written. So are
the headings' bookmarks and the contents' page numbers: a bookmark made while its page is held
would point at the page the document is writing, not the one the heading is on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exports import documents, fonts, wording
from exports.errors import ExportCancelled
from exports.pdf_style import (
    ACCENT,
    FAINT,
    INK,
    MARGIN,
    MUTED,
    RULE,
    audience_colour,
)
from workshop import vocabulary
from workshop.issues import Control
from workshop.snapshot import Snapshot
from workshop.vocabulary import Translate, same

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

HEADER_GAP = 14.0
PAGE_W, PAGE_H = A4
FOOTER_LEADING = 8.5
FOOTER_LINES = 3


def _draw_line(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool) -> float:
    """Draw one visual-order line run by run at (x, y); return its width."""
    start = x
    for run in fonts.runs(text, bold=bold):
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += canvas.stringWidth(run.text, run.font, size)
    return x - start


def fit_line(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """The first line of ``text`` (drawable, visual order), shortened with … to fit ``width``."""
    line = fonts.lines(text)[0] if text else ""
    if fonts.string_width(line, size, bold=bold) <= width:
        return line
    low, high = 0, len(line)
    while low < high:
        mid = (low + high + 1) // 2
        if fonts.string_width(line[:mid] + "…", size, bold=bold) <= width:
            low = mid
        else:
            high = mid - 1
    return line[:low].rstrip() + "…"


def short_marking(snapshot: Snapshot, tr: Translate = same) -> str:
    """The audience in a few words, for the running head (the footer carries the full marking):
    the vocabulary's short marking, with a partner's full name."""
    audience = snapshot.audience
    partner = snapshot.partner(audience.partner_id)
    name = partner.name if partner is not None else "this partner"
    return vocabulary.fill_in(tr(vocabulary.marking(audience.kind).short), name)


def footer_lines(marking: str, width: float) -> list[str]:
    """The full audience marking in up to three lines (so a partner's long name is whole), the
    last shortened with … only past that."""
    logical = fonts.break_lines(" ".join(marking.split()), width, 7.5)
    shown = [fit_line(line, 7.5, width) for line in logical[: FOOTER_LINES - 1]]
    rest = " ".join(logical[FOOTER_LINES - 1 :])
    return [*shown, fit_line(rest, 7.5, width)] if rest else shown


class Contents(Flowable):  # type: ignore[misc]
    """The contents: one line per heading with its page number, each a link to it. Its size is
    known at once (the headings are); the page numbers are drawn when the pages are written."""

    LINE = 15.0

    def __init__(self, entries: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = entries  # (key, title, level)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.entries) * self.LINE
        return self.width, self.height

    def draw(self) -> None:
        place = getattr(self.canv, "contents_here", None)
        if place is not None:
            left, top = self.canv.absolutePosition(0, self.height)
            place(self.entries, left, top, self.width, self.LINE)


class _MarkedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages until their count is known, then draws the running head and foot, the
    contents' page numbers and the headings' bookmarks on each."""

    def __init__(
        self,
        *args: Any,
        title: str = "",
        marking: str = "",
        short: str = "",
        tag: str = "",
        control: str = "",
        tint: Any = None,
        page_of: str = wording.PAGE_OF,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._title = title
        self._marking = marking
        self._short = short
        self._tag = tag
        self._control = control
        self._tint = tint
        self._page_of = page_of
        self._headings: list[tuple[str, str, int, float]] = []
        self._contents: list[tuple[list[tuple[str, str, int]], float, float, float, float]] = []

    # Called by the flowables while a page is laid out.
    def bookmark_heading(self, key: str, title: str, level: int, top: float) -> None:
        self._headings.append((key, title, level, top))

    def contents_here(
        self,
        entries: list[tuple[str, str, int]],
        left: float,
        top: float,
        width: float,
        line: float,
    ) -> None:
        self._contents.append((entries, left, top, width, line))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._headings = []
        self._contents = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        page_of: dict[str, int] = {}
        for number, state in enumerate(self._pages, start=1):
            for key, *_ in state["_headings"]:
                page_of[key] = number
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            for placed in self._contents:
                self._draw_contents(page_of, *placed)
            for key, title, level, top in self._headings:
                self.bookmarkPage(key, fit="XYZ", top=top + 6)
                self.addOutlineEntry(title, key, level=level, closed=False)
            super().showPage()
        if page_of:
            self.showOutline()  # open with the bookmarks pane showing
        super().save()

    def _draw_contents(
        self,
        page_of: dict[str, int],
        entries: list[tuple[str, str, int]],
        left: float,
        top: float,
        width: float,
        line: float,
    ) -> None:
        self.saveState()
        for index, (key, title, level) in enumerate(entries):
            y = top - (index + 1) * line + 4
            indent = 14.0 * level
            bold = level == 0
            size = 9.5 if bold else 8.5
            number = str(page_of.get(key, ""))
            number_w = fonts.string_width(number, size)
            shown = fit_line(title, size, width - indent - number_w - 30, bold=bold)
            self.setFillColor(INK if bold else MUTED)
            drawn = _draw_line(self, left + indent, y, shown, size, bold)
            self.setFillColor(FAINT)
            self.setFont(fonts.SANS, size)
            dots_from = left + indent + drawn + 6
            dots_to = left + width - number_w - 6
            dot = self.stringWidth(". ", fonts.SANS, size)
            if dots_to > dots_from:
                self.drawString(dots_from, y, ". " * int((dots_to - dots_from) // dot))
            self.setFillColor(INK)
            self.drawRightString(left + width, y, number)
            self.linkAbsolute(title, key, Rect=(left, y - 4, left + width, y + line - 4))
        self.restoreState()

    def _decorate(self, total: int) -> None:
        width = PAGE_W - 2 * MARGIN
        top = PAGE_H - MARGIN + HEADER_GAP
        self.saveState()
        # The head: the title on the left; the issue and the short marking, whole, on the right.
        right = f"{self._tag} · {self._short}" if self._tag else self._short
        right = fit_line(right, 7.5, width * 0.62)
        right_width = fonts.string_width(right, 7.5)
        self.setFillColor(ACCENT)
        title = fit_line(self._title, 8, width - right_width - 12, bold=True)
        _draw_line(self, MARGIN, top, title, 8, True)
        self.setFillColor(self._tint)
        _draw_line(self, PAGE_W - MARGIN - right_width, top, right, 7.5, False)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 5, PAGE_W - MARGIN, top - 5)
        # The foot: document control and the page, then the whole marking.
        rule = MARGIN - 6
        self.line(MARGIN, rule, PAGE_W - MARGIN, rule)
        first = rule - 9
        self.setFillColor(MUTED)
        page = wording.fill(self._page_of, self._pageNumber, total)
        self.setFont(fonts.SANS, 7.5)
        self.drawRightString(PAGE_W - MARGIN, first, page)
        page_w = fonts.string_width(page, 7.5) + 12
        _draw_line(self, MARGIN, first, fit_line(self._control, 7, width - page_w), 7, False)
        self.setFillColor(self._tint)
        for index, line in enumerate(footer_lines(self._marking, width - 80), start=1):
            _draw_line(self, MARGIN, first - index * FOOTER_LEADING, line, 7.5, False)
        self.restoreState()


class _SummaryDoc(BaseDocTemplate):  # type: ignore[misc]
    """Reports progress and honours cancel."""

    def __init__(
        self,
        target: str,
        total: int,
        progress: Progress | None,
        cancel: Cancel | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(target, **kwargs)
        self._total = max(total, 1)
        self._done = 0
        self._progress = progress
        self._cancel = cancel
        frame = Frame(
            MARGIN,
            MARGIN,
            PAGE_W - 2 * MARGIN,
            PAGE_H - 2 * MARGIN,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += 1
        if self._done % 25 == 0:
            if self._cancel is not None and self._cancel():
                raise ExportCancelled()
            if self._progress is not None:
                self._progress(min(self._done, self._total), self._total)


def write_pdf(
    snapshot: Snapshot,
    target: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    control: Control | None = None,
    tr: Translate = same,
) -> None:
    """Write the foundations summary for ``snapshot``'s audience to ``target`` (a temp path),
    with ``control`` (``workshop.issues.control``: the latest issue, if none is given)."""
    from reportlab import rl_config

    from exports import pdf_record
    from workshop import issues

    rl_config.useA85 = 0  # binary streams: smaller files, and no time spent on ASCII85
    fonts.register()
    if control is None:
        control = issues.control(snapshot)
    today = date.fromisoformat(control.printed_at[:10])
    story = pdf_record.story(snapshot, control, today, cancel, tr)
    if progress is not None:
        progress(0, len(story))
    workshop = snapshot.workshop
    title = workshop.title or tr(wording.UNTITLED)
    doc = _SummaryDoc(
        str(target),
        total=len(story),
        progress=progress,
        cancel=cancel,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=documents.document_title(snapshot, control, tr),
        author=workshop.facilitator or "Common Ground",
        subject=snapshot.audience_text(tr),
        keywords=[documents.control_line(snapshot, control, tr)],
        creator="Common Ground",
        lang=workshop.language or "en-GB",
        displayDocTitle=True,  # viewers show the title (whom it is for), not the file name
    )
    tint = audience_colour(snapshot.audience.kind)

    def canvasmaker(*args: Any, **kwargs: Any) -> _MarkedCanvas:
        return _MarkedCanvas(
            *args,
            title=title,
            marking=snapshot.audience_text(tr),
            short=short_marking(snapshot, tr),
            tag=documents.issue_tag(control, tr),
            control=documents.control_line(snapshot, control, tr),
            tint=tint,
            page_of=tr(wording.PAGE_OF),
            **kwargs,
        )

    doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(len(story), len(story))
