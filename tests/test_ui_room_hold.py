"""While the room view is open, a new item is held from it until the facilitator lets it go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests import ui_support
from tests.ui_support import editor_of, type_in_cell
from ui.actions import Action
from ui.main_window import MainWindow
from workshop import ops
from workshop.document import Document

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REMARK = "In confidence: we would walk away"


def _id(change: Any, table: str) -> int:
    return next(i for t, i in change.created if t == table)


def small_workshop(path: Path) -> dict[str, int]:
    """Two partners, a topic, a shared position for each, a shared clause."""
    doc = Document.new(path)
    ops.update(doc, "workshop", 1, title="Hold test")
    acme = _id(ops.add_partner(doc, "Acme Housing", short_name="Acme"), "partner")
    bridgend = _id(ops.add_partner(doc, "Bridgend CVS"), "partner")
    topic = _id(ops.create(doc, "topic", name="Exit"), "topic")
    ops.add_position(doc, acme, "preference", "Acme likes monthly meetings", topic_id=topic)
    ops.add_position(doc, bridgend, "open", "Bridgend is open on branding")
    ops.create(doc, "clause", text="We meet monthly")
    doc.save()
    doc.close()
    return {"acme": acme, "bridgend": bridgend, "topic": topic}


@pytest.fixture
def ids(window: MainWindow, tmp_path: Path) -> dict[str, int]:
    path = tmp_path / "hold.workshop"
    found = small_workshop(path)
    assert window.open_path(path)
    return found


def focused(window: MainWindow) -> QWidget:
    """The widget a key goes to, as for a facilitator at the keyboard."""
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_room(qtbot: Any, window: MainWindow) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused(window), Qt.Key.Key_F5)
    assert window.room is not None and window.room.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys stay in the console
    return window.room


def positions_list(qtbot: Any, window: MainWindow, partner: int) -> Any:
    stage = window.workspace.show_stage("positions")
    stage.tabs.show_page("list")
    stage.choose_partner(partner)
    QApplication.processEvents()
    stage.list.view.setFocus()
    stage.list.view.setCurrentIndex(stage.list.model.index(0, 1))
    return stage


def never_shows(room: Any, text: str) -> Callable[[], None]:
    """A check that fails if ``text`` is ever on the room view; also run on every redraw."""

    def check(*_args: Any) -> None:
        assert text not in room.visible_text()

    room.body.textChanged.connect(check)
    room.session.changed.connect(check)
    room.session.hold_changed.connect(check)
    return check


def test_a_confidential_remark_never_reaches_the_room(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    stage = positions_list(qtbot, window, ids["acme"])
    window.workspace.show_stage("positions")
    check = never_shows(room, "walk away")

    def key(widget: QWidget, code: Any, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(widget, code, modifiers)
        check()
        QApplication.processEvents()
        check()

    key(focused(window), Qt.Key.Key_2, CTRL)  # Ctrl+2: a bottom line, typing its statement
    editor = editor_of(stage.list.view)
    for character in REMARK:
        key(editor, character)
    key(editor, Qt.Key.Key_Return)
    new = next(p for p in window.session.items("position") if p.statement == REMARK)
    assert window.session.is_held("position", new.id)
    # The row says it is held; the status bar counts it.
    model = stage.list.model
    visibility = next(n for n, c in enumerate(model.columns) if c.name == "visibility")
    row = model.row_of(new.id)
    assert "held" in model.index(row, visibility).data()
    assert "1 item held from the room" in window.display.held_label.text()
    # Its visibility, by keyboard: the visibility cell, F2, Down to "Confidential".
    qtbot.waitUntil(lambda: not model.stale)  # the list has caught up with the statement
    stage.list.view.setCurrentIndex(model.index(row, visibility))
    key(stage.list.view, Qt.Key.Key_F2)  # opens the cell's list of choices
    choices = QApplication.focusWidget()
    assert choices is not None and choices.isVisible()
    key(choices, Qt.Key.Key_Down)
    key(choices, Qt.Key.Key_Return)
    assert window.session.by_id("position")[new.id].visibility == "confidential"
    # Leaving the row lets the room see it: it is confidential, so the room sees nothing new.
    key(focused(window), Qt.Key.Key_Up)
    assert not window.session.is_held("position", new.id)
    qtbot.waitUntil(lambda: not room._pending.isActive())
    check()
    assert "Acme likes monthly meetings" in room.visible_text()
    assert window.display.held_label.isHidden()


def test_leaving_the_row_releases_a_shared_item(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    stage = positions_list(qtbot, window, ids["acme"])
    qtbot.keyClick(focused(window), Qt.Key.Key_1, CTRL)
    type_in_cell(qtbot, stage.list.view, "No exclusivity clauses")
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "No exclusivity clauses" not in room.visible_text()
    qtbot.keyClick(focused(window), Qt.Key.Key_Up)  # leave the row
    assert "No exclusivity clauses" in room.visible_text()
    assert not window.session.held


def test_ctrl_enter_releases_and_a_held_items_children_wait_with_it(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    stage = positions_list(qtbot, window, ids["acme"])
    qtbot.keyClick(focused(window), Qt.Key.Key_3, CTRL)
    type_in_cell(qtbot, stage.list.view, "Prefers quarterly reviews")
    assert "Prefers quarterly reviews" not in room.visible_text()
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)  # Release held items
    assert "Prefers quarterly reviews" in room.visible_text()
    assert not window.session.held

    # A held disagreement keeps its parties' views from the room; a held meeting its agenda.
    window.workspace.show_stage("disagreements")
    disagreement = _id(
        window.session.run(ops.create, "disagreement", title="Who leads"), "disagreement"
    )
    window.session.run(ops.set_party_view, disagreement, ids["acme"], "Acme must lead")
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "Who leads" not in room.visible_text() and "Acme must lead" not in room.visible_text()
    window.workspace.show_stage("meetings")
    meeting = _id(window.session.run(ops.create, "meeting", title="Second meeting"), "meeting")
    window.session.release({("meeting", meeting)})
    agenda = window.session.run(ops.create, "agenda_item", meeting_id=meeting, title="Budget")
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "Second meeting" in room.visible_text() and "Budget" not in room.visible_text()
    window.session.release({("agenda_item", _id(agenda, "agenda_item"))})
    assert "Budget" in room.visible_text()
    window.workspace.show_stage("disagreements")
    window.actions[Action.ROOM_RELEASE].trigger()
    assert "Acme must lead" in room.visible_text()


def test_undo_and_redo_of_a_create_do_not_bypass_the_hold(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    window.workspace.show_stage("clauses")
    change = window.session.run(ops.create, "clause", text="Exit after a year's notice")
    clause = _id(change, "clause")
    window.session.run(ops.update, "clause", clause, visibility="confidential")
    window.session.run(ops.delete, "clause", clause)
    assert not window.session.held  # nothing left to hold
    for _ in range(2):
        window.actions[Action.UNDO].trigger()  # back comes the confidential clause, then shared
    assert window.session.by_id("clause")[clause].visibility == "shared"
    assert window.session.is_held("clause", clause)
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "year's notice" not in room.visible_text()
    window.actions[Action.UNDO].trigger()  # the create undone
    window.actions[Action.REDO].trigger()  # and redone: held again
    assert window.session.is_held("clause", clause)
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "year's notice" not in room.visible_text()


def test_items_made_while_the_room_is_closed_are_not_held(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    window.workspace.show_stage("clauses")
    window.session.run(ops.create, "clause", text="Made before the projector")
    assert not window.session.held
    room = open_room(qtbot, window)
    assert "Made before the projector" in room.visible_text()
    # Closed with Esc in the room's own window, the first F5 opens it again.
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert not room.isVisible() and not window.actions[Action.ROOM_VIEW].isChecked()
    window.session.run(ops.create, "clause", text="Made while it was closed")
    assert not window.session.held
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused(window), Qt.Key.Key_F5)
    assert room.isVisible() and window.actions[Action.ROOM_VIEW].isChecked()
    assert "Made while it was closed" in room.visible_text()


def test_confidential_at_once_from_the_positions_grid_and_list(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    stage = window.workspace.show_stage("positions")
    stage.tabs.show_page("grid")
    stage.grid_model.reload()
    stage.grid.setFocus()
    stage.grid.setCurrentIndex(stage.grid_model.index(0, 1))  # Exit × Bridgend CVS
    qtbot.keyClick(focused(window), Qt.Key.Key_1, CTRL | SHIFT)
    type_in_cell(qtbot, stage.list.view, "Board says never")
    made = next(p for p in window.session.items("position") if p.statement == "Board says never")
    assert (made.kind, made.visibility) == ("red_line", "confidential")
    assert (made.partner_id, made.topic_id) == (ids["bridgend"], ids["topic"])
    qtbot.keyClick(focused(window), Qt.Key.Key_4, CTRL | SHIFT)  # on the list: its partner
    type_in_cell(qtbot, stage.list.view, "Could move on fees")
    made = next(p for p in window.session.items("position") if p.statement == "Could move on fees")
    assert (made.kind, made.visibility, made.partner_id) == (
        "open",
        "confidential",
        ids["bridgend"],
    )
    window.actions[Action.ROOM_RELEASE].trigger()
    assert "never" not in room.visible_text() and "fees" not in room.visible_text()


def test_quick_capture_holds_adds_confidential_and_releases(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    room = open_room(qtbot, window)
    window.workspace.show_stage("positions")
    qtbot.keyClick(focused(window), Qt.Key.Key_K, CTRL)
    capture = window.capture
    check = never_shows(room, "walk away")
    qtbot.keyClicks(capture.line, "Acme bottom line: we would walk away at 9% #exit")
    assert "Held from the room view" in capture.preview.text()
    qtbot.keyClick(capture.line, Qt.Key.Key_Return, SHIFT)  # Shift+Enter: confidential
    check()
    made = next(p for p in window.session.items("position") if "walk away" in p.statement)
    assert made.visibility == "confidential" and made.topic_id == ids["topic"]
    qtbot.keyClicks(capture.line, "Acme open: happy to host the launch")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "happy to host" not in room.visible_text()  # held
    qtbot.keyClicks(capture.line, "Bridgend CVS preference: a shared logo #branding")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: added and released
    assert "a shared logo" in room.visible_text()
    assert "Branding" in room.visible_text()  # the new topic it made went with it
    assert "happy to host" not in room.visible_text()
    qtbot.keyClick(capture.line, Qt.Key.Key_Escape)
    window.actions[Action.ROOM_RELEASE].trigger()
    assert "happy to host" in room.visible_text()
    check()


def test_a_rating_is_held_until_its_cell_is_left(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    window.session.run(ops.create, "value", name="Candour")  # before the room opens: shown
    room = open_room(qtbot, window)
    values = window.workspace.show_stage("values")
    values.grid.setFocus()
    values.grid.setCurrentIndex(values.grid_model.index(0, 0))
    qtbot.keyClick(focused(window), Qt.Key.Key_3)  # Acme rates Candour 3
    qtbot.waitUntil(lambda: not room._pending.isActive())
    assert "Candour" in room.visible_text() and "3 / 5" not in room.visible_text()
    assert len(window.session.held) == 1
    qtbot.keyClick(focused(window), Qt.Key.Key_Right)  # on to Bridgend CVS's cell
    assert "3 / 5" in room.visible_text()
    assert not window.session.held


def test_closing_the_workshop_clears_the_held_count(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    open_room(qtbot, window)
    window.workspace.show_stage("clauses")
    window.session.run(ops.create, "clause", text="Held when the workshop closes")
    assert window.display.held_label.isVisible()
    window.close_document()
    qtbot.waitUntil(window.display.held_label.isHidden)
    assert not window.actions[Action.ROOM_RELEASE].isEnabled()


def test_the_room_shows_shared_risks_and_contributions_never_held_or_confidential(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from workshop.sample import write_sample

    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    room = open_room(qtbot, window)
    session = window.session
    risks = session.items("risk")
    shared = [r for r in risks if r.visibility == "shared"]
    hidden = [r for r in risks if r.visibility != "shared"]
    assert shared and {r.visibility for r in hidden} == {"confidential", "private"}
    stage = window.workspace.show_stage("risks")
    QApplication.processEvents()
    seen = room.visible_text()
    for risk in shared:
        assert risk.description in seen
    for risk in hidden:
        assert risk.description not in seen and risk.mitigation not in seen
    # Numbered among what the room sees: 1 … n, no gap where a hidden risk is
    for number in range(1, len(shared) + 1):
        assert f"{number}. " in seen
    assert f"{len(shared) + 1}. " not in seen
    # A new risk is held while it is typed, whatever it says; Ctrl+Enter lets it in
    stage.editor.view.setFocus()
    qtbot.keyClick(focused(window), Qt.Key.Key_N, CTRL | SHIFT)
    type_in_cell(qtbot, stage.editor.view, "A new risk, not yet for the room")
    room.refresh()
    assert "A new risk" not in room.visible_text()
    assert len(session.held) == 1
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "A new risk, not yet for the room" in room.visible_text())
    # Made confidential: it leaves the projector at once
    new = next(r for r in session.items("risk") if r.description.startswith("A new risk"))
    session.run(ops.update, "risk", new.id, visibility="confidential")
    assert "A new risk" not in room.visible_text()
    # Contributions: the shared ones, under their partner's name; never a confidential one
    window.workspace.show_stage("contributions")
    QApplication.processEvents()
    seen = room.visible_text()
    for contribution in session.items("contribution"):
        shown = contribution.description in seen
        assert shown == (contribution.visibility == "shared"), contribution.description
    for partner_id in {c.partner_id for c in session.items("contribution")}:
        partner = session.by_id("partner")[partner_id]
        if any(
            c.visibility == "shared" and c.partner_id == partner_id
            for c in session.items("contribution")
        ):
            assert partner.name in seen
