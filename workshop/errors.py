"""Typed errors with messages a broker can act on. The UI shows them; the CLI prints them."""

from __future__ import annotations

from pathlib import Path


class WorkshopError(Exception):
    """Base of every error Common Ground reports to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileProblem(WorkshopError):
    """A workshop file could not be opened; the file was left exactly as it was."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class FileMissing(FileProblem):
    def __init__(self, path: Path | str, link_to: Path | str | None = None) -> None:
        if link_to is None:
            message = f"There is no file at “{path}”. Nothing was created or changed."
        else:
            message = (
                f"“{path}” is a link to “{link_to}”, which is not there. "
                "Nothing was created or changed."
            )
        super().__init__(path, message)


class NotAFile(FileProblem):
    """A folder, named pipe, device or socket: refused without being opened for reading."""

    def __init__(self, path: Path | str, kind: str = "a folder") -> None:
        if kind == "a folder":
            message = (
                f"“{path}” is a folder, not a workshop file. Choose a .workshop file inside it."
            )
        else:
            message = (
                f"“{Path(path).name}” is {kind}, not a workshop file, so it was not read. "
                "Nothing was changed."
            )
        super().__init__(path, message)
        self.kind = kind


class FileUnreadable(FileProblem):
    def __init__(self, path: Path | str, reason: str = "permission denied") -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” cannot be read ({reason}). Check that you may open it; "
            "nothing was changed.",
        )


class NotAWorkshop(FileProblem):
    def __init__(self, path: Path | str, what: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is not a Common Ground workshop file ({what}). "
            "Nothing was changed.",
        )


class NewerVersion(FileProblem):
    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” was made by a newer version of Common Ground (schema {found}; "
            f"this version reads up to {supported}). Update Common Ground to open it; "
            "nothing was changed.",
        )
        self.found = found
        self.supported = supported


class TooOld(FileProblem):
    def __init__(self, path: Path | str, found: int, oldest: int) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” uses schema {found}, older than this version can upgrade "
            f"(from {oldest}). Nothing was changed.",
        )


class CorruptFile(FileProblem):
    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is damaged ({detail}) and cannot be opened safely. "
            "Nothing was changed; open your most recent backup or emailed copy instead.",
        )


class UnfinishedChanges(FileProblem):
    """Another program left a change part-way (its ``-wal`` or hot ``-journal`` is beside the
    file). Common Ground neither replays nor ignores it: it refuses, leaving both untouched."""

    def __init__(self, path: Path | str, beside: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” has unfinished changes from another program beside it "
            f"(“{beside}”). Open and close it once in that program so it can finish them, "
            "then try again; nothing was changed.",
        )
        self.beside = beside


class CheckTimedOut(FileProblem):
    """Checking the file did not finish in time (a file built to be slow, or a damaged one)."""

    def __init__(self, path: Path | str, seconds: float) -> None:
        super().__init__(
            path,
            f"Checking “{Path(path).name}” took too long (over {seconds:g} seconds), so it was "
            "not opened; it may be damaged or not a real workshop file. Nothing was changed.",
        )


class DataFolderProblem(FileProblem):
    """Common Ground's own data folder (working copies) is full or cannot be written."""

    def __init__(self, path: Path | str, folder: Path | str, reason: str) -> None:
        super().__init__(
            path,
            f"Common Ground cannot work on “{Path(path).name}”: its data folder “{folder}” "
            f"{reason}. Free some space there and try again; nothing was changed.",
        )
        self.folder = Path(folder)


class DocumentInUse(FileProblem):
    """The file is open elsewhere; the caller may retry with ``read_only=True``."""

    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is already open {holder}. You can open it read-only, "
            "or close it there first.",
        )
        self.holder = holder


class RecoveryAvailable(FileProblem):
    """Unsaved edits from a session that ended unexpectedly exist for this file."""

    def __init__(self, path: Path | str, last_edit: str) -> None:
        super().__init__(
            path,
            f"Common Ground closed unexpectedly while “{Path(path).name}” was open. "
            f"Edits up to {last_edit} were kept and can be recovered.",
        )
        self.last_edit = last_edit


class ReadOnlyDocument(WorkshopError):
    def __init__(self) -> None:
        super().__init__(
            "This workshop is open read-only, so it cannot be changed. "
            "Use Save As to make an editable copy."
        )


class SaveFailed(WorkshopError):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(
            f"Could not save “{Path(path).name}” ({reason}). Your edits are safe in the working "
            "copy and the file on disk is unchanged; free some space or choose another place."
        )
        self.path = Path(path)


class WriteFailed(WorkshopError):
    """A new file (an import) could not be written; nothing was left at the destination."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(
            f"Could not write “{Path(path).name}” ({reason}). Nothing was written; free some "
            "space or choose another place."
        )
        self.path = Path(path)


class EditFailed(WorkshopError):
    """The working copy refused a change (disk full, device gone); nothing was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"The change could not be made ({reason}); nothing was changed. Free some disk space "
            "or save a copy elsewhere, then try again."
        )


class InvalidInput(WorkshopError):
    """An operation was given a value it cannot store (e.g. an unknown position kind)."""


class InterchangeError(WorkshopError):
    """A JSON file could not be imported; ``problems`` lists every problem with its JSON path."""

    def __init__(self, problems: list[str], source: str = "the JSON file") -> None:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"Could not import {source}: {shown}{more}. Nothing was written.")
        self.problems = problems
