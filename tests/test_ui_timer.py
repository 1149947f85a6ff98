"""The agenda timer, driven by a fake clock."""

from __future__ import annotations

from typing import Any

from tests.ui_support import FakeClock
from ui.agenda_timer import AgendaTimer


def test_timer_counts_pauses_and_goes_over_calmly(qtbot: Any) -> None:
    clock = FakeClock()
    timer = AgendaTimer(clock=clock)
    assert timer.status_text() == "No item timed"
    timer.start(1, "Introductions", 10)
    clock.advance(125)
    assert timer.status_text() == "2:05 of 10:00" and not timer.over_time
    timer.pause()
    clock.advance(600)
    assert timer.status_text() == "2:05 of 10:00 (paused)"
    timer.resume()
    clock.advance(9 * 60)
    assert timer.over_time
    assert timer.status_text() == "1:05 over the 10 minutes planned"
    with qtbot.waitSignal(timer.ticked):
        timer.stop()
    assert not timer.active
