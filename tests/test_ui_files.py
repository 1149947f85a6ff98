"""Files through the app: bad files, files in use, crash recovery, saving truthfully."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.ui_support import Dialogs
from ui.actions import Action
from ui.main_window import MainWindow
from workshop import ops, snapshot, storage
from workshop.document import Document
from workshop.migrations import SCHEMA_VERSION

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window
CHILD = Path(__file__).with_name("crash_child.py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved_workshop(path: Path, title: str = "Saved partnership") -> Path:
    doc = Document.new(path)
    ops.update(doc, "workshop", 1, title=title)
    ops.add_partner(doc, "Acme Housing")
    doc.save()
    doc.close()
    return path


def bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.workshop"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(4096))
    elif kind == "text":
        path.write_text("Minutes of the meeting\nNothing to see here\n", "utf-8")
    elif kind == "newer":
        saved_workshop(path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
    elif kind == "directory":
        path.mkdir()
    elif kind == "truncated":
        saved_workshop(tmp_path / "whole.workshop")
        data = (tmp_path / "whole.workshop").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(
    "kind", ["empty", "random", "text", "newer", "directory", "truncated", "missing"]
)
def test_each_bad_file_shows_the_core_message(
    window: MainWindow, answered: Dialogs, tmp_path: Path, kind: str
) -> None:
    path = bad_file(tmp_path, kind)
    before = digest(path) if path.is_file() else None
    assert not window.open_path(path)
    assert len(answered.problems) == 1
    message = answered.problems[0]
    expected = {
        "empty": "not a Common Ground workshop",
        "random": "not a Common Ground workshop",
        "text": "not a Common Ground workshop",
        "newer": "newer version of Common Ground",
        "directory": "is a folder",
        "truncated": "",
        "missing": "There is no file",
    }[kind]
    assert expected in message
    if kind != "directory":
        assert "nothing was" in message.lower()
    assert window.session is None and window.pages.currentWidget() is window.welcome
    if before is not None:
        assert digest(path) == before
    assert not (tmp_path / "missing.workshop").exists()


def test_file_already_open_offers_read_only(
    window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    path = saved_workshop(tmp_path / "shared.workshop")
    other = Document.open(path)  # the same file open elsewhere
    try:
        answered.answers.append(1)  # Cancel
        assert not window.open_path(path)
        assert "already open" in answered.questions[-1]
        answered.answers.append(0)  # Open read-only
        assert window.open_path(path)
        assert window.session.document.read_only
        assert window.saved_label.text() == "Read-only"
        assert not window.actions[Action.SAVE].isEnabled()
        assert not window.actions[Action.QUICK_CAPTURE].isEnabled()
        assert not window.workspace.stage("overview").partners.add_button.isEnabled()
        positions = window.workspace.show_stage("positions")
        assert positions.add_position("red_line") is None
        window.actions[Action.UNDO].trigger()
        assert not answered.problems
    finally:
        window.close_document()
        other.close()


def _crash_while_editing(path: Path) -> None:
    """Run a real session in another process, let it commit edits, then kill it."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), "0", "100000"],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ack 2"):
            break
    child.kill()
    child.wait(timeout=30)
    child.stdout.close()


