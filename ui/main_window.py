"""The main window: menus from the action registry, the welcome page or the open workshop.

Thin: its file commands are :class:`DocumentController`'s, the room view, text size and layout
:class:`DisplayController`'s; stage commands go to the current stage's typed interface
(:class:`ui.stages.base.Stage`), and the stages' keys come from ``ui.stages.registry``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
)

from ui import dialogs, settings, translations
from ui.actions import Action, build_actions, shortcut_text
from ui.agenda_timer import AgendaTimer
from ui.display_commands import DisplayController
from ui.document_commands import DocumentController
from ui.files import FileController
from ui.stages import registry
from ui.welcome import WelcomePage

if TYPE_CHECKING:
    from ui.capture_dialog import QuickCapture
    from ui.room_view import RoomView
    from ui.session import Session
    from ui.stages.base import Stage
    from ui.stages.meetings import MeetingsStage
    from ui.workspace import Workspace
    from workshop.document import Document


class MainWindow(QMainWindow):
    #: The action registry, keyed by :class:`Action` (shadows QWidget.actions(), on purpose).
    actions: dict[Action, QAction]  # type: ignore[assignment]

    def __init__(
        self, prefs: settings.Settings | None = None, timer: AgendaTimer | None = None
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if app is not None:
            translations.install(app)  # English plural forms: "1 minute", "2 minutes"
        self.prefs = prefs or settings.Settings()
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self.actions = build_actions(self)  # type: ignore[method-assign]
        self.files = FileController(self, self.prefs)
        self.timer = timer or AgendaTimer(parent=self)
        self.capture: QuickCapture | None = None
        self.pages = QStackedWidget(self)
        self.welcome = WelcomePage(self.pages)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.saved_label.setMinimumWidth(self.saved_label.fontMetrics().horizontalAdvance("M" * 24))
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.documents = DocumentController(self)
        self.display = DisplayController(self)
        self.welcome.new_requested.connect(self.documents.new_from_model)
        self.welcome.open_requested.connect(self.documents.open_dialog)
        self.welcome.sample_requested.connect(self.documents.open_sample)
        self.welcome.recent_requested.connect(self.open_path)
        self._connect_actions()
        self._build_menus()
        self.stage_keys: list[QShortcut] = []
        for row in range(len(registry.STAGES)):
            keys = registry.shortcut(row)
            if keys:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(lambda r=row: self.go_to_stage(r))
                self.stage_keys.append(shortcut)
        self.display.apply_text_scale(self.prefs.get(settings.TEXT_SCALE))
        self.display.restore_geometry()
        self.show_document_state()

    # --- the open workshop, and what other parts ask of the window --------------------------

    @property
    def session(self) -> Session | None:
        return self.documents.session

    @property
    def workspace(self) -> Workspace | None:
        return self.documents.workspace

    @property
    def room(self) -> RoomView | None:
        return self.display.room

    def open_path(self, path: str | Path) -> bool:
        return self.documents.open_path(path)

    def set_document(self, document: Document) -> None:
        self.documents.set_document(document)

    def close_document(self) -> bool:
        return self.documents.close_document()

    # --- set-up -------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        documents = self.documents
        handlers = {
            Action.NEW: documents.new_dialog,
            Action.OPEN: documents.open_dialog,
            Action.OPEN_SAMPLE: documents.open_sample,
            Action.SAVE: documents.save,
            Action.SAVE_AS: documents.save_as,
            Action.CLOSE: documents.close_document,
            Action.EXPORT: documents.export,
            Action.QUIT: self.close,
            Action.UNDO: self.undo,
            Action.REDO: self.redo,
            Action.QUICK_CAPTURE: self.quick_capture,
            Action.ADD_ITEM: lambda: self._edit_stage(lambda stage: stage.add()),
            Action.DELETE_ITEM: lambda: self._edit_stage(lambda stage: stage.delete_selected()),
            Action.MOVE_UP: lambda: self._edit_stage(lambda stage: stage.move_selected(-1)),
            Action.MOVE_DOWN: lambda: self._edit_stage(lambda stage: stage.move_selected(1)),
            Action.NEXT_STAGE: lambda: self._step_stage(1),
            Action.PREVIOUS_STAGE: lambda: self._step_stage(-1),
            Action.TIMER_START: lambda: self._with_meetings(lambda stage: stage.start_selected()),
            Action.TIMER_PAUSE: lambda: self._with_meetings(lambda stage: stage.toggle_pause()),
            Action.TIMER_NEXT: lambda: self._with_meetings(lambda stage: stage.next_item()),
            Action.SHORTCUTS: self.show_shortcuts,
            Action.PREFERENCES: self.edit_preferences,
        }
        for key, handler in handlers.items():
            self.actions[key].triggered.connect(lambda _checked=False, h=handler: h())

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for key in (Action.NEW, Action.OPEN):
            file_menu.addAction(a[key])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(a[Action.OPEN_SAMPLE])
        file_menu.addSeparator()
        for key in (Action.SAVE, Action.SAVE_AS, Action.EXPORT, Action.CLOSE):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        file_menu.addAction(a[Action.PREFERENCES])
        file_menu.addAction(a[Action.QUIT])
        edit = bar.addMenu(self.tr("&Edit"))
        self._fill_menu(
            edit,
            [
                Action.UNDO,
                Action.REDO,
                None,
                Action.QUICK_CAPTURE,
                Action.ADD_ITEM,
                Action.DELETE_ITEM,
                Action.MOVE_UP,
                Action.MOVE_DOWN,
            ],
        )
        view = bar.addMenu(self.tr("&View"))
        self._fill_menu(
            view,
            [
                Action.NEXT_STAGE,
                Action.PREVIOUS_STAGE,
                None,
                Action.ZOOM_IN,
                Action.ZOOM_OUT,
                Action.ZOOM_RESET,
            ],
        )
        room = bar.addMenu(self.tr("&Room"))
        self._fill_menu(
            room,
            [
                Action.ROOM_VIEW,
                Action.ROOM_BLANK,
                Action.ROOM_FREEZE,
                None,
                Action.ROOM_RELEASE,
                Action.ROOM_FOLLOW,
                Action.ROOM_LINE_DOWN,
                Action.ROOM_LINE_UP,
                Action.ROOM_PAGE_DOWN,
                Action.ROOM_PAGE_UP,
                Action.ROOM_TOP,
                Action.ROOM_TEXT_LARGER,
                Action.ROOM_TEXT_SMALLER,
                Action.ROOM_TEXT_FITTED,
                None,
                Action.TIMER_START,
                Action.TIMER_PAUSE,
                Action.TIMER_NEXT,
            ],
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[Action.SHORTCUTS])

    def _fill_menu(self, menu: QMenu, keys: list[Action | None]) -> None:
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent_files()
        for path in recent:
            action = QAction(Path(path).name, self.recent_menu)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent workshops"))
            empty.setEnabled(False)

    # --- editing ------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.session is not None and not self.session.document.read_only:
            self.session.run(lambda doc: doc.undo())

    def redo(self) -> None:
        if self.session is not None and not self.session.document.read_only:
            self.session.run(lambda doc: doc.redo())

    def quick_capture(self) -> None:
        if self.session is None or self.session.document.read_only:
            return
        from ui.capture_dialog import QuickCapture

        capture = self.capture = QuickCapture(self.session, self)
        capture.show()
        capture.raise_()
        capture.activateWindow()  # typing goes to the box at once, not the window behind
        capture.line.setFocus()

    def _edit_stage(self, command: Callable[[Stage], None]) -> None:
        """Run an editing command on the stage shown, if the workshop may be edited."""
        session, workspace = self.session, self.workspace
        if session is not None and workspace is not None and not session.document.read_only:
            command(workspace.current_stage())

    def _with_meetings(self, command: Callable[[MeetingsStage], None]) -> None:
        """The timer's keys act on the meetings stage, wherever the facilitator is."""
        if self.workspace is not None:
            from ui.stages.meetings import MeetingsStage

            self.workspace.show_stage("meetings")
            command(self.workspace.stage_as("meetings", MeetingsStage))

    def _step_stage(self, delta: int) -> None:
        if self.workspace is not None:
            self.workspace.step(delta)

    def go_to_stage(self, row: int) -> None:
        """The stage in ``row`` (Alt+1 is row 0), with the keyboard in its main editor."""
        if self.workspace is not None:
            self.workspace.go_to(row)
            self.workspace.current_stage().focus_main()

    def stage_changed(self, key: str, title: str) -> None:
        if self.workspace is not None:
            self.prefs.set(settings.LAST_STAGE, self.workspace.nav.currentRow())
        self.display.stage_changed(key, title)

    # --- what the window says -----------------------------------------------------------------

    def show_document_state(self, problem: str | None = None) -> None:
        """Title, modified marker, undo/redo names and the save state: always the truth."""
        a = self.actions
        document = self.session.document if self.session is not None else None
        open_ = document is not None
        writable = document is not None and not document.read_only
        for key in (
            Action.SAVE_AS,
            Action.CLOSE,
            Action.EXPORT,
            Action.QUICK_CAPTURE,
            Action.ADD_ITEM,
            Action.DELETE_ITEM,
            Action.MOVE_UP,
            Action.MOVE_DOWN,
            Action.TIMER_START,
            Action.TIMER_PAUSE,
            Action.TIMER_NEXT,
            Action.NEXT_STAGE,
            Action.PREVIOUS_STAGE,
        ):
            a[key].setEnabled(open_)
        for key in (
            Action.QUICK_CAPTURE,
            Action.ADD_ITEM,
            Action.DELETE_ITEM,
            Action.MOVE_UP,
            Action.MOVE_DOWN,
        ):
            a[key].setEnabled(writable)
        a[Action.SAVE].setEnabled(writable)
        undo_label = document.undo_label if document is not None and writable else None
        redo_label = document.redo_label if document is not None and writable else None
        a[Action.UNDO].setText(
            self.tr("&Undo %1").replace("%1", undo_label) if undo_label else self.tr("&Undo")
        )
        a[Action.REDO].setText(
            self.tr("&Redo %1").replace("%1", redo_label) if redo_label else self.tr("&Redo")
        )
        a[Action.UNDO].setEnabled(bool(undo_label))
        a[Action.REDO].setEnabled(bool(redo_label))
        if document is None:
            self.setWindowTitle(self.tr("Common Ground"))
            self.setWindowModified(False)
            self.saved_label.setText("")
            self.welcome.set_recent(self.prefs.recent_files())
            return
        assert self.session is not None
        title = self.session.workshop.title or self.tr("Untitled workshop")
        self.setWindowTitle(f"{title} — {document.display_name}[*]")
        self.setWindowModified(document.modified)
        if problem:
            state = problem
        elif document.read_only:
            state = self.tr("Read-only")
        elif document.path is None:
            state = self.tr("Not saved yet — use Save As")
        elif document.modified:
            state = self.tr("Unsaved changes")
        else:
            state = self.tr("All changes saved")
        self.saved_label.setText(state)
        self.saved_label.setStyleSheet("color: #b03a2e; font-weight: bold;" if problem else "")

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 12000)
        dialogs.show_problem(self, self.tr("Common Ground"), message)

    def edit_preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        if not dialog.exec():
            return
        dialog.apply()
        self.display.apply_text_scale(self.prefs.get(settings.TEXT_SCALE))
        self.documents.start_autosave()
        if self.room is not None:
            self.room.set_scale(self.prefs.get(settings.ROOM_TEXT_SCALE))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """What F1 lists: every action with keys, each stage's keys (from the registry), and the
        keys that belong to one place."""
        rows = [
            (a.text().replace("&", ""), shortcut_text(a))
            for a in self.actions.values()
            if a.shortcuts()
        ]
        for row, spec in enumerate(registry.STAGES):
            keys = registry.shortcut(row)
            if keys:
                go = self.tr("Go to stage %1, %2").replace("%1", registry.number(row))
                rows.append(
                    (
                        go.replace("%2", spec.title),
                        QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                    )
                )
        rows += [
            (
                self.tr("Positions list: add red line / bottom line / preference / open"),
                "Ctrl+1 … Ctrl+4",
            ),
            (self.tr("Positions grid: add that kind in the cell"), "1 … 4"),
            (
                self.tr("Positions list or grid: add that kind as confidential"),
                "Ctrl+Shift+1 … Ctrl+Shift+4",
            ),
            (
                self.tr("Quick capture: add / add as confidential / add and release to the room"),
                "Enter / Shift+Enter / Ctrl+Enter",
            ),
            (self.tr("Values grid: rate"), "1 … 5, 0 clears"),
            (self.tr("Fair-practice grid: answer"), "1 … 3, 0 clears"),
            (self.tr("Values and fair-practice grids: a note on the cell"), "N"),
            (self.tr("Table: open the cell (a choice: its list)"), "Enter, F2; Space"),
            (self.tr("Typing in a cell: store it, open the next / previous"), "Tab / Shift+Tab"),
            (self.tr("Table, not typing: leave it for the next control"), "Tab"),
            (self.tr("Disagreements: next route step / mark resolved"), "Ctrl+Shift+E / R"),
            (self.tr("Parties to a disagreement: involved or not / its view"), "Space / Enter"),
            (self.tr("Room view: blank / freeze"), "B / F"),
        ]
        return rows

    def show_shortcuts(self) -> None:
        from html import escape

        lines = [
            f"<tr><td>{escape(text)}</td><td><b>{escape(keys)}</b></td></tr>"
            for text, keys in self.shortcut_rows()
        ]
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            "<table cellpadding='3'>" + "".join(lines) + "</table>",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.confirm_close():
            event.ignore()
            return
        self.display.save_splitters()
        self.prefs.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.prefs.set(settings.WINDOW_STATE, self.saveState())
        self.documents.drop_document()
        if self.room is not None:
            self.room.close()
        self.prefs.sync()
        event.accept()

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".workshop"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = urls[0].toLocalFile()
            QTimer.singleShot(0, lambda: self.open_path(path))
