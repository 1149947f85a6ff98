"""Typed export errors with one sentence a person can act on (the UI shows them, the CLI prints)."""

from __future__ import annotations

import errno
from pathlib import Path

from workshop.errors import WorkshopError


class ExportError(WorkshopError):
    """An export could not be written; nothing was left at the destination."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was written.")


class DestinationUnwritable(ExportError):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(
            f"Could not write “{Path(path).name}” ({reason}). Nothing was written; "
            "choose another folder or check that you may save there."
        )
        self.path = Path(path)


class DiskFull(ExportError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"There is not enough space to write “{Path(path).name}”. Nothing was written; "
            "free some space or choose another drive."
        )
        self.path = Path(path)


class UnknownFormat(ExportError):
    def __init__(self, fmt: str) -> None:
        super().__init__(f"“{fmt}” is not an export format; use pdf, csv, xlsx or json.")


class UnknownLanguage(ExportError):
    def __init__(self, language: str) -> None:
        super().__init__(
            f"“{language}” is not a language a pack can be written in; use en (English), "
            "cy (Cymraeg) or cy+en (both side by side)."
        )
        self.language = language


def from_os_error(path: Path | str, exc: OSError) -> ExportError:
    """The error a person sees for an operating-system failure while writing ``path``."""
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return DiskFull(path)
    reasons = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the drive is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "part of the path is not a folder",
        errno.EISDIR: "a folder has that name",
        errno.EEXIST: "a file has that name",
        errno.ENAMETOOLONG: "the name is too long",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or "the system refused")
    return DestinationUnwritable(path, reason)