def test_recovery_offered_at_start_after_a_crash(
    qtbot: Any, window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    path = saved_workshop(tmp_path / "crashed.workshop")
    before = digest(path)
    _crash_while_editing(path)
    assert digest(path) == before
    answered.answers.append(0)  # Recover
    document = window.files.recover_orphans()
    assert document is not None
    window.set_document(document)
    assert "closed unexpectedly" in answered.questions[-1]
    notes = {n.text for n in window.session.items("note")}
    assert {"edit-0", "edit-1", "edit-2"} <= notes
    assert window.isWindowModified() and window.saved_label.text() == "Unsaved changes"
    window.actions[Action.SAVE].trigger()
    assert window.saved_label.text() == "All changes saved"
    assert digest(path) != before


def test_recovery_offered_when_opening_and_can_be_discarded(
    window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    path = saved_workshop(tmp_path / "crashed.workshop")
    _crash_while_editing(path)
    answered.answers.append(1)  # Discard edits
    assert window.open_path(path)
    assert "Recover" in answered.questions[-1] or "recovered" in answered.questions[-1]
    assert not window.session.items("note")
    assert not window.isWindowModified()


def test_recovery_when_the_original_is_gone(
    window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    path = saved_workshop(tmp_path / "gone.workshop")
    _crash_while_editing(path)
    path.unlink()
    target = tmp_path / "rescued.workshop"
    answered.answers.append(0)  # Save as new file
    answered.save_paths.append(str(target))
    document = window.files.recover_orphans()
    assert "no longer there" in answered.questions[-1]
    assert document is not None and document.path == target
    window.set_document(document)
    assert "edit-0" in {n.text for n in window.session.items("note")}
    assert storage.orphaned_working_copies() == []


def test_save_failure_is_shown_and_state_stays_honest(
    window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = saved_workshop(folder / "usb.workshop")
    assert window.open_path(path)
    window.session.run(ops.create, "note", text="typed before the stick was pulled")
    assert window.saved_label.text() == "Unsaved changes" and window.isWindowModified()
    shutil.rmtree(folder)  # the USB stick is pulled
    window.documents.autosave_now()
    assert window.saved_label.text().startswith("Autosave failed: Could not save")
    assert window.isWindowModified()
    assert not window.documents.save()
    assert answered.problems and "Could not save" in answered.problems[-1]
    assert window.isWindowModified()
    folder.mkdir()  # plugged back in
    assert window.documents.save()
    assert window.saved_label.text() == "All changes saved" and not window.isWindowModified()


def test_title_recent_files_and_drop(
    qtbot: Any, window: MainWindow, answered: Dialogs, tmp_path: Path
) -> None:
    first = saved_workshop(tmp_path / "first.workshop", "First partnership")
    second = saved_workshop(tmp_path / "second.workshop", "Second partnership")
    assert window.open_path(first)
    assert window.windowTitle() == "First partnership — first.workshop[*]"
    assert not window.isWindowModified()
    window.session.run(ops.update, "workshop", 1, title="Renamed")
    assert window.windowTitle() == "Renamed — first.workshop[*]" and window.isWindowModified()
    answered.answers.append(0)  # Save before closing
    assert window.close_document()
    assert "not saved" in answered.questions[-1]
    # drop the second file onto the window
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.workshop.title == "Second partnership"
    window.close_document()
    recent = window.prefs.recent_files()
    assert recent[:2] == [str(second.resolve()), str(first.resolve())]
    second.unlink()  # missing files are dropped from the list
    assert window.prefs.recent_files() == [str(first.resolve())]
    window.welcome.set_recent(window.prefs.recent_files())
    assert window.welcome.recent.count() == 1
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(0))
    assert window.session is not None and window.session.workshop.title == "Renamed"


def test_new_from_template_dialog_and_sample(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import new_workshop as welcome

    monkeypatch.setattr(
        welcome.NewWorkshopDialog,
        "exec",
        lambda self: (self.templates.setCurrentRow(2), self.title.setText("JV talks"), 1)[-1],
    )
    window.actions[Action.NEW].trigger()
    assert window.session.workshop.title == "JV talks"
    assert window.session.workshop.collaboration_model == "joint_venture"
    window.actions[Action.OPEN_SAMPLE].trigger()
    QApplication.processEvents()
    assert len(window.session.items("partner")) == 5


def test_app_start_shows_a_bad_file_in_a_dialog(
    qtbot: Any, answered: Dialogs, tmp_path: Path, capsys: Any
) -> None:
    from ui import app

    bad = tmp_path / "notes.workshop"
    bad.write_text("not a workshop", "utf-8")
    before = digest(bad)
    started = app.start(str(bad))  # what `commonground FILE` does before running the event loop
    qtbot.addWidget(started)
    qtbot.waitUntil(lambda: bool(answered.problems))
    assert "not a Common Ground workshop" in answered.problems[0]
    assert started.session is None and started.welcome.templates.count() == 6
    assert "Traceback" not in capsys.readouterr().err
    assert digest(bad) == before


def test_app_start_offers_recovery(qtbot: Any, answered: Dialogs, tmp_path: Path) -> None:
    from ui import app

    path = saved_workshop(tmp_path / "crashed.workshop")
    _crash_while_editing(path)
    answered.answers.append(0)  # Recover
    started = app.start(None)
    qtbot.addWidget(started)
    qtbot.waitUntil(lambda: started.session is not None)
    assert "closed unexpectedly" in answered.questions[0]
    assert "edit-0" in {n.text for n in started.session.items("note")}
    started.close_document()


def test_text_being_typed_in_a_cell_is_saved_when_closing(
    qtbot: Any, window: MainWindow, answered: Any, tmp_path: Path
) -> None:
    from tests.helpers import small_workshop
    from tests.ui_support import editor_of

    path = tmp_path / "typing.workshop"
    small_workshop(path).close()
    assert window.open_path(path)
    notes = window.workspace.show_stage("notes")
    qtbot.mouseClick(notes.editor.add_button, Qt.MouseButton.LeftButton)
    editor = editor_of(notes.editor.view)  # the new note's text cell is open for typing
    qtbot.keyClicks(editor, "Typed but not yet entered")
    answered.answers.append(0)  # "Save" when asked about unsaved changes
    assert window.close_document()
    doc = Document.open(path)
    texts = [n.text for n in snapshot.read_items(doc, "note")]
    doc.close()
    assert "Typed but not yet entered" in texts
