"""The room view shows shared items and never confidential or private ones, at every stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.ui_support import FakeClock
from ui import labels, settings
from ui.actions import Action
from ui.main_window import MainWindow
from ui.room_view import BODY_SHARE_OF_SCREEN, fitted_pixels
from ui.stages.registry import STAGE_KEYS
from workshop import ops
from workshop.document import Document

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

# What each stage's room page must show (shared items of that stage).
SHARED_AT = {
    "overview": ["SHARED partner", "SHARED person"],
    "positions": ["SHARED position", "SHARED topic"],
    "values": ["SHARED value", "5 / 5", "SHARED rating note"],
    "disagreements": ["SHARED disagreement", "SHARED view"],
    "clauses": ["SHARED clause"],
    "commitments": ["SHARED commitment", "✘ Not committed", "SHARED answer note"],
    "impact": ["SHARED impact"],
    "actions": ["SHARED action"],
    "contributions": ["SHARED partner", "Premises", "SHARED contribution"],
    "risks": ["SHARED risk", "SHARED mitigation", "4 × 5 = 20 (High)"],
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
        ops.create(
            doc,
            "risk",
            description=f"{secret} risk",
            mitigation=f"{secret} mitigation",
            partner_id=other,
            visibility=visibility,
        )
        ops.create(
            doc,
            "contribution",
            partner_id=other,
            description=f"{secret} contribution",
            visibility=visibility,
        )
    ops.create(doc, "note", text="SHARED-BUT-NOTE note", visibility="shared")
    ops.create(
        doc,
        "risk",
        description="SHARED risk",
        mitigation="SHARED mitigation",
        partner_id=partner,
        likelihood=4,
        impact=5,
    )
    ops.create(
        doc,
        "contribution",
        partner_id=partner,
        category="premises",
        description="SHARED contribution",
    )
    topic = _id(ops.create(doc, "topic", name="SHARED topic"), "topic")
    ops.add_position(doc, partner, "bottom_line", "SHARED position", topic_id=topic)
    value = _id(ops.create(doc, "value", name="SHARED value"), "value")
    ops.set_alignment(doc, value, partner, 5, note="SHARED rating note")
    ops.set_alignment(
        doc, value, other, 1, note="SECRET-confidential rating note", visibility="confidential"
    )
    disagreement = _id(ops.create(doc, "disagreement", title="SHARED disagreement"), "disagreement")
    ops.set_party_view(doc, disagreement, partner, "SHARED view")
    ops.create(doc, "clause", text="SHARED clause")
    commitment = _id(ops.create(doc, "commitment", text="SHARED commitment"), "commitment")
    ops.set_commitment_answer(doc, commitment, partner, "not_committed", note="SHARED answer note")
    answer = ops.set_commitment_answer(
        doc, commitment, other, "committed", note="SECRET-private answer note"
    )
    ops.update(doc, "commitment_answer", _id(answer, "commitment_answer"), visibility="private")
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
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "Agreed in the room" not in room.visible_text()  # held until released
    window.actions[Action.ROOM_RELEASE].trigger()
    assert "Agreed in the room" in room.visible_text()
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


# --- steering the room view from the console ------------------------------------------------


def _console_key(qtbot: Any, window: MainWindow, key: Any, modifiers: Any = None) -> None:
    """A key pressed in the main window, wherever its focus is (not on the projector)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    assert target.window() is window
    qtbot.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)


def long_workshop(path: Path, partners: int = 3) -> list[int]:
    """Many shared clauses (more than a screenful) and partners to rate values."""
    doc = Document.new(path)
    ops.update(doc, "workshop", 1, title="Long workshop")
    ids = [_id(ops.add_partner(doc, f"Partner {n}"), "partner") for n in range(partners)]
    for number in range(40):
        ops.create(doc, "clause", text=f"Clause number {number} of the agreement")
    doc.save()
    doc.close()
    return ids


@pytest.fixture
def long_room(window: MainWindow, tmp_path: Path, qtbot: Any) -> MainWindow:
    path = tmp_path / "long.workshop"
    long_workshop(path)
    assert window.open_path(path)
    window.workspace.show_stage("clauses")
    _console_key(qtbot, window, Qt.Key.Key_F5)
    assert window.room.isVisible()
    return window


ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_room_scrolls_from_the_console_and_keeps_its_place(
    qtbot: Any, long_room: MainWindow
) -> None:
    window, room = long_room, long_room.room
    assert room.scroll_position() == 0
    _console_key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    page = room.scroll_position()
    assert page > 0
    _console_key(qtbot, window, Qt.Key.Key_Down, ALT | SHIFT)
    line = room.scroll_position() - page
    assert 0 < line < page
    assert line == room.body.fontMetrics().lineSpacing()
    _console_key(qtbot, window, Qt.Key.Key_Up, ALT | SHIFT)
    assert room.scroll_position() == page
    # An edit redraws the page where it was (it used to jump to the top).
    first = window.session.items("clause")[0]
    window.session.run(ops.update, "clause", first.id, text="Clause zero, reworded")
    assert "Clause zero, reworded" in room.visible_text()
    assert room.scroll_position() == page
    _console_key(qtbot, window, Qt.Key.Key_PageUp, ALT)
    assert room.scroll_position() == 0
    _console_key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    _console_key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    assert room.scroll_position() > page
    _console_key(qtbot, window, Qt.Key.Key_Home, ALT)
    assert room.scroll_position() == 0


