"""The zone of possible agreement on one numeric term, drawn (no image files).

Each partner that set hard limits is a row: its acceptable range a bar on one shared axis (an
arrow where it set no limit that way), its preferred value a diamond. A solid end is a red line,
a dashed end a bottom line. Where every range meets, the zone is shaded and labelled; where they
do not, the gap between the binding limits is hatched and labelled with its size. The numbers,
the labels and the legend say everything the colours say: it reads in greyscale too.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports import fonts, wording
from exports.pdf_style import CONTENT_W, INK, MUTED, RULE, partner_colour
from workshop import vocabulary
from workshop.negotiation import Range, Zone, number_text

ZONE_FILL = colors.HexColor(vocabulary.GREEN_FILL)
ZONE_INK = colors.HexColor(vocabulary.GREEN)
GAP_INK = colors.HexColor(vocabulary.RED)


def nice_step(span: float, wanted: int = 6) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about ``wanted`` ticks."""
    raw = max(span, 1e-9) / wanted
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def axis_of(zone: Zone) -> tuple[float, float, float]:
    """(start, end, step) of an axis that shows every limit and preferred value with room."""
    values = [v for r in zone.ranges for v in (r.low, r.high, r.preferred) if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 10.0)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.18
    if low >= 0 and any(r.low is None for r in zone.ranges):
        low, pad = 0.0, 0.0  # no lower limit: the axis starts where the scale does
    step = nice_step(high - low + 2 * pad)
    start = math.floor((low - pad) / step) * step
    end = math.ceil((high + (high - low) * 0.18) / step) * step
    return start, end, step


