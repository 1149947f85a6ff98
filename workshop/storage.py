"""The workshop file on disk: connections, working copies, orphans and who holds a document.

Design (documented for users and tools in ``docs/file-format.md``):

* The user's ``.workshop`` file is only ever *read* while checking and opening it, and only ever
  *replaced whole* when saving (``VACUUM INTO`` a temporary file beside it, fsync, rename). So it is
  always a complete document, and a saved copy carries no free pages holding deleted text.
* SQLite never opens the user's file in place: it is checked byte by byte first, then copied to a
  private file in the app's data folder, and every SQLite step (checks included) runs on that copy.
  So nothing is ever created or replayed beside it (no ``-journal``, ``-wal`` or ``-shm``).
* Every edit commits to a *working copy* in the data folder (rollback journal, FULL sync), so an
  acknowledged edit survives a crash. A sidecar JSON file says which document the working copy
  belongs to and when it was last saved; a working copy whose holder has gone is *orphaned* and is
  offered for recovery when its document is next opened (or at start-up) if it differs from it.
* Who holds what is decided by lock files (``workshop.locks``): one beside the document
  (``.~lock.NAME#``) for other processes and other computers, one per working copy in the data
  folder; the same process also keeps a registry of its own.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop import checks, errors, locks
from workshop.atomic import atomic_path, atomic_write, real_target, remove_leftovers
from workshop.checks import (
    SQLITE_MAGIC,
    FileFacts,
    check_into,
    identity,
    inspect,
    real_file,
    same_file,
)
from workshop.datafolder import (
    data_dir,
    data_folder_error,
    in_data_folder,
    remove_files,
    sqlite_os_error,
    working_dir,
)
from workshop.migrations import APPLICATION_ID, SCHEMA_VERSION

__all__ = [  # what other modules use from here, defined where it belongs
    "SQLITE_MAGIC",
    "FileFacts",
    "data_dir",
    "data_folder_error",
    "in_data_folder",
    "inspect",
    "real_file",
    "remove_files",
    "same_file",
    "sqlite_os_error",
    "working_dir",
]

#: A sidecar is written padded to a multiple of this, so marking a save rewrites it in place,
#: which needs no free space.
_SIDECAR_BLOCK = 4096


# --- our private copies -------------------------------------------------------------------------


def verify_writable_copy(copy: Path, original: Path) -> None:
    """Open a private copy for writing once: SQLite then parses what a read-only connection does
    not (CHECK constraints, for one). Damage found there is reported against ``original``."""
    try:
        conn = connect(copy)
        try:
            conn.execute("SELECT count(*) FROM workshop").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        detail = checks.reason(exc) if isinstance(exc, sqlite3.Error) else "its pages are damaged"
        raise errors.CorruptFile(original, detail) from None


def settle(file: Path) -> None:
    """Let SQLite roll back a transaction a killed process left in our own working copy."""
    with contextlib.suppress(sqlite3.Error):
        conn = connect(file)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


# --- connections --------------------------------------------------------------------------------


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open an existing database with the pragmas every connection gets.

    ``mode=rw`` (or ``ro``) means a missing path is an error, never a new empty file.
    """
    mode = "ro" if read_only else "rw"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        check_same_thread=False,
        isolation_level=None,  # transactions are begun explicitly (see Document)
    )
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
    return conn


def create_empty(path: Path) -> None:
    """Create a new database file with our identity and schema version (no tables yet)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.commit()
    finally:
        conn.close()


def write_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write a compact, complete copy of the database on ``conn`` to ``target`` atomically.

    ``VACUUM INTO`` fills the empty temporary file :func:`~workshop.atomic.atomic_path` made with
    the target's permissions, so the copy is never more readable than the document."""
    with atomic_path(target) as temp:
        conn.execute("VACUUM INTO ?", (str(temp),))


def write_shared_copy(conn: sqlite3.Connection, target: Path, leave_out: list[str]) -> None:
    """Like :func:`write_copy`, for a copy that leaves the broker's hands: the rows of
    ``leave_out`` (the record about the partnership: issues and their digests, responses,
    sign-offs, kept states, turns to speak) and the workshop's signing key are removed from the
    copy, which is then compacted again, so no page of it holds what was left out."""
    with atomic_path(target) as temp:
        conn.execute("VACUUM INTO ?", (str(temp),))
        copy = connect(temp)
        try:
            copy.execute("BEGIN")
            for table in leave_out:
                copy.execute(f'DELETE FROM "{table}"')
            copy.execute("UPDATE workshop SET secret = ''")
            copy.execute("COMMIT")
            copy.execute("VACUUM")
        finally:
            copy.close()


