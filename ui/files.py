"""Opening, creating, saving and closing workshop files, with the core's errors shown as dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui import dialogs, settings

if TYPE_CHECKING:  # the core (and SQLAlchemy) is imported after the window is shown
    from workshop.document import Document, Recovery


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class FileController:
    """What the File menu does; returns documents or booleans, never raises at the user."""

    def __init__(self, parent: QWidget, prefs: settings.Settings) -> None:
        self.parent = parent
        self.prefs = prefs

    # --- opening ------------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> Document | None:
        """Open ``path``, offering read-only for a file in use and recovery for unsaved edits."""
        from workshop import errors
        from workshop.document import Document

        read_only = False
        recovery: Recovery | None = None
        while True:
            try:
                document = Document.open(path, read_only=read_only, recovery=recovery)
            except errors.DocumentInUse as error:
                choice = dialogs.ask(
                    self.parent,
                    _tr("Workshop already open"),
                    str(error),
                    [_tr("Open read-only"), _tr("Cancel")],
                )
                if choice != 0:
                    return None
                read_only = True
            except errors.RecoveryAvailable as error:
                choice = dialogs.ask(
                    self.parent,
                    _tr("Recover unsaved edits?"),
                    str(error)
                    + "\n\n"
                    + _tr("Recover them, or discard them and open the file as it was last saved?"),
                    [_tr("Recover"), _tr("Discard edits"), _tr("Cancel")],
                )
                if choice == 2:
                    return None
                recovery = "recover" if choice == 0 else "discard"
            except errors.WorkshopError as error:
                dialogs.show_problem(self.parent, _tr("Cannot open workshop"), str(error))
                return None
            else:
                self.prefs.add_recent(document.path or path)
                return document

    def choose_and_open(self) -> Document | None:
        folder = self.prefs.get(settings.LAST_FOLDER) or str(Path.home())
        path = dialogs.choose_open_path(self.parent, _tr("Open workshop"), folder)
        if path is None:
            return None
        self.prefs.set(settings.LAST_FOLDER, str(Path(path).parent))
        return self.open_path(path)

    # --- saving -------------------------------------------------------------------------------

    def save(self, document: Document) -> bool:
        from workshop import errors

        if document.path is None or document.read_only:
            return self.save_as(document)
        try:
            document.save()
        except errors.WorkshopError as error:
            dialogs.show_problem(self.parent, _tr("Could not save"), str(error))
            return False
        return True

    def save_as(self, document: Document) -> bool:
        from workshop import errors

        folder = self.prefs.get(settings.LAST_FOLDER) or str(Path.home())
        suggestion = str(Path(folder) / document.display_name)
        path = dialogs.choose_save_path(self.parent, _tr("Save workshop as"), suggestion)
        if path is None:
            return False
        try:
            document.save_as(path)
        except errors.WorkshopError as error:
            dialogs.show_problem(self.parent, _tr("Could not save"), str(error))
            return False
        self.prefs.set(settings.LAST_FOLDER, str(Path(path).parent))
        self.prefs.add_recent(path)
        return True

    def confirm_close(self, document: Document) -> bool:
        """True when it is fine to close: saved, or the user chose to save or discard."""
        if not document.modified or document.read_only:
            return True
        message = _tr("“%1” has changes that are not saved. Save them before closing?").replace(
            "%1", document.display_name
        )
        if document.path is not None and self.prefs.get(settings.AUTOSAVE_SECONDS) > 0:
            # Honest about autosave: what was autosaved is in the file already.
            message += " " + _tr(
                "(Autosave has already written earlier changes to the file; closing without "
                "saving loses only the changes since the last autosave.)"
            )
        choice = dialogs.ask(
            self.parent,
            _tr("Unsaved changes"),
            message,
            [_tr("Save"), _tr("Close without saving"), _tr("Cancel")],
        )
        if choice == 0:
            return self.save(document)
        return choice == 1

    # --- recovery at start-up ------------------------------------------------------------------

    def recover_orphans(self) -> Document | None:
        """Offer each working copy left by a crash, until one is recovered; returns it."""
        from workshop import errors, storage
        from workshop.document import Document

        for orphan in storage.orphaned_working_copies():
            original = orphan.original
            if original is not None and original.exists():
                choice = dialogs.ask(
                    self.parent,
                    _tr("Recover unsaved edits?"),
                    _tr(
                        "Common Ground closed unexpectedly while “%1” was open. "
                        "Edits up to %2 were kept."
                    )
                    .replace("%1", original.name)
                    .replace("%2", orphan.last_edit),
                    [_tr("Recover"), _tr("Discard edits"), _tr("Decide later")],
                )
                if choice == 2:
                    continue
                try:
                    document = Document.open(
                        original, recovery="recover" if choice == 0 else "discard"
                    )
                except errors.WorkshopError as error:
                    dialogs.show_problem(self.parent, _tr("Cannot recover"), str(error))
                    continue
                if choice == 0:
                    return document
                document.close()
                continue
            where = str(original) if original is not None else _tr("an untitled workshop")
            choice = dialogs.ask(
                self.parent,
                _tr("Recover unsaved edits?"),
                _tr(
                    "Common Ground closed unexpectedly while %1 was open, and that file is no "
                    "longer there. Edits up to %2 were kept. Save them as a new file?"
                )
                .replace("%1", f"“{where}”")
                .replace("%2", orphan.last_edit),
                [_tr("Save as new file…"), _tr("Discard edits"), _tr("Decide later")],
            )
            if choice == 1:
                orphan.working_copy.remove()
            elif choice == 0:
                target = dialogs.choose_save_path(
                    self.parent, _tr("Save recovered workshop as"), "Recovered.workshop"
                )
                if target is None:
                    continue
                try:
                    recovered = Document.recover_orphan(orphan)
                except errors.WorkshopError as error:
                    dialogs.show_problem(self.parent, _tr("Cannot recover"), str(error))
                    continue
                try:
                    recovered.save_as(target)
                except errors.WorkshopError as error:
                    # Still recovered, just unnamed: the user can Save As elsewhere.
                    dialogs.show_problem(self.parent, _tr("Cannot save"), str(error))
                return recovered
        return None
