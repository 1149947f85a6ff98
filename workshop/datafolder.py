"""Common Ground's own data folder: where working copies live, and what its failures mean."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from workshop import errors

#: Room kept free in the data folder beyond a copy itself (its journal, the sidecar).
SPARE_BYTES = 1 << 20


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


def data_folder_error(path: Path | str, exc: OSError) -> errors.DataFolderProblem:
    try:
        folder = data_dir()
    except OSError:
        folder = Path(os.environ.get("COMMONGROUND_DATA_DIR") or "the data folder")
    reason = "is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "cannot be written to"
    if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"cannot be used ({exc.strerror or exc})"
    return errors.DataFolderProblem(path, folder, reason)


@contextlib.contextmanager
def in_data_folder(shown_as: Path | str) -> Iterator[None]:
    """Turn a failure to write our own data folder into its one-line typed error."""
    try:
        yield
    except OSError as exc:
        raise data_folder_error(shown_as, exc) from None
    except sqlite3.Error as exc:
        raise data_folder_error(shown_as, sqlite_os_error(exc)) from None


def sqlite_os_error(exc: BaseException) -> OSError:
    """What a SQLite failure on one of our own files means for its folder."""
    text = str(exc)
    if "full" in text or _nearly_full():
        return OSError(errno.ENOSPC, "No space left on device")
    return OSError(errno.EIO, text)


def _nearly_full() -> bool:
    try:
        return shutil.disk_usage(working_dir()).free < SPARE_BYTES
    except OSError:
        return False


def remove_files(*files: Path) -> None:
    for file in files:
        for each in (file, file.with_name(file.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                each.unlink()
