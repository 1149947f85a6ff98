"""The session document: one open workshop, its working copy, its edits and their undo history."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from workshop import atomic, checks, errors, locks, migrations, storage
from workshop.journal import Journal, Record, apply_forward, apply_inverse
from workshop.migrations import SCHEMA_VERSION, upgrade

Recovery = Literal["recover", "discard"]
TableId = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Change:
    """What one operation (or its undo or redo) changed: views decide whether it concerns them."""

    label: str
    created: frozenset[TableId] = frozenset()
    updated: frozenset[TableId] = frozenset()
    deleted: frozenset[TableId] = frozenset()
    kind: Literal["do", "undo", "redo", "reset"] = "do"

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _ in self.created | self.updated | self.deleted)

    @property
    def is_empty(self) -> bool:
        return not (self.created or self.updated or self.deleted) and self.kind != "reset"

    def touches(self, *tables: str) -> bool:
        return self.kind == "reset" or bool(self.tables.intersection(tables))

    @classmethod
    def from_records(
        cls, label: str, records: list[Record], kind: Literal["do", "undo", "redo"] = "do"
    ) -> Change:
        created = {(r.table, r.row_id) for r in records if r.kind == "insert"}
        deleted = {(r.table, r.row_id) for r in records if r.kind == "delete"}
        updated = {(r.table, r.row_id) for r in records if r.kind == "update"}
        if kind == "undo":
            created, deleted = deleted, created
        return cls(
            label, frozenset(created), frozenset(updated - created), frozenset(deleted), kind
        )


@dataclass(slots=True)
class _Step:
    label: str
    records: list[Record]


class Edit:
    """The handle an operation writes through; ``change`` is set when the edit commits."""

    def __init__(self, journal: Journal, label: str) -> None:
        self.journal = journal
        self.label = label
        self.change = Change(label)

    @property
    def db(self) -> sqlite3.Connection:
        return self.journal.db

    def insert(self, table: str, values: dict[str, object]) -> int:
        return self.journal.insert(table, values)

    def update(self, table: str, row_id: int, values: dict[str, object]) -> bool:
        return self.journal.update(table, row_id, values)

    def delete(self, table: str, row_id: int) -> None:
        self.journal.delete(table, row_id)


Listener = Callable[[Change], None]


#: ``Document._saved_at`` when no point of the undo history is what the file holds.
_NEVER = object()


@dataclass(eq=False)
class Document:
    """An open workshop. Create with :meth:`new` or :meth:`open`; always :meth:`close`."""

    path: Path | None
    db: sqlite3.Connection
    working_copy: storage.WorkingCopy | None
    read_only: bool = False
    notices: list[str] = field(default_factory=list)
    #: The schema version the file had when it was opened (before any upgrade).
    file_version: int | None = None
    _undo: list[_Step] = field(default_factory=list)
    _redo: list[_Step] = field(default_factory=list)
    _listeners: list[Listener] = field(default_factory=list)
    _hold: storage.Hold | None = None
    _scratch: Path | None = None
    _scratch_lease: locks.LockFile | None = None
    #: The undo step the file holds: the top of the undo stack when it was saved (None: the
    #: empty history), or ``_NEVER`` when undo cannot get back to it.
    _saved_at: object = None
    _closed: bool = False

    # --- opening and creating ----------------------------------------------------------------

    @classmethod
    def new(cls, path: Path | str | None = None) -> Document:
        """A new, empty document (schema only, one workshop row). Saved at once if ``path``."""
        target = Path(path) if path is not None else None
        hold = storage.Hold.take(target) if target is not None else storage.Hold.untitled()
        copy = hold.working_copy
        try:
            with storage.in_data_folder(target or "Untitled.workshop"):
                copy.remove()
                copy.write_sidecar(saved_mtime_ns=-1)
                storage.create_empty(copy.file)
                db = storage.connect(copy.file)
                try:
                    migrations.create_tables(db)
                    db.execute("BEGIN")
                    Journal(db).insert("workshop", {"id": 1, **new_identity()})
                    db.execute("COMMIT")
                except BaseException:
                    db.close()
                    raise
        except BaseException:
            copy.remove()
            hold.release()
            raise
        doc = cls(target, db, copy, _hold=hold, _saved_at=_NEVER)
        doc.file_version = SCHEMA_VERSION
        if target is not None:
            try:
                doc.save()
            except BaseException:
                doc.close()  # no lock, engine or working copy left behind
                raise
        return doc

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        recovery: Recovery | None = None,
    ) -> Document:
        """Open a workshop file after checking it. Never writes to ``path`` or beside it (but for
        the lock file, and removing our own temporary files an interrupted save left there).

        Raises a :class:`~workshop.errors.FileProblem`: :class:`~workshop.errors.DocumentInUse`
        (retry with ``read_only=True``) and :class:`~workshop.errors.RecoveryAvailable` (retry
        with ``recovery="recover"`` or ``"discard"``) are choices for the user, not failures.
        """
        path = Path(path)
        storage.real_file(path)  # a missing file or a link to nowhere: said before anything
        storage.sweep()
        if read_only:
            return cls._open_read_only(path, [])
        # The working copy's lease first: of two processes opening one file, exactly one gets
        # it, and the other hears "in use" before it looks at (or offers) any working copy.
        hold = storage.Hold.take(path, beside=False)
        copy = hold.working_copy
        try:
            storage.remove_files(copy.incoming)
            facts = checks.check_into(path, copy.incoming)
        except BaseException:
            hold.release()
            raise
        if not facts.writable:
            storage.remove_files(copy.incoming)
            hold.release()
            notice = (
                f"“{path.name}” is read-only, so it opened read-only. Use Save As to keep "
                "an editable copy."
            )
            return cls._open_read_only(path, [notice])
        try:
            hold.lock_beside()
        except BaseException:
            storage.remove_files(copy.incoming)
            raise
        return cls._open_checked(path, facts, hold, recovery)

    @classmethod
    def _open_checked(
        cls, path: Path, facts: storage.FileFacts, hold: storage.Hold, recovery: Recovery | None
    ) -> Document:
        copy = hold.working_copy
        notices: list[str] = []
        recovered = fresh = False
        try:
            if copy.file.exists() or copy.sidecar.exists():
                # We hold its lease, so whoever made it has gone: is there anything to recover?
                if copy.valid() and copy.has_unsaved_edits():
                    storage.settle(copy.file)
                    if not checks.same_content(copy.file, copy.incoming):
                        if recovery is None:
                            raise errors.RecoveryAvailable(path, copy.last_edit_text())
                        recovered = recovery == "recover"
                if not recovered:
                    copy.remove()
            storage.verify_writable_copy(copy.incoming, path)
            upgrade = facts.schema_version < SCHEMA_VERSION
            if _hard_links(hold) > 1:
                notices.append(
                    f"“{path.name}” has other names (hard links). Saving replaces it under this "
                    "name only; the other names keep the version they have now."
                )
            if upgrade:
                backup = storage.backup_before_upgrade(path, copy.incoming, facts.schema_version)
                notices.append(
                    f"“{path.name}” was upgraded from an older version of Common Ground; the "
                    f"original was kept as “{backup.name}”."
                )
            if recovered:
                storage.remove_files(copy.incoming)
                version = checks.check_private(copy.file, path)
                notices.append("Unsaved edits from the last session were recovered.")
            else:
                os.replace(copy.incoming, copy.file)
                fresh = True
                version = facts.schema_version
            if version < SCHEMA_VERSION:
                _upgrade_file(copy.file, version, path)
            with storage.in_data_folder(path):
                copy.write_sidecar(saved_mtime_ns=-1 if recovered or upgrade else None)
            db = storage.connect(copy.file)
        except BaseException:
            storage.remove_files(copy.incoming)
            if fresh:  # a copy we just made: leave nothing that looks like lost edits
                copy.remove()
            hold.release()
            raise
        assert hold.real is not None
        atomic.remove_leftovers(hold.real)  # what an interrupted save left beside it
        return cls(
            path,
            db,
            copy,
            notices=notices,
            file_version=facts.schema_version,
            _hold=hold,
            _saved_at=_NEVER if recovered or upgrade else None,
        )

    @classmethod
    def recover_orphan(cls, orphan: storage.Orphan) -> Document:
        """Carry on from an orphaned working copy whose document is gone or was never saved.

        The result is untitled (Save As names it). For an orphan whose document still exists,
        use ``open(orphan.original, recovery="recover")`` instead.
        """
        source = orphan.working_copy
        shown = orphan.original or Path("Untitled.workshop")
        try:
            with storage.in_data_folder(shown):
                lease = locks.LockFile.take(source.lease)
        except locks.Held:
            raise errors.DocumentInUse(shown, "in another Common Ground window") from None
        try:
            storage.settle(source.file)
            version = checks.check_private(source.file, shown)
            hold = storage.Hold.untitled()
        except BaseException:
            lease.release()
            raise
        copy = hold.working_copy
        try:
            with storage.in_data_folder(shown):
                copy.write_sidecar(saved_mtime_ns=-1)  # first: a moved copy is never unclaimed
                os.replace(source.file, copy.file)
        except BaseException:
            copy.remove()
            hold.release()
            lease.release()
            raise
        source.remove()
        lease.release()
        try:
            if version < SCHEMA_VERSION:
                _upgrade_file(copy.file, version)
            db = storage.connect(copy.file)
        except BaseException:
            hold.release()  # the edits stay in the working copy, an orphan again
            raise
        where = f" of “{orphan.original.name}”" if orphan.original is not None else ""
        notice = f"Recovered the unsaved edits{where}. Use Save As to keep them."
        return cls(None, db, copy, notices=[notice], _hold=hold, _saved_at=_NEVER)

    @classmethod
    def _open_read_only(cls, path: Path, notices: list[str]) -> Document:
        # A private snapshot: stable while another process saves the original, and upgradable.
        stem = f"readonly-{uuid.uuid4().hex}"
        with storage.in_data_folder(path):
            lease = locks.LockFile.take(storage.working_dir() / f"{stem}.lock")
        scratch = storage.working_dir() / f"{stem}.workshop"
        try:
            facts = checks.check_into(path, scratch)
            storage.verify_writable_copy(scratch, path)
            if facts.schema_version < SCHEMA_VERSION:
                _upgrade_file(scratch, facts.schema_version, path)
            db = storage.connect(scratch)
        except BaseException:
            storage.remove_files(scratch)
            lease.release()
            raise
        return cls(
            path,
            db,
            None,
            read_only=True,
            notices=notices,
            file_version=facts.schema_version,
            _scratch=scratch,
            _scratch_lease=lease,
        )

    # --- editing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def edit(self, label: str) -> Iterator[Edit]:
        """One operation: one transaction, one undo step, one change broadcast."""
        self._check_writable()
        with self._transaction() as db:
            edit = Edit(Journal(db), label)
            yield edit
        records = edit.journal.records
        if not records:
            return
        self._undo.append(_Step(label, records))
        self._redo.clear()
        edit.change = Change.from_records(label, records)
        self._changed(edit.change)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the working copy; a failing database becomes ``EditFailed``."""
        try:
            self.db.execute("BEGIN")
        except sqlite3.Error as exc:
            raise errors.EditFailed(_sqlite_reason(exc)) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise errors.EditFailed(_sqlite_reason(exc)) from None
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection to read the working copy with (outside any edit)."""
        if self._closed:
            raise errors.WorkshopError("This workshop has been closed.")
        yield self.db

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        self._check_writable()
        step = self._undo[-1]
        with self._transaction() as db:
            apply_inverse(db, step.records)
        self._redo.append(self._undo.pop())
        change = Change.from_records(step.label, step.records, "undo")
        self._changed(change)
        return change

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        self._check_writable()
        step = self._redo[-1]
        with self._transaction() as db:
            apply_forward(db, step.records)
        self._undo.append(self._redo.pop())
        change = Change.from_records(step.label, step.records, "redo")
        self._changed(change)
        return change

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def clear_history(self) -> None:
        modified = self.modified
        self._undo.clear()
        self._redo.clear()
        self._saved_at = _NEVER if modified else None

    @property
    def modified(self) -> bool:
        """True exactly when the content differs from the file in undo terms: undoing back to
        the saved point makes it False, redoing away (or any new edit) True again."""
        return (self._undo[-1] if self._undo else None) is not self._saved_at

    def _mark_saved(self) -> None:
        self._saved_at = self._undo[-1] if self._undo else None
        if self.working_copy is not None:
            # In place, needing no space; should even that fail, the next open compares the
            # working copy with the file before it offers any recovery.
            with contextlib.suppress(OSError):
                self.working_copy.mark_saved()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _check_writable(self) -> None:
        if self.read_only:
            raise errors.ReadOnlyDocument()
        if self._closed:
            raise errors.WorkshopError("This workshop has been closed.")

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the whole document to its file atomically (also used by autosave).

        Through a symbolic link, the file it points to is replaced and the link stays."""
        if self.path is None:
            raise errors.SaveFailed("Untitled.workshop", "it has no file name yet; use Save As")
        self._check_writable()
        assert self._hold is not None and self._hold.real is not None
        try:  # another program writing it meanwhile: replacing it would lose (or wreck) that
            checks.refuse_unfinished(self.path, self._hold.real)
        except errors.UnfinishedChanges as problem:
            reason = f"another program is changing it: “{problem.beside}” is beside it"
            raise errors.SaveFailed(self.path, reason) from None
        atomic.remove_leftovers(self._hold.real)  # a copy an interrupted save left behind
        self._write_to(self._hold.real, self.path)
        self._hold.saved()
        self._mark_saved()

    def save_as(self, path: Path | str) -> None:
        """Save to ``path`` and carry on editing that file."""
        target = Path(path)
        if self.path is not None and storage.same_file(target, self.path):
            if not self.read_only:
                self.save()
            return
        if self._closed:
            raise errors.WorkshopError("This workshop has been closed.")
        hold = storage.Hold.take(target)
        new_copy = hold.working_copy
        try:
            assert hold.real is not None
            with storage.in_data_folder(target):
                new_copy.remove()  # we hold its lease: whatever is there, nobody else does
                new_copy.write_sidecar(saved_mtime_ns=-1)  # first: it is what needs space
            atomic.remove_leftovers(hold.real)
            self._write_to(hold.real, target)
        except BaseException:
            new_copy.remove()
            hold.release()
            raise
        self.db.close()
        if self.working_copy is not None:
            os.replace(self.working_copy.file, new_copy.file)
            self.working_copy.remove()
        elif self._scratch is not None:
            os.replace(self._scratch, new_copy.file)
            self._scratch = None
        if self._scratch_lease is not None:
            self._scratch_lease.release()
            self._scratch_lease = None
        if self._hold is not None:
            self._hold.release()
        self._hold, self.working_copy, self.path, self.read_only = hold, new_copy, target, False
        self.db = storage.connect(new_copy.file)
        self._mark_saved()
        self._changed_name()

    def write_copy(self, path: Path | str) -> None:
        """Write a complete copy to ``path`` (for backups and sharing) without switching to it."""
        self._write_to(Path(path), Path(path))

    def write_copy_for_sharing(self, path: Path | str) -> None:
        """A copy to give to someone else: the partnership's content, without the record about
        it (issues and their digests, partners' responses and sign-offs, what was kept at
        meeting ends, who spoke) or the key that signs review workbooks."""
        from workshop import kinds

        target = Path(path)
        leave_out = [kind.table for kind in reversed(list(kinds.kinds())) if not kind.content]
        try:
            storage.write_shared_copy(self.db, target, leave_out)
        except OSError as exc:
            raise errors.SaveFailed(target, exc.strerror or str(exc)) from None
        except sqlite3.Error as exc:
            raise errors.SaveFailed(target, _sqlite_reason(exc)) from None

    def _write_to(self, target: Path, shown: Path) -> None:
        try:
            storage.write_copy(self.db, target)
        except OSError as exc:
            raise errors.SaveFailed(shown, exc.strerror or str(exc)) from None
        except sqlite3.Error as exc:
            raise errors.SaveFailed(shown, _sqlite_reason(exc)) from None

    def _changed_name(self) -> None:
        change = Change("Save as", kind="reset")
        for listener in list(self._listeners):
            listener(change)

    # --- closing -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the document. The caller asks the user about unsaved edits first."""
        if self._closed:
            return
        self._closed = True
        self.db.close()
        if self.working_copy is not None:
            self.working_copy.remove()
        if self._scratch is not None:
            storage.remove_files(self._scratch)
        if self._scratch_lease is not None:
            self._scratch_lease.release()
        if self._hold is not None:
            self._hold.release()  # last: until here, nobody may take the copy for an orphan
        self._listeners.clear()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else "Untitled.workshop"


def new_identity() -> dict[str, str]:
    """A new workshop's identity and the key that signs its review workbooks."""
    return {"uid": uuid.uuid4().hex, "secret": secrets.token_hex(32)}


def _upgrade_file(file: Path, version: int, shown_as: Path | None = None) -> None:
    """Upgrade a private copy in one transaction; a failure leaves it as it was."""
    try:
        conn = storage.connect(file)
        try:
            upgrade(conn, version)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        meaning = storage.sqlite_os_error(exc)
        if meaning.errno == errno.ENOSPC:
            raise storage.data_folder_error(shown_as or file, meaning) from None
        raise errors.CorruptFile(shown_as or file, f"it could not be upgraded: {exc}") from None


def _hard_links(hold: storage.Hold) -> int:
    try:
        return os.stat(hold.real).st_nlink if hold.real is not None else 1
    except OSError:
        return 1


def _sqlite_reason(exc: BaseException) -> str:
    text = str(exc)
    if "full" in text or storage.sqlite_os_error(exc).errno == errno.ENOSPC:
        return "the disk is full"
    if "unable to open" in text:
        return "the folder cannot be written to"
    return text
