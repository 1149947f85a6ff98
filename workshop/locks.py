"""Who holds a document: process identity and lock files the kernel keeps honest.

A lock file records its :class:`Owner` (computer, machine and boot ids, process id and start time,
user) for people and for other computers, which see only the file. Its holder also keeps an OS lock
(``flock``) on it for the whole session: the kernel drops that lock the moment the process ends,
however it ends, so on this computer a lock whose OS lock is free belongs to nobody, whatever
program its process id now names. Where a file system has no OS locks, or the lock was written by
another computer, the recorded owner decides: a process id is only taken as the same process if
the computer has not restarted since (boot id) and the process started when the owner did.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import stat
import sys
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

#: How long to wait, at most, for another process merely *looking* at a lock we just made.
_SETTLE_TRIES = 200


@dataclass(frozen=True, slots=True)
class Owner:
    """The process that holds (or held) a lock, as recorded in the lock file."""

    host: str
    pid: int
    user: str = "someone"
    machine: str | None = None  # /etc/machine-id: tells two computers with one name apart
    boot: str | None = None  # changes at every restart of the computer
    started: int | None = None  # the process's start time, in clock ticks since boot
    opened_at: str = ""

    @classmethod
    def me(cls) -> Owner:
        return replace(_me(), opened_at=datetime.now().isoformat(timespec="minutes"))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Owner | None:
        """The owner a lock file records, or None for garbage."""
        if not isinstance(data, dict):
            return None
        host, pid = data.get("host"), data.get("pid")
        if not isinstance(host, str) or not isinstance(pid, int) or isinstance(pid, bool):
            return None

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        started = data.get("started")
        return cls(
            host=host,
            pid=pid,
            user=text("user") or "someone",
            machine=text("machine"),
            boot=text("boot"),
            started=started if isinstance(started, int) and not isinstance(started, bool) else None,
            opened_at=text("opened_at") or "",
        )

    def on_this_computer(self) -> bool:
        me = _me()
        if self.machine and me.machine:
            return self.machine == me.machine
        return self.host == me.host

    def is_running(self) -> bool:
        """True if this owner's process still runs (only meaningful on this computer). Asked
        only of locks no OS lock backs, so a lock naming this very process is a stale one
        (what this process holds, the kernel and its registry say)."""
        me = _me()
        if self.boot and me.boot and self.boot != me.boot:
            return False  # the computer restarted since: every process of then has ended
        if self.pid == me.pid:
            return False
        if not pid_running(self.pid):
            return False
        started = process_start(self.pid)
        return self.started is None or started is None or started == self.started

    def is_live(self) -> bool:
        """Whether to respect this owner's lock: a live process here, or any other computer's."""
        return not self.on_this_computer() or self.is_running()

    def describe(self) -> str:
        """Where the document is open, in words: "… is already open {this}"."""
        if self.on_this_computer():
            return f"in another Common Ground window on this computer (by {self.user})"
        since = f" since {self.opened_at}" if self.opened_at else ""
        return f"on the computer “{self.host}” by {self.user}{since}"


@cache
def _me() -> Owner:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no name for this uid (containers)
        user = "someone"
    pid = os.getpid()
    return Owner(
        host=socket.gethostname(),
        pid=pid,
        user=user,
        machine=_read_id("/etc/machine-id") or _read_id("/var/lib/dbus/machine-id"),
        boot=_read_id("/proc/sys/kernel/random/boot_id"),
        started=process_start(pid),
    )


def _read_id(path: str) -> str | None:
    try:
        with open(path, encoding="ascii") as handle:
            return handle.read().strip() or None
    except (OSError, ValueError):
        return None


def process_start(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot), where the system says (Linux)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
        # The command name is in parentheses and may itself hold spaces or parentheses.
        fields = data[data.rindex(b")") + 2 :].split()
        return int(fields[19])  # field 22 of proc_pid_stat(5); fields[0] is field 3
    except (OSError, ValueError, IndexError):
        return None


def pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - no signal 0 on Windows
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    return True


def _windows_pid_running(pid: int) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return True
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(ctypes.get_last_error() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# --- OS locks -----------------------------------------------------------------------------------


def _os_lock(fd: int, *, exclusive: bool) -> bool | None:
    """Try to take the OS lock: True taken, False another process holds it, None not supported."""
    if sys.platform == "win32":  # pragma: no cover - Windows locks a byte beyond the content
        try:
            os.lseek(fd, 1 << 30, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    try:
        fcntl.flock(fd, flags)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        return None  # ENOLCK, EOPNOTSUPP, EINVAL: this file system keeps no locks
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, 1 << 30, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _open_existing(path: Path) -> int | None:
    """Open an existing lock file for reading without blocking; None if absent or not a file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def _read_owner(fd: int) -> Owner | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        return Owner.from_json(json.loads(data.decode("utf-8")))
    except (OSError, ValueError):
        return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        held, now = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


