"""Risks: the list of what could go wrong, and the risk matrix picture beside it, updated live.

The matrix is likelihood (across) by impact (up), five by five, as in the foundations summary:
each square shaded by its score (likelihood × impact) in its band's colour and carrying the score
as a figure; each risk a numbered marker in its square, the number its № in the list; a risk the
room may not see is marked ◐ or ● beside its number. The axes say their steps in words and the
legend names the bands, so nothing is told by colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QSplitter, QToolTip, QWidget

from ui import labels
from ui.session import Session
from ui.stages.lists import ListStage
from ui.stages.registry import StageSpec
from ui.table_editor import TableEditor
from ui.table_model import Column, agreed_order
from workshop.kinds import Field

STEPS = labels.RISK_STEPS
SCALE = "risk_scale"


def marker_text(number: int, risk: Any) -> str:
    """ "3", or "3◐" for a risk the room may not see."""
    hidden = labels.symbol("visibility", risk.visibility) if risk.visibility != "shared" else ""
    return f"{number}{hidden}"


class RiskMatrix(QWidget):
    """Likelihood × impact, five by five; a click on a square selects its first risk."""

    risk_clicked = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selected: int | None = None
        self.setAccessibleName(self.tr("Risk matrix: likelihood × impact"))
        self.setMinimumSize(QSize(420, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        session.changed.connect(self._on_change)
        self._squares: dict[tuple[int, int], QRectF] = {}
        self.describe()

    def _on_change(self, change: Any) -> None:
        if change.touches("risk"):
            self.describe()
            self.update()

    def select(self, risk_id: int | None) -> None:
        self.selected = risk_id
        self.update()

    # --- what it shows ------------------------------------------------------------------------

    def cells(self) -> dict[tuple[int, int], list[tuple[int, Any]]]:
        """The risks in each square with their numbers (their place in the agreed order, as the
        list's № column shows them), keyed (likelihood, impact)."""
        found: dict[tuple[int, int], list[tuple[int, Any]]] = {}
        risks = agreed_order(self.session.items("risk"), "risk", self.session.items)
        for number, risk in enumerate(risks, start=1):
            if 1 <= risk.likelihood <= STEPS and 1 <= risk.impact <= STEPS:
                found.setdefault((risk.likelihood, risk.impact), []).append((number, risk))
        return found

    def square_text(self, likelihood: int, impact: int) -> str:
        """One square in words: its score and band, and the risks in it."""
        score = likelihood * impact
        band = labels.tr(labels.risk_term(score).label)
        words = (
            self.tr("Likelihood %1, impact %2: score %3 (%4)")
            .replace("%1", labels.label(SCALE, str(likelihood)))
            .replace("%2", labels.label(SCALE, str(impact)))
            .replace("%3", str(score))
            .replace("%4", band)
        )
        risks = self.cells().get((likelihood, impact), [])
        lines = [
            f"{marker_text(n, r)}  {r.description}"
            + (f" ({labels.label('visibility', r.visibility)})" if r.visibility != "shared" else "")
            for n, r in risks
        ]
        return "\n".join([words, *lines])

    def describe(self) -> None:
        """Say in words what the picture shows, for assistive technology."""
        parts = []
        for (likelihood, impact), risks in sorted(self.cells().items()):
            numbers = ", ".join(marker_text(n, r) for n, r in risks)
            parts.append(
                self.tr("%1: likelihood %2, impact %3, score %4")
                .replace("%1", numbers)
                .replace("%2", str(likelihood))
                .replace("%3", str(impact))
                .replace("%4", str(likelihood * impact))
            )
        self.setAccessibleDescription("; ".join(parts) or self.tr("No risks yet."))

    # --- drawing ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    def _layout(self) -> tuple[QRectF, float, float]:
        """The grid's rectangle and one square's width and height."""
        metrics = self.fontMetrics()
        words = max(metrics.horizontalAdvance(labels.label(SCALE, t)) for t in "12345")
        left = metrics.height() * 2 + words + 16
        legend = (
            max(
                metrics.horizontalAdvance(f"{labels.tr(t.label)} {low}–{high}")
                for t, low, high in labels.risk_bands()
            )
            + 40
        )
        bottom = metrics.height() * 3 + 10
        width = max(self.width() - left - legend - 12, 100)
        height = max(self.height() - bottom - 8, 80)
        cell_w, cell_h = width / STEPS, height / STEPS
        return QRectF(left, 6, cell_w * STEPS, cell_h * STEPS), cell_w, cell_h

    def _square(
        self, grid: QRectF, cell_w: float, cell_h: float, likelihood: int, impact: int
    ) -> QRectF:
        return QRectF(
            grid.left() + (likelihood - 1) * cell_w,
            grid.top() + (STEPS - impact) * cell_h,
            cell_w,
            cell_h,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid, cell_w, cell_h = self._layout()
        text = self.palette().text().color()
        cells = self.cells()
        self._squares = {}
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6))
        for likelihood in range(1, STEPS + 1):
            for impact in range(1, STEPS + 1):
                square = self._square(grid, cell_w, cell_h, likelihood, impact)
                self._squares[(likelihood, impact)] = square
                score = likelihood * impact
                painter.setPen(QPen(QColor("white"), 2))
                painter.setBrush(labels.risk_shade(score))
                painter.drawRect(square)
                painter.setPen(QColor("#1f2933"))  # dark on every shade, light or dark palette
                painter.setFont(small)
                painter.drawText(
                    square.adjusted(3, 2, -4, -2),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    str(score),
                )
                self._markers(painter, square, cells.get((likelihood, impact), []))
        self._axes(painter, grid, cell_w, cell_h, text)
        self._legend(painter, grid, text)
        painter.end()

    def _markers(self, painter: QPainter, square: QRectF, risks: list[tuple[int, Any]]) -> None:
        if not risks:
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 4
        x, y = square.left() + 4, square.top() + height + 2
        for number, risk in risks:
            text = marker_text(number, risk)
            width = max(metrics.horizontalAdvance(text) + 10, height)
            if x + width > square.right() - 2 and x > square.left() + 4:
                x, y = square.left() + 4, y + height + 2
            pill = QRectF(x, y, width, height)
            chosen = risk.id == self.selected
            painter.setPen(
                QPen(QColor("#f5a623") if chosen else QColor("white"), 3 if chosen else 1)
            )
            painter.setBrush(QColor("#1f2933"))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 3

    def _axes(
        self, painter: QPainter, grid: QRectF, cell_w: float, cell_h: float, text: QColor
    ) -> None:
        metrics = painter.fontMetrics()
        painter.setFont(self.font())
        line = self.fontMetrics().height()
        for step in range(1, STEPS + 1):
            word = labels.label(SCALE, str(step))
            painter.setPen(text)
            across = QRectF(grid.left() + (step - 1) * cell_w, grid.bottom() + 2, cell_w, line * 2)
            painter.drawText(
                across, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"{step}\n{word}"
            )
            down = QRectF(0, grid.top() + (STEPS - step) * cell_h, grid.left() - 6, cell_h)
            painter.drawText(
                down, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{word}  {step}"
            )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + line * 2 + 4, grid.width(), line + 4),
            Qt.AlignmentFlag.AlignHCenter,
            labels.field_label("risk", "likelihood"),
        )
        painter.save()
        painter.translate(line * 0.9, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -line, grid.height(), line * 1.5),
            Qt.AlignmentFlag.AlignCenter,
            labels.field_label("risk", "impact"),
        )
        painter.restore()
        del metrics

    def _legend(self, painter: QPainter, grid: QRectF, text: QColor) -> None:
        line = self.fontMetrics().height()
        x, y = grid.right() + 14, grid.top()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QPointF(x, y + line), self.tr("Score"))
        painter.setFont(self.font())
        painter.drawText(QPointF(x, y + line * 2.1), self.tr("likelihood × impact"))
        y += line * 3
        for term, low, high in labels.risk_bands():
            swatch = QRectF(x, y, line, line)
            painter.setPen(QPen(QColor("#9aa5b1"), 1))
            painter.setBrush(labels.risk_shade((low + high) // 2))
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(
                QPointF(x + line + 6, y + line * 0.8), f"{labels.tr(term.label)} {low}–{high}"
            )
            y += line * 1.6

    # --- pointing -----------------------------------------------------------------------------

    def square_at(self, point: QPointF) -> tuple[int, int] | None:
        return next((key for key, rect in self._squares.items() if rect.contains(point)), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            found = self.square_at(QPointF(event.pos()))
            if found is not None:
                QToolTip.showText(event.globalPos(), self.square_text(*found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.square_at(event.position())
        risks = self.cells().get(found, []) if found is not None else []
        if risks:
            self.risk_clicked.emit(risks[0][1].id)
        super().mousePressEvent(event)


class RisksStage(ListStage):
    """The risks list with its matrix beside it; the selected risk is ringed in the matrix."""

    def __init__(self, session: Session, spec: StageSpec, parent: QWidget | None = None) -> None:
        super().__init__(session, spec, parent)
        self.editor.current_changed.connect(
            lambda item: self.matrix.select(item.id if item is not None else None)
        )
        self.matrix.risk_clicked.connect(self._show_risk)

    def build_body(self, editor: TableEditor) -> QWidget:
        self.matrix = RiskMatrix(self.session, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("risks_splitter")
        splitter.addWidget(editor)
        splitter.addWidget(self.matrix)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def column(self, spec: Field) -> Column:
        if spec.name in ("likelihood", "impact"):  # 1–5 with their words: "4 High"
            return Column.of(spec, scale=SCALE, width=max(spec.width, 115))
        return super().column(spec)

    def _show_risk(self, risk_id: int) -> None:
        self.editor.ensure_loaded()
        if self.editor.select_id(risk_id):
            self.editor.view.setFocus()
