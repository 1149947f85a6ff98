"""The timer for the current agenda item, shared by the facilitator's window and the room view."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTimer", text)


def clock_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class AgendaTimer(QObject):
    """Counts time on one agenda item. ``clock`` is injectable so tests can drive time."""

    ticked = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.item_id: int | None = None
        self.title = ""
        self.planned_minutes = 0
        self._started: float | None = None
        self._banked = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)

    # --- control ------------------------------------------------------------------------------

    def start(self, item_id: int, title: str, planned_minutes: int) -> None:
        """Start timing an item from zero."""
        self.item_id, self.title, self.planned_minutes = item_id, title, planned_minutes
        self._banked = 0.0
        self._started = self.clock()
        self._ticker.start()
        self.ticked.emit()

    def pause(self) -> None:
        if self._started is not None:
            self._banked += self.clock() - self._started
            self._started = None
            self._ticker.stop()
            self.ticked.emit()

    def resume(self) -> None:
        if self._started is None and self.item_id is not None:
            self._started = self.clock()
            self._ticker.start()
            self.ticked.emit()

    def stop(self) -> None:
        self.item_id, self.title, self.planned_minutes = None, "", 0
        self._started, self._banked = None, 0.0
        self._ticker.stop()
        self.ticked.emit()

    def update_item(self, title: str, planned_minutes: int) -> None:
        self.title, self.planned_minutes = title, planned_minutes
        self.ticked.emit()

    def tick(self) -> None:
        self.ticked.emit()

    # --- reading ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def active(self) -> bool:
        return self.item_id is not None

    def elapsed(self) -> float:
        running = self.clock() - self._started if self._started is not None else 0.0
        return self._banked + running

    @property
    def over_time(self) -> bool:
        return self.active and self.elapsed() > self.planned_minutes * 60

    def status_text(self) -> str:
        """E.g. "4:05 of 15:00" or "2:10 over the 15 minutes planned"; calm, not alarming."""
        if not self.active:
            return _tr("No item timed")
        elapsed = self.elapsed()
        planned = self.planned_minutes * 60
        if elapsed > planned:
            over = (
                _tr("%1 over the minute planned")
                if self.planned_minutes == 1
                else _tr("%1 over the %2 minutes planned")
            )
            text = over.replace("%1", clock_text(elapsed - planned))
            text = text.replace("%2", str(self.planned_minutes))
        else:
            text = (
                _tr("%1 of %2")
                .replace("%1", clock_text(elapsed))
                .replace("%2", clock_text(planned))
            )
        return text if self.running else _tr("%1 (paused)").replace("%1", text)
