"""The picture of a zone of possible agreement on a numeric term (``workshop.negotiation``): each
partner's acceptable range as a bar on one axis, its preferred value as a diamond, the overlap
shaded green or the gap between the binding limits shaded red. Drawn with QPainter, for the
console (:class:`ZonePicture`) and, as a PNG, for the room view (:func:`zone_data_url`).

The bars are told apart by words as well as colour: each row names its partner and its limits,
and a red line's end is drawn solid and thick, a bottom line's dashed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import labels
from workshop.negotiation import Range, Zone, gap_text, move_text, number_text

ZONE_FILL = QColor("#cfe8d8")  # the vocabulary's green fill: where every partner can agree
GAP_FILL = QColor("#f4c7c3")  # red fill: the distance between the binding limits
INK = QColor("#1f2933")
RED_INK = QColor("#b03a2e")
AMBER_INK = QColor("#9a6a00")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Insight", text)


def _axis(zone: Zone) -> tuple[float, float]:
    """The values the axis spans: every limit and preferred value, with a margin either side."""
    values = [v for r in zone.ranges for v in (r.low, r.high, r.preferred) if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if high == low:
        low, high = low - 1, high + 1
    margin = (high - low) * 0.12
    return low - margin, high + margin


def limits_text(each: Range, unit: str) -> str:
    """ "5 to 8 %", "at least 8 %", "at most 5 %" (the partner's acceptable range)."""
    if each.low is not None and each.high is not None:
        return (
            _tr("%1 to %2")
            .replace("%1", number_text(each.low))
            .replace("%2", number_text(each.high, unit))
        )
    if each.low is not None:
        return labels.tr("at least %1").replace("%1", number_text(each.low, unit))
    assert each.high is not None
    return labels.tr("at most %1").replace("%1", number_text(each.high, unit))


def summary(zone: Zone) -> list[str]:
    """The picture in words: the gap or zone, then the smallest moves that would open one."""
    lines = [gap_text(zone, labels.tr)]
    lines += [move_text(move, zone.term.unit, labels.tr) for move in zone.moves()]
    return lines


def paint_zone(painter: QPainter, rect: QRectF, zone: Zone) -> None:
    """Draw ``zone`` in ``rect`` with the painter's font."""
    metrics = painter.fontMetrics()
    line = metrics.height()
    row_height = line * 1.9
    unit = zone.term.unit
    names = [f"{r.partner.label} ({limits_text(r, unit)})" for r in zone.ranges]
    label_width = min(max(metrics.horizontalAdvance(n) for n in names) + line, rect.width() * 0.45)
    left = rect.left() + label_width
    right = rect.right() - line
    top = rect.top() + line * 0.5
    bottom = top + row_height * len(zone.ranges)
    low, high = _axis(zone)

    def x_of(value: float) -> float:
        return left + (value - low) / (high - low) * (right - left)

    # The zone (or the gap) first, behind the bars.
    if zone.low is not None or zone.high is not None:
        start = x_of(zone.low) if zone.low is not None else left
        end = x_of(zone.high) if zone.high is not None else right
        shade = ZONE_FILL if zone.open else GAP_FILL
        painter.fillRect(QRectF(min(start, end), top, abs(end - start), bottom - top), shade)
    for row, (each, name) in enumerate(zip(zone.ranges, names, strict=True)):
        y = top + row * row_height
        middle = y + row_height / 2
        painter.setPen(INK)
        text_rect = QRectF(rect.left(), y, label_width - line * 0.5, row_height)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, int(text_rect.width())),
        )
        start = x_of(each.low) if each.low is not None else left
        end = x_of(each.high) if each.high is not None else right
        colour = QColor(each.partner.colour or "#4c72b0")
        bar = QRectF(start, middle - line * 0.35, max(end - start, 2.0), line * 0.7)
        painter.fillRect(bar, colour.lighter(135))
        for side, value in (("low", each.low), ("high", each.high)):
            if value is None:
                continue
            red = each.line_at(side).red
            pen = QPen(RED_INK if red else AMBER_INK, 4 if red else 2)
            pen.setStyle(Qt.PenStyle.SolidLine if red else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            x = x_of(value)
            painter.drawLine(QPointF(x, middle - line * 0.6), QPointF(x, middle + line * 0.6))
        if each.preferred is not None:
            x = x_of(each.preferred)
            size = line * 0.35
            diamond = QPainterPath(QPointF(x, middle - size))
            for point in ((x + size, middle), (x, middle + size), (x - size, middle)):
                diamond.lineTo(QPointF(*point))
            diamond.closeSubpath()
            painter.setPen(QPen(INK, 1))
            painter.fillPath(diamond, INK)
    # The axis, with a tick at every limit.
    painter.setPen(QPen(INK, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    ticks = sorted({v for r in zone.ranges for v in (r.low, r.high) if v is not None})
    last = -1e9
    for value in ticks:
        x = x_of(value)
        painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + line * 0.3))
        text = number_text(value, unit)
        width = metrics.horizontalAdvance(text)
        if x - width / 2 > last + line * 0.3:  # leave out a label that would overlap the last
            painter.drawText(QPointF(x - width / 2, bottom + line * 1.3), text)
            last = x + width / 2


def picture_height(zone: Zone, line: int) -> int:
    return int(line * (0.5 + 1.9 * len(zone.ranges) + 1.8))


class ZonePicture(QWidget):
    """One numeric term's zone, drawn to the width it is given."""

    def __init__(self, zone: Zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read out by a screen reader in turn
        self.setAccessibleName(_tr("Zone of agreement on %1").replace("%1", zone.term.name))
        self.setAccessibleDescription(". ".join(summary(zone)))

    def sizeHint(self) -> QSize:
        return QSize(480, picture_height(self.zone, self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, picture_height(self.zone, self.fontMetrics().height()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        paint_zone(painter, QRectF(self.rect()), self.zone)
        painter.end()


def zone_image(zone: Zone, width: int, pixel_size: int) -> QImage:
    """The picture as an image ``width`` pixels wide, its text ``pixel_size`` pixels high."""
    font = QFont()
    font.setPixelSize(pixel_size)
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    painter.end()
    image = QImage(width, picture_height(zone, line), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    paint_zone(painter, QRectF(0, 0, width, image.height()), zone)
    painter.end()
    return image


def zone_data_url(zone: Zone, width: int = 900, pixel_size: int = 22) -> str:
    """The picture as a ``data:`` URL, for an ``<img>`` in the room view's page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    zone_image(zone, width, pixel_size).save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