def test_room_follows_a_released_item_or_holds_its_place(qtbot: Any, long_room: MainWindow) -> None:
    window, room = long_room, long_room.room
    assert window.actions[Action.ROOM_FOLLOW].isChecked()  # following is the default
    window.session.run(ops.create, "clause", text="Released at the end of the list")
    assert room.scroll_position() == 0
    _console_key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Released at the end of the list" in room.visible_text()
    bottom = room.scroll_position()
    assert bottom > 0  # scrolled to the item just released
    _console_key(qtbot, window, Qt.Key.Key_Home, ALT)
    _console_key(qtbot, window, Qt.Key.Key_F8)  # stop following: the room keeps its place
    assert not window.actions[Action.ROOM_FOLLOW].isChecked()
    window.session.run(ops.create, "clause", text="Released while not following")
    _console_key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Released while not following" in room.visible_text()
    assert room.scroll_position() == 0
    assert window.prefs.get(settings.ROOM_FOLLOW) is False


def test_room_text_fits_its_screen_and_has_its_own_size_keys(
    qtbot: Any, long_room: MainWindow
) -> None:
    window, room = long_room, long_room.room
    height = room.screen().geometry().height()
    fitted = round(height / BODY_SHARE_OF_SCREEN)
    assert room.body.font().pixelSize() == fitted  # 1/30 of the screen's height
    console = QApplication.font().pointSizeF()
    _console_key(qtbot, window, Qt.Key.Key_Equal, ALT)
    assert room.body.font().pixelSize() > fitted
    assert window.prefs.get(settings.ROOM_TEXT_SCALE) == 115
    assert QApplication.font().pointSizeF() == console  # the console's text is unchanged
    _console_key(qtbot, window, Qt.Key.Key_Minus, ALT)
    _console_key(qtbot, window, Qt.Key.Key_Minus, ALT)
    assert room.body.font().pixelSize() < fitted
    _console_key(qtbot, window, Qt.Key.Key_0, ALT | SHIFT)
    assert room.body.font().pixelSize() == fitted
    _console_key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > console  # the console's zoom ...
    assert room.body.font().pixelSize() == fitted  # ... leaves the room alone
    window.display.apply_text_scale(100)
    assert fitted_pixels(1080, 100) == 36 and fitted_pixels(768, 100) == 26


def test_room_values_have_the_consoles_colours_and_marks(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "values.workshop"
    a, b, c, d = long_workshop(path, partners=4)
    doc = Document.open(path)
    trust = _id(ops.create(doc, "value", name="Trust"), "value")
    for partner, rating in ((a, 5), (b, 5), (c, 1)):
        ops.set_alignment(doc, trust, partner, rating)
    # Only a confidential rating makes Partner 3 diverge: the room must not be able to tell.
    candour = _id(ops.create(doc, "value", name="Candour"), "value")
    for partner, rating in ((a, 4), (b, 4), (c, 4)):
        ops.set_alignment(doc, candour, partner, rating)
    ops.set_alignment(doc, candour, d, 1, note="SECRET reason", visibility="confidential")
    doc.save()
    doc.close()
    assert window.open_path(path)
    values = window.workspace.show_stage("values")
    _console_key(qtbot, window, Qt.Key.Key_F5)
    room = window.room
    text = room.body.toPlainText()
    assert "1 / 5 ◀ diverges" in text  # Trust: Partner 2, in words as well as colour
    assert text.count("diverges") == 1  # not Candour: the hidden rating is not counted
    assert "SECRET" not in room.visible_text()
    html = room.body.toHtml().lower()
    for rating in (1, 4, 5):
        fill = labels.fill("alignment", str(rating))
        assert fill is not None and fill.name() in html
    # The console, which sees everything, marks Partner 3 on Candour.
    assert values.grid_model.divergent[candour] == {d}


def test_room_clock_says_one_minute_not_one_minutes(
    qtbot: Any, room_window: MainWindow, clock: FakeClock
) -> None:
    window = room_window
    meetings = window.workspace.show_stage("meetings")
    shared = next(m for m in window.session.items("meeting") if m.title == "SHARED meeting")
    meetings.meetings.select_id(shared.id)
    QApplication.processEvents()
    item = next(i for i in window.session.items("agenda_item") if i.title == "SHARED agenda item")
    window.session.run(ops.update, "agenda_item", item.id, planned_minutes=1)
    qtbot.waitUntil(lambda: not meetings.agenda.model.stale)
    meetings.agenda.select_id(item.id)
    meetings.start_selected()
    clock.advance(95)
    window.timer.tick()
    assert "0:35 over the 1 minute planned" in window.room.clock.text()
