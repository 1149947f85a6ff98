"""What a screen reader is told (issue 13, "Screen readers"): every control of every stage and
of the room view has a name, no label hides its text behind a name, symbols are read as words,
the room view is a document of headings, lists and tables, and the save state and the timer
are live regions. The walk is over Qt's accessibility interfaces (what AT-SPI reads), so a
stage added to the registry later is walked too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests import access_support, ui_support
from tests.access_support import NAME, Role, interface, problems
from tests.ui_support import FakeClock
from ui import access, labels
from ui.actions import Action
from ui.main_window import MainWindow
from ui.stages.registry import STAGE_KEYS, STAGES
from workshop import kinds
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


@pytest.fixture
def sample(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    return window


def test_every_stage_and_the_room_view_name_what_they_show(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    window.actions[Action.ROOM_VIEW].setChecked(True)
    room = window.room
    assert room is not None and room.isVisible()
    assert window.workspace is not None
    found: list[str] = []
    for key in STAGE_KEYS:
        stage = window.workspace.show_stage(key)
        QApplication.processEvents()
        found += [f"{key}: {problem}" for problem in problems(window)]
        found += [f"{key}, room view: {problem}" for problem in problems(room)]
        # Every page of a stage with pages (the positions grid, list and topics).
        for page_index in range(getattr(getattr(stage, "tabs", None), "count", lambda: 0)()):
            stage.tabs.setCurrentIndex(page_index)  # type: ignore[attr-defined]
            QApplication.processEvents()
            found += [f"{key} page {page_index}: {p}" for p in problems(window)]
    assert not found, "\n".join(found)
    assert len(STAGES) == len(STAGE_KEYS)


def test_the_save_state_is_read_as_its_text_and_announced(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    said: list[str] = []
    access.ANNOUNCER.announced.connect(lambda _widget, text: said.append(text))
    label = interface(window.saved_label)
    assert label.text(NAME) == "All changes saved"
    assert window.session is not None
    window.actions[Action.QUICK_CAPTURE].trigger()
    capture = window.capture
    assert capture is not None
    qtbot.keyClicks(capture.line, "topic: Accessibility")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Unsaved changes" in said)
    assert interface(window.saved_label).text(NAME) == "Unsaved changes"
    window.actions[Action.SAVE].trigger()
    qtbot.waitUntil(lambda: said[-1] == "All changes saved")


def test_the_timer_is_announced_when_it_starts_pauses_and_runs_over_not_every_second(
    qtbot: Any, sample: MainWindow, clock: FakeClock
) -> None:
    window = sample
    said: list[str] = []
    access.ANNOUNCER.announced.connect(lambda _widget, text: said.append(text))
    window.go_to_stage(STAGE_KEYS.index("meetings"))
    window.actions[Action.TIMER_START].trigger()
    assert said and "0:00" in said[-1] and "Now:" in said[-1], said
    started = len(said)
    stage = window.workspace.current_stage()  # type: ignore[union-attr]
    timer_label = stage.timer_text  # type: ignore[attr-defined]
    for _ in range(5):
        clock.advance(1)
        window.timer.tick()
    assert len(said) == started, said[started:]  # seconds tick by silently
    assert "0:05" in interface(timer_label).text(NAME)  # but its text is read when asked
    clock.advance(window.timer.planned_minutes * 60)
    window.timer.tick()
    assert "over the" in said[-1], said
    window.actions[Action.TIMER_PAUSE].trigger()
    assert "paused" in said[-1], said


def test_symbols_are_read_as_words_in_the_positions_grid(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None
    stage = window.workspace.show_stage("positions")
    grid = stage.grid  # type: ignore[attr-defined]
    model = grid.model()
    texts = [
        model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    confidential = labels.symbol("visibility", "confidential")
    marked = [text for text in texts if confidential in text]
    assert marked, "the sample has a confidential position"
    assert all("confidential" in text.lower() for text in marked), (
        marked
    )  # its word, or "Confidential to …"
    cells = list(access_support.cells(interface(grid)))
    assert any("confidential" in cell.text(NAME).lower() for cell in cells)


def test_list_tables_are_named_by_their_kinds_plural(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None
    stage = window.workspace.show_stage("positions")
    assert stage.list.view.accessibleName() == "Positions"  # type: ignore[attr-defined]
    notes = window.workspace.show_stage("notes")
    assert notes.editor.view.accessibleName() == "Notes"  # type: ignore[attr-defined]


def test_a_cell_editor_is_named_by_its_column(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None
    stage = window.workspace.show_stage("actions")
    view = stage.editor.view  # type: ignore[attr-defined]
    columns = view.model().columnCount()
    main = labels.field_label("action", kinds.of("action").main)
    title_column = next(
        c for c in range(columns) if view.model().headerData(c, Qt.Orientation.Horizontal) == main
    )
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, title_column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = ui_support.editor_of(view)
    assert isinstance(editor, QLineEdit)
    assert interface(editor).text(NAME) == main
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_the_room_view_is_a_document_of_headings_lists_and_tables(
    qtbot: Any, sample: MainWindow
) -> None:
    window = sample
    window.actions[Action.ROOM_VIEW].setChecked(True)
    room = window.room
    assert room is not None and window.workspace is not None
    window.workspace.show_stage("values")
    QApplication.processEvents()
    page = interface(room.body)
    assert page.role() == Role.Document
    assert page.text(NAME) == "What the room sees"
    parts = [page.child(i) for i in range(page.childCount())]
    roles = {part.role() for part in parts if part is not None}
    assert Role.Table in roles, roles
    table = next(part for part in parts if part is not None and part.role() == Role.Table)
    first_row = table.child(0)
    assert first_row is not None and first_row.role() == Role.Row
    heads = [first_row.child(i).text(NAME) for i in range(first_row.childCount())]
    assert window.session is not None
    partners = [p.label for p in window.session.items("partner")]
    assert any(name in heads for name in partners), heads
    # A page with a list and headings: the overview's partners and its sections.
    window.workspace.show_stage("actions")
    QApplication.processEvents()
    page = interface(room.body)
    everything = [page.child(i) for i in range(page.childCount())]
    assert any(p is not None and p.role() in (Role.Table, Role.List) for p in everything)
    window.workspace.show_stage("values")
    QApplication.processEvents()
    # The structure follows the page when it is redrawn.
    page = interface(room.body)
    assert any(page.child(i).role() == Role.Table for i in range(page.childCount()))


def test_dialogs_name_what_they_show(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    window.actions[Action.QUICK_CAPTURE].trigger()
    capture = window.capture
    assert capture is not None
    assert window.session is not None
    partner = window.session.items("partner")[0].name
    qtbot.keyClicks(capture.line, f"{partner} red line: no exclusivity")
    QApplication.processEvents()
    assert not problems(capture), problems(capture)
    assert "no exclusivity" in interface(capture.preview).text(NAME)
    capture.close()
    from ui.export_dialog import ExportDialog

    assert window.session is not None
    dialog = ExportDialog(window.session.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert not problems(dialog), problems(dialog)
    button = interface(dialog.cancel_button)
    assert button.text(NAME) == dialog.cancel_button.text().replace("&", "")
    dialog.cancel_button.setText("Close")  # what it says when an export is done
    assert interface(dialog.cancel_button).text(NAME) == "Close"
    dialog.close()
    from ui.preferences import PreferencesDialog

    prefs = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(prefs)
    prefs.show()
    assert not problems(prefs), problems(prefs)


def test_the_audit_catches_a_label_that_hides_its_text(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = QLabel("All changes saved", box)
    label.setAccessibleName("Save state")
    layout.addWidget(label)
    layout.addWidget(QPushButton("", box))
    box.show()
    found = problems(box)
    assert any("hides its text 'All changes saved'" in p for p in found), found
    assert any(p.startswith("unnamed") for p in found), found
    assert QAccessible.queryAccessibleInterface(box) is not None
