"""The risks section of the foundations summary: a risk matrix picture, then the register.

The matrix is likelihood (across) by impact (up), five by five. Each square is shaded by its score
(likelihood × impact) in the colour of its band, a severity of the vocabulary, darker as the score
rises, and carries the score as a figure; each risk is a numbered circle in its square, the number
its row in the register below. Nothing is told by colour alone: the figures, the numbers, the
axes' words and the legend say it all in print, in greyscale and to a colour-blind reader.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from exports import fonts, wording
from exports.pdf_pack import Pack, count_text, partner_para, with_mark
from exports.pdf_sections import nothing
from exports.pdf_style import (
    CONTENT_W,
    INK,
    MUTED,
    RULE,
    Heading,
    date_text,
    fill,
    fixed,
    grid,
    hex_of,
    ink,
    para,
)
from workshop import analysis, kinds, vocabulary
from workshop.snapshot import Risk

SCALE = vocabulary.RISK_SCALE
BANDS = vocabulary.SEVERITY
STEPS = len(SCALE)  # 1 to 5
TOP_SCORE = STEPS * STEPS


def score(risk: Risk) -> int:
    return risk.likelihood * risk.impact


def band_term(value: int) -> Any:
    return BANDS.term(analysis.risk_band(value))


def shade(value: int) -> Any:
    """A square's fill: its band's ink over white, stronger as the score rises (so the squares
    also darken in order of score in greyscale)."""
    strength = 0.14 + 0.48 * (value - 1) / (TOP_SCORE - 1)
    base = ink(band_term(value), MUTED)
    return colors.linearlyInterpolatedColor(colors.white, base, 0, 1, strength)


def band_ranges() -> list[tuple[Any, int, int]]:
    """Each band's term with the lowest and highest score that falls in it."""
    found: dict[str, list[int]] = {}
    for likelihood in range(1, STEPS + 1):
        for impact in range(1, STEPS + 1):
            value = likelihood * impact
            found.setdefault(analysis.risk_band(value), []).append(value)
    return [(BANDS.term(band), min(v), max(v)) for band, v in found.items()]


