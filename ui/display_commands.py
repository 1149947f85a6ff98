"""The main window's display commands: the room view, text size and window state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from ui import settings
from ui.actions import Action

if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object


ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)


class DisplayCommands(_Base):
    """Mixed into :class:`ui.main_window.MainWindow`; keeps the window itself short."""

    session: Any
    workspace: Any
    room: Any
    prefs: settings.Settings
    timer: Any
    _base_point: float
    actions: dict[Action, QAction]  # type: ignore[assignment]

    # --- room view ----------------------------------------------------------------------------

    def ensure_room(self) -> Any:
        if self.room is None:
            from ui.room_view import RoomView

            self.room = RoomView(self.timer, self.prefs.get(settings.ROOM_TEXT_POINTS), self)
            # The room's own B and F keys and the menu stay in step.
            self.room.blank_changed.connect(self.actions[Action.ROOM_BLANK].setChecked)
            self.room.freeze_changed.connect(self.actions[Action.ROOM_FREEZE].setChecked)
            self.room.set_session(self.session)
            if self.workspace is not None:
                key = self.workspace.current_key()
                self.room.follow(key, self.workspace.stage_titles()[key])
        return self.room

    def set_room_visible(self, visible: bool) -> None:
        room = self.ensure_room()
        if visible:
            room.present()
        else:
            room.hide()

    def _blank_room(self) -> None:
        self.ensure_room().set_blank(self.actions[Action.ROOM_BLANK].isChecked())
        self.statusBar().showMessage(
            self.tr("Room view blanked") if self.room.blanked else self.tr("Room view showing"),
            4000,
        )

    def _freeze_room(self) -> None:
        self.ensure_room().set_frozen(self.actions[Action.ROOM_FREEZE].isChecked())
        self.statusBar().showMessage(
            self.tr("Room view frozen") if self.room.frozen else self.tr("Room view following you"),
            4000,
        )

    # --- text size and window state -----------------------------------------------------------

    def zoom(self, direction: int) -> None:
        current = self.prefs.get(settings.TEXT_SCALE)
        steps = [s for s in ZOOM_STEPS if (s > current if direction > 0 else s < current)]
        if steps:
            self.apply_text_scale(steps[0] if direction > 0 else steps[-1])

    def apply_text_scale(self, percent: int) -> None:
        self.prefs.set(settings.TEXT_SCALE, percent)
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point * percent / 100)
        QApplication.setFont(font)
        if percent != 100:
            self.statusBar().showMessage(self.tr("Text size %1%").replace("%1", str(percent)), 3000)

    def restore_geometry(self) -> None:
        geometry = self.prefs.get(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.prefs.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _splitters(self) -> list[QSplitter]:
        if self.workspace is None:
            return []
        return [self.workspace, *self.workspace.findChildren(QSplitter)]

    def save_splitters(self) -> None:
        stored: Any = self.prefs.get(settings.SPLITTERS)
        saved: dict[str, Any] = dict(stored)
        for splitter in self._splitters():
            if splitter.objectName():
                saved[splitter.objectName()] = splitter.saveState()
        self.prefs.set(settings.SPLITTERS, saved)

    def restore_splitters(self) -> None:
        saved = self.prefs.get(settings.SPLITTERS)
        if self.workspace is not None:
            self.workspace.splitter_states = dict(saved)
            if "workspace_splitter" in saved:
                self.workspace.restoreState(saved["workspace_splitter"])
        self._saved_splitters = saved
