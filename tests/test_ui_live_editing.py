"""Editing that follows the facilitator: real key events on the focused widget, as typed live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from tests import ui_support
from ui.actions import Action
from ui.delegates import ChoiceEditor
from ui.main_window import MainWindow
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed on whatever has the focus, as the keyboard would deliver it."""
    if key == Qt.Key.Key_Tab and modifiers & SHIFT:
        key = Qt.Key.Key_Backtab  # what the platform delivers for Shift+Tab
    qtbot.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_keys(qtbot: Any, text: str) -> None:
    """Type ``text`` key by key into whatever has the focus (it may change as typing starts)."""
    for char in text:
        qtbot.keyClicks(focused(), char)
    QApplication.processEvents()


def open_sample(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def column(editor: Any, name: str) -> int:
    return next(n for n, c in enumerate(editor.model.columns) if c.name == name)


def editing(view: QAbstractItemView) -> bool:
    return view.state() == QAbstractItemView.State.EditingState


def no_editor_warnings(qtlog: Any) -> None:
    """Qt's "commitData called with an editor that does not belong to this view" and kin."""
    stray = [r.message for r in qtlog.records if "editor" in r.message and "view" in r.message]
    assert not stray


def test_the_issue_sequence_keeps_the_red_line_and_its_reasoning(
    qtbot: Any, window: MainWindow, tmp_path: Path, qtlog: Any
) -> None:
    """Positions › List by partner › Ctrl+1 › statement › Enter › Right › reasoning › Enter."""
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    positions = window.workspace.current_stage()
    bar = positions.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(positions.tabs.index_of("list")).center()
    )
    QApplication.processEvents()
    press(qtbot, Qt.Key.Key_1, CTRL)
    view = positions.list.view
    assert isinstance(focused(), QLineEdit) and editing(view)
    type_keys(qtbot, "No exclusivity clauses")
    press(qtbot, Qt.Key.Key_Return)
    # the cursor stays on the edited cell, after the model has caught up with the edit
    qtbot.waitUntil(lambda: not positions.list.model.stale)
    QApplication.processEvents()
    assert view.currentIndex().column() == column(positions.list, "statement")
    press(qtbot, Qt.Key.Key_Right)
    assert view.currentIndex().column() == column(positions.list, "reasoning")
    type_keys(qtbot, "Our board ruled it out in March")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not positions.list.model.stale)
    found = [p for p in window.session.items("position") if p.statement == "No exclusivity clauses"]
    assert len(found) == 1
    red = found[0]
    assert red.kind == "red_line"
    assert red.reasoning == "Our board ruled it out in March"
    assert red.owner == "ceo"  # a red line is the CEO's (or board's), not the rep's
    assert view.currentIndex().column() == column(positions.list, "reasoning")
    shown = positions.list.model.data(view.currentIndex().siblingAtColumn(1))
    assert shown == "Red line"
    no_editor_warnings(qtlog)


def test_tab_opens_the_next_cell_and_leaves_the_table_at_the_end(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """Partners: name › Tab › short name sticks; Tab past the last cell leaves the table."""
    open_sample(qtbot, window, tmp_path)
    overview = window.workspace.show_stage("overview")
    partners = overview.partners
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
    assert editing(partners.view)
    type_keys(qtbot, "Dyfed Arts")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit)
    assert partners.view.currentIndex().column() == column(partners, "short_name")
    type_keys(qtbot, "Dyfed")
    press(qtbot, Qt.Key.Key_Tab)  # to Role: a choice, opened with its list closed
    assert isinstance(focused(), ChoiceEditor)
    type_keys(qtbot, "equal")  # letters never change a choice
    for _ in range(3):  # Size, Reach, Colour
        press(qtbot, Qt.Key.Key_Tab)
    assert partners.view.currentIndex().column() == column(partners, "colour")
    press(qtbot, Qt.Key.Key_Tab)  # past the last cell: out of the table, to the next control
    assert not editing(partners.view)
    assert focused() is overview.people.add_button
    qtbot.waitUntil(lambda: not partners.model.stale)
    partner = window.session.items("partner")[-1]
    assert (partner.name, partner.short_name) == ("Dyfed Arts", "Dyfed")
    assert partner.role == "equal"  # the default, untouched by the typed "equal"
    # Shift+Tab comes back into the table's focus, and Shift+Tab while typing goes back a cell
    partners.select_id(partner.id, column(partners, "short_name"))
    partners.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert isinstance(focused(), QLineEdit)
    assert partners.view.currentIndex().column() == column(partners, "name")
    press(qtbot, Qt.Key.Key_Escape)
    # when not typing, Tab leaves the table at once (arrows move between cells)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is overview.people.add_button


