"""Who is speaking: during a meeting the facilitator presses one key per partner (Alt+Shift+1 … 9,
the partners in their order); the turn before is recorded as it ends (``workshop.voices``). The
marker lives beside the agenda timer (a child of it) and shares its clock, so the console's timer
can say who is speaking. Never the room view: who talks most is for the broker to raise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.agenda_timer import AgendaTimer, clock_text

if TYPE_CHECKING:
    from ui.session import Session

#: Alt+Shift and the partner's place: the first nine partners each have a key.
KEYED_PARTNERS = 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("Speaking", text)


def speaker_keys(place: int) -> str:
    """The keys that mark the partner in ``place`` (0 is the first) as speaking."""
    return f"Alt+Shift+{place + 1}"


class SpeakingMarker(QObject):
    """The partner speaking now, and since when (by the timer's clock)."""

    changed = Signal()

    def __init__(self, timer: AgendaTimer, session: Callable[[], Session | None]) -> None:
        super().__init__(timer)
        self.timer = timer
        self._session = session
        self._turn_session: Session | None = None
        self.partner_id: int | None = None
        self.meeting_id: int | None = None
        self._since = 0.0
        self._started = datetime.now(UTC)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.changed.emit)

    @staticmethod
    def of(timer: AgendaTimer) -> SpeakingMarker | None:
        """The marker beside ``timer`` (the main window makes one)."""
        return timer.findChild(SpeakingMarker)

    # --- marking ------------------------------------------------------------------------------

    def mark(self, place: int) -> str:
        """The partner in ``place`` starts speaking (or, if it is speaking, stops); what to say."""
        session = self._session()
        if session is None or session.document.read_only:
            return ""
        partners = session.items("partner")
        if not 0 <= place < len(partners):
            return _tr("There is no partner %1.").replace("%1", str(place + 1))
        partner = partners[place]
        meeting_id = self._meeting(session)
        if meeting_id is None:
            return _tr("Add a meeting on Meetings & agenda first: turns to speak belong to one.")
        same = partner.id == self.partner_id and session is self._turn_session
        self.end_turn()
        if same:
            return _tr("Nobody marked as speaking")
        self.partner_id, self.meeting_id, self._turn_session = partner.id, meeting_id, session
        self._since = self.timer.clock()
        self._started = datetime.now(UTC)
        self._ticker.start()
        self.changed.emit()
        return (
            _tr("%1 is speaking (%2 again: nobody)")
            .replace("%1", partner.label)
            .replace("%2", speaker_keys(place))
        )

    def end_turn(self) -> None:
        """Record the turn being marked, if any, and mark nobody."""
        session, partner_id, meeting_id = self._turn_session, self.partner_id, self.meeting_id
        seconds = self.seconds()
        self.partner_id = self.meeting_id = self._turn_session = None
        self._ticker.stop()
        if (
            session is not None
            and partner_id is not None
            and meeting_id is not None
            and not session.document.closed
            and not session.document.read_only
            and partner_id in session.by_id("partner")
            and meeting_id in session.by_id("meeting")
        ):
            from workshop import (
                voices,  # the core only once a turn is recorded (launch stays light)
            )

            session.run(voices.record_turn, meeting_id, partner_id, self._started, seconds)
        self.changed.emit()

    def _meeting(self, session: Session) -> int | None:
        """The meeting being held: the timed agenda item's, else the first not yet ended."""
        if self.timer.item_id is not None:
            item: Any = session.by_id("agenda_item").get(self.timer.item_id)
            if item is not None:
                return int(item.meeting_id)
        meetings = session.items("meeting")
        running = [m for m in meetings if not m.ended_at]
        chosen = running[0] if running else (meetings[-1] if meetings else None)
        return int(chosen.id) if chosen is not None else None

    # --- reading ------------------------------------------------------------------------------

    def seconds(self) -> float:
        return self.timer.clock() - self._since if self.partner_id is not None else 0.0

    def text(self) -> str:
        """ "Speaking: Cŵn 0:42" (empty when nobody is marked)."""
        session = self._turn_session
        if self.partner_id is None or session is None:
            return ""
        return (
            _tr("Speaking: %1 %2")
            .replace("%1", session.partner_label(self.partner_id))
            .replace("%2", clock_text(self.seconds()))
        )
