"""Issue 10's scenario end to end, by keyboard alone, with the room view open throughout.

A facilitator in a live workshop types fast: a confidential remark, a red line with its reasoning,
a new partner, a disagreement with its review date, a rating with a note, and steers the projector
from the console. After every key the room view is read back: nothing typed reaches it before the
facilitator has set its visibility, and no stray key changes what was captured.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.test_ui_live_editing import column, editing, focused, no_editor_warnings, open_sample
from ui.actions import Action
from ui.main_window import MainWindow

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier

SECRET = "In confidence: we would walk away"
RED_LINE = "No exclusivity clauses for smaller partners"
REASONING = "Our trustees ruled it out in October"


def test_a_live_workshop_by_keyboard_alone(
    qtbot: Any, window: MainWindow, tmp_path: Path, qtlog: Any
) -> None:
    open_sample(qtbot, window, tmp_path)
    session = window.session

    def room_text() -> str:
        return window.room.visible_text() if window.room is not None else ""

    def guard() -> None:
        assert "walk away" not in room_text()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        if key == Qt.Key.Key_Tab and modifiers & SHIFT:
            key = Qt.Key.Key_Backtab
        qtbot.keyClick(focused(), key, modifiers)
        guard()
        QApplication.processEvents()
        guard()

    def type_keys(text: str) -> None:
        for char in text:
            qtbot.keyClicks(focused(), char)
            guard()
            QApplication.processEvents()
            guard()

    # The projector on; the keyboard stays with the console.
    press(Qt.Key.Key_F5)
    room = window.room
    assert room is not None and room.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    room.body.textChanged.connect(guard)
    session.changed.connect(lambda _change: guard())

    # --- Positions › List by partner › Ctrl+2: a confidential remark, held until it is marked ---
    press(Qt.Key.Key_2, ALT)
    positions = window.workspace.current_stage()
    press(Qt.Key.Key_L, ALT)
    assert positions.tabs.current() == "list"
    view = positions.list.view
    press(Qt.Key.Key_2, CTRL)  # a bottom line, typing its statement at once
    assert editing(view)
    type_keys(SECRET)
    press(Qt.Key.Key_Return)
    remark = next(p for p in session.items("position") if p.statement == SECRET)
    assert session.is_held("position", remark.id)
    # To its visibility along the row, then pick Confidential from the cell's list.
    model = positions.list.model
    while view.currentIndex().column() != column(positions.list, "visibility"):
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Return)  # opens the list
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert session.by_id("position")[remark.id].visibility == "confidential"
    press(Qt.Key.Key_Up)  # leaving the row lets the room have it: it is confidential, so nothing
    assert not session.is_held("position", remark.id)

    # --- Ctrl+1 › statement › Enter › Right › reasoning › Enter: still a red line ---------------
    press(Qt.Key.Key_1, CTRL)
    type_keys(RED_LINE)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Right)
    type_keys(REASONING)  # typing opens the reasoning cell
    press(Qt.Key.Key_Return)
    red = next(p for p in session.items("position") if p.statement == RED_LINE)
    assert (red.kind, red.reasoning, red.owner) == ("red_line", REASONING, "ceo")
    assert RED_LINE not in room_text()  # held until the facilitator moves on
    press(Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: RED_LINE in room_text())
    assert model.item(view.currentIndex().row()) is not None

    # --- Overview: a new partner, name › Tab › short name › Enter --------------------------------
    press(Qt.Key.Key_1, ALT)
    overview = window.workspace.current_stage()
    overview.partners.view.setFocus()  # (Tab order to the partners is walked in its own test)
    press(Qt.Key.Key_N, CTRL | SHIFT)
    type_keys("Afon Housing Association")
    press(Qt.Key.Key_Tab)
    type_keys("Afon")
    press(Qt.Key.Key_Return)
    afon = next(p for p in session.items("partner") if p.name == "Afon Housing Association")
    assert afon.short_name == "Afon"

    # --- Disagreements: one recorded, its review date typed as people say it --------------------
    press(Qt.Key.Key_4, ALT)
    disagreements = window.workspace.current_stage()
    register = disagreements.register
    press(Qt.Key.Key_N, CTRL | SHIFT)
    type_keys("Who holds the contract")
    press(Qt.Key.Key_Return)
    new = next(d for d in session.items("disagreement") if d.title == "Who holds the contract")
    press(Qt.Key.Key_N, ALT)  # a stray Alt+N never escalates it
    assert session.by_id("disagreement")[new.id].route_step == "leads_talk"
    while register.view.currentIndex().column() != column(register, "review_date"):
        press(Qt.Key.Key_Right)
    type_keys("15 December")
    press(Qt.Key.Key_Return)
    assert session.by_id("disagreement")[new.id].review_date.endswith("-12-15")

    # --- Values: a rating and a note on it ---------------------------------------------------------
    press(Qt.Key.Key_3, ALT)
    values = window.workspace.current_stage()
    values.grid.setCurrentIndex(values.grid_model.index(0, 1))
    value, partner, _ = values.grid_model.cell(values.grid_model.index(0, 1))
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_N)
    type_keys("Only once the board has met")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not values.note_editor.isVisible())
    rating = next(
        a
        for a in session.items("alignment")
        if (a.value_id, a.partner_id) == (value.id, partner.id)
    )
    assert (rating.rating, rating.note) == (2, "Only once the board has met")

    # --- The projector steered from the console; Esc there, then F5 brings it back --------------
    press(Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: RED_LINE in room_text())
    size = room.body.font().pixelSize()
    press(Qt.Key.Key_Equal, ALT)
    assert room.body.font().pixelSize() > size
    press(Qt.Key.Key_PageDown, ALT)
    assert room.scroll_position() > 0
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not room.isVisible())
    assert not window.actions[Action.ROOM_VIEW].isChecked()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(Qt.Key.Key_F5)
    assert room.isVisible()

    # Nothing captured was changed by a stray key, and Qt never complained about an editor.
    assert session.by_id("position")[red.id].kind == "red_line"
    assert session.by_id("position")[remark.id].visibility == "confidential"
    no_editor_warnings(qtlog)
