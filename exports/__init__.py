"""Exports of an audience-filtered snapshot: the foundations summary PDF, CSV, XLSX and JSON.

A light facade: importing it loads no ReportLab or pandas (the app imports it at start-up); the
heavy module is imported on first export. Every file goes through ``workshop.atomic``, so a
failed or cancelled export leaves nothing behind, and operating-system failures become
:class:`~exports.errors.ExportError` with one sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from exports.errors import (
    ExportCancelled,
    ExportError,
    UnknownFormat,
    UnknownLanguage,
    from_os_error,
)
from exports.packs import INDEX_NAME, index_text, pack_stem, portable_name
from workshop import destinations
from workshop.atomic import atomic_write_bytes, fsync_directory
from workshop.destinations import WouldReplaceWorkshop, check_all, is_workshop_file

if TYPE_CHECKING:
    from workshop.audience import Audience
    from workshop.document import Document
    from workshop.issues import Control
    from workshop.snapshot import Partner, Snapshot
    from workshop.vocabulary import Translate

Format = Literal["pdf", "csv", "xlsx", "json"]
FORMATS: tuple[Format, ...] = ("pdf", "csv", "xlsx", "json")
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "csv": ".zip", "xlsx": ".xlsx", "json": ".json"}
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
#: The languages a pack can be written in, by code, each in its own words. Welsh comes first
#: when both are printed (as the Welsh Language Standards ask).
PACK_LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "cy+en": "Cymraeg / English"}

__all__ = [
    "FORMATS",
    "INDEX_NAME",
    "PACK_LANGUAGES",
    "ExportError",
    "Job",
    "export",
    "export_all_partners",
    "file_stem",
    "issue_and_export",
    "issue_jobs",
    "made_folder",
    "pack_stem",
    "pack_translate",
    "partner_jobs",
    "portable_name",
    "run_jobs",
    "targets_of",
    "write_together",
]


def pack_translate(language: str) -> Translate:
    """The words of a pack in ``language`` (a code of :data:`PACK_LANGUAGES`): English as it
    is, Welsh (``workshop.translation``), or Welsh then English side by side ("Llinell goch /
    Red line"). An unknown code is :class:`~exports.errors.UnknownLanguage`."""
    from workshop.translation import side_by_side, translator
    from workshop.vocabulary import same

    check_language(language)
    if language == "en":
        return same
    if language == "cy":
        return translator("cy")
    return side_by_side(translator("cy"))


def check_language(language: str) -> str:
    """``language`` if a pack can be written in it, else ``UnknownLanguage``."""
    if language not in PACK_LANGUAGES:
        raise UnknownLanguage(language)
    return language


@contextlib.contextmanager
def _reported(out: Path) -> Iterator[None]:
    """Turn operating-system failures into one-sentence export errors."""
    try:
        yield
    except OSError as exc:
        raise from_os_error(out, exc) from None


def export(
    snapshot: Snapshot,
    fmt: str,
    out: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    control: Control | None = None,
    language: str = "en",
) -> Path:
    """Write ``snapshot`` as ``fmt`` to ``out`` and return the path written.

    ``control`` is the document control the PDF and the workbook carry (the issue being made,
    from :func:`issue_and_export`); without it, the latest issue for the audience, said to have
    changed since when the content has (``workshop.issues.control``). ``language`` is a code
    of :data:`PACK_LANGUAGES`: the words the PDF and the sheets print (JSON is data: English).

    For csv, ``out`` is a folder (one CSV per table, written together) or a path ending ``.zip``.
    An existing ordinary file at ``out`` is replaced, but never a workshop, a file open in
    Common Ground or anything that is not an ordinary file
    (:class:`~workshop.destinations.DestinationRefused`). Commands ask first: :func:`run_jobs`.
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    tr = pack_translate(language)
    _refuse_never(fmt, out)
    from workshop.dates import months_in

    with _reported(out), months_in(tr):
        if fmt == "pdf":
            from exports.pdf import write_pdf
            from workshop.atomic import atomic_write

            atomic_write(out, lambda temp: write_pdf(snapshot, temp, progress, cancel, control, tr))
        elif fmt == "json":
            from exports.json_export import write_json

            write_json(snapshot, out)
        elif fmt == "xlsx":
            from exports.tables import write_xlsx

            write_xlsx(snapshot, out, progress, cancel, control, tr)
        else:
            from exports.tables import write_csv

            if out.suffix.lower() == ".zip":
                write_csv(snapshot, out, progress, cancel, tr)
            else:
                with made_folder(out):
                    write_csv(snapshot, out, progress, cancel, tr)
    return out


def files_of(fmt: str, out: Path) -> list[Path]:
    """Every file an export of ``fmt`` to ``out`` writes (for a CSV folder, one per table)."""
    if fmt == "csv" and out.suffix.lower() != ".zip":
        from exports.tables import csv_names

        return [out / name for name in csv_names()]
    return [out]


def _refuse_never(fmt: str, out: Path) -> None:
    """What no export replaces, whoever asks: a workshop, a file open in Common Ground, anything
    that is not an ordinary file (``workshop.destinations``)."""
    if fmt == "csv" and out.suffix.lower() != ".zip" and is_workshop_file(out):
        raise WouldReplaceWorkshop(out)
    for path in files_of(fmt, out):
        destinations.check(path, replace=True)


@dataclass(frozen=True, slots=True)
class Job:
    """One file to write: a snapshot already filtered for its audience, and where it goes.

    ``partner`` is set for a pack in a set of partner packs: the set's index lists it."""

    snapshot: Snapshot
    fmt: str
    target: Path
    partner: Partner | None = None
    control: Control | None = None
    language: str = "en"  # a code of PACK_LANGUAGES


def partner_jobs(doc: Document, fmt: str, out_dir: Path | str, language: str = "en") -> list[Job]:
    """One pack per partner in ``out_dir``, named ``FULL NAME [P<id>]`` (``exports.packs``),
    each in ``language`` (a code of :data:`PACK_LANGUAGES`)."""
    from workshop import snapshot as snapshots
    from workshop.audience import Audience

    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    check_language(language)
    return [
        Job(
            snapshots.build(doc, Audience.partner(partner.id)),
            fmt,
            Path(out_dir) / f"{pack_stem(partner)}{SUFFIXES[fmt]}",
            partner,
            language=language,
        )
        for partner in snapshots.build(doc, Audience.broker(), {"partner"}).partners
    ]


def targets_of(jobs: list[Job]) -> list[Path]:
    """Every file ``jobs`` write, the index of a set of partner packs included."""
    files = [path for job in jobs for path in files_of(job.fmt, job.target)]
    folders = dict.fromkeys(job.target.parent for job in jobs if job.partner is not None)
    return files + [folder / INDEX_NAME for folder in folders]


def run_jobs(
    jobs: list[Job],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    replace: bool = False,
    sources: Sequence[Path] = (),
) -> list[Path]:
    """Write every job; return the paths written.

    First every destination is checked (``workshop.destinations``): nothing is written over the
    command's ``sources``, a workshop or an open file, nor over any existing file unless
    ``replace``. A set (several jobs, or partner packs with their ``index.csv``) is written into
    a hidden folder beside its destination and moved into place only once every file is
    complete: if one fails, is cancelled or interrupted, nothing of the set appears and the files
    it would have replaced are untouched."""
    for job in jobs:
        check_language(job.language)
    check_all(targets_of(jobs), sources=sources, replace=replace)
    if len(jobs) == 1 and jobs[0].partner is None:
        job = jobs[0]
        return [_export_job(job, job.target, progress, cancel)]
    return _run_set(jobs, progress, cancel)


def _export_job(job: Job, target: Path, progress: Progress | None, cancel: Cancel | None) -> Path:
    """``export`` for one job, with its document control and language."""
    return export(
        job.snapshot, job.fmt, target, progress, cancel, control=job.control, language=job.language
    )


def _run_set(jobs: list[Job], progress: Progress | None, cancel: Cancel | None) -> list[Path]:
    staging: dict[Path, Path] = {}  # destination folder -> its hidden staging folder
    staged: list[tuple[Path, Path]] = []  # (complete file in staging, destination)
    total = len(jobs) * 1000
    try:
        for index, job in enumerate(jobs):
            if cancel is not None and cancel():
                raise ExportCancelled()

            def step(done: int, of: int, index: int = index) -> None:
                if progress is not None:
                    progress(index * 1000 + done * 1000 // max(of, 1), total)

            folder = _staging(staging, job.target.parent)
            _export_job(job, folder / job.target.name, step, cancel)
            staged.append((folder / job.target.name, job.target))
        for destination, folder in staging.items():
            listed = [
                (job.target.name, job.partner)
                for job in jobs
                if job.partner is not None and job.target.parent == destination
            ]
            if listed:
                with _reported(destination / INDEX_NAME):
                    atomic_write_bytes(folder / INDEX_NAME, index_text(listed))
                staged.append((folder / INDEX_NAME, destination / INDEX_NAME))
    except BaseException:
        _remove(staging.values())
        raise
    return _put_in_place(staging, staged)


def write_together(files: Sequence[tuple[Path, Callable[[Path], None]]]) -> list[Path]:
    """Write a set of files all or nothing: each ``(target, write)`` has ``write(path)`` make the
    complete file at a path in a hidden folder beside ``target``; once every file is complete
    they are moved into place together (as :func:`run_jobs` does for a set of packs). The
    caller has checked the destinations (``workshop.destinations.check_all``)."""
    staging: dict[Path, Path] = {}
    staged: list[tuple[Path, Path]] = []
    try:
        for target, write in files:
            temp = _staging(staging, target.parent) / target.name
            with _reported(target):
                write(temp)
            staged.append((temp, target))
    except BaseException:
        _remove(staging.values())
        raise
    return _put_in_place(staging, staged)


def _put_in_place(staging: dict[Path, Path], staged: list[tuple[Path, Path]]) -> list[Path]:
    """Every file is complete: move them in, and tidy up, with no interrupt in between."""
    with _uninterrupted():
        try:
            with _reported(staged[0][1] if staged else Path(".")):
                for temp, target in staged:
                    _move_into_place(temp, target)
                for destination in staging:
                    fsync_directory(destination)
        finally:
            _remove(staging.values())
    return [target for _, target in staged]


def _remove(folders: Iterable[Path]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _staging(staging: dict[Path, Path], destination: Path) -> Path:
    if destination not in staging:
        with _reported(destination):
            staging[destination] = Path(
                tempfile.mkdtemp(prefix=".commonground-export-", dir=destination)
            )
    return staging[destination]


def _move_into_place(temp: Path, target: Path) -> None:
    """Move a staged file (or CSV folder) to ``target``, keeping a replaced file's mode."""
    if temp.is_dir():
        target.mkdir(exist_ok=True)
        for file in temp.iterdir():
            file.replace(target / file.name)
        return
    with contextlib.suppress(OSError):
        os.chmod(temp, os.stat(target).st_mode & 0o7777)
    os.replace(temp, target)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the few renames that put a set in place, so an interrupt
    comes after them, never between them. (Only the main thread runs signal handlers.)"""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def export_all_partners(
    doc: Document,
    fmt: str,
    out_dir: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    replace: bool = False,
    language: str = "en",
) -> list[Path]:
    """One pack per partner in ``out_dir`` (created if need be), with ``index.csv``: all
    written, or none (and a folder this call created is removed again)."""
    out_dir = Path(out_dir)
    sources = [doc.path] if doc.path is not None else []
    jobs = partner_jobs(doc, fmt, out_dir, language)
    with made_folder(out_dir):
        return run_jobs(jobs, progress, cancel, replace=replace, sources=sources)


@contextlib.contextmanager
def made_folder(folder: Path) -> Iterator[Path]:
    """Create ``folder`` (and missing parents) for an export; if the export then fails, remove
    again the folders this made, if they are still empty."""
    if is_workshop_file(folder):
        raise WouldReplaceWorkshop(folder)
    made: list[Path] = []
    for parent in [folder, *folder.parents]:
        if parent.exists() or parent.is_symlink():
            break
        made.append(parent)
    with _reported(folder):
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    try:
        yield folder
    except BaseException:
        for path in made:
            with contextlib.suppress(OSError):
                path.rmdir()
        raise


def file_stem(snapshot: Snapshot, control: Control | None = None) -> str:
    """A file name (no suffix) carrying the title, whom the pack is for and its issue:
    ``Valley partnership - Acme Housing [P1] - issue 3 draft`` (``exports.documents``)."""
    from exports.documents import file_stem as stem

    return stem(snapshot, control)


def issue_jobs(
    doc: Document, jobs: Sequence[Job], status: str, prepared_by: str | None = None
) -> list[Job]:
    """Record an issue for each job's audience (``workshop.issues.record_all``: one undoable
    step) and return the jobs with the snapshot and document control they are issued with. The
    caller writes them and, should that fail, takes the issue back with ``doc.undo()``."""
    from dataclasses import replace

    from workshop import issues
    from workshop import snapshot as snapshots

    _change, made = issues.record_all(doc, [job.snapshot for job in jobs], status, prepared_by)
    issued = []
    for job, issue_id in zip(jobs, made, strict=True):
        snap = snapshots.build(doc, job.snapshot.audience)
        control = issues.control(snap, snap.by_id("issue")[issue_id])
        issued.append(replace(job, snapshot=snap, control=control))
    return issued


def issue_and_export(
    doc: Document,
    audience: Audience,
    fmt: str,
    out: Path | str,
    status: str = "draft",
    *,
    prepared_by: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    replace: bool = False,
    sources: Sequence[Path] = (),
    language: str = "en",
) -> tuple[Path, Control]:
    """Issue ``audience``'s pack and write it: record the issue in ``doc`` (its number the next
    for that audience, ``workshop.issues.record``: one undoable step), then write the pack
    carrying that issue's document control. If the file cannot be written, the issue is taken
    back (undone), so no issue is recorded that no one received. The caller saves ``doc``."""
    from workshop import snapshot as snapshots

    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    check_language(language)
    out = Path(out)
    check_all(files_of(fmt, out), sources=sources, replace=replace)
    (job,) = issue_jobs(
        doc, [Job(snapshots.build(doc, audience), fmt, out, language=language)], status, prepared_by
    )
    try:
        run_jobs([job], progress, cancel, replace=True, sources=sources)
    except BaseException:
        doc.undo()
        raise
    assert job.control is not None  # issue_jobs gives every job the control it is issued with
    return out, job.control
