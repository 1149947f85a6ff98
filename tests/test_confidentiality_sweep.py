"""The sweep: canaries in every text field of every item kind at every visibility never reach the
room view, at any stage of the registry (the exports' sweep is
``test_exports_confidentiality.py``). The canary workshop is planted from the kind declarations,
so a new kind and a new stage are swept without anyone listing them here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.export_helpers import TOKEN, canary_workshop
from ui.actions import Action
from ui.main_window import MainWindow
from ui.stages.registry import STAGE_KEYS
from workshop import kinds

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
    # The room does show the shared items (not an empty screen passing for a safe one): of
    # every kind the room sees that holds text, at the stage that edits it or its parent.
    shown_tables = {canaries.tokens[token][0] for token in shown}
    expected = {k.table for k in kinds.kinds() if _shown_at_a_stage(k) and _has_text(k)}
    assert {"risk", "contribution"} <= expected
    assert expected - set(NOT_ON_A_ROOM_PAGE) <= shown_tables, expected - shown_tables


#: Kinds the room sees whose text its pages do not print, and why.
NOT_ON_A_ROOM_PAGE = {
    "agenda_item": "the meetings page shows one meeting's agenda (the timed one's, else the "
    "first meeting's), and each canary agenda item is under a meeting of its own",
}


def _shown_at_a_stage(kind: kinds.Kind) -> bool:
    stages = {kind.stage} | {kinds.of(parent).stage for _, parent in kind.parents}
    return kind.room and bool(stages & set(STAGE_KEYS))


def _has_text(kind: kinds.Kind) -> bool:
    return any(f.type == "text" and not f.private for f in kind.fields)


def test_an_item_made_private_leaves_the_projector_at_once(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from tests.helpers import small_workshop
    from workshop import ops

    path = tmp_path / "small.workshop"
    small_workshop(path).close()
    assert window.open_path(path)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    window.workspace.show_stage("positions")
    QApplication.processEvents()
    assert "Acme shared red line" in window.room.visible_text()
    position = next(
        p for p in window.session.items("position") if p.statement.startswith("Acme shared")
    )
    ops.update(window.session.document, "position", position.id, visibility="private")
    # No waiting for a pause in editing: the very next look at the room no longer shows it.
    assert "Acme shared red line" not in window.room.visible_text()


def test_a_frozen_room_does_not_keep_another_workshops_picture(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from tests.helpers import small_workshop
    from workshop import ops

    first, second = tmp_path / "first.workshop", tmp_path / "second.workshop"
    small_workshop(first).close()
    doc = small_workshop(second)
    ops.update(doc, "workshop", 1, title="The second partnership")
    doc.save()
    doc.close()
    assert window.open_path(first)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    window.actions[Action.ROOM_FREEZE].trigger()
    assert window.room.frozen
    assert window.close_document()
    assert window.open_path(second)
    QApplication.processEvents()
    assert not window.room.frozen and not window.actions[Action.ROOM_FREEZE].isChecked()
    assert "The second partnership" in window.room.visible_text()
