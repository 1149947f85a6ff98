"""The main window's file commands: new, open, save, close, autosave, export. The controller
owns the open workshop (its session and its workspace); the window delegates to it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui import settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.workspace import Workspace
    from workshop.document import Document


class DocumentController(QObject):
    """Opens, saves and closes the window's workshop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = window.prefs
        self.files = window.files
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.autosave = QTimer(self)
        self.autosave.timeout.connect(self.autosave_now)

    # --- documents ----------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show ``document`` (closing the one open, which the caller has confirmed)."""
        from ui.session import Session
        from ui.workspace import Workspace

        window = self.window
        self.drop_document()
        session = self.session = Session(document, window)
        session.changed.connect(lambda _change: window.show_document_state())
        session.problem.connect(window.show_problem)
        workspace = self.workspace = Workspace(session, window.timer, window.pages)
        workspace.stage_changed.connect(window.stage_changed)
        window.pages.addWidget(workspace)
        window.pages.setCurrentWidget(workspace)
        window.display.restore_splitters()
        workspace.go_to(self.prefs.get(settings.LAST_STAGE))
        if workspace.nav.currentRow() < 0:
            workspace.go_to(0)
        window.display.follow_document()
        for notice in document.notices:
            window.statusBar().showMessage(notice, 15000)
        self.start_autosave()
        window.show_document_state()

    def start_autosave(self) -> None:
        self.autosave.stop()
        seconds = self.prefs.get(settings.AUTOSAVE_SECONDS)
        if seconds > 0 and self.session is not None:
            self.autosave.start(seconds * 1000)

    def drop_document(self) -> None:
        session, workspace = self.session, self.workspace
        if session is None or workspace is None:
            return
        window = self.window
        window.display.save_splitters()
        window.timer.stop()
        self.autosave.stop()
        window.display.drop_session()
        if window.capture is not None:
            window.capture.close()  # it belongs to the workshop being closed
            window.capture = None
        window.pages.removeWidget(workspace)
        workspace.deleteLater()
        session.close()
        session.deleteLater()
        self.session = self.workspace = None

    def confirm_close(self) -> bool:
        if self.session is None:
            return True
        self._commit_open_editor()
        return self.files.confirm_close(self.session.document)

    def _commit_open_editor(self) -> None:
        """A cell being typed in is committed before closing: its text is saved with the rest,
        and no editor outlives the view it belongs to."""
        focused = QApplication.focusWidget()
        if focused is not None and self.window.isAncestorOf(focused):
            focused.clearFocus()  # the item delegate commits and closes its editor on focus out
            QApplication.processEvents()

    def open_path(self, path: str | Path) -> bool:
        current = self.session.document.path if self.session is not None else None
        if current is not None and Path(path).resolve() == current.resolve():
            return True  # already open here
        if not self.confirm_close():
            return False
        document = self.files.open_path(path)
        if document is None:
            self.window.welcome.set_recent(self.prefs.recent_files())
            return False
        self.set_document(document)
        return True

    def open_dialog(self) -> None:
        if not self.confirm_close():
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
        if not self.confirm_close():
            return
        self.drop_document()
        if not target.exists():  # never write over the facilitator's edits to the sample
            try:
                write_sample(target)
            except WorkshopError as error:
                self.window.show_problem(str(error))
                return
        self.open_path(target)

    def new_dialog(self) -> None:
        from ui.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.window)
        if dialog.exec():
            model, title = dialog.chosen()
            self.new_from_model(model, title)

    def new_from_model(self, model: str, title: str = "") -> bool:
        from workshop import errors
        from workshop.templates import new_workshop

        if not self.confirm_close():
            return False
        try:
            document = new_workshop(None, model, title)
        except errors.WorkshopError as error:
            self.window.show_problem(str(error))
            return False
        self.set_document(document)
        assert self.workspace is not None
        self.workspace.show_stage("overview")
        return True

    def save(self) -> bool:
        if self.session is None:
            return False
        ok = self.files.save(self.session.document)
        self.window.show_document_state(None if ok else self.tr("Not saved"))
        return ok

    def save_as(self) -> bool:
        if self.session is None:
            return False
        ok = self.files.save_as(self.session.document)
        self.window.show_document_state()
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
            self.window.show_document_state(
                self.tr("Autosave failed: %1").replace("%1", str(error))
            )
            return
        self.window.show_document_state()

    def close_document(self) -> bool:
        if not self.confirm_close():
            return False
        self.drop_document()
        window = self.window
        window.pages.setCurrentWidget(window.welcome)
        window.welcome.set_recent(self.prefs.recent_files())
        window.show_document_state()
        return True

    def export(self) -> None:
        if self.session is None:
            return
        from ui.export_dialog import ExportDialog  # lazily: exports pull in heavy libraries

        dialog = ExportDialog(self.session.document, self.window)
        dialog.exec()
