"""The sweep: canaries in every text field of every item kind at every visibility never reach the
room view, at any stage (the exports' sweep is ``test_exports_confidentiality.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.export_helpers import TOKEN, canary_workshop
from ui.actions import Action
from ui.main_window import MainWindow
from ui.workspace import STAGE_KEYS

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


def test_room_view_never_shows_a_canary_it_may_not(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "canaries.workshop"
    doc, canaries, _partners = canary_workshop(path)
    doc.save()
    doc.close()
    assert window.open_path(path)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    assert window.room is not None
    shown: set[str] = set()
    for key in STAGE_KEYS:
        window.workspace.show_stage(key)
        QApplication.processEvents()
        tokens = set(TOKEN.findall(window.room.visible_text()))
        leaked = {token for token in tokens if not token.startswith("ZqS")}
        assert not leaked, (key, {token: canaries.tokens[token] for token in leaked})
        shown |= tokens
    # The room does show the shared items (not an empty screen passing for a safe one).
    shown_tables = {canaries.tokens[token][0] for token in shown}
    assert {"partner", "position", "value", "disagreement", "clause", "action"} <= shown_tables
