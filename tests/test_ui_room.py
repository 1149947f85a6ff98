"""The room view shows shared items and never confidential or private ones, at every stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.ui_support import FakeClock
from ui.actions import Action
from ui.main_window import MainWindow
from ui.workspace import STAGE_KEYS
from workshop import ops
from workshop.document import Document

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

# What each stage's room page must show (shared items of that stage).
SHARED_AT = {
    "overview": ["SHARED partner", "SHARED person"],
    "positions": ["SHARED position", "SHARED topic"],
    "values": ["SHARED value"],
    "disagreements": ["SHARED disagreement", "SHARED view"],
    "clauses": ["SHARED clause"],
    "commitments": ["SHARED commitment"],
    "impact": ["SHARED impact"],
    "actions": ["SHARED action"],
    "meetings": ["SHARED meeting", "SHARED agenda item"],
    "notes": [],
}


def _id(change: Any, table: str) -> int:
    return next(i for t, i in change.created if t == table)


def canary_workshop(path: Path) -> None:
    """A workshop with a shared and a hidden (confidential or private) item in every table."""
    doc = Document.new(path)
    ops.update(doc, "workshop", 1, title="Canary workshop")
    partner = _id(ops.add_partner(doc, "SHARED partner"), "partner")
    other = _id(ops.add_partner(doc, "Second partner"), "partner")
    ops.create(doc, "person", name="SHARED person", partner_id=partner)
    for visibility in ("confidential", "private"):
        secret = f"SECRET-{visibility}"
        ops.create(
            doc, "person", name=f"{secret} person", partner_id=partner, visibility=visibility
        )
        topic = _id(
            ops.create(doc, "topic", name=f"{secret} topic", visibility=visibility), "topic"
        )
        ops.add_position(doc, partner, "red_line", f"{secret} position", visibility=visibility)
        ops.add_position(doc, other, "open", "position under a hidden topic", topic_id=topic)
        value = _id(
            ops.create(doc, "value", name=f"{secret} value", visibility=visibility), "value"
        )
        ops.set_alignment(doc, value, partner, 2)
        hidden = _id(
            ops.create(doc, "disagreement", title=f"{secret} disagreement", visibility=visibility),
            "disagreement",
        )
        ops.set_party_view(doc, hidden, partner, f"{secret} view")
        ops.create(doc, "clause", text=f"{secret} clause", visibility=visibility)
        ops.create(doc, "commitment", text=f"{secret} commitment", visibility=visibility)
        ops.create(doc, "impact", description=f"{secret} impact", visibility=visibility)
        ops.create(doc, "action", text=f"{secret} action", visibility=visibility)
        meeting = _id(
            ops.create(doc, "meeting", title=f"{secret} meeting", visibility=visibility), "meeting"
        )
        ops.create(
            doc, "agenda_item", meeting_id=meeting, title=f"{secret} agenda in hidden meeting"
        )
        ops.create(doc, "note", text=f"{secret} note", visibility=visibility)
    ops.create(doc, "note", text="SHARED-BUT-NOTE note", visibility="shared")
    topic = _id(ops.create(doc, "topic", name="SHARED topic"), "topic")
    ops.add_position(doc, partner, "bottom_line", "SHARED position", topic_id=topic)
    value = _id(ops.create(doc, "value", name="SHARED value"), "value")
    ops.set_alignment(doc, value, partner, 5, note="SECRET-alignment-note-is-not-shown")
    disagreement = _id(ops.create(doc, "disagreement", title="SHARED disagreement"), "disagreement")
    ops.set_party_view(doc, disagreement, partner, "SHARED view")
    ops.create(doc, "clause", text="SHARED clause")
    ops.create(doc, "commitment", text="SHARED commitment")
    ops.create(doc, "impact", description="SHARED impact")
    ops.create(doc, "action", text="SHARED action", partner_id=partner)
    meeting = _id(ops.create(doc, "meeting", title="SHARED meeting"), "meeting")
    ops.create(doc, "agenda_item", meeting_id=meeting, title="SHARED agenda item")
    ops.create(
        doc, "agenda_item", meeting_id=meeting, title="SECRET-private agenda", visibility="private"
    )
    doc.save()
    doc.close()


@pytest.fixture
def room_window(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "canary.workshop"
    canary_workshop(path)
    assert window.open_path(path)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    assert window.room is not None and window.room.isVisible()
    return window


def test_room_view_at_every_stage(qtbot: Any, room_window: MainWindow) -> None:
    window = room_window
    for key in STAGE_KEYS:
        window.workspace.show_stage(key)
        QApplication.processEvents()
        seen = window.room.visible_text()
        assert "SECRET" not in seen, (key, seen)
        assert "NOTE note" not in seen  # facilitator notes never reach the room
        for expected in SHARED_AT[key]:
            assert expected in seen, (key, expected, seen)
        # The facilitator's own view shows everything, marked.
    window.workspace.show_stage("positions")
    assert "SECRET-private position" in window.workspace.current_stage().grid_model.data(
        window.workspace.current_stage().grid_model.index(len(window.session.items("topic")), 0)
    )


def test_room_follows_edits_blanks_and_freezes(qtbot: Any, room_window: MainWindow) -> None:
    window = room_window
    room = window.room
    window.workspace.show_stage("clauses")
    qtbot.waitUntil(lambda: "SHARED clause" in room.visible_text())
    window.session.run(ops.create, "clause", text="Agreed in the room")
    qtbot.waitUntil(lambda: "Agreed in the room" in room.visible_text())
    window.session.run(ops.create, "clause", text="SECRET typed privately", visibility="private")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "SECRET" not in room.visible_text()
    # freeze: the room keeps showing what it showed while the facilitator works
    window.actions[Action.ROOM_FREEZE].trigger()
    assert room.frozen
    window.workspace.show_stage("notes")
    window.session.run(ops.create, "clause", text="Drafted while frozen")
    QApplication.processEvents()
    assert "SHARED clause" in room.visible_text()
    assert "Drafted while frozen" not in room.visible_text()
    window.actions[Action.ROOM_FREEZE].trigger()
    assert not room.frozen and "SHARED clause" not in room.visible_text()
    # blank
    window.actions[Action.ROOM_BLANK].trigger()
    assert room.blanked and room.visible_text() == ""
    assert room.pages.currentIndex() == 1
    window.actions[Action.ROOM_BLANK].trigger()
    assert not room.blanked


def test_room_timer_over_time(qtbot: Any, room_window: MainWindow, clock: FakeClock) -> None:
    window = room_window
    meetings = window.workspace.show_stage("meetings")
    QApplication.processEvents()
    # The first meeting is confidential: timing its item names nothing on the projector.
    meetings.start_selected()
    assert window.timer.active and window.timer.title.startswith("SECRET")
    assert "SECRET" not in window.room.visible_text()
    shared = next(m for m in window.session.items("meeting") if m.title == "SHARED meeting")
    meetings.meetings.select_id(shared.id)
    QApplication.processEvents()
    meetings.agenda.select_id(window.session.items("agenda_item")[-2].id)
    meetings.start_selected()
    assert window.timer.title == "SHARED agenda item"
    clock.advance(20 * 60)
    window.timer.tick()
    assert "over the 15 minutes planned" in window.room.clock.text()
    assert "color" in window.room.clock.styleSheet()
    assert "SHARED agenda item" in window.room.clock.text()
    assert "SECRET" not in window.room.visible_text()


def test_room_marks_the_item_being_timed_and_never_a_stale_one(
    qtbot: Any, room_window: MainWindow, clock: FakeClock
) -> None:
    window = room_window
    meetings = window.workspace.show_stage("meetings")
    shared = next(m for m in window.session.items("meeting") if m.title == "SHARED meeting")
    meetings.meetings.select_id(shared.id)
    QApplication.processEvents()
    items = [i for i in window.session.items("agenda_item") if i.meeting_id == shared.id]
    shown, hidden = items[0], items[-1]
    assert hidden.visibility == "private"
    meetings.agenda.select_id(shown.id)
    meetings.start_selected()
    window.timer.tick()
    assert f"▶ {shown.title}" in window.room.body.toPlainText()
    meetings.agenda.select_id(hidden.id)
    meetings.start_selected()  # the timer moves on to an item the room may not see
    window.timer.tick()
    assert "▶" not in window.room.body.toPlainText()
    assert "SECRET" not in window.room.visible_text()