class ZoneChart(Flowable):  # type: ignore[misc]
    """One numeric term's ranges on one axis, the zone shaded or the gap hatched."""

    LABEL_W = 40 * mm
    ROW_H = 8.5 * mm
    TOP = 8 * mm  # the zone's or gap's label
    BOTTOM = 10 * mm  # the axis and its numbers
    BAR_H = 3.2 * mm

    def __init__(
        self, zone: Zone, marks: dict[int, str], tr: Any = wording.same, width: float = CONTENT_W
    ) -> None:
        """``marks``: partner id -> the visibility symbol of a range that is not shared."""
        super().__init__()
        self.zone = zone
        self.marks = marks
        self.tr = tr
        self.width = width
        self.height = self.TOP + len(zone.ranges) * self.ROW_H + self.BOTTOM
        self.start, self.end, self.step = axis_of(zone)
        self.left = self.LABEL_W
        self.right = width - 6 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def x(self, value: float) -> float:
        share = (value - self.start) / (self.end - self.start)
        return float(self.left + share * (self.right - self.left))

    def row_y(self, index: int) -> float:
        """The centre line of range ``index`` (the first at the top)."""
        return float(self.height - self.TOP - (index + 0.5) * self.ROW_H)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._zone_or_gap()
        for index, each in enumerate(self.zone.ranges):
            self._range(index, each)
        self._axis()
        canvas.restoreState()

    def _zone_or_gap(self) -> None:
        canvas = self.canv
        zone = self.zone
        bottom = self.BOTTOM
        top = self.height - self.TOP + 0.5 * mm
        unit = zone.term.unit
        if zone.open:
            low = self.x(zone.low) if zone.low is not None else self.left
            high = self.x(zone.high) if zone.high is not None else self.right
            canvas.setFillColor(ZONE_FILL)
            canvas.setStrokeColor(ZONE_INK)
            canvas.setLineWidth(0.8)
            canvas.setDash(2, 2)
            canvas.rect(low, bottom, max(high - low, 1.5), top - bottom, stroke=1, fill=1)
            canvas.setDash()
            ends = (
                number_text(zone.low) if zone.low is not None else "…",
                number_text(zone.high, unit) if zone.high is not None else "…",
            )
            label = f"{self.tr(wording.ZONE_LABEL)} {ends[0]}–{ends[1]}"
            self._label((low + high) / 2, self.height - 3 * mm, label, ZONE_INK)
            return
        assert zone.low is not None and zone.high is not None
        low, high = self.x(zone.high), self.x(zone.low)
        canvas.setStrokeColor(GAP_INK)
        canvas.setLineWidth(0.6)
        path = canvas.beginPath()
        path.rect(low, bottom, high - low, top - bottom)
        canvas.saveState()
        canvas.clipPath(path, stroke=1, fill=0)
        step = 2.2 * mm
        span = top - bottom
        position = low - span
        while position < high:
            canvas.line(position, bottom, position + span, top)
            position += step
        canvas.restoreState()
        label = f"{self.tr(wording.GAP_LABEL)} {number_text(zone.gap)} {unit}".strip()
        self._label((low + high) / 2, self.height - 3 * mm, label, GAP_INK)

    def _label(self, centre: float, y: float, text: str, colour: Any) -> None:
        canvas = self.canv
        canvas.setFillColor(colour)
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        width = fonts.string_width(text, 7.5, bold=True)
        left = min(max(centre - width / 2, self.left), self.right - width)
        canvas.drawString(left, y, text)

    def _range(self, index: int, each: Range) -> None:
        canvas = self.canv
        y = self.row_y(index)
        colour = partner_colour(each.partner.colour)
        # The partner: a square of its colour, its name, and its range's mark if not shared.
        canvas.setFillColor(colour)
        canvas.rect(0, y - 1.6 * mm, 3.2 * mm, 3.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(INK)
        name = each.partner.label
        mark = self.marks.get(each.partner.id, "")
        x = 4.8 * mm
        for run in fonts.runs(fonts.lines(name)[0], bold=True):
            canvas.setFont(run.font, 8)
            canvas.drawString(x, y - 1.2 * mm, run.text)
            x += canvas.stringWidth(run.text, run.font, 8)
        if mark:
            canvas.setFont(fonts.FALLBACK, 8)
            canvas.drawString(x + 2, y - 1.2 * mm, mark)
        low = self.x(each.low) if each.low is not None else self.left
        high = self.x(each.high) if each.high is not None else self.right
        pale = colors.linearlyInterpolatedColor(colors.white, colour, 0, 1, 0.45)
        canvas.setFillColor(pale)
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(0.6)
        canvas.rect(low, y - self.BAR_H / 2, max(high - low, 1), self.BAR_H, stroke=1, fill=1)
        for end, value, at in (("low", each.low, low), ("high", each.high, high)):
            if value is None:
                self._arrow(at, y, -1 if end == "low" else 1)
                continue
            red = each.line_at(end).red
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(2.2 if red else 1.2)
            if not red:
                canvas.setDash(1.5, 1.2)
            canvas.line(at, y - 2.6 * mm, at, y + 2.6 * mm)
            canvas.setDash()
            canvas.setFillColor(INK)
            canvas.setFont(fonts.SANS_BOLD, 6.5)
            canvas.drawCentredString(at, y + 3.1 * mm, number_text(value))
        if each.preferred is not None:
            self._diamond(self.x(each.preferred), y)

    def _arrow(self, x: float, y: float, direction: int) -> None:
        canvas = self.canv
        canvas.setFillColor(MUTED)
        path = canvas.beginPath()
        tip = x + direction * 2.4 * mm
        path.moveTo(tip, y)
        path.lineTo(x, y + 1.8 * mm)
        path.lineTo(x, y - 1.8 * mm)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    def _diamond(self, x: float, y: float) -> None:
        canvas = self.canv
        size = 1.9 * mm
        path = canvas.beginPath()
        path.moveTo(x, y + size)
        path.lineTo(x + size, y)
        path.lineTo(x, y - size)
        path.lineTo(x - size, y)
        path.close()
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.drawPath(path, stroke=1, fill=1)

    def _axis(self) -> None:
        canvas = self.canv
        y = self.BOTTOM - 1.5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(self.left, y, self.right, y)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.SANS, 6.5)
        value = self.start
        while value <= self.end + self.step / 1000:
            x = self.x(value)
            canvas.line(x, y, x, y - 1.2 * mm)
            canvas.drawCentredString(x, y - 4 * mm, number_text(round(value, 6)))
            value += self.step
        if self.zone.term.unit:
            canvas.drawRightString(self.right, y - 7.5 * mm, self.zone.term.unit)
