"""The session document: one open workshop, its working copy, its edits and their undo history."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from workshop import errors, storage
from workshop.journal import Journal, Record, apply_forward, apply_inverse
from workshop.migrations import SCHEMA_VERSION, upgrade
from workshop.model import Base

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
    def conn(self) -> Connection:
        return self.journal.conn

    def insert(self, table: str, values: dict[str, object]) -> int:
        return self.journal.insert(table, values)

    def update(self, table: str, row_id: int, values: dict[str, object]) -> bool:
        return self.journal.update(table, row_id, values)

    def delete(self, table: str, row_id: int) -> None:
        self.journal.delete(table, row_id)


Listener = Callable[[Change], None]


@dataclass(eq=False)
class Document:
    """An open workshop. Create with :meth:`new` or :meth:`open`; always :meth:`close`."""

    path: Path | None
    engine: Engine
    working_copy: storage.WorkingCopy | None
    read_only: bool = False
    notices: list[str] = field(default_factory=list)
    modified: bool = False
    _undo: list[_Step] = field(default_factory=list)
    _redo: list[_Step] = field(default_factory=list)
    _listeners: list[Listener] = field(default_factory=list)
    _scratch: Path | None = None
    _closed: bool = False

    # --- opening and creating ----------------------------------------------------------------

    @classmethod
    def new(cls, path: Path | str | None = None) -> Document:
        """A new, empty document (schema only, one workshop row). Saved at once if ``path``."""
        target = Path(path) if path is not None else None
        if target is not None:
            holder = storage.holder_of(target)
            if holder:
                raise errors.DocumentInUse(target, holder)
        copy = storage.WorkingCopy.for_document(target, uuid.uuid4().hex)
        copy.remove()
        storage.create_empty(copy.file)
        doc = cls(target, storage.engine_for(copy.file), copy)
        Base.metadata.create_all(doc.engine)
        with doc.engine.begin() as conn:
            Journal(conn).insert("workshop", {"id": 1})
        storage.ACTIVE_COPIES.add(str(copy.file))
        copy.write_sidecar(saved_mtime_ns=-1)
        if target is not None:
            storage.acquire(target)
            try:
                doc.save()
            except BaseException:
                doc.close()  # no lock, engine or working copy left behind
                raise
        else:
            doc.modified = True
        return doc

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        recovery: Recovery | None = None,
    ) -> Document:
        """Open a workshop file after checking it. Never writes to ``path``.

        Raises a :class:`~workshop.errors.FileProblem`: :class:`~workshop.errors.DocumentInUse`
        (retry with ``read_only=True``) and :class:`~workshop.errors.RecoveryAvailable` (retry
        with ``recovery="recover"`` or ``"discard"``) are choices for the user, not failures.
        """
        path = Path(path)
        facts = storage.inspect(path)
        notices: list[str] = []
        if not read_only:
            holder = storage.holder_of(path)
            if holder:
                raise errors.DocumentInUse(path, holder)
            if not facts.writable or not _folder_writable(path):
                read_only = True
                notices.append(
                    f"“{path.name}” is read-only, so it opened read-only. Use Save As to keep "
                    "an editable copy."
                )
        if read_only:
            return cls._open_read_only(path, facts, notices)

        copy = storage.WorkingCopy.for_document(path)
        recovered = False
        if copy.file.exists():
            if not copy.is_orphaned():
                # Its lock is gone, but a live Common Ground is still editing it: never remove it.
                raise errors.DocumentInUse(path, "in another Common Ground window on this computer")
            if copy.has_unsaved_edits():
                if recovery is None:
                    raise errors.RecoveryAvailable(path, copy.last_edit_text())
                if recovery == "recover":
                    recovered = True
            if not recovered:
                copy.remove()
        if recovered:
            storage.settle(copy.file)
            version = storage.inspect(copy.file).schema_version
            saved_mtime = copy.read_sidecar().get("saved_mtime_ns", -1)
        else:
            shutil.copyfile(path, copy.file)
            version = facts.schema_version
            saved_mtime = copy.mtime_ns()
        try:
            storage.verify_writable_copy(copy.file, path)
            if version < SCHEMA_VERSION:
                backup = storage.backup_before_upgrade(path, version)
                _upgrade_file(copy.file, version, path)
                notices.append(
                    f"“{path.name}” was upgraded from an older version of Common Ground; the "
                    f"original was kept as “{backup.name}”."
                )
                saved_mtime = -1
        except BaseException:
            if not recovered:  # a copy we just made: leave nothing that looks like lost edits
                copy.remove()
            raise
        storage.ACTIVE_COPIES.add(str(copy.file))
        copy.write_sidecar(saved_mtime_ns=saved_mtime)
        storage.acquire(path)
        doc = cls(path, storage.engine_for(copy.file), copy, notices=notices)
        doc.modified = copy.has_unsaved_edits()
        if recovered:
            notices.append("Unsaved edits from the last session were recovered.")
        return doc

    @classmethod
    def recover_orphan(cls, orphan: storage.Orphan) -> Document:
        """Carry on from an orphaned working copy whose document is gone or was never saved.

        The result is untitled (Save As names it). For an orphan whose document still exists,
        use ``open(orphan.original, recovery="recover")`` instead.
        """
        storage.settle(orphan.working_copy.file)
        version = storage.inspect(orphan.working_copy.file).schema_version
        copy = storage.WorkingCopy.for_document(None, uuid.uuid4().hex)
        shutil.move(orphan.working_copy.file, copy.file)
        orphan.working_copy.remove()
        if version < SCHEMA_VERSION:
            _upgrade_file(copy.file, version)
        storage.ACTIVE_COPIES.add(str(copy.file))
        copy.write_sidecar(saved_mtime_ns=-1)
        where = f" of “{orphan.original.name}”" if orphan.original is not None else ""
        notice = f"Recovered the unsaved edits{where}. Use Save As to keep them."
        doc = cls(None, storage.engine_for(copy.file), copy, notices=[notice])
        doc.modified = True
        return doc

    @classmethod
    def _open_read_only(cls, path: Path, facts: storage.FileFacts, notices: list[str]) -> Document:
        # A private snapshot: stable while another process saves the original, and upgradable.
        scratch = storage.working_dir() / f"readonly-{uuid.uuid4().hex}.workshop"
        shutil.copyfile(path, scratch)
        try:
            storage.verify_writable_copy(scratch, path)
            if facts.schema_version < SCHEMA_VERSION:
                _upgrade_file(scratch, facts.schema_version, path)
        except BaseException:
            scratch.unlink()
            raise
        doc = cls(path, storage.engine_for(scratch), None, read_only=True, notices=notices)
        doc._scratch = scratch
        return doc

    # --- editing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def edit(self, label: str) -> Iterator[Edit]:
        """One operation: one transaction, one undo step, one change broadcast."""
        self._check_writable()
        with self._transaction() as conn:
            edit = Edit(Journal(conn), label)
            yield edit
        records = edit.journal.records
        if not records:
            return
        self._undo.append(_Step(label, records))
        self._redo.clear()
        edit.change = Change.from_records(label, records)
        self._changed(edit.change)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One transaction on the working copy; a failing database becomes ``EditFailed``."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise errors.EditFailed(_sqlite_reason(exc.orig or exc)) from None
        except sqlite3.Error as exc:  # statements run on the driver connection (journal)
            raise errors.EditFailed(_sqlite_reason(exc)) from None

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        self._check_writable()
        step = self._undo[-1]
        with self._transaction() as conn:
            apply_inverse(conn, step.records)
        self._redo.append(self._undo.pop())
        change = Change.from_records(step.label, step.records, "undo")
        self._changed(change)
        return change

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        self._check_writable()
        step = self._redo[-1]
        with self._transaction() as conn:
            apply_forward(conn, step.records)
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
        self._undo.clear()
        self._redo.clear()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self, change: Change) -> None:
        self.modified = True
        for listener in list(self._listeners):
            listener(change)

    def _check_writable(self) -> None:
        if self.read_only:
            raise errors.ReadOnlyDocument()
        if self._closed:
            raise errors.WorkshopError("This workshop has been closed.")

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the whole document to its file atomically (also used by autosave)."""
        if self.path is None:
            raise errors.SaveFailed("Untitled.workshop", "it has no file name yet; use Save As")
        self._check_writable()
        self._write_to(self.path)
        assert self.working_copy is not None
        self.working_copy.mark_saved()
        self.modified = False

    def save_as(self, path: Path | str) -> None:
        """Save to ``path`` and carry on editing that file."""
        target = Path(path)
        if self.path is not None and target.resolve() == self.path.resolve():
            self.save() if not self.read_only else None
            return
        holder = storage.holder_of(target)
        if holder:
            raise errors.DocumentInUse(target, holder)
        self._write_to(target)
        old_copy, old_path, held_lock = self.working_copy, self.path, not self.read_only
        new_copy = storage.WorkingCopy.for_document(target)
        self.engine.dispose()
        new_copy.remove()
        if old_copy is not None:
            shutil.move(old_copy.file, new_copy.file)
            storage.ACTIVE_COPIES.discard(str(old_copy.file))
            old_copy.remove()
        elif self._scratch is not None:
            shutil.move(self._scratch, new_copy.file)
            self._scratch = None
        if old_path is not None and held_lock:  # a read-only document never took the lock
            storage.release(old_path)
        storage.ACTIVE_COPIES.add(str(new_copy.file))
        new_copy.write_sidecar()
        storage.acquire(target)
        self.engine = storage.engine_for(new_copy.file)
        self.working_copy, self.path, self.read_only = new_copy, target, False
        self.modified = False
        self._changed_name()

    def write_copy(self, path: Path | str) -> None:
        """Write a complete copy to ``path`` (for backups and sharing) without switching to it."""
        self._write_to(Path(path))

    def _write_to(self, target: Path) -> None:
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                storage.write_copy(raw, target)
        except OSError as exc:
            raise errors.SaveFailed(target, exc.strerror or str(exc)) from None
        except sqlite3.Error as exc:
            raise errors.SaveFailed(target, _sqlite_reason(exc)) from None

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
        self.engine.dispose()
        if self.working_copy is not None:
            storage.ACTIVE_COPIES.discard(str(self.working_copy.file))
            self.working_copy.remove()
        if self._scratch is not None:
            with contextlib.suppress(OSError):
                self._scratch.unlink()
        if self.path is not None and not self.read_only:
            storage.release(self.path)
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


def _upgrade_file(file: Path, version: int, shown_as: Path | None = None) -> None:
    """Upgrade a private copy in one transaction; a failure leaves it as it was."""
    try:
        conn = storage.connect(file)
        try:
            upgrade(conn, version)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise errors.CorruptFile(shown_as or file, f"it could not be upgraded: {exc}") from None


def _folder_writable(path: Path) -> bool:
    import os

    return os.access(path.parent if str(path.parent) else ".", os.W_OK)


def _sqlite_reason(exc: BaseException) -> str:
    text = str(exc)
    if "full" in text:
        return "the disk is full"
    if "unable to open" in text:
        return "the folder cannot be written to"
    return text
