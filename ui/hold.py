"""When a held item is let into the room: the facilitator leaves it (its row in a list, or the
cell of the grid it was made in). The held set itself lives in :class:`ui.session.Session`;
Ctrl+Enter (``Action.ROOM_RELEASE``) releases everything at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui.session import Key, Session
from ui.table_editor import TableEditor

_WATCHED = "cg_hold_watched"


class HoldWatcher(QObject):
    """Releases a held item when the facilitator moves off it."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: The grid each held item was made in (by a key in a cell: a rating, an answer).
        self._origin: dict[Key, QAbstractItemView] = {}
        session.changed.connect(self._note_origins)

    def watch(self, root: QWidget) -> None:
        """Watch every list and grid under ``root`` (a stage); each is watched once."""
        for editor in root.findChildren(TableEditor):
            if not editor.property(_WATCHED):
                editor.setProperty(_WATCHED, True)
                self._watch_editor(editor)
        for view in root.findChildren(QAbstractItemView):
            if not view.property(_WATCHED) and not isinstance(view.parent(), TableEditor):
                view.setProperty(_WATCHED, True)
                model = view.selectionModel()
                if model is not None:
                    model.currentChanged.connect(
                        lambda current, previous, v=view: self._left_cell(v, current, previous)
                    )

    def _watch_editor(self, editor: TableEditor) -> None:
        state: dict[str, Any] = {"id": None, "resetting": False}

        def moved(item: Any) -> None:
            # A reload passes through "no row" and back: not the facilitator moving.
            if item is None or state["resetting"]:
                return
            before, state["id"] = state["id"], item.id
            if before is not None and before != item.id:
                self.session.release({(editor.table, before)})

        def resetting(flag: bool) -> None:
            state["resetting"] = flag

        editor.model.modelAboutToBeReset.connect(lambda: resetting(True))
        editor.model.modelReset.connect(lambda: resetting(False))
        editor.current_changed.connect(moved)

    def _note_origins(self, change: Any) -> None:
        if not change.created:
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractItemView) and not isinstance(focus.parent(), TableEditor):
            for key in change.created:
                if self.session.is_held(*key):
                    self._origin[key] = focus
        held = self.session.held
        self._origin = {key: view for key, view in self._origin.items() if key in held}

    def _left_cell(
        self, view: QAbstractItemView, current: QModelIndex, previous: QModelIndex
    ) -> None:
        # After a model reset the previous cell is invalid: that is not the facilitator moving.
        if not previous.isValid() or (
            current.isValid()
            and (current.row(), current.column()) == (previous.row(), previous.column())
        ):
            return
        made_here = [key for key, origin in self._origin.items() if origin is view]
        for key in made_here:
            del self._origin[key]
        if made_here:
            self.session.release(made_here)
