"""The one path every file we write goes through: temporary file in the same folder, fsync, replace.

A reader (or a crash) never sees half a file: either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically.

    The caller writes the whole file to the yielded path. On any exception the temporary file is
    removed and ``target`` is untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(name)
    mode = _mode_for(target)
    try:
        yield temp
        # Set after writing: a writer (VACUUM INTO) may have replaced the file we made.
        os.chmod(temp, mode)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_directory(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; give a new one the usual umask-based mode."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as temp:
        temp.write_bytes(data)


def atomic_write(target: Path | str, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` and move the result into place atomically."""
    with atomic_path(target) as temp:
        write(temp)
