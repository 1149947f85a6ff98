"""What a command may write over. One set of rules for the command line and the Export dialog:

* never the command's own input (the same file, through any link: device and inode compared);
* never a file open in a Common Ground window (its lock, :func:`workshop.storage.holder_of`);
* for an export, never a workshop, known by its name (``.workshop``) or by its content (an SQLite
  file with our application id), and never anything that is not an ordinary file;
* any other existing file only when the person said so (``--force``, or "Replace" in the app).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from workshop import storage
from workshop.checks import HEADER_SIZE, SQLITE_MAGIC, same_file
from workshop.errors import WorkshopError
from workshop.migrations import APPLICATION_ID

SUFFIX = ".workshop"


class DestinationRefused(WorkshopError):
    """Writing to ``path`` would destroy something; nothing was written."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class WouldReplaceInput(DestinationRefused):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is the file being read, so it cannot also be written; "
            "nothing was written. Choose another name.",
        )


class WouldReplaceWorkshop(DestinationRefused):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is a Common Ground workshop, and an export never replaces "
            "or writes one; nothing was written. Choose another name.",
        )


class OpenElsewhere(DestinationRefused):
    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is open {holder}, so it was not replaced; nothing was written. "
            "Choose another name, or close it there first.",
        )


class NotAnOrdinaryFile(DestinationRefused):
    def __init__(self, path: Path | str, what: str) -> None:
        super().__init__(
            path, f"“{path}” is {what}; nothing was written. Choose another name for the file."
        )


class DestinationExists(DestinationRefused):
    """An ordinary file is in the way: replace it only if the person says so."""

    def __init__(self, path: Path | str, more: int = 0) -> None:
        others = f" (and {more} more)" if more else ""
        super().__init__(
            path,
            f"“{path}”{others} {'exist' if more else 'exists'} already; choose another name "
            f"or add --force to replace {'them' if more else 'it'}.",
        )
        self.more = more


def is_workshop_file(path: Path) -> bool:
    """True if ``path`` is named ``.workshop`` or is an ordinary file holding a Common Ground
    database (by its header; a folder, FIFO or device is never opened)."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return False
    return (
        header.startswith(SQLITE_MAGIC)
        and len(header) >= 72
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def check(
    target: Path,
    *,
    sources: Iterable[Path] = (),
    replace: bool = False,
    writes_workshop: bool = False,
) -> None:
    """Raise a :class:`DestinationRefused` unless ``target`` may be written.

    ``sources`` are the command's inputs; ``replace`` says the person agreed to replace an
    existing ordinary file; ``writes_workshop`` is for import and demo, which write a workshop
    and so may replace one (with ``replace``) that is not open anywhere.
    """
    target = Path(target)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a dangling link, a loop, no permission to look
        if os.path.lexists(target):
            what = f"something that cannot be read ({exc.strerror})"
            raise NotAnOrdinaryFile(target, what) from None
        info = None
    if info is not None and any(same_file(target, source) for source in sources):
        raise WouldReplaceInput(target)
    holder = storage.holder_of(target)  # follows links: the lock is beside the real file
    if holder:
        raise OpenElsewhere(target, holder)
    if not writes_workshop and is_workshop_file(target):
        raise WouldReplaceWorkshop(target)
    if info is None:
        if os.path.lexists(target) and not replace:  # a link to nowhere is still in the way
            raise DestinationExists(target)
        return
    if stat.S_ISDIR(info.st_mode):
        raise NotAnOrdinaryFile(target, "a folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotAnOrdinaryFile(target, "not an ordinary file (a device, pipe or socket)")
    if not os.access(target, os.R_OK) and not writes_workshop:
        raise NotAnOrdinaryFile(target, "a file Common Ground may not read, to check what it is")
    if not replace:
        raise DestinationExists(target)


def check_all(
    targets: Iterable[Path], *, sources: Iterable[Path] = (), replace: bool = False
) -> None:
    """:func:`check` every file an export will write; one message names the first file in the
    way and how many others are."""
    sources = list(sources)
    existing: list[Path] = []
    for target in targets:
        try:
            check(target, sources=sources, replace=replace)
        except DestinationExists:
            existing.append(target)
    if existing:
        raise DestinationExists(existing[0], len(existing) - 1)
