"""The main window's file commands: new, open, save, close, autosave, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QMainWindow

from ui import settings
from ui.files import FileController

if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object


class DocumentCommands(_Base):
    """Mixed into :class:`ui.main_window.MainWindow`; keeps the window itself short."""

    session: Any
    workspace: Any
    room: Any
    files: FileController
    show_document_state: Callable[..., None]
    save_splitters: Callable[[], None]
    show_problem: Callable[[str], None]
    restore_splitters: Callable[[], None]
    _on_change: Callable[[Any], None]
    _stage_changed: Callable[[str, str], None]
    prefs: settings.Settings
    welcome: Any
    pages: Any
    autosave: Any
    timer: Any

    # --- documents ----------------------------------------------------------------------------

    def set_document(self, document: Any) -> None:
        """Show ``document`` (closing the one open, which the caller has confirmed)."""
        from ui.session import Session
        from ui.workspace import Workspace

        self._drop_document()
        self.session = Session(document, self)
        self.session.changed.connect(self._on_change)
        self.session.problem.connect(self.show_problem)
        self.workspace = Workspace(self.session, self.timer, self.pages)
        self.workspace.stage_changed.connect(self._stage_changed)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.restore_splitters()
        last = self.prefs.get(settings.LAST_STAGE)
        self.workspace.nav.setCurrentRow(last if 0 <= last < 10 else 0)
        if self.room is not None:
            self.room.set_session(self.session)
        for notice in document.notices:
            self.statusBar().showMessage(notice, 15000)
        seconds = self.prefs.get(settings.AUTOSAVE_SECONDS)
        if seconds > 0:
            self.autosave.start(seconds * 1000)
        self.show_document_state()

    def _drop_document(self) -> None:
        if self.session is None:
            return
        self.save_splitters()
        self.timer.stop()
        self.autosave.stop()
        if self.room is not None:
            self.room.set_session(None)
        capture = getattr(self, "capture", None)
        if capture is not None:
            capture.close()  # it belongs to the workshop being closed
            self.capture: Any = None
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.session.close()
        self.session.deleteLater()
        self.session = self.workspace = None

    def _confirm_close(self) -> bool:
        if self.session is None:
            return True
        self._commit_open_editor()
        return self.files.confirm_close(self.session.document)

    def _commit_open_editor(self) -> None:
        """A cell being typed in is committed before closing: its text is saved with the rest,
        and no editor outlives the view it belongs to."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # the item delegate commits and closes its editor on focus out
            QApplication.processEvents()

    def open_path(self, path: str | Path) -> bool:
        current = self.session.document.path if self.session is not None else None
        if current is not None and Path(path).resolve() == current.resolve():
            return True  # already open here
        if not self._confirm_close():
            return False
        document = self.files.open_path(path)
        if document is None:
            self.welcome.set_recent(self.prefs.recent_files())
            return False
        self.set_document(document)
        return True

    def open_dialog(self) -> None:
        if not self._confirm_close():
            return
        document = self.files.choose_and_open()
        if document is not None:
            self.set_document(document)

    def open_sample(self) -> None:
        from workshop import storage
        from workshop.errors import WorkshopError
        from workshop.sample import write_sample

        target = storage.data_dir() / "Sample workshop.workshop"
        if self.session is not None and self.session.document.path == target:
            return
        if not self._confirm_close():
            return
        if self.session is not None:
            self._drop_document()
        if not target.exists():  # never write over the facilitator's edits to the sample
            try:
                write_sample(target)
            except WorkshopError as error:
                self.show_problem(str(error))
                return
        self.open_path(target)

    def new_dialog(self) -> None:
        from ui.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self)
        if dialog.exec():
            model, title = dialog.chosen()
            self.new_from_model(model, title)

    def new_from_model(self, model: str, title: str = "") -> bool:
        from workshop import errors
        from workshop.templates import new_workshop

        if not self._confirm_close():
            return False
        try:
            document = new_workshop(None, model, title)
        except errors.WorkshopError as error:
            self.show_problem(str(error))
            return False
        self.set_document(document)
        self.workspace.show_stage("overview")
        return True

    def save(self) -> bool:
        if self.session is None:
            return False
        ok = self.files.save(self.session.document)
        self.show_document_state(None if ok else self.tr("Not saved"))
        return ok

    def save_as(self) -> bool:
        if self.session is None:
            return False
        ok = self.files.save_as(self.session.document)
        self.show_document_state()
        return ok

    def autosave_now(self) -> None:
        from workshop import errors

        document = self.session.document if self.session is not None else None
        if document is None or not document.modified or document.path is None or document.read_only:
            return
        try:
            document.save()
        except errors.WorkshopError as error:
            # Never swallow an autosave failure: say so, where it stays visible.
            self.show_document_state(self.tr("Autosave failed: %1").replace("%1", str(error)))
            return
        self.show_document_state()

    def close_document(self) -> bool:
        if not self._confirm_close():
            return False
        self._drop_document()
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.set_recent(self.prefs.recent_files())
        self.show_document_state()
        return True

    def export(self) -> None:
        if self.session is None:
            return
        from ui.export_dialog import ExportDialog  # lazily: exports pull in heavy libraries

        dialog = ExportDialog(self.session.document, self)
        dialog.exec()
