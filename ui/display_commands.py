"""The main window's display commands: the room view steered from the console, items held from
it, text size and window state. The controller owns the room view; the window delegates to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractSlider, QApplication, QLabel, QSplitter

from ui import settings
from ui.actions import Action

if TYPE_CHECKING:
    from ui.hold import HoldWatcher
    from ui.main_window import MainWindow
    from ui.room_view import RoomView


ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)


class DisplayController(QObject):
    """The room view, the held items' count, the text size and the remembered window layout."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = window.prefs
        self.actions = window.actions
        self.room: RoomView | None = None
        self.held_label: QLabel | None = None
        self._hold_watcher: HoldWatcher | None = None
        # The font size before any zoom, kept on the application (zoom changes the app font).
        app = QApplication.instance()
        base = app.property("cg_base_point") if app is not None else None
        if not base:
            base = QApplication.font().pointSizeF()
            if app is not None:
                app.setProperty("cg_base_point", base)
        self.base_point = float(base)
        self._connect_actions()

    # --- room view ---------------------------------------------------------------------------

    def ensure_room(self) -> RoomView:
        if self.room is None:
            from ui.room_view import RoomView

            window = self.window
            room = self.room = RoomView(
                window.timer, self.prefs.get(settings.ROOM_TEXT_SCALE), window
            )
            room.follow_released = self.prefs.get(settings.ROOM_FOLLOW)
            # The room's own B and F keys and the menu stay in step.
            room.blank_changed.connect(self.actions[Action.ROOM_BLANK].setChecked)
            room.freeze_changed.connect(self.actions[Action.ROOM_FREEZE].setChecked)
            # Closed with Esc or its window's close button: F5 then opens it again.
            room.shown_changed.connect(self._room_shown)
            room.set_session(window.session)
            workspace = window.workspace
            if workspace is not None:
                room.follow(workspace.current_key(), workspace.current_title())
        return self.room

    def follow_document(self) -> None:
        """A workshop was opened: the room shows it, and its held items are watched."""
        if self.room is not None:
            self.room.set_session(self.window.session)
        self.watch_for_hold()

    def drop_session(self) -> None:
        if self.room is not None:
            self.room.set_session(None)

    def stage_changed(self, key: str, title: str) -> None:
        if self.room is not None:
            self.room.follow(key, title)
        self.watch_for_hold()

    def set_room_visible(self, visible: bool) -> None:
        room = self.ensure_room()
        if visible:
            self.watch_for_hold()
            room.present()
            self.window.activateWindow()  # the keyboard stays with the console, not the projector
        else:
            room.hide()

    def _room_shown(self, shown: bool) -> None:
        action = self.actions[Action.ROOM_VIEW]
        action.blockSignals(True)  # reflect the window, do not act on it again
        action.setChecked(shown)
        action.blockSignals(False)
        self.show_held()

    def _connect_actions(self) -> None:
        """Connect the commands that steer the room view from the console."""
        a = self.actions
        a[Action.ROOM_VIEW].toggled.connect(self.set_room_visible)
        a[Action.ROOM_BLANK].triggered.connect(lambda _c=False: self.blank_room())
        a[Action.ROOM_FREEZE].triggered.connect(lambda _c=False: self.freeze_room())
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
        a[Action.ZOOM_IN].triggered.connect(lambda _c=False: self.zoom(1))
        a[Action.ZOOM_OUT].triggered.connect(lambda _c=False: self.zoom(-1))
        a[Action.ZOOM_RESET].triggered.connect(lambda _c=False: self.apply_text_scale(100))

    def _follow_room(self, follow: bool) -> None:
        self.prefs.set(settings.ROOM_FOLLOW, follow)
        if self.room is not None:
            self.room.follow_released = follow

    def _room_text(self, direction: int) -> None:
        percent = self.ensure_room().step_scale(direction)
        self.prefs.set(settings.ROOM_TEXT_SCALE, percent)
        self.window.statusBar().showMessage(
            self.tr("Room view text %1% of the size fitted to its screen").replace(
                "%1", str(percent)
            ),
            3000,
        )

    def release_held(self) -> None:
        session = self.window.session
        if session is not None and session.release():
            self.window.statusBar().showMessage(self.tr("Released to the room view"), 3000)

    def watch_for_hold(self) -> None:
        """Release a held item when the facilitator leaves it, in every stage built so far.
        Nothing is held before the room view is first opened: until then, nothing to watch."""
        session, workspace = self.window.session, self.window.workspace
        if session is None or workspace is None or self.room is None:
            return
        watcher = self._hold_watcher
        if watcher is None or watcher.session is not session:
            from ui.hold import HoldWatcher

            watcher = self._hold_watcher = HoldWatcher(session, session)
            session.hold_changed.connect(self.show_held)
            session.destroyed.connect(self.show_held)  # closed: nothing held
        for stage in workspace.stages.values():
            watcher.watch(stage)
        self.show_held()

    def show_held(self, _why: Any = None) -> None:
        """The count of held items, in the status bar and on the Room menu's release command."""
        label = self.held_label
        if label is None:
            label = self.held_label = QLabel(self.window)
            label.setAccessibleName(self.tr("Held from the room"))
            self.window.statusBar().addPermanentWidget(label)
        session = self.window.session
        count = len(session.held) if session is not None else 0
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

    def blank_room(self) -> None:
        room = self.ensure_room()
        room.set_blank(self.actions[Action.ROOM_BLANK].isChecked())
        self.window.statusBar().showMessage(
            self.tr("Room view blanked") if room.blanked else self.tr("Room view showing"), 4000
        )

    def freeze_room(self) -> None:
        room = self.ensure_room()
        room.set_frozen(self.actions[Action.ROOM_FREEZE].isChecked())
        self.window.statusBar().showMessage(
            self.tr("Room view frozen") if room.frozen else self.tr("Room view following you"),
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
        font.setPointSizeF(self.base_point * percent / 100)
        QApplication.setFont(font)
        if percent != 100:
            self.window.statusBar().showMessage(
                self.tr("Text size %1%").replace("%1", str(percent)), 3000
            )

    def restore_geometry(self) -> None:
        geometry = self.prefs.get(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        state = self.prefs.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.window.restoreState(state)

    def _splitters(self) -> list[QSplitter]:
        workspace = self.window.workspace
        if workspace is None:
            return []
        return [workspace, *workspace.findChildren(QSplitter)]

    def save_splitters(self) -> None:
        stored: Any = self.prefs.get(settings.SPLITTERS)
        saved: dict[str, Any] = dict(stored)
        for splitter in self._splitters():
            if splitter.objectName():
                saved[splitter.objectName()] = splitter.saveState()
        self.prefs.set(settings.SPLITTERS, saved)

    def restore_splitters(self) -> None:
        saved = self.prefs.get(settings.SPLITTERS)
        workspace = self.window.workspace
        if workspace is not None:
            workspace.splitter_states = dict(saved)
            if "workspace_splitter" in saved:
                workspace.restoreState(saved["workspace_splitter"])
