"""[summary] in the app: every item that is not shared says so in words, to whom — in the lists,
the disagreement register (its parties) and the positions grid — and an agenda item's
facilitator's note is its own column, typed in place, never on the projector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.helpers import created_id, small_workshop
from tests.ui_support import edit_cell
from ui.actions import Action
from ui.main_window import MainWindow
from ui.stages.disagreements import DisagreementsStage
from ui.stages.meetings import MeetingsStage
from ui.stages.positions import PositionsStage
from workshop import kinds, ops

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


def shown(editor: Any, name: str) -> dict[str, str]:
    """The ``name`` column of a table editor as shown, by each row's main text."""
    model = editor.model
    column = next(n for n, c in enumerate(model.columns) if c.name == name)
    main = kinds.of(model.table).main
    return {
        str(getattr(model.item(row), main)): str(model.index(row, column).data())
        for row in range(model.rowCount())
    }


def test_items_not_shared_say_to_whom_in_lists_the_register_and_the_grid(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "Valley.workshop"
    with small_workshop(path) as doc:
        dispute = created_id(
            ops.create(
                doc, "disagreement", title="Who holds the contract", visibility="confidential"
            ),
            "disagreement",
        )
        ops.create(doc, "note", text="Corridor word")  # private by default
        doc.save()
    assert window.open_path(path)
    session = window.session
    assert session is not None

    positions = window.workspace.show_stage("positions")
    assert isinstance(positions, PositionsStage)
    positions.tabs.show_page("list")
    positions.partner_choice.choose(None)
    QApplication.processEvents()
    editor = positions.list
    editor.ensure_loaded()
    by_statement = shown(editor, "visibility")
    assert by_statement["Acme confidential floor"] == "Confidential to Acme Housing"
    assert by_statement["Bryn private aside"] == "Private"
    assert by_statement["Acme shared red line"] == "Shared"

    # The grid says it in the cell, beside the position.
    grid = positions.grid_model
    texts = [
        str(grid.index(row, column).data())
        for row in range(grid.rowCount())
        for column in range(grid.columnCount())
    ]
    lines = [line for text in texts for line in text.split("\n")]
    assert any(
        line.startswith("◐ ") and "Acme confidential floor (Confidential to Acme Housing)" in line
        for line in lines
    )
    assert any(line.startswith("● ") and "Bryn private aside (Private)" in line for line in lines)

    # A disagreement is confidential to its parties: named as they are ticked.
    stage = window.workspace.show_stage("disagreements")
    assert isinstance(stage, DisagreementsStage)
    stage.register.ensure_loaded()
    assert shown(stage.register, "visibility")["Who holds the contract"] == (
        "Confidential (no partner named): broker only"
    )
    # Tick Acme and Bryn as its parties, with Space, as the facilitator would.
    stage.register.select_id(dispute)
    stage.parties.setFocus()
    stage.parties.setCurrentIndex(stage.parties.model().index(0, 0))
    qtbot.keyClick(stage.parties, Qt.Key.Key_Space)
    qtbot.keyClick(stage.parties, Qt.Key.Key_Down)
    qtbot.keyClick(stage.parties, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            shown(stage.register, "visibility")["Who holds the contract"]
            == "Confidential to Acme Housing, Bryn Trust"
        )
    )

    notes = window.workspace.show_stage("notes")
    notes.editor.ensure_loaded()
    assert shown(notes.editor, "visibility")["Corridor word"] == "Private"


def test_the_facilitators_note_is_its_own_column_and_never_on_the_projector(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "Valley.workshop"
    with small_workshop(path) as doc:
        meeting = created_id(ops.create(doc, "meeting", title="First meeting"), "meeting")
        ops.create(doc, "agenda_item", meeting_id=meeting, title="Check-in")
        doc.save()
    assert window.open_path(path)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    stage = window.workspace.show_stage("meetings")
    assert isinstance(stage, MeetingsStage)
    stage.agenda.ensure_loaded()
    qtbot.waitUntil(lambda: stage.agenda.model.rowCount() == 1)
    model = stage.agenda.model
    column = next(n for n, c in enumerate(model.columns) if c.name == "facilitator_note")
    assert model.headerData(column, Qt.Orientation.Horizontal, 0) == "Facilitator’s note"
    edit_cell(qtbot, stage.agenda.view, 0, column, "Check in privately with Bryn")
    item = window.session.items("agenda_item")[0]
    assert item.facilitator_note == "Check in privately with Bryn"
    assert item.visibility == "shared"  # the item is the room's; its note is not
    window.session.release()
    QApplication.processEvents()
    assert window.room is not None
    qtbot.waitUntil(lambda: "Check-in" in window.room.visible_text())
    assert "privately" not in window.room.visible_text()
