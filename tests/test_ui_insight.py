"""Where the deal stands, driven as a facilitator would: deadlocks (D opens one as a disagreement),
a position's term and stance by keyboard, the zones picture, coverage on the overview, End meeting
and "Since we last met", and who is speaking (Alt+Shift+1 … 9) with the balance of voices. The
room view shows zones and coverage from the room's snapshot only, and never the balance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.test_ui_stages import focused, go, open_list, open_sample, press, type_keys
from tests.ui_support import FakeClock
from ui.actions import Action
from ui.main_window import MainWindow
from ui.stages.insight import InsightStage
from ui.stages.meetings import MeetingsStage
from ui.stages.overview import OverviewStage
from ui.stages.positions import PositionsStage
from ui.zones_picture import GAP_FILL
from workshop import ops

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FEE_GAP = "No overlap: Northlight and Cŵn are 3 points apart"


def insight(qtbot: Any, window: MainWindow, page: str) -> InsightStage:
    stage = go(qtbot, window, "insight")
    assert isinstance(stage, InsightStage)
    stage.tabs.show_page(page)
    QApplication.processEvents()
    return stage


def table_texts(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def console_key(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Any) -> None:
    """A key pressed in the main window, wherever its focus is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    QApplication.processEvents()


def test_deadlocks_are_listed_and_d_opens_one_as_a_disagreement_in_one_step(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    stage = insight(qtbot, window, "deadlocks")
    rows = table_texts(stage.deadlocks.table)
    assert [row[0] for row in rows] == ["Management fee", "Exclusivity"]
    fee, exclusivity = rows
    assert "Northlight — Red line: 8 to 12 %" in fee[1] and "Cŵn — Red line: at most 5 %" in fee[1]
    assert "Northlight — Red line: Requires it" in exclusivity[1]
    assert "Cŵn — Red line: Rules it out" in exclusivity[1]
    assert exclusivity[2] == "✖ Red line: needs a CEO's or board's mandate"
    before = {d.id for d in session.items("disagreement")}
    stage.deadlocks.table.setFocus()
    stage.deadlocks.table.setCurrentCell(1, 0)
    press(qtbot, Qt.Key.Key_D)
    (new,) = [d for d in session.items("disagreement") if d.id not in before]
    assert new.title == "Deadlock on Exclusivity" and new.severity == "high"
    views = {
        p.partner_id: p.view
        for p in session.items("disagreement_party")
        if p.disagreement_id == new.id
    }
    assert set(views) == {1, 2}
    assert views[2].startswith("Red line: Rules it out — We will not sign any exclusivity")
    assert window.actions[Action.UNDO].text() == "&Undo Open disagreement “Deadlock on Exclusivity”"
    assert "Deadlock on Exclusivity" in window.statusBar().currentMessage()
    window.actions[Action.UNDO].trigger()  # one step takes the disagreement and its parties
    assert {d.id for d in session.items("disagreement")} == before
    assert not [p for p in session.items("disagreement_party") if p.disagreement_id == new.id]
    # The button does the same
    stage.deadlocks.table.setCurrentCell(0, 0)
    qtbot.mouseClick(stage.deadlocks.open_button, Qt.MouseButton.LeftButton)
    assert "Deadlock on Management fee" in [d.title for d in session.items("disagreement")]


def test_bottom_lines_only_are_movable_and_the_grid_and_overview_show_real_deadlocks(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    overview = go(qtbot, window, "overview")
    assert isinstance(overview, OverviewStage)
    said = overview.standing.deadlocks.text()
    assert "Management fee (Northlight, Cŵn; red line)" in said
    assert "Exclusivity (Northlight, Cŵn; red line)" in said
    positions = go(qtbot, window, "positions")
    assert isinstance(positions, PositionsStage)
    model = positions.grid_model
    cells = [
        model.index(r, c).data() or ""
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert sum("⚠ Deadlock on Exclusivity, with Cŵn" in cell for cell in cells) == 1
    assert sum("⚠ Deadlock on Exclusivity, with Northlight" in cell for cell in cells) == 1
    # Both exclusivity lines made bottom lines: movable by the people in the room
    for position_id in (1, 9):
        session.run(ops.update, "position", position_id, kind="bottom_line")
    stage = insight(qtbot, window, "deadlocks")
    rows = table_texts(stage.deadlocks.table)
    assert rows[1][2] == "▼ Bottom lines only: movable by the people in the room"
    go(qtbot, window, "overview")
    assert "Exclusivity (Northlight, Cŵn; bottom lines, movable)" in (
        overview.standing.deadlocks.text()
    )
    # A line given up: the deadlock goes from the grid and the overview
    session.run(ops.update, "position", 9, stance="either")
    assert "Exclusivity" not in overview.standing.deadlocks.text()
    go(qtbot, window, "positions")
    assert not any(
        "Deadlock on Exclusivity" in (model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_a_position_takes_a_term_and_a_stance_by_keyboard(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    positions = go(qtbot, window, "positions")
    assert isinstance(positions, PositionsStage)
    positions.tabs.show_page("list")
    positions.choose_partner(3)  # Gwernant CVS
    positions.list.view.setFocus()
    before = {p.id for p in session.items("position")}
    press(qtbot, Qt.Key.Key_2, CTRL)  # a bottom line; typing its statement
    type_keys(qtbot, "We need at least 9 % to cover our costs")
    press(qtbot, Qt.Key.Key_Return)
    (new,) = [p for p in session.items("position") if p.id not in before]
    view = positions.list.view
    columns = [c.name for c in positions.list.model.columns]
    assert columns[1:6] == ["kind", "statement", "reasoning", "term_id", "stance"]
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # the term
    press(qtbot, Qt.Key.Key_Space)
    combo = open_list(qtbot, view)
    texts = [combo.itemText(n) for n in range(combo.count())]
    for _ in range(texts.index("Management fee") - combo.currentIndex()):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("position")[new.id].term_id == 1)
    press(qtbot, Qt.Key.Key_Right)  # the stance
    press(qtbot, Qt.Key.Key_Space)
    combo = open_list(qtbot, view)
    texts = [combo.itemText(n) for n in range(combo.count())]
    for _ in range(texts.index("Within limits") - combo.currentIndex()):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("position")[new.id].stance == "limit")
    press(qtbot, Qt.Key.Key_Right)  # range from
    type_keys(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("position")[new.id].range_min == 9.0)
    assert view.currentIndex().column() == columns.index("range_min")
    assert focused() is view
    # Gwernant's 9 % minimum now deadlocks with Cŵn's 5 % maximum, movable (a bottom line)
    stage = insight(qtbot, window, "deadlocks")
    rows = table_texts(stage.deadlocks.table)
    assert any(
        "Gwernant CVS — Bottom line: at least 9" in row[1] and "Cŵn" in row[1] for row in rows
    )


def test_the_zones_picture_on_screen_and_the_room_from_the_rooms_snapshot_only(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    stage = insight(qtbot, window, "zones")
    terms = [picture.zone.term.name for picture in stage.zones.pictures]
    assert terms == ["Management fee", "Share of payment by results"]
    fee = stage.zones.pictures[0]
    assert FEE_GAP in fee.accessibleDescription()
    said = stage.zones.visible_text()
    assert FEE_GAP in said
    assert "Northlight&#x27;s red line would move from 8 to 5 % (needs its CEO or board)" in said
    # Cŵn's limit on payment by results is confidential: the facilitator sees the zone it makes
    assert "Zone of agreement: up to 10 %" in said
    # The picture shades the gap between the binding limits
    image = fee.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 3).name() for x in range(0, image.width(), 3)}
    assert GAP_FILL.name() in colours
    # The room: the fee's gap (shared lines) as a picture and in words; no zone on payment by
    # results, which only Cŵn's confidential limit would make
    window.actions[Action.ROOM_VIEW].setChecked(True)
    room = window.room
    go(qtbot, window, "positions")
    seen = room.visible_text()
    assert "Zones of agreement" in seen and FEE_GAP in seen
    assert "data:image/png" in room.body.toHtml()
    assert "10 %" not in seen and "Share of payment by results" not in seen
    # The fee's Cŵn line made confidential: the room shows no fee zone or deadlock at all,
    # while the facilitator's page still does
    window.session.run(ops.update, "position", 10, visibility="confidential")
    qtbot.waitUntil(lambda: FEE_GAP not in room.visible_text())
    assert "3 points" not in room.visible_text() and "at most 5" not in room.visible_text()
    insight(qtbot, window, "zones")
    assert FEE_GAP in stage.zones.visible_text()


def test_coverage_on_the_overview_and_the_room_from_what_each_may_see(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    overview = go(qtbot, window, "overview")
    assert isinstance(overview, OverviewStage)
    rows = overview.standing.coverage.row_texts()
    assert "Governance and decisions | ◔ Partly in place | 1 draft clause not yet agreed" in rows
    assert "Duties: safeguarding, equality, language | ✘ Not started | No clause yet" in rows
    # A confidential duties clause: in place for the facilitator, not for the room
    session.run(
        ops.create,
        "clause",
        section="duties",
        text="SECRET safeguarding lead",
        status="agreed",
        visibility="confidential",
    )
    assert "Duties: safeguarding, equality, language | ✔ In place | " in (
        overview.standing.coverage.row_texts()
    )
    window.actions[Action.ROOM_VIEW].setChecked(True)
    window.actions[Action.ROOM_RELEASE].trigger()
    room = window.room
    go(qtbot, window, "overview")
    seen = room.visible_text()
    assert "Coverage of the agreement" in seen
    duties = seen.split("Duties: safeguarding, equality, language", 1)[1]
    assert duties.split("\n")[1] == "✘ Not started"
    assert "SECRET" not in seen
    insight_stage = insight(qtbot, window, "coverage")
    assert "Duties: safeguarding, equality, language | ✔ In place | " in (
        insight_stage.coverage.row_texts()
    )


def test_end_meeting_then_since_lists_changes_and_counts_a_removal_without_its_words(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    meetings = go(qtbot, window, "meetings")
    assert isinstance(meetings, MeetingsStage)
    meetings.meetings.select_id(2)
    qtbot.mouseClick(meetings.end_button, Qt.MouseButton.LeftButton)
    assert session.by_id("meeting")[2].ended_at
    assert window.actions[Action.UNDO].text().startswith("&Undo End meeting “Follow-up")
    stage = insight(qtbot, window, "since")
    assert stage.since.meeting_choice.currentText().startswith("Follow-up")
    # (the sample's later edits are stamped 2 December 2026: on an earlier clock they show as
    # changed; nothing was added or removed)
    assert "Added" not in stage.since.text.toPlainText()
    assert "removed" not in stage.since.text.toPlainText()
    doomed = session.by_id("position")[22]
    session.run(ops.delete, "position", 22)
    session.run(ops.create, "action", text="Circulate the fee options", partner_id=1)
    session.run(ops.update, "disagreement", session.items("disagreement")[0].id, status="resolved")
    text = stage.since.text.toPlainText()
    assert "Added (1)" in text and "Action: Circulate the fee options" in text
    assert "Resolved (1)" in text
    assert "1 position removed" in text
    assert doomed.statement not in text
    # The earlier meeting can still be chosen
    names = [
        stage.since.meeting_choice.itemText(n) for n in range(stage.since.meeting_choice.count())
    ]
    assert names[1] == "Foundations day"


def test_keys_mark_who_speaks_on_the_timer_and_the_balance_never_reaches_the_room(
    qtbot: Any, window: MainWindow, tmp_path: Path, clock: FakeClock
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    meetings = go(qtbot, window, "meetings")
    assert isinstance(meetings, MeetingsStage)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    room = window.room
    before = len(session.items("speaking"))
    console_key(qtbot, window, Qt.Key.Key_5, ALT | SHIFT)  # Al-Amal, the quiet partner
    assert meetings.speaker_text.text() == "Speaking: Al-Amal 0:00"
    assert "Al-Amal is speaking" in window.statusBar().currentMessage()
    clock.advance(150)
    window.speaking.changed.emit()  # the marker's own tick, once a second
    assert meetings.speaker_text.text() == "Speaking: Al-Amal 2:30"
    assert "Speaking" not in room.visible_text() and "Al-Amal 2:30" not in room.clock.text()
    console_key(qtbot, window, Qt.Key.Key_1, ALT | SHIFT)  # Northlight takes over
    clock.advance(30)
    console_key(qtbot, window, Qt.Key.Key_1, ALT | SHIFT)  # the same key: nobody
    assert meetings.speaker_text.text() == "Alt+Shift+1 … 9: mark who is speaking"
    turns = session.items("speaking")[before:]
    assert [(t.partner_id, t.seconds, t.meeting_id) for t in turns] == [(5, 150.0, 2), (1, 30.0, 2)]
    assert all(t.visibility == "private" for t in turns)
    stage = insight(qtbot, window, "balance")
    stage.balance.meeting_choice.setCurrentIndex(stage.balance.meeting_choice.findData(2))
    stage.balance.meeting_choice.activated.emit(stage.balance.meeting_choice.currentIndex())
    rows = {row[0]: row for row in table_texts(stage.balance.table)}
    assert rows["Al-Amal"][1:3] == ["2:30", "83 %"] and rows["Northlight"][1:3] == ["0:30", "17 %"]
    assert "Cŵn was not marked as speaking" in stage.balance.gaps.text()
    # The room view, on this very stage, shows no balance, no speaking time, no gaps
    seen = room.visible_text()
    for secret in ("Balance", "2:30", "83 %", "was not marked", "smallest partner", "Speaking"):
        assert secret not in seen, secret
    assert "Coverage of the agreement" in seen


def test_a_deadlock_resting_on_a_line_not_shared_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session
    assert session is not None
    # Cŵn's fee limit (position 10) told to the broker in confidence
    session.run(ops.update, "position", 10, visibility="confidential")
    stage = insight(qtbot, window, "deadlocks")
    rows = table_texts(stage.deadlocks.table)
    fee = next(row for row in rows if row[0] == "Management fee")
    cwn = next(line for line in fee[1].split("\n") if line.startswith("◐ Cŵn"))
    assert cwn.endswith("(Confidential to Cŵn a Chymuned)")
    assert not any("Confidential" in line for line in fee[1].split("\n") if "Northlight" in line)
    overview = go(qtbot, window, "overview")
    assert isinstance(overview, OverviewStage)
    said = overview.standing.deadlocks.text()
    assert "Management fee (Northlight, Cŵn; red line) (not for the room)" in said
    assert "Exclusivity (Northlight, Cŵn; red line) ·" in said or said.endswith(
        "Exclusivity (Northlight, Cŵn; red line)"
    )
