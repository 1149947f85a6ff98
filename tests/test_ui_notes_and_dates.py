"""Notes on ratings and fair-practice answers, dates typed as people type them, and edits that
say what they did: all by real keys on the focused widget."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.test_ui_live_editing import (
    CTRL,
    column,
    editing,
    focused,
    open_sample,
    press,
    type_keys,
)
from ui.actions import Action
from ui.main_window import MainWindow
from ui.note_editor import NOTE_MARK, NoteEditor

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


def test_a_note_on_a_rating_by_keyboard(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    values = window.workspace.current_stage()
    grid, model = values.grid, values.grid_model
    assert focused() is grid
    grid.setCurrentIndex(model.index(0, 1))
    value, partner, _ = model.cell(model.index(0, 1))
    press(qtbot, Qt.Key.Key_4)  # rate it
    press(qtbot, Qt.Key.Key_N)  # and say why
    editor = values.note_editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    assert focused() is editor.text
    type_keys(qtbot, "Only if the commissioner agrees")
    press(qtbot, Qt.Key.Key_Tab)  # to who may see it
    assert focused() is editor.choice
    press(qtbot, Qt.Key.Key_Down)  # Shared -> Confidential
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    found = next(
        a
        for a in window.session.items("alignment")
        if (a.value_id, a.partner_id) == (value.id, partner.id)
    )
    assert (found.rating, found.note, found.visibility) == (
        4,
        "Only if the commissioner agrees",
        "confidential",
    )
    shown = model.data(model.index(0, 1))
    assert NOTE_MARK in shown and "4 / 5" in shown and "◐ Confidential" in shown
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Only if the commissioner agrees" in tip
    assert window.actions[Action.UNDO].text() == "&Undo Note on a rating"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert focused() is grid
    # Esc leaves a note as it was
    press(qtbot, Qt.Key.Key_N)
    type_keys(qtbot, " (changed)")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not values.note_editor.isVisible())
    assert window.session.by_id("alignment")[found.id].note == "Only if the commissioner agrees"


def test_a_not_committed_answer_asks_for_a_note(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    stage = window.workspace.current_stage()
    grid, model = stage.grid, stage.grid_model
    assert focused() is grid
    row = 0
    grid.setCurrentIndex(model.index(row, 0))
    press(qtbot, Qt.Key.Key_0)  # clear the answer
    press(qtbot, Qt.Key.Key_N)  # no answer yet: nothing to note on, and it says so
    assert stage.note_editor is None
    assert "Answer first" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_2)  # not committed: stored at once, never blocked
    answer = model.cell(model.index(row, 0))[2]
    assert answer is not None and answer.answer == "not_committed"
    assert "needs a note" in model.data(model.index(row, 0))
    assert "needs a note" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    press(qtbot, Qt.Key.Key_N)
    type_keys(qtbot, "Our board has not met yet")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not stage.note_editor.isVisible())
    answer = model.cell(model.index(row, 0))[2]
    assert answer.note == "Our board has not met yet" and answer.answer == "not_committed"
    shown = model.data(model.index(row, 0))
    assert NOTE_MARK in shown and "needs a note" not in shown


def test_dates_are_read_as_typed_and_never_thrown_away(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    stage = window.workspace.show_stage("disagreements")
    register = stage.register
    first = register.model.item(0)
    register.select_id(first.id, column(register, "review_date"))
    register.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_keys(qtbot, "15 Decembr")  # a typo
    press(qtbot, Qt.Key.Key_Return)
    assert editing(register.view) and focused().text() == "15 Decembr"  # kept, to correct
    assert "not a date I can read" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "er")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(register.view) and not register.model.stale)
    stored = window.session.by_id("disagreement")[first.id].review_date
    assert stored.endswith("-12-15") and date.fromisoformat(stored) >= date.today()
    index = register.view.currentIndex()
    assert register.model.data(index) == f"15 Dec {stored[:4]}"  # in the locale's order
    # an action's due date: "tomorrow", by typing straight onto the cell
    actions = window.workspace.show_stage("actions").editor
    action = actions.model.item(0)
    actions.select_id(action.id, column(actions, "due_date"))
    actions.view.setFocus()
    type_keys(qtbot, "tomorrow")
    press(qtbot, Qt.Key.Key_Return)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    qtbot.waitUntil(lambda: window.session.by_id("action")[action.id].due_date == tomorrow)
    # clicking away from an unreadable date keeps the old one, and says so
    actions.select_id(action.id, column(actions, "due_date"))
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_keys(qtbot, "soonish")
    actions.filter.setFocus()
    qtbot.waitUntil(lambda: not editing(actions.view))
    assert window.session.by_id("action")[action.id].due_date == tomorrow
    assert "“soonish” is not a date" in window.statusBar().currentMessage()


def test_workshop_dates_on_the_overview(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    overview = window.workspace.current_stage()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Start date
    start = overview.fields["start_date"]
    assert focused() is start
    start.selectAll()
    type_keys(qtbot, "15 Dec 2027")
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.workshop.start_date == "2027-12-15"
    assert start.text() == "15 Dec 2027"
    start.selectAll()
    type_keys(qtbot, "the week after")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.session.workshop.start_date == "2027-12-15"
    assert start.text() == "the week after"  # left in the box to correct
    assert "not a date I can read" in window.statusBar().currentMessage()


@pytest.fixture
def month_first_locale() -> Any:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


def test_a_month_first_locale_reads_and_shows_month_first(
    qtbot: Any, window: MainWindow, tmp_path: Path, month_first_locale: Any
) -> None:
    open_sample(qtbot, window, tmp_path)
    actions = window.workspace.show_stage("actions").editor
    action = actions.model.item(0)
    actions.select_id(action.id, column(actions, "due_date"))
    actions.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_keys(qtbot, "12/15/2027")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.by_id("action")[action.id].due_date == "2027-12-15")
    qtbot.waitUntil(lambda: not actions.model.stale)
    assert actions.model.data(actions.view.currentIndex()) == "Dec 15, 2027"


def test_deleting_a_partner_says_what_went_with_it(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    overview = window.workspace.show_stage("overview")
    partner = window.session.items("partner")[0]
    positions = [p for p in window.session.items("position") if p.partner_id == partner.id]
    overview.partners.select_id(partner.id)
    overview.partners.view.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Deleted “{partner.name}” and its ")
    assert f"{len(positions)} positions" in message and "(Ctrl+Z undoes)" in message
    undo = window.actions[Action.UNDO].text()
    assert undo.startswith(f"&Undo Delete partner “{partner.name}” and its ")
    assert f"{len(positions)} positions" in undo
    window.actions[Action.UNDO].trigger()
    assert len(window.session.items("position")) >= len(positions)


def test_making_a_position_a_red_line_gives_it_to_the_ceo(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("list")
    QApplication.processEvents()
    editor = positions.list
    item = next(
        p for p in window.session.items("position") if p.kind == "open" and p.owner == "rep"
    )
    editor.select_id(item.id, column(editor, "kind"))
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # the list opens on "Open"; Home to "Red line" and pick
    qtbot.waitUntil(lambda: not isinstance(focused(), type(editor.view)))
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.by_id("position")[item.id].kind == "red_line")
    assert window.session.by_id("position")[item.id].owner == "ceo"
    assert "owner of the line is now the CEO" in window.statusBar().currentMessage()


def test_minutes_planned_in_the_singular_and_plural(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    meetings = window.workspace.show_stage("meetings")
    QApplication.processEvents()
    item = meetings.agenda.model.item(0)
    meetings.agenda.select_id(item.id, column(meetings.agenda, "planned_minutes"))
    meetings.agenda.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_keys(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.by_id("agenda_item")[item.id].planned_minutes == 1)
    qtbot.waitUntil(lambda: not meetings.agenda.model.stale)
    window.actions[Action.TIMER_START].trigger()
    assert "(1 minute planned)" in meetings.timer_title.text()
    window.timer.stop()
    meetings.agenda.select_id(meetings.agenda.model.item(1).id)
    window.actions[Action.TIMER_START].trigger()
    planned = meetings.agenda.model.item(1).planned_minutes
    assert f"({planned} minutes planned)" in meetings.timer_title.text()
