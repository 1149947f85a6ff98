"""The one path every file we write goes through: temporary file in the same folder, fsync, replace.

A reader (or a crash) never sees half a file: either the old file or the complete new one. The
temporary file is created by us, exclusively, with the target's permissions (and, where we may,
its owner and group) *before its first byte*, so a save never shows another user what the
target hides from them. A target reached through a symbolic link is written through the link: the
file it points to is replaced and the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

#: Our temporary files: ``.NAME.cg-<12 hex>.tmp`` (and SQLite's ``-journal`` beside one).
_TEMP = r"\.cg-[0-9a-f]{12}\.tmp"
#: What releases before 0.3 made (``tempfile.mkstemp``): ``.NAME.<8 of [a-z0-9_]>.tmp``.
_LEGACY_TEMP = r"\.[a-z0-9_]{8}\.tmp"


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def real_target(target: Path | str) -> Path:
    """The file a write to ``target`` must replace: symbolic links followed (even dangling ones)."""
    return Path(os.path.realpath(target))


@contextlib.contextmanager
def atomic_path(target: Path | str, *, like: Path | str | None = None) -> Iterator[Path]:
    """Yield an empty temporary file beside ``target``; on success it replaces ``target``.

    The new file gets the permissions of ``target`` (or of the file ``like``, for a new file
    that must be no more readable than the one it copies), else the usual umask-based ones.

    The caller writes the whole file to the yielded path (writing into it, or with SQLite's
    ``VACUUM INTO``, which accepts an existing empty file). On any exception the temporary file
    (and any journal SQLite left beside it) is removed and ``target`` is untouched.
    """
    target = real_target(target)
    folder = target.parent
    mode, owner = _permissions_of(Path(like) if like is not None else target)
    # The name is chosen before the file is made, inside the ``try``: a signal that arrives
    # while it is being made still finds the file to remove (the random name is ours alone).
    temp = _temp_name(folder, target.name)
    try:
        while not _create_temp(temp, mode, owner):
            temp = _temp_name(folder, target.name)
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        # Again after writing, for a writer that replaced our file instead of writing into it
        # (and the target's own bits, such as read-only, which we could not write through).
        os.chmod(temp, mode)
        os.replace(temp, target)
        fsync_directory(folder)
    except BaseException:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _temp_name(folder: Path, name: str) -> Path:
    return folder / f".{name}.cg-{secrets.token_hex(6)}.tmp"


def _create_temp(temp: Path, mode: int, owner: tuple[int, int] | None) -> bool:
    """Make ``temp`` empty with the given permissions; False if that name is taken."""
    # Owner read and write so we can fill it; group and others get no more than the target gives.
    first = 0o600 | (mode & 0o066)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(temp, flags, first)
    except FileExistsError:
        return False
    try:
        if owner is not None and hasattr(os, "fchown"):
            uid = owner[0] if os.geteuid() == 0 else -1
            with contextlib.suppress(OSError):  # not a member of the group: ours stays
                os.fchown(fd, uid, owner[1])
        if hasattr(os, "fchmod"):
            os.fchmod(fd, first)  # the umask may have taken bits; chown may have cleared some
    finally:
        os.close(fd)
    return True


def _permissions_of(target: Path) -> tuple[int, tuple[int, int] | None]:
    """An existing file's mode, owner and group; a new file gets the usual umask-based mode."""
    try:
        status = os.stat(target)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask, None
    return status.st_mode & 0o7777, (status.st_uid, status.st_gid)


def is_leftover(name: str, target_name: str) -> bool:
    """True if ``name`` is one of our temporary files (or its journal) for ``target_name``."""
    escaped = re.escape(target_name)
    pattern = rf"\.{escaped}(?:{_TEMP}|{_LEGACY_TEMP})(?:-journal)?"
    return re.fullmatch(pattern, name) is not None


def remove_leftovers(target: Path | str) -> list[Path]:
    """Remove temporary files an interrupted write to ``target`` left beside it; only ours.

    Call it only while no other writer of ``target`` can be running (the document's lock held).
    """
    target = real_target(target)
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if is_leftover(name, target.name):
            with contextlib.suppress(FileNotFoundError):
                (target.parent / name).unlink()
                removed.append(target.parent / name)
    return removed


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as temp:
        temp.write_bytes(data)


def atomic_write(
    target: Path | str, write: Callable[[Path], None], *, like: Path | str | None = None
) -> None:
    """Call ``write(temp_path)`` and move the result into place atomically."""
    with atomic_path(target, like=like) as temp:
        write(temp)
