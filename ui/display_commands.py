"""The main window's display commands: the room view, text size and window state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QAbstractSlider, QApplication, QLabel, QMainWindow, QSplitter

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

    # --- room view ---------------------------------------------------------------------------

    def ensure_room(self) -> Any:
        if self.room is None:
            from ui.room_view import RoomView

            self.room = RoomView(self.timer, self.prefs.get(settings.ROOM_TEXT_SCALE), self)
            self.room.follow_released = self.prefs.get(settings.ROOM_FOLLOW)
            # The room's own B and F keys and the menu stay in step.
            self.room.blank_changed.connect(self.actions[Action.ROOM_BLANK].setChecked)
            self.room.freeze_changed.connect(self.actions[Action.ROOM_FREEZE].setChecked)
            # Closed with Esc or its window's close button: F5 then opens it again.
            self.room.shown_changed.connect(self._room_shown)
            self.room.set_session(self.session)
            if self.workspace is not None:
                key = self.workspace.current_key()
                self.room.follow(key, self.workspace.stage_titles()[key])
        return self.room

    def set_room_visible(self, visible: bool) -> None:
        room = self.ensure_room()
        if visible:
            room.present()
            self.activateWindow()  # the keyboard stays with the console, not the projector
        else:
            room.hide()

    def _room_shown(self, shown: bool) -> None:
        action = self.actions[Action.ROOM_VIEW]
        action.blockSignals(True)  # reflect the window, do not act on it again
        action.setChecked(shown)
        action.blockSignals(False)
        self.show_held()

    def connect_room_actions(self) -> None:
        """Connect the commands that steer the room view from the console."""
        a = self.actions
        a[Action.ROOM_VIEW].toggled.connect(self.set_room_visible)
        a[Action.ROOM_FOLLOW].setChecked(self.prefs.get(settings.ROOM_FOLLOW))
        a[Action.ROOM_FOLLOW].toggled.connect(self._follow_room)
        a[Action.ROOM_RELEASE].triggered.connect(lambda _c=False: self.release_held())
        slider = QAbstractSlider.SliderAction
        for key, step in (
            (Action.ROOM_LINE_DOWN, slider.SliderSingleStepAdd),
            (Action.ROOM_LINE_UP, slider.SliderSingleStepSub),
            (Action.ROOM_PAGE_DOWN, slider.SliderPageStepAdd),
            (Action.ROOM_PAGE_UP, slider.SliderPageStepSub),
            (Action.ROOM_TOP, slider.SliderToMinimum),
        ):
            a[key].triggered.connect(lambda _c=False, s=step: self.ensure_room().scroll_by(s))
        for key, direction in (
            (Action.ROOM_TEXT_LARGER, 1),
            (Action.ROOM_TEXT_SMALLER, -1),
            (Action.ROOM_TEXT_FITTED, 0),
        ):
            a[key].triggered.connect(lambda _c=False, d=direction: self._room_text(d))

    def _follow_room(self, follow: bool) -> None:
        self.prefs.set(settings.ROOM_FOLLOW, follow)
        if self.room is not None:
            self.room.follow_released = follow

    def _room_text(self, direction: int) -> None:
        percent = self.ensure_room().step_scale(direction)
        self.prefs.set(settings.ROOM_TEXT_SCALE, percent)
        self.statusBar().showMessage(
            self.tr("Room view text %1% of the size fitted to its screen").replace(
                "%1", str(percent)
            ),
            3000,
        )

    def release_held(self) -> None:
        if self.session is not None and self.session.release():
            self.statusBar().showMessage(self.tr("Released to the room view"), 3000)

    def watch_for_hold(self) -> None:
        """Release a held item when the facilitator leaves it, in every stage built so far."""
        if self.session is None or self.workspace is None:
            return
        watcher = getattr(self, "_hold_watcher", None)
        if watcher is None or watcher.session is not self.session:
            from ui.hold import HoldWatcher

            watcher = HoldWatcher(self.session, self.session)
            self._hold_watcher = watcher
            self.session.hold_changed.connect(self.show_held)
            self.session.destroyed.connect(self.show_held)  # closed: nothing held
        for stage in self.workspace.stages.values():
            watcher.watch(stage)
        self.show_held()

    def show_held(self, _why: Any = None) -> None:
        """The count of held items, in the status bar and on the Room menu's release command."""
        label = getattr(self, "_held_label", None)
        if label is None:
            label = self._held_label = QLabel(self)
            label.setAccessibleName(self.tr("Held from the room"))
            self.statusBar().addPermanentWidget(label)
        count = len(self.session.held) if self.session is not None else 0
        release = self.actions[Action.ROOM_RELEASE]
        release.setEnabled(count > 0)
        if count:
            text = (
                self.tr("1 item held from the room (Ctrl+Enter releases)")
                if count == 1
                else self.tr("%1 items held from the room (Ctrl+Enter releases)").replace(
                    "%1", str(count)
                )
            )
            release.setText(
                self.tr("Release &held items to the room (%1)").replace("%1", str(count))
            )
        else:
            text = ""
            release.setText(self.tr("Release &held items to the room"))
        label.setText(text)
        label.setVisible(bool(count))

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
