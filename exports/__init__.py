"""Exports of an audience-filtered snapshot: the foundations summary PDF, CSV, XLSX and JSON.

A light facade: importing it loads no ReportLab or pandas (the app imports it at start-up); the
heavy module is imported on first export. Every file goes through ``workshop.atomic``, so a
failed or cancelled export leaves nothing behind, and operating-system failures become
:class:`~exports.errors.ExportError` with one sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from exports.errors import ExportError, UnknownFormat, from_os_error

if TYPE_CHECKING:
    from workshop.document import Document
    from workshop.snapshot import Snapshot

Format = Literal["pdf", "csv", "xlsx", "json"]
FORMATS: tuple[Format, ...] = ("pdf", "csv", "xlsx", "json")
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "csv": ".zip", "xlsx": ".xlsx", "json": ".json"}
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

__all__ = [
    "FORMATS",
    "ExportError",
    "Job",
    "export",
    "export_all_partners",
    "pack_name",
    "partner_jobs",
    "run_jobs",
]


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
) -> Path:
    """Write ``snapshot`` as ``fmt`` to ``out`` and return the path written.

    For csv, ``out`` is a folder (one CSV per table, written together) or a path ending ``.zip``.
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    with _reported(out):
        if fmt == "pdf":
            from exports.pdf import write_pdf
            from workshop.atomic import atomic_write

            atomic_write(out, lambda temp: write_pdf(snapshot, temp, progress, cancel))
        elif fmt == "json":
            from exports.json_export import write_json

            write_json(snapshot, out)
        elif fmt == "xlsx":
            from exports.tables import write_xlsx

            write_xlsx(snapshot, out, progress, cancel)
        else:
            from exports.tables import write_csv

            write_csv(snapshot, out, progress, cancel)
    return out


def pack_name(label: str, used: set[str] | None = None) -> str:
    """A file-system-safe, readable file stem for a partner's pack (unique within ``used``)."""
    text = unicodedata.normalize("NFKC", label)
    text = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")[:60].strip(" .") or "partner"
    if text.upper().split(".")[0] in {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(10)),
        *(f"LPT{i}" for i in range(10)),
    }:
        text = f"_{text}"
    if used is not None:
        stem, n = text, 2
        while text.casefold() in used:
            text = f"{stem} ({n})"
            n += 1
        used.add(text.casefold())
    return text


@dataclass(frozen=True, slots=True)
class Job:
    """One file to write: a snapshot already filtered for its audience, and where it goes."""

    snapshot: Snapshot
    fmt: str
    target: Path


def partner_jobs(doc: Document, fmt: str, out_dir: Path | str) -> list[Job]:
    """One pack per partner in ``out_dir``, named from the partners' short names."""
    from workshop import snapshot as snapshots
    from workshop.audience import Audience

    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    used: set[str] = set()
    return [
        Job(
            snapshots.build(doc, Audience.partner(partner.id)),
            fmt,
            Path(out_dir) / f"{pack_name(partner.label, used)}{SUFFIXES[fmt]}",
        )
        for partner in snapshots.build(doc, Audience.broker(), {"partner"}).partners
    ]


def run_jobs(
    jobs: list[Job], progress: Progress | None = None, cancel: Cancel | None = None
) -> list[Path]:
    """Write every job in turn. If one fails or is cancelled, the files already written by this
    run are removed too: a set of packs is written whole or not at all."""
    written: list[Path] = []
    total = len(jobs) * 1000
    try:
        for index, job in enumerate(jobs):
            if cancel is not None and cancel():
                from exports.errors import ExportCancelled

                raise ExportCancelled()

            def step(done: int, of: int, index: int = index) -> None:
                if progress is not None:
                    progress(index * 1000 + done * 1000 // max(of, 1), total)

            written.append(export(job.snapshot, job.fmt, job.target, step, cancel))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        raise
    return written


def export_all_partners(
    doc: Document,
    fmt: str,
    out_dir: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Path]:
    """One pack per partner in ``out_dir`` (created if need be); all written, or none."""
    out_dir = Path(out_dir)
    with _reported(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    return run_jobs(partner_jobs(doc, fmt, out_dir), progress, cancel)