def change_counter(file: Path) -> int | None:
    """SQLite's file change counter (header bytes 24-27): it moves at every commit."""
    try:
        with open(file, "rb") as handle:
            handle.seek(24)
            return int.from_bytes(handle.read(4), "big")
    except OSError:
        return None


# --- working copies -----------------------------------------------------------------------------


def _key(path: Path | None, token: str) -> str:
    source = str(real_target(path)) if path is not None else f"untitled:{token}"
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(slots=True)
class WorkingCopy:
    """A document's working copy, its sidecar and its lease (the lock file its holder keeps)."""

    file: Path
    sidecar: Path
    original: Path | None

    @classmethod
    def for_document(cls, path: Path | None, token: str = "") -> WorkingCopy:
        return cls.for_stem(_key(path, token), path)

    @classmethod
    def for_stem(cls, stem: str, original: Path | None) -> WorkingCopy:
        folder = working_dir()
        return cls(folder / f"{stem}.workshop", folder / f"{stem}.json", original)

    @property
    def lease(self) -> Path:
        """The lock file whoever holds this working copy keeps."""
        return self.file.with_suffix(".lock")

    @property
    def incoming(self) -> Path:
        """Where a freshly checked copy of the document waits until recovery is decided."""
        return self.file.with_suffix(".incoming")

    def write_sidecar(self, saved_mtime_ns: int | None = None) -> None:
        """Write the sidecar whole (at open): who holds the copy, for which document, and its
        state at the last save. Padded, so :meth:`mark_saved` can rewrite it in place."""
        info = {
            "original": str(self.original) if self.original else None,
            "document": self._document_identity(),
            **locks.Owner.me().as_json(),
            "saved_mtime_ns": self.mtime_ns() if saved_mtime_ns is None else saved_mtime_ns,
            "saved_counter": change_counter(self.file) if saved_mtime_ns is None else None,
        }
        text = json.dumps(info, indent=1).encode()
        size = -(-(len(text) + 1024) // _SIDECAR_BLOCK) * _SIDECAR_BLOCK
        padded = text.ljust(size)

        def write(temp: Path) -> None:
            temp.write_bytes(padded)

        remove_leftovers(self.sidecar)  # an earlier write of it cut short (we hold the lease)
        atomic_write(self.sidecar, write)

    def _document_identity(self) -> dict[str, int] | None:
        if self.original is None:
            return None
        try:
            status = os.stat(self.original)
        except OSError:
            return None
        return {"dev": status.st_dev, "ino": status.st_ino, "mtime_ns": status.st_mtime_ns}

    def read_sidecar(self) -> dict[str, Any]:
        try:
            data = json.loads(self.sidecar.read_bytes())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def valid(self) -> bool:
        """A working copy is ours to judge only with a whole sidecar (written before any edit)."""
        saved = self.read_sidecar().get("saved_mtime_ns")
        return isinstance(saved, int) and self.file.exists()

    def mtime_ns(self) -> int:
        try:
            return self.file.stat().st_mtime_ns
        except OSError:
            return 0

    def mark_saved(self) -> None:
        """Record that the document now holds what the working copy holds. Rewritten in place
        (same length), so a full data folder cannot make a completed save fail."""
        info = self.read_sidecar()
        info["saved_mtime_ns"] = self.mtime_ns()
        info["saved_counter"] = change_counter(self.file)
        info["original"] = str(self.original) if self.original else None
        info["document"] = self._document_identity()
        text = json.dumps(info, indent=1).encode()
        fd = os.open(self.sidecar, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            size = os.fstat(fd).st_size
            if len(text) > size:
                raise OSError(errno.ENOSPC, "the sidecar has no room")
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, text.ljust(size))
            os.fsync(fd)
        finally:
            os.close(fd)

    def has_unsaved_edits(self) -> bool:
        """True if the copy changed after the last save its sidecar records."""
        info = self.read_sidecar()
        saved = info.get("saved_mtime_ns")
        if not isinstance(saved, int) or not self.file.exists():
            return False
        counter = info.get("saved_counter")
        if isinstance(counter, int) and counter != change_counter(self.file):
            return True
        return self.mtime_ns() != saved

    def owner(self) -> locks.Owner | None:
        return locks.Owner.from_json(self.read_sidecar())

    def is_held(self) -> bool:
        """True if a live process holds this working copy (its lease, or for copies made before
        leases, the owner its sidecar names)."""
        if self.lease.exists():
            return locks.holder(self.lease) is not None
        owner = self.owner()
        return owner is not None and owner.is_live()

    def remove(self) -> None:
        """Remove the copy and its sidecar (not the lease: its holder releases that)."""
        remove_files(self.file)
        with contextlib.suppress(FileNotFoundError):
            self.sidecar.unlink()

    def last_edit_text(self) -> str:
        when = datetime.fromtimestamp(self.mtime_ns() / 1e9)
        return when.strftime("%H:%M on %d %B %Y")

    def matches(self, real: Path, ident: dict[str, int] | None) -> bool:
        """Whether this copy belongs to the document at ``real`` (by name, or by device, inode
        and modification time: another hard link to it)."""
        info = self.read_sidecar()
        original = info.get("original")
        if isinstance(original, str) and real_target(original) == real:
            return True
        return ident is not None and info.get("document") == ident


@dataclass(frozen=True, slots=True)
class Orphan:
    """A working copy left by a session that ended unexpectedly, with unsaved edits."""

    working_copy: WorkingCopy
    original: Path | None
    last_edit: str


def _stems() -> dict[str, list[Path]]:
    """The files of the data folder by the stem they belong to. A temporary file being written
    (``.NAME.cg-….tmp``, a lock's ``….new``) belongs to a process at work: left alone."""
    found: dict[str, list[Path]] = {}
    for file in working_dir().iterdir():
        if file.name.startswith(".") or file.name.endswith(".new"):
            continue
        stem = file.name.split(".", 1)[0]
        found.setdefault(stem, []).append(file)
    return found


def sweep() -> None:
    """Remove what nobody holds and nobody needs from the data folder: read-only snapshots and
    check copies of ended sessions, half-made copies, working copies with nothing unsaved.
    Orphans with unsaved edits stay, for recovery."""
    with contextlib.suppress(OSError):
        for stem, files in _stems().items():
            copy = WorkingCopy.for_stem(stem, None)
            if copy.is_held():
                continue
            try:
                lease = locks.LockFile.take(copy.lease)
            except (locks.Held, OSError):
                continue
            try:
                if copy.valid() and copy.has_unsaved_edits():
                    remove_files(copy.incoming)  # the orphan itself stays for recovery
                    continue
                for file in files:
                    if file != copy.lease:
                        with contextlib.suppress(FileNotFoundError):
                            file.unlink()
            finally:
                lease.release()


def orphaned_working_copies() -> list[Orphan]:
    """Every orphaned working copy that holds edits not saved to its document (for the app to
    offer at start-up). A copy whose document holds exactly what it holds is removed instead."""
    sweep()
    found: list[Orphan] = []
    for sidecar in sorted(working_dir().glob("*.json")):
        copy = WorkingCopy.for_stem(sidecar.stem, None)
        original = copy.read_sidecar().get("original")
        copy.original = Path(original) if isinstance(original, str) else None
        if copy.is_held() or not (copy.valid() and copy.has_unsaved_edits()):
            continue
        if copy.original is not None and _matches_document(copy):
            continue
        found.append(Orphan(copy, copy.original, copy.last_edit_text()))
    return found


def _matches_document(copy: WorkingCopy) -> bool:
    """True (and the orphan removed) if its document holds exactly what the orphan holds."""
    assert copy.original is not None
    try:
        lease = locks.LockFile.take(copy.lease)
    except (locks.Held, OSError):
        return False
    try:
        try:
            check_into(copy.original, copy.incoming)
        except errors.WorkshopError:
            return False
        settle(copy.file)
        same = checks.same_content(copy.file, copy.incoming)
        remove_files(copy.incoming)
        if same:
            copy.remove()
        return same
    finally:
        lease.release()


def find_working_copy(real: Path) -> WorkingCopy:
    """The working copy of the document at ``real``: by its name, else one left for another
    name of the same file (a hard link), else a new one named after it."""
    copy = WorkingCopy.for_document(real)
    if copy.file.exists() or copy.sidecar.exists():
        return copy
    status = os.stat(real)
    ident = {"dev": status.st_dev, "ino": status.st_ino, "mtime_ns": status.st_mtime_ns}
    for sidecar in sorted(working_dir().glob("*.json")):
        other = WorkingCopy.for_stem(sidecar.stem, real)
        if other.file.exists() and other.matches(real, ident):
            return other
    return copy


# --- holding a document -------------------------------------------------------------------------

#: Documents open for editing in this process: real path -> device and inode.
_OPEN_HERE: dict[str, checks.Identity | None] = {}


def lock_path(path: Path) -> Path:
    """The lock file beside the document (beside the real file, links followed)."""
    real = real_target(path)
    return real.with_name(f".~lock.{real.name}#")


def holder_of(path: Path) -> str | None:
    """Who else has ``path`` open, in words, or None if nobody does."""
    real = real_target(path)
    ident = identity(real)
    if str(real) in _OPEN_HERE or (ident is not None and ident in _OPEN_HERE.values()):
        return "in another window of Common Ground"
    owner = locks.holder(lock_path(real))
    if owner is not None:
        return owner.describe()
    with contextlib.suppress(OSError):
        copy = find_working_copy(real) if real.exists() else WorkingCopy.for_document(real)
        if copy.lease.exists() and locks.holder(copy.lease) is not None:
            return "in another Common Ground window on this computer"
    return None


@dataclass(slots=True)
class Hold:
    """Everything that says a document is being edited here: the working copy's lease, the lock
    beside the document (where one can be written) and this process's registry."""

    path: Path | None
    real: Path | None
    working_copy: WorkingCopy
    lease: locks.LockFile
    lock: locks.LockFile | None = None
    released: bool = field(default=False)

    @classmethod
    def untitled(cls) -> Hold:
        """The lease of a new working copy for a document that has no file yet."""
        copy = WorkingCopy.for_document(None, uuid.uuid4().hex)
        with in_data_folder("Untitled.workshop"):
            lease = locks.LockFile.take(copy.lease)
        return cls(None, None, copy, lease)

    @classmethod
    def take(cls, path: Path, *, beside: bool = True) -> Hold:
        """Take ``path`` for editing; raises :class:`~workshop.errors.DocumentInUse`.

        ``beside=False`` takes only the working copy's lease (the document is still being
        checked); :meth:`lock_beside` adds the lock beside it once it has passed.
        """
        real = real_target(path)
        holder = holder_of(real)
        if holder:
            raise errors.DocumentInUse(path, holder)
        with in_data_folder(path):
            copy = find_working_copy(real) if real.exists() else WorkingCopy.for_document(real)
            try:
                lease = locks.LockFile.take(copy.lease)
            except locks.Held:
                raise errors.DocumentInUse(
                    path, "in another Common Ground window on this computer"
                ) from None
        hold = cls(path, real, copy, lease)
        _OPEN_HERE[str(real)] = identity(real)
        if beside:
            hold.lock_beside()
        return hold

    def lock_beside(self) -> None:
        assert self.path is not None and self.real is not None
        try:
            self.lock = locks.LockFile.take(lock_path(self.real))
        except locks.Held as held:
            self.release()
            raise errors.DocumentInUse(self.path, held.describe()) from None
        except OSError:
            self.lock = None  # a read-only or full folder: nobody else can write it either

    def saved(self) -> None:
        """The document was replaced by a save: it is the same document under a new inode."""
        if not self.released and self.real is not None:
            _OPEN_HERE[str(self.real)] = identity(self.real)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if self.real is not None:
            _OPEN_HERE.pop(str(self.real), None)
        if self.lock is not None:
            self.lock.release()
        self.lease.release()


def backup_before_upgrade(path: Path, source: Path, version: int) -> Path:
    """Copy ``source`` (the checked copy of ``path``) before upgrading: beside the document if
    possible, else in the data folder; with the document's permissions from the first byte."""
    real = real_target(path)
    name = f"{real.stem} (schema {version} backup){real.suffix}"

    def write(temp: Path) -> None:
        shutil.copyfile(source, temp)

    for folder in (real.parent, data_dir() / "backups"):
        target = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(target, write, like=real)
        except OSError:
            continue
        return target
    raise errors.SaveFailed(path, "could not write a backup before upgrading it")
