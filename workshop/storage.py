"""The workshop file on disk: checks before any write, connections, working copies and locks.

Design (documented for users and tools in ``docs/file-format.md``):

* The user's ``.workshop`` file is only ever *read* while checking and opening it, and only ever
  *replaced whole* when saving (``VACUUM INTO`` a temporary file beside it, fsync, rename). So it is
  always a complete document, and a saved copy carries no free pages holding deleted text.
* Every edit commits to a *working copy* in the app's data folder (rollback journal, FULL sync),
  so an acknowledged edit survives a crash. A sidecar JSON file says which document the working copy
  belongs to and which process holds it; a working copy whose process is gone is *orphaned* and is
  offered for recovery when its document is next opened (or at start-up).
* A lock file beside the document (``.~lock.NAME#``) tells another process, or another computer on
  a shared folder, that the document is open; the same process keeps a registry of its own.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from workshop import errors
from workshop.atomic import atomic_write_bytes
from workshop.migrations import (
    APPLICATION_ID,
    OLDEST_SUPPORTED,
    SCHEMA_VERSION,
    expected_columns,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def data_dir() -> Path:
    """The app's data folder (working copies, backups of upgraded files)."""
    override = os.environ.get("COMMONGROUND_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "CommonGround"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Common Ground"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
        base = base / "commonground"
    # Working copies hold confidential text: this user's eyes only.
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    return base


def working_dir() -> Path:
    folder = data_dir() / "working"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


# --- checks -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the checks learnt about a sound workshop file."""

    path: Path
    schema_version: int
    writable: bool


def inspect(path: Path | str) -> FileFacts:
    """Check a workshop file without changing it, in order: the path, the SQLite header, the
    application id, the schema version range, ``PRAGMA quick_check``. Raises a
    :class:`~workshop.errors.FileProblem` subclass on the first failure."""
    path = Path(path)
    if not path.exists():
        raise errors.FileMissing(path)
    if path.is_dir():
        raise errors.NotAFile(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError:
        raise errors.FileUnreadable(path) from None
    except OSError as exc:
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None
    if not header:
        raise errors.NotAWorkshop(path, "the file is empty")
    if not header.startswith(SQLITE_MAGIC):
        kind = "it is a text file" if _looks_like_text(header) else "it is not a database"
        raise errors.NotAWorkshop(path, kind)
    if len(header) < HEADER_SIZE:
        raise errors.CorruptFile(path, "the file is cut short")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise errors.NotAWorkshop(path, "it is another application’s database")
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise errors.NewerVersion(path, version, SCHEMA_VERSION)
    if version < OLDEST_SUPPORTED:
        raise errors.TooOld(path, version, OLDEST_SUPPORTED)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and page_count and size < page_size * page_count:
        raise errors.CorruptFile(path, "the file is cut short")
    _verify_database(path, version)
    # The permission bits say what the user meant even where (as root) access() says yes.
    writable = os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
    return FileFacts(path, version, writable)


def _looks_like_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _verify_database(path: Path, version: int) -> None:
    """``quick_check``, then what it leaves out that would trip us later: broken references,
    missing tables or columns, and triggers or views a workshop file never has."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise errors.CorruptFile(path, _reason(exc)) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise errors.CorruptFile(path, "its integrity check failed")
        extras = conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')"
        ).fetchall()
        if extras:
            raise errors.CorruptFile(path, "it contains parts a workshop file never has")
        for table, columns in expected_columns(version).items():
            found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not columns <= found:
                raise errors.CorruptFile(path, f"its “{table}” table is not as expected")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise errors.CorruptFile(path, "some items refer to items that do not exist")
        if conn.execute("SELECT count(*) FROM workshop WHERE id = 1").fetchone() != (1,):
            raise errors.CorruptFile(path, "its workshop details are missing")
        for table in expected_columns(version):
            try:  # reading every row finds damage quick_check does not, such as broken UTF-8
                conn.execute(f"SELECT * FROM {table}").fetchall()
            except sqlite3.OperationalError as exc:
                if "decode" in str(exc):
                    raise errors.CorruptFile(path, "some of its text is damaged") from None
                raise
    except sqlite3.Error as exc:
        raise errors.CorruptFile(path, _reason(exc)) from None
    except UnicodeDecodeError:  # SQLite's own report quoted damaged bytes
        raise errors.CorruptFile(path, "its pages are damaged") from None
    finally:
        conn.close()


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
        detail = _reason(exc) if isinstance(exc, sqlite3.Error) else "its pages are damaged"
        raise errors.CorruptFile(original, detail) from None


def settle(file: Path) -> None:
    """Let SQLite roll back a transaction a killed process left in our own working copy."""
    with contextlib.suppress(sqlite3.Error):
        conn = connect(file)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly database" in text:
        return "another program left it part-way through a change"
    return "its pages are damaged" if "malformed" in text or "decode" in text else text


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


def engine_for(file: Path) -> Engine:
    """A SQLAlchemy engine on one connection to ``file`` whose transactions begin explicitly."""
    engine = create_engine("sqlite://", creator=lambda: connect(file), poolclass=StaticPool)
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Connection) -> None:
    # The driver runs in autocommit mode (isolation_level=None): one BEGIN per transaction.
    conn.exec_driver_sql("BEGIN")


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
    """Write a compact, complete copy of the database on ``conn`` to ``target`` atomically."""
    from workshop.atomic import atomic_path

    with atomic_path(target) as temp:
        temp.unlink()  # VACUUM INTO wants to create the file itself
        conn.execute("VACUUM INTO ?", (str(temp),))


# --- working copies -----------------------------------------------------------------------------


def _key(path: Path | None, token: str) -> str:
    source = str(path.resolve()) if path is not None else f"untitled:{token}"
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(slots=True)
class WorkingCopy:
    """A document's working copy and its sidecar."""

    file: Path
    sidecar: Path
    original: Path | None

    @classmethod
    def for_document(cls, path: Path | None, token: str = "") -> WorkingCopy:
        key = _key(path, token)
        folder = working_dir()
        return cls(folder / f"{key}.workshop", folder / f"{key}.json", path)

    def write_sidecar(self, **extra: Any) -> None:
        info = {
            "original": str(self.original) if self.original else None,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "opened_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "saved_mtime_ns": extra.pop("saved_mtime_ns", self.mtime_ns()),
            **extra,
        }
        atomic_write_bytes(self.sidecar, json.dumps(info, indent=1).encode())

    def read_sidecar(self) -> dict[str, Any]:
        try:
            data = json.loads(self.sidecar.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def mtime_ns(self) -> int:
        try:
            return self.file.stat().st_mtime_ns
        except OSError:
            return 0

    def mark_saved(self) -> None:
        info = self.read_sidecar()
        info["saved_mtime_ns"] = self.mtime_ns()
        info["original"] = str(self.original) if self.original else None
        atomic_write_bytes(self.sidecar, json.dumps(info, indent=1).encode())

    def has_unsaved_edits(self) -> bool:
        info = self.read_sidecar()
        return self.file.exists() and self.mtime_ns() != info.get("saved_mtime_ns")

    def is_orphaned(self) -> bool:
        """True if the working copy exists and the process that held it has gone."""
        if not self.file.exists() or str(self.file) in ACTIVE_COPIES:
            return False
        info = self.read_sidecar()
        host, pid = info.get("host"), info.get("pid")
        if host not in (None, socket.gethostname()):
            return False
        return not isinstance(pid, int) or not pid_alive(pid) or pid == os.getpid()

    def remove(self) -> None:
        for file in (self.file, self.sidecar, self.file.with_name(self.file.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()

    def last_edit_text(self) -> str:
        when = datetime.fromtimestamp(self.mtime_ns() / 1e9)
        return when.strftime("%H:%M on %d %B %Y")


@dataclass(frozen=True, slots=True)
class Orphan:
    """A working copy left by a session that ended unexpectedly, with unsaved edits."""

    working_copy: WorkingCopy
    original: Path | None
    last_edit: str


def orphaned_working_copies() -> list[Orphan]:
    """Every orphaned working copy that holds edits not saved to its document."""
    found: list[Orphan] = []
    for sidecar in sorted(working_dir().glob("*.json")):
        copy = WorkingCopy(sidecar.with_suffix(".workshop"), sidecar, None)
        info = copy.read_sidecar()
        original = info.get("original")
        copy.original = Path(original) if original else None
        if copy.is_orphaned() and copy.has_unsaved_edits():
            found.append(Orphan(copy, copy.original, copy.last_edit_text()))
    return found


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - no signal 0 on Windows; be conservative
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- locks --------------------------------------------------------------------------------------

_OPEN_HERE: set[str] = set()

#: Working copies held by documents open in this process (never orphans).
ACTIVE_COPIES: set[str] = set()


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _canonical(path: Path) -> str:
    return str(path.resolve())


def holder_of(path: Path) -> str | None:
    """Who else has ``path`` open, in words, or None if nobody does."""
    if _canonical(path) in _OPEN_HERE:
        return "in another window of Common Ground"
    try:
        info = json.loads(lock_path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    host, pid, user = info.get("host"), info.get("pid"), info.get("user", "someone")
    if host == socket.gethostname():
        if not isinstance(pid, int) or pid == os.getpid() or not pid_alive(pid):
            return None  # a stale lock from a session that ended
        return f"in another Common Ground window on this computer (by {user})"
    since = info.get("opened_at", "")
    return f"on the computer “{host}” by {user} since {since}".rstrip()


def acquire(path: Path) -> bool:
    """Register ``path`` as open here and write its lock file; False if it could not be written."""
    _OPEN_HERE.add(_canonical(path))
    info = {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "user": getpass.getuser(),
        "opened_at": datetime.now().isoformat(timespec="minutes"),
    }
    try:
        atomic_write_bytes(lock_path(path), json.dumps(info).encode("utf-8"))
    except OSError:
        return False
    return True


def release(path: Path) -> None:
    _OPEN_HERE.discard(_canonical(path))
    with contextlib.suppress(OSError):
        info = json.loads(lock_path(path).read_text("utf-8"))
        if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
            lock_path(path).unlink()


def backup_before_upgrade(path: Path, version: int) -> Path:
    """Copy ``path`` before upgrading it: beside it if possible, else in the data folder."""
    name = f"{path.stem} (schema {version} backup){path.suffix}"
    for folder in (path.parent, data_dir() / "backups"):
        target = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        except OSError:
            continue
        return target
    raise errors.SaveFailed(path, "could not write a backup before upgrading it")