class RiskMatrix(Flowable):  # type: ignore[misc]
    """Likelihood × impact, five by five, each risk a numbered circle in its square."""

    CELL_W = 23 * mm
    CELL_H = 16 * mm
    LEFT = 27 * mm  # the impact axis: its title and each step's number and words
    BOTTOM = 13 * mm  # the likelihood axis
    LEGEND_GAP = 5 * mm
    RADIUS = 2.6 * mm
    GAP = 0.9 * mm
    HEAD = 3.6 * mm  # the strip at the top of a square that holds its score

    def __init__(self, placed: list[tuple[int, int, int]]) -> None:
        """``placed``: (number, likelihood, impact) of each risk."""
        super().__init__()
        self.cells: dict[tuple[int, int], list[int]] = {}
        for number, likelihood, impact in placed:
            if 1 <= likelihood <= STEPS and 1 <= impact <= STEPS:
                self.cells.setdefault((likelihood, impact), []).append(number)
        self.width = CONTENT_W
        self.height = self.BOTTOM + STEPS * self.CELL_H + 2 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for likelihood in range(1, STEPS + 1):
            for impact in range(1, STEPS + 1):
                self._square(likelihood, impact)
        self._axes()
        self._legend()
        canvas.restoreState()

    def _origin(self, likelihood: int, impact: int) -> tuple[float, float]:
        return (
            self.LEFT + (likelihood - 1) * self.CELL_W,
            self.BOTTOM + (impact - 1) * self.CELL_H,
        )

    def _square(self, likelihood: int, impact: int) -> None:
        canvas = self.canv
        x, y = self._origin(likelihood, impact)
        value = likelihood * impact
        canvas.setFillColor(shade(value))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.5)
        canvas.rect(x, y, self.CELL_W, self.CELL_H, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.SANS, 6.5)
        canvas.drawRightString(x + self.CELL_W - 1.3 * mm, y + self.CELL_H - 2.8 * mm, str(value))
        self._markers(x, y, self.cells.get((likelihood, impact), []))

    def _markers(self, x: float, y: float, numbers: list[int]) -> None:
        if not numbers:
            return
        step = 2 * self.RADIUS + self.GAP
        across = max(1, int((self.CELL_W - 2 * self.GAP) // step))
        down = max(1, int((self.CELL_H - self.HEAD) // step))
        room = across * down
        shown = [str(n) for n in numbers]
        if len(shown) > room:  # the rest are in the register; say how many
            shown = [*shown[: room - 1], f"+{len(numbers) - room + 1}"]
        for index, text in enumerate(shown):
            row, column = divmod(index, across)
            in_row = min(across, len(shown) - row * across)
            left = x + (self.CELL_W - in_row * step + self.GAP) / 2
            cx = left + column * step + self.RADIUS
            cy = y + self.CELL_H - self.HEAD - row * step - self.RADIUS
            self._marker(cx, cy, text)

    def _marker(self, cx: float, cy: float, text: str) -> None:
        canvas = self.canv
        canvas.setFillColor(INK)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.8)
        canvas.circle(cx, cy, self.RADIUS, stroke=1, fill=1)
        size = min(7.5, (2 * self.RADIUS - 1.2) / max(fonts.string_width(text, 1, bold=True), 0.1))
        canvas.setFillColor(colors.white)
        canvas.setFont(fonts.SANS_BOLD, size)
        canvas.drawCentredString(cx, cy - size * 0.36, text)

    def _axes(self) -> None:
        canvas = self.canv
        declared = kinds.of("risk")
        grid_top = self.BOTTOM + STEPS * self.CELL_H
        for step, term in enumerate(SCALE, start=1):
            x, _ = self._origin(step, 1)
            centre = x + self.CELL_W / 2
            canvas.setFillColor(INK)
            canvas.setFont(fonts.SANS_BOLD, 7.5)
            canvas.drawCentredString(centre, self.BOTTOM - 3.2 * mm, term.value)
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.SANS, 6.5)
            canvas.drawCentredString(centre, self.BOTTOM - 6 * mm, term.label)
            _, y = self._origin(1, step)
            middle = y + self.CELL_H / 2
            canvas.setFillColor(INK)
            canvas.setFont(fonts.SANS_BOLD, 7.5)
            canvas.drawRightString(self.LEFT - 1.5 * mm, middle - 1, term.value)
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.SANS, 6.5)
            canvas.drawRightString(self.LEFT - 5 * mm, middle - 1, term.label)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.SANS_BOLD, 8.5)
        across = self.LEFT + STEPS * self.CELL_W / 2
        canvas.drawCentredString(across, self.BOTTOM - 11 * mm, declared.field("likelihood").label)
        canvas.saveState()
        canvas.translate(3 * mm, self.BOTTOM + (grid_top - self.BOTTOM) / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, declared.field("impact").label)
        canvas.restoreState()

    def _legend(self) -> None:
        canvas = self.canv
        x = self.LEFT + STEPS * self.CELL_W + self.LEGEND_GAP
        y = self.BOTTOM + STEPS * self.CELL_H - 3 * mm
        canvas.setFillColor(INK)
        canvas.setFont(fonts.SANS_BOLD, 8)
        canvas.drawString(x, y, "Score")
        canvas.setFont(fonts.SANS, 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, y - 3.2 * mm, "likelihood × impact")
        y -= 9 * mm
        for term, low, high in sorted(band_ranges(), key=lambda b: -b[1]):
            canvas.setFillColor(shade((low + high) // 2))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.rect(x, y - 1, 4.5 * mm, 4 * mm, stroke=1, fill=1)
            canvas.setFillColor(ink(term))
            canvas.setFont(fonts.SANS_BOLD, 7.5)
            canvas.drawString(x + 6 * mm, y + 1.6 * mm, term.label)
            canvas.setFont(fonts.SANS, 6.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(x + 6 * mm, y - 1.2 * mm, f"{low}–{high}")
            y -= 8 * mm
        canvas.setFillColor(INK)
        self._marker(x + self.RADIUS, y + 1 * mm, "1")
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.SANS, 6.5)
        canvas.drawString(x + 2 * self.RADIUS + 1.5 * mm, y + 2 * mm, "a risk: its number")
        canvas.drawString(x + 2 * self.RADIUS + 1.5 * mm, y - 0.6 * mm, "in the register")


def _score_cell(risk: Risk) -> Any:
    value = score(risk)
    term = band_term(value)
    return fixed(
        f"{risk.likelihood} × {risk.impact} = <b>{value}</b><br/>"
        f'<font color="{hex_of(ink(term, MUTED))}"><b>{fonts.markup(term.label)}</b></font>',
        "cell",
    )


def risks(pack: Pack) -> list[Flowable]:
    snap = pack.shown
    declared = kinds.of("risk")
    title = pack.tr(declared.title)
    if not snap.risks:
        return [CondPageBreak(60 * mm), Heading(title, 0), nothing(pack, wording.NO_RISKS)]
    numbered = list(enumerate(snap.risks, start=1))
    matrix = RiskMatrix([(n, r.likelihood, r.impact) for n, r in numbered])
    intro = para(pack.tr(wording.RISKS_INTRO), "intro")
    label = {spec.name: pack.tr(spec.label) for spec in declared.fields}
    widths = [10 * mm, 0.0, 25 * mm, 23 * mm, 44 * mm, 26 * mm]
    widths[1] = CONTENT_W - sum(widths)
    rows: list[list[Any]] = [
        [
            pack.tr(wording.COL_NO),
            para(label["description"], "head"),
            para(label["partner_id"], "head"),
            para(f"{label['likelihood']} × {label['impact']}", "head"),
            para(label["mitigation"], "head"),
            para(f"{label['owner']}\n{label['review_date']}", "head"),
        ]
    ]
    extra: list[Any] = []
    for r, (number, risk) in enumerate(numbered, start=1):
        partner = snap.partner(risk.partner_id)
        when = date_text(risk.review_date)
        code = pack.number("risk", risk)
        rows.append(
            [
                fixed(
                    f'<b>{number}</b><br/><font size="7" color="{hex_of(MUTED)}">{code}</font>',
                    "cell",
                ),
                with_mark(pack, "risk", risk, [para(risk.description, "cell")], widths[1]),
                partner_para(partner) if partner is not None else "—",
                _score_cell(risk),
                para(risk.mitigation or "—", "cell"),
                [para(risk.owner or "—", "cell"), *([para(when, "cell_muted")] if when else [])],
            ]
        )
        extra.append(("BACKGROUND", (3, r), (3, r), fill(band_term(score(risk)), colors.white)))
    return [
        # The heading, the picture and its legend stay together: never a heading alone.
        CondPageBreak(matrix.height + 45 * mm),
        Heading(title, 0),
        intro,
        para(count_text(pack, "risk", snap.risks), "small"),
        Spacer(1, 2 * mm),
        matrix,
        Spacer(1, 5 * mm),
        CondPageBreak(40 * mm),
        para(pack.tr(wording.RISK_REGISTER), "h2", bold=True),
        grid(rows, widths, extra=extra),
    ]
