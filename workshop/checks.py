"""Is this a workshop file we may open? Checks that read it, changing nothing in or beside it.

The user's file is opened only by us, for reading, and only once :func:`check_into` knows it is a
regular file (a pipe, device or socket is refused from its status alone). Its header is read from
that descriptor, a ``-wal`` or hot ``-journal`` beside it is refused (never replayed, never
ignored), and then it is copied into the data folder: SQLite only ever opens that private copy,
so nothing is created beside the user's file. On the copy the schema is compared statement by
statement with ours *before* anything in it is evaluated, and every check runs against a deadline.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from workshop import errors, locks
from workshop.atomic import real_target
from workshop.datafolder import (
    SPARE_BYTES,
    data_folder_error,
    in_data_folder,
    remove_files,
    working_dir,
)
from workshop.migrations import (
    APPLICATION_ID,
    OLDEST_SUPPORTED,
    SCHEMA_VERSION,
    schema_difference,
    schema_of,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
HEADER_SIZE = 100

#: The longest any check of a file may run before it is refused as too slow.
CHECK_SECONDS = 15.0


def real_file(path: Path | str) -> Path:
    """The file ``path`` names, symbolic links followed; typed errors for links to nowhere."""
    path = Path(path)
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        if os.path.islink(path):
            raise errors.FileMissing(path, os.readlink(path)) from None
        raise errors.FileMissing(path) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise errors.FileUnreadable(path, "its links lead round in a circle") from None
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None


Identity = tuple[int, int]


def identity(path: Path | str) -> Identity | None:
    """The file's device and inode (what two names of one file share), or None."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def same_file(a: Path | str, b: Path | str) -> bool:
    """True if ``a`` and ``b`` name one file: through links, hard links included."""
    if real_target(a) == real_target(b):
        return True
    found = identity(a)
    return found is not None and found == identity(b)


# --- checks -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the checks learnt about a sound workshop file."""

    path: Path
    schema_version: int
    writable: bool


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def inspect(path: Path | str) -> FileFacts:
    """Check a workshop file without changing it or writing beside it (see :func:`check_into`)."""
    path = Path(path)
    stem = f"check-{uuid.uuid4().hex}"
    with in_data_folder(path):
        lease = locks.LockFile.take(working_dir() / f"{stem}.lock")
    copy = working_dir() / f"{stem}.workshop"
    try:
        return check_into(path, copy)
    finally:
        remove_files(copy)
        lease.release()


def check_into(path: Path, copy: Path) -> FileFacts:
    """Check a workshop file and leave a private copy of it at ``copy`` (in the data folder).

    In order: the path (a regular file, read without blocking), the header (SQLite, our
    application id, a schema version we read, its length), nothing unfinished beside it, room in
    the data folder; then, on the copy, the schema statement by statement against ours, and only
    then ``quick_check``, references and every row, all within :data:`CHECK_SECONDS`. Raises a
    :class:`~workshop.errors.FileProblem` subclass on the first failure, leaving no copy.
    """
    real = real_file(path)
    fd = _open_regular(path, real)
    try:
        header = _read_header(path, fd)
        version = _check_header(path, header, os.fstat(fd).st_size)
        refuse_unfinished(path, real)
        _copy_out(path, fd, copy)
    finally:
        os.close(fd)
    try:
        if header[18:20] == b"\x02\x02":  # WAL mode with no changes waiting: plain rollback mode
            with open(copy, "r+b") as handle:
                handle.seek(18)
                handle.write(b"\x01\x01")
        _verify_database(path, copy, version)
    except BaseException:
        remove_files(copy)
        raise
    return FileFacts(path, version, _writable(real))


def _open_regular(path: Path, real: Path) -> int:
    """Open ``real`` for reading only if it is a regular file: a pipe, device or socket is
    refused from its status alone, before anything could block on it."""
    try:
        status = os.stat(real)
    except PermissionError:
        raise errors.FileUnreadable(path) from None
    except OSError as exc:
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None
    for test, kind in _KINDS:
        if test(status.st_mode):
            raise errors.NotAFile(path, kind)
    if not stat.S_ISREG(status.st_mode):
        raise errors.NotAFile(path, "not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(real, flags | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise errors.FileUnreadable(path) from None
    except OSError as exc:
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None
    opened = os.fstat(fd)
    if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
        status.st_dev,
        status.st_ino,
    ):
        os.close(fd)
        raise errors.FileUnreadable(path, "it was replaced while being read")
    return fd


def read_at(fd: int, size: int, offset: int) -> bytes:
    """``pread`` where there is one (not on Windows)."""
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows
    return os.read(fd, size)  # pragma: no cover


def _read_header(path: Path, fd: int) -> bytes:
    try:
        return read_at(fd, HEADER_SIZE, 0)
    except OSError as exc:
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None


def _check_header(path: Path, header: bytes, size: int) -> int:
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
    if header[18:20] not in (b"\x01\x01", b"\x02\x02"):
        raise errors.CorruptFile(path, "its header is damaged")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and page_count and size < page_size * page_count:
        raise errors.CorruptFile(path, "the file is cut short")
    return version


