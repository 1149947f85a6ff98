"""A whole workshop run through the app the way a facilitator would, with clicks and keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.ui_support import FakeClock, edit_cell, texts, type_in_cell
from ui.actions import Action
from ui.main_window import MainWindow

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


def col(editor: Any, name: str) -> int:
    return next(n for n, c in enumerate(editor.model.columns) if c.name == name)


def test_a_whole_workshop(
    qtbot: Any, window: MainWindow, clock: FakeClock, answered: Any, tmp_path: Path
) -> None:
    # --- create from a template, from the welcome screen ---
    welcome = window.welcome
    welcome.templates.setCurrentRow(1)
    model = welcome.templates.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(welcome.templates, Qt.Key.Key_Return)
    assert window.session is not None
    assert window.session.workshop.collaboration_model == model
    assert window.session.items("topic") and window.session.items("agenda_item")
    overview = window.workspace.show_stage("overview")
    title = overview.fields["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Valley partnership")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.session.workshop.title == "Valley partnership"
    assert window.windowTitle().startswith("Valley partnership — Untitled.workshop")
    assert window.isWindowModified()

    # --- partners and people ---
    for name in ("Acme Housing", "Bridgend CVS", "Cwm Trust"):
        qtbot.mouseClick(overview.partners.add_button, Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, overview.partners.view, name)
    assert texts(window.session, "partner", "name") == ["Acme Housing", "Bridgend CVS", "Cwm Trust"]
    edit_cell(qtbot, overview.partners.view, 0, col(overview.partners, "short_name"), "Acme")
    assert window.session.items("partner")[0].short_name == "Acme"
    overview.partners.select_id(window.session.items("partner")[1].id)
    qtbot.mouseClick(overview.people.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, overview.people.view, "Rhian Jones")
    person = window.session.items("person")[0]
    assert (
        person.name == "Rhian Jones" and person.partner_id == window.session.items("partner")[1].id
    )
    acme, bridgend, cwm = (p.id for p in window.session.items("partner"))

    # --- positions of every kind through the editors ---
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("list")
    positions.choose_partner(acme)
    for number, kind in enumerate(("red_line", "bottom_line", "preference", "open")):
        buttons = [
            b
            for b in positions.findChildren(type(positions.list.add_button))
            if f"Ctrl+{number + 1}" in b.text()
        ]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, positions.list.view, f"Acme {kind} statement")
    kinds = {p.kind for p in window.session.items("position")}
    assert kinds == {"red_line", "bottom_line", "preference", "open"}
    # the grid: choose a cell (topic × partner) and press 2 for a bottom line
    positions.tabs.show_page("grid")
    grid = positions.grid
    grid.setCurrentIndex(positions.grid_model.index(0, 2))
    qtbot.keyClick(grid, "2")
    type_in_cell(qtbot, positions.list.view, "Cwm bottom line in the grid")
    found = [
        p for p in window.session.items("position") if p.statement == "Cwm bottom line in the grid"
    ]
    assert found and found[0].partner_id == cwm and found[0].kind == "bottom_line"
    assert found[0].topic_id == window.session.items("topic")[0].id
    positions.tabs.show_page("grid")
    cell = positions.grid_model.data(positions.grid_model.index(0, 2))
    assert "▼ Bottom line" in cell  # symbol and label, not colour alone

    # --- quick capture ---
    window.actions[Action.QUICK_CAPTURE].trigger()
    capture = window.capture
    qtbot.keyClicks(capture.line, "Acme red line: no exclusivity clauses #exclusivity")
    assert "Red line" in capture.preview.text() and "Acme Housing" in capture.preview.text()
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    red = next(
        p for p in window.session.items("position") if p.statement == "no exclusivity clauses"
    )
    assert red.kind == "red_line" and red.partner_id == acme
    assert window.session.by_id("topic")[red.topic_id].name.lower().startswith("exclusivity")
    qtbot.keyClicks(capture.line, "value: serve the community, not the commissioner")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    assert "serve the community, not the commissioner" in texts(window.session, "value", "name")
    qtbot.keyClicks(capture.line, "action Bridgend CVS: circulate the draft by 3 March")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    action = next(a for a in window.session.items("action") if a.text == "circulate the draft")
    assert action.partner_id == bridgend and action.due_date.endswith("-03-03")
    qtbot.keyClicks(capture.line, "Cwm Trust preference: quarterly reviews")
    qtbot.keyClick(capture.line, Qt.Key.Key_Escape)
    assert "quarterly reviews" not in texts(window.session, "position", "statement")
    assert not capture.isVisible()

    # --- values: rate by keys ---
    values = window.workspace.show_stage("values")
    grid = values.grid
    for column, rating in enumerate(("5", "4", "1")):
        grid.setCurrentIndex(values.grid_model.index(0, column))
        qtbot.keyClick(grid, rating)
    first_value = window.session.items("value")[0].id
    ratings = {
        a.partner_id: a.rating
        for a in window.session.items("alignment")
        if a.value_id == first_value
    }
    assert ratings == {acme: 5, bridgend: 4, cwm: 1}
    assert values.grid_model.divergent[first_value] == {cwm}
    assert "diverges" in values.grid_model.data(values.grid_model.index(0, 2))

    # --- a disagreement: record, involve, route, resolve ---
    stage = window.workspace.show_stage("disagreements")
    qtbot.mouseClick(stage.register.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, stage.register.view, "Who holds the contract")
    parties = stage.parties
    parties.setCurrentIndex(stage.parties_model.index(0, 0))
    qtbot.keyClick(parties, Qt.Key.Key_Space)
    edit_cell(qtbot, parties, 0, 1, "Acme should lead")
    qtbot.mouseClick(stage.escalate_button, Qt.MouseButton.LeftButton)
    disagreement = window.session.items("disagreement")[0]
    assert disagreement.route_step == "ceos_meet"
    qtbot.mouseClick(stage.resolve_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, stage.register.view, "Acme leads, reviewed in a year")
    disagreement = window.session.items("disagreement")[0]
    assert (
        disagreement.status == "resolved"
        and disagreement.outcome == "Acme leads, reviewed in a year"
    )
    party = window.session.items("disagreement_party")[0]
    assert party.partner_id == acme and party.view == "Acme should lead"

    # --- clauses, commitments, impacts, actions, notes ---
    for key, text in (
        ("clauses", "We meet monthly"),
        ("impact", "More people reached in the valley"),
        ("actions", "Draft the agreement"),
        ("notes", "Cwm seemed uneasy"),
    ):
        stage = window.workspace.show_stage(key)
        qtbot.mouseClick(stage.editor.add_button, Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, stage.editor.view, text)
    commitments = window.workspace.show_stage("commitments")
    commitments.grid.setCurrentIndex(commitments.grid_model.index(0, 0))
    qtbot.keyClick(commitments.grid, "1")
    commitments.grid.setCurrentIndex(commitments.grid_model.index(0, 1))
    qtbot.keyClick(commitments.grid, "2")
    answers = sorted(a.answer for a in window.session.items("commitment_answer"))
    assert answers == ["committed", "not_committed"]

    # --- the agenda timer, with a fake clock ---
    meetings = window.workspace.show_stage("meetings")
    QApplication.processEvents()
    first_item = meetings.agenda.model.item(0)
    meetings.agenda.select_id(first_item.id)
    qtbot.mouseClick(meetings.start_button, Qt.MouseButton.LeftButton)
    clock.advance(61)
    window.timer.tick()
    assert meetings.timer_text.text() == f"1:01 of {first_item.planned_minutes}:00"
    clock.advance(first_item.planned_minutes * 60)
    window.timer.tick()
    assert "over the" in meetings.timer_text.text()
    assert "color" in meetings.timer_text.styleSheet()
    qtbot.mouseClick(meetings.next_button, Qt.MouseButton.LeftButton)
    assert window.timer.item_id == meetings.agenda.model.item(1).id
    assert meetings.timer_text.text().startswith("0:00 of")

    # --- undo and redo, with the edit's name in the Edit menu ---
    undo = window.actions[Action.UNDO]
    assert undo.text() == "&Undo Answer commitment"
    undo.trigger()
    undo.trigger()
    assert not window.session.items("commitment_answer")
    assert undo.text() == "&Undo Edit note"  # typing the note's text
    undo.trigger()
    undo.trigger()
    assert not window.session.items("note")
    assert window.actions[Action.REDO].text() == "&Redo Add note"
    for _ in range(4):
        window.actions[Action.REDO].trigger()
    assert texts(window.session, "note", "text") == ["Cwm seemed uneasy"]
    assert len(window.session.items("commitment_answer")) == 2
    assert not window.actions[Action.REDO].isEnabled()

    # --- save (as), close, reopen and find everything ---
    target = tmp_path / "valley.workshop"
    answered.save_paths.append(str(target))
    window.actions[Action.SAVE].trigger()
    assert target.exists()
    assert window.saved_label.text() == "All changes saved" and not window.isWindowModified()
    assert window.windowTitle() == "Valley partnership — valley.workshop[*]"
    window.actions[Action.CLOSE].trigger()
    assert window.session is None and window.pages.currentWidget() is window.welcome
    assert str(target.resolve()) in window.prefs.recent_files()
    assert window.open_path(target)
    s = window.session
    assert texts(s, "partner", "name") == ["Acme Housing", "Bridgend CVS", "Cwm Trust"]
    assert "Rhian Jones" in texts(s, "person", "name")
    statements = texts(s, "position", "statement")
    for kind in ("red_line", "bottom_line", "preference", "open"):
        assert f"Acme {kind} statement" in statements
    assert "no exclusivity clauses" in statements and "Cwm bottom line in the grid" in statements
    assert "serve the community, not the commissioner" in texts(s, "value", "name")
    assert len([a for a in s.items("alignment") if a.rating]) == 3
    assert texts(s, "disagreement", "status") == ["resolved"]
    assert "We meet monthly" in texts(s, "clause", "text")
    assert "More people reached in the valley" in texts(s, "impact", "description")
    assert {"Draft the agreement", "circulate the draft"} <= set(texts(s, "action", "text"))
    assert texts(s, "note", "text") == ["Cwm seemed uneasy"]
    assert len(s.items("commitment_answer")) == 2
    assert not answered.problems