class Held(Exception):
    """Someone live holds the lock; ``owner`` says who (None: unknown)."""

    def __init__(self, owner: Owner | None) -> None:
        super().__init__(owner.describe() if owner else "held by another process")
        self.owner = owner

    def describe(self) -> str:
        return self.owner.describe() if self.owner else "in another Common Ground window"


def holder(path: Path) -> Owner | None:
    """Who holds the lock file at ``path``, or None if nobody live does. Never changes it."""
    fd = _open_existing(path)
    if fd is None:
        return None
    try:
        owner = _read_owner(fd)
        locked = _os_lock(fd, exclusive=False)
        if locked is False:  # the kernel says a live process holds it
            return owner or replace(_me(), pid=0, user="someone", started=None)
        if locked:
            _os_unlock(fd)
        return owner if owner is not None and owner.is_live() else None
    finally:
        os.close(fd)


@dataclass(slots=True)
class LockFile:
    """A lock we hold: the file records us, and our OS lock on it lasts as long as we do."""

    path: Path
    fd: int

    @classmethod
    def take(cls, path: Path) -> LockFile:
        """Take the lock at ``path``, replacing a stale one. Raises :class:`Held` if a live
        process holds it, ``OSError`` if no lock file can be made there."""
        content = json.dumps(Owner.me().as_json()).encode("utf-8")
        for _attempt in range(20):
            fd = _create(path, content)
            if fd is None:  # it exists: whose is it?
                _clear_if_stale(path)
                continue
            if _settle(fd) is False or not _same_file(fd, path):
                os.close(fd)  # lost a race with another opener: look again
                continue
            return cls(path, fd)
        owner = holder(path)
        raise Held(owner)

    def release(self) -> None:
        if self.fd < 0:
            return
        if sys.platform == "win32":  # pragma: no cover - open files cannot be removed there
            os.close(self.fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            if _same_file(self.fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
            os.close(self.fd)
        self.fd = -1


def _create(path: Path, content: bytes) -> int | None:
    """Create ``path`` holding ``content`` in one step where the file system allows (a hard
    link to a complete temporary file), so no reader ever sees it empty. None if it exists."""
    flags = os.O_RDWR | getattr(os, "O_CLOEXEC", 0)
    temp = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}.new")
    try:
        fd = os.open(temp, flags | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return None
    try:
        os.write(fd, content)
        os.fsync(fd)
        try:
            os.link(temp, path)
        except FileExistsError:
            os.close(fd)
            return None
        except OSError:  # no hard links here (FAT, some network shares): create it exclusively
            os.close(fd)
            return _create_exclusive(path, content)
        return fd
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _create_exclusive(path: Path, content: bytes) -> int | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o644)
    except FileExistsError:
        return None
    try:
        os.write(fd, content)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return fd


def _settle(fd: int) -> bool | None:
    """Take the OS lock on a lock file we just made; another process may be looking at it for a
    moment (a shared OS lock), so try for a little while."""
    for _ in range(_SETTLE_TRIES):
        locked = _os_lock(fd, exclusive=True)
        if locked is not False:
            return locked
        time.sleep(0.001)
    return False


def _not_a_lock(path: Path) -> OSError:
    return OSError(errno.EEXIST, "something other than a lock file is in the way", str(path))


def _clear_if_stale(path: Path) -> None:
    """Remove the lock file at ``path`` if nobody live holds it; raise :class:`Held` if someone
    does. Holding its OS lock while deciding means two processes never both remove it."""
    # Open for writing where we may: NFS grants an exclusive lock only to a writable descriptor.
    flags = (
        getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    )
    try:
        try:
            fd = os.open(path, os.O_RDWR | flags)
        except PermissionError:  # another user's lock: we may still judge and remove it
            fd = os.open(path, os.O_RDONLY | flags)
    except FileNotFoundError:
        return  # gone meanwhile: try again
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a symbolic link where our lock belongs: never follow it
            raise _not_a_lock(path) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _not_a_lock(path)  # a folder or pipe where our lock belongs: leave it be
        owner = _read_owner(fd)
        locked = _os_lock(fd, exclusive=True)
        if locked is False:
            raise Held(owner)
        if owner is not None and owner.is_live():
            raise Held(owner)  # another computer's, or an older version's: respect it
        if _same_file(fd, path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    finally:
        os.close(fd)