def refuse_unfinished(path: Path, real: Path) -> None:
    """A ``-wal`` with frames, or a hot ``-journal``, beside the file holds another program's
    unfinished change: replaying it would change the file, ignoring it would lose it."""
    for suffix in ("-wal", "-journal"):
        beside = real.with_name(real.name + suffix)
        try:
            status = os.stat(beside)
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode):
            raise errors.UnfinishedChanges(path, beside.name)
        if status.st_size == 0:
            continue
        if suffix == "-journal":
            try:
                with open(beside, "rb") as handle:
                    if handle.read(8) != JOURNAL_MAGIC:
                        continue  # a finished journal SQLite kept (PERSIST mode): not hot
            except OSError:
                pass
        raise errors.UnfinishedChanges(path, beside.name)


def _copy_out(path: Path, fd: int, copy: Path) -> None:
    """Copy the open file to our private ``copy`` (refusing early if it cannot fit)."""
    size = os.fstat(fd).st_size
    with in_data_folder(path):
        if shutil.disk_usage(copy.parent).free < size + SPARE_BYTES:
            raise OSError(errno.ENOSPC, "No space left on device")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        out = os.open(copy, flags | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise data_folder_error(path, exc) from None
    try:
        offset = 0
        while True:
            try:
                chunk = read_at(fd, 1 << 20, offset)
            except OSError as exc:
                raise errors.FileUnreadable(path, exc.strerror or str(exc)) from None
            if not chunk:
                break
            try:
                os.write(out, chunk)
            except OSError as exc:
                raise data_folder_error(path, exc) from None
            offset += len(chunk)
    except BaseException:
        os.close(out)
        remove_files(copy)
        raise
    os.close(out)


def _writable(real: Path) -> bool:
    # The permission bits say what the user meant even where (as root) access() says yes.
    folder = real.parent
    try:
        mine, theirs = os.stat(real).st_mode, os.stat(folder).st_mode
    except OSError:
        return False
    return (
        os.access(real, os.W_OK)
        and bool(mine & 0o222)
        and os.access(folder, os.W_OK)
        and bool(theirs & 0o222)
    )


def _looks_like_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _Deadline:
    """A SQLite progress handler that interrupts whatever runs past the deadline."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.passed = False

    def __call__(self) -> int:
        self.passed = time.monotonic() > self.at
        return int(self.passed)


def _verify_database(path: Path, copy: Path, version: int) -> None:
    """On our private copy: the schema statement by statement against ours (so nothing we did
    not write is ever evaluated), then ``quick_check`` and what it leaves out that would trip us
    later: broken references, the workshop row, every row readable; all against a deadline."""
    deadline = _Deadline(CHECK_SECONDS)
    try:
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise errors.CorruptFile(path, reason(exc)) from None
    try:
        conn.set_progress_handler(deadline, 1000)
        conn.execute("PRAGMA trusted_schema = OFF")
        problem = schema_difference(schema_of(conn), version)
        if problem:
            raise errors.CorruptFile(path, problem)
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise errors.CorruptFile(path, "its integrity check failed")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise errors.CorruptFile(path, "some items refer to items that do not exist")
        if conn.execute("SELECT count(*) FROM workshop WHERE id = 1").fetchone() != (1,):
            raise errors.CorruptFile(path, "its workshop details are missing")
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            try:  # reading every row finds damage quick_check does not, such as broken UTF-8
                conn.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.OperationalError as exc:
                if "decode" in str(exc):
                    raise errors.CorruptFile(path, "some of its text is damaged") from None
                raise
    except sqlite3.Error as exc:
        if deadline.passed:
            raise errors.CheckTimedOut(path, deadline.seconds) from None
        raise errors.CorruptFile(path, reason(exc)) from None
    except UnicodeDecodeError:  # SQLite's own report quoted damaged bytes
        raise errors.CorruptFile(path, "its pages are damaged") from None
    finally:
        conn.close()


def check_private(file: Path, shown_as: Path) -> int:
    """Check one of our own files (a working copy) in place; returns its schema version."""
    try:
        with open(file, "rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = file.stat().st_size
    except OSError as exc:
        raise errors.FileUnreadable(shown_as, exc.strerror or str(exc)) from None
    version = _check_header(shown_as, header, size)
    _verify_database(shown_as, file, version)
    return version


def reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly database" in text:
        return "another program left it part-way through a change"
    return "its pages are damaged" if "malformed" in text or "decode" in text else text


def same_content(a: Path, b: Path) -> bool:
    """True if two of our private copies hold the same document, row for row."""
    try:
        conn = sqlite3.connect(f"{a.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("ATTACH DATABASE ? AS other", (f"{b.as_uri()}?mode=ro",))
        versions = [
            conn.execute(f"PRAGMA {db}.user_version").fetchone() for db in ("main", "other")
        ]
        if versions[0] != versions[1]:
            return False
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            for first, second in (("main", "other"), ("other", "main")):
                query = (
                    f'SELECT 1 FROM (SELECT * FROM {first}."{table}" '
                    f'EXCEPT SELECT * FROM {second}."{table}") LIMIT 1'
                )
                if conn.execute(query).fetchone() is not None:
                    return False
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()