def test_a_letter_never_changes_a_choice(
    qtbot: Any, window: MainWindow, tmp_path: Path, qtlog: Any
) -> None:
    open_sample(qtbot, window, tmp_path)
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("list")
    QApplication.processEvents()
    view = positions.list.view
    red = next(p for p in window.session.items("position") if p.kind == "red_line")
    positions.list.select_id(red.id, column(positions.list, "kind"))
    view.setFocus()
    type_keys(qtbot, "Open")
    assert not editing(view)
    assert "“Kind” is a list" in window.statusBar().currentMessage()
    # typed on as if it were text: Space opens the list, the letters pick nothing, and Enter
    # picks what was already chosen
    type_keys(qtbot, " to talk")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(view))
    assert window.session.by_id("position")[red.id].kind == "red_line"
    assert window.actions[Action.UNDO].text() == "&Undo"
    # Enter opens the list; typing in it picks nothing; Esc leaves the value as it was
    press(qtbot, Qt.Key.Key_Return)
    combo = next(c for c in view.findChildren(ChoiceEditor) if c.isVisible())
    qtbot.waitUntil(lambda: combo.view().isVisible())
    type_keys(qtbot, "o")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editing(view))
    assert window.session.by_id("position")[red.id].kind == "red_line"
    # an explicit pick changes it: Space opens, Down, Enter
    press(qtbot, Qt.Key.Key_Space)
    combo = next(c for c in view.findChildren(ChoiceEditor) if c.isVisible())
    qtbot.waitUntil(lambda: combo.view().isVisible())
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.by_id("position")[red.id].kind == "bottom_line")
    assert window.actions[Action.UNDO].text() == "&Undo Edit position"
    # one click on a choice cell opens its list
    index = view.currentIndex().siblingAtColumn(column(positions.list, "visibility"))
    qtbot.waitUntil(lambda: not editing(view))
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(c.view().isVisible() for c in view.findChildren(ChoiceEditor)))
    press(qtbot, Qt.Key.Key_Escape)
    assert window.session.by_id("position")[red.id].visibility == red.visibility
    no_editor_warnings(qtlog)


def test_an_edit_keeps_the_place_scroll_and_open_editor(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    stage = window.workspace.show_stage("disagreements")
    register = stage.register
    view = register.view
    QApplication.processEvents()
    first = register.model.item(0)
    register.select_id(first.id, column(register, "visibility"))
    view.setFocus()
    QApplication.processEvents()
    across = view.horizontalScrollBar().value()
    assert across > 0  # the right-hand columns are scrolled into view at 1,280 px
    register.select_id(first.id, column(register, "owner"))
    press(qtbot, Qt.Key.Key_F2)
    type_keys(qtbot, "Chair of Acme")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not register.model.stale)
    QApplication.processEvents()
    assert window.session.by_id("disagreement")[first.id].owner == "Chair of Acme"
    assert view.horizontalScrollBar().value() == across
    assert view.currentIndex().column() == column(register, "owner")
    assert register.selected_item().id == first.id
    # an editor being typed in survives a change made elsewhere meanwhile (quick capture, undo)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_F2)  # route step is a choice: its list opens; Esc
    press(qtbot, Qt.Key.Key_Escape)
    register.select_id(first.id, column(register, "outcome"))
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_keys(qtbot, "Half typed")
    window.session.run(
        __import__("workshop.ops", fromlist=["ops"]).create, "disagreement", title="From elsewhere"
    )
    qtbot.waitUntil(lambda: not register.model.stale)
    QApplication.processEvents()
    assert focused() is editor and editor.text() == "Half typed"
    type_keys(qtbot, " and finished")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.session.by_id("disagreement")[first.id].outcome == "Half typed and finished"
    )


def test_attendance_as_its_hint_says(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """ "Click an answer for the list, or select it and press Enter; then choose"."""
    open_sample(qtbot, window, tmp_path)
    meetings = window.workspace.show_stage("meetings")
    QApplication.processEvents()
    table, model = meetings.attendance, meetings.attendance_model
    table.setCurrentIndex(model.index(0, 2))
    table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(c.view().isVisible() for c in table.findChildren(ChoiceEditor)))
    press(qtbot, Qt.Key.Key_Home)  # "—", then down to the first answer
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    person = model.people[0]

    def status() -> str | None:
        found = [
            a.status
            for a in window.session.items("attendance")
            if a.person_id == person.id and a.meeting_id == model.meeting_id
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: status() == "attended")
    rect = table.visualRect(model.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(c.view().isVisible() for c in table.findChildren(ChoiceEditor)))
    press(qtbot, Qt.Key.Key_Escape)
    assert table.currentIndex().row() == 1
