"""The foundations summary PDF: page frame, running marks, outline and the build with progress.

The sections themselves are in ``exports.pdf_sections``; the shared styles and helpers in
``exports.pdf_style``. Works only from an audience-filtered :class:`~workshop.snapshot.Snapshot`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exports import fonts
from exports.errors import ExportCancelled
from exports.pdf_style import (
    ACCENT,
    MARGIN,
    MUTED,
    RULE,
    Heading,
    audience_colour,
)
from workshop import vocabulary
from workshop.snapshot import Snapshot

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

HEADER_GAP = 14.0
PAGE_W, PAGE_H = A4


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


def short_marking(snapshot: Snapshot) -> str:
    """The audience in a few words, for the running head (the footer carries the full marking):
    the vocabulary's short marking, with a partner's full name."""
    audience = snapshot.audience
    partner = snapshot.partner(audience.partner_id)
    name = partner.name if partner is not None else "this partner"
    return vocabulary.fill_in(vocabulary.marking(audience.kind).short, name)


class _MarkedCanvas(Canvas):  # type: ignore[misc]
    """Draws the running header and footer once the page count is known ("page x of y")."""

    def __init__(
        self,
        *args: Any,
        title: str = "",
        marking: str = "",
        short: str = "",
        tint: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._title = title
        self._marking = marking
        self._short = short
        self._tint = tint

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width = PAGE_W - 2 * MARGIN
        top = PAGE_H - MARGIN + HEADER_GAP
        self.saveState()
        self.setFillColor(ACCENT)
        _draw_line(self, MARGIN, top, fit_line(self._title, 8, width * 0.55, bold=True), 8, True)
        self.setFillColor(self._tint)
        marking = fit_line(self._short, 7.5, width * 0.44)
        marking_width = fonts.string_width(marking, 7.5)
        _draw_line(self, PAGE_W - MARGIN - marking_width, top, marking, 7.5, False)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 5, PAGE_W - MARGIN, top - 5)
        bottom = MARGIN - 22
        self.line(MARGIN, bottom + 10, PAGE_W - MARGIN, bottom + 10)
        self.setFillColor(MUTED)
        page = f"Page {self._pageNumber} of {total}"
        self.setFont(fonts.SANS, 7.5)
        self.drawRightString(PAGE_W - MARGIN, bottom, page)
        self.setFillColor(self._tint)
        for index, line in enumerate(footer_lines(self._marking, width - 80)):
            _draw_line(self, MARGIN, bottom - index * FOOTER_LEADING, line, 7.5, False)
        self.restoreState()


FOOTER_LEADING = 8.5
FOOTER_LINES = 3


def footer_lines(marking: str, width: float) -> list[str]:
    """The full audience marking in up to three lines (so a partner's long name is whole), the
    last shortened with … only past that."""
    logical = fonts.break_lines(" ".join(marking.split()), width, 7.5)
    shown = [fit_line(line, 7.5, width) for line in logical[: FOOTER_LINES - 1]]
    rest = " ".join(logical[FOOTER_LINES - 1 :])
    return [*shown, fit_line(rest, 7.5, width)] if rest else shown


class _SummaryDoc(BaseDocTemplate):  # type: ignore[misc]
    """Adds outline entries for headings, reports progress and honours cancel."""

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
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level, closed=False)
            self.canv.showOutline()  # open with the bookmarks pane showing
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
) -> None:
    """Write the foundations summary for ``snapshot``'s audience to ``target`` (a temp path)."""
    from reportlab import rl_config

    from exports import pdf_record

    rl_config.useA85 = 0  # binary streams: smaller files, and no time spent on ASCII85
    fonts.register()
    story = pdf_record.story(snapshot, cancel)
    if progress is not None:
        progress(0, len(story))
    workshop = snapshot.workshop
    title = workshop.title or "Untitled workshop"
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
        title=f"Foundations summary: {title}",
        author=workshop.facilitator or "Common Ground",
        subject=snapshot.audience_label,
        creator="Common Ground",
        lang=workshop.language or "en-GB",
    )
    tint = audience_colour(snapshot.audience.kind)

    def canvasmaker(*args: Any, **kwargs: Any) -> _MarkedCanvas:
        return _MarkedCanvas(
            *args,
            title=title,
            marking=snapshot.audience_label,
            short=short_marking(snapshot),
            tint=tint,
            **kwargs,
        )

    doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(len(story), len(story))
