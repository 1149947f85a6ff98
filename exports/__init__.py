"""Exports of an audience-filtered snapshot: the foundations summary PDF, CSV, XLSX and JSON.

A light facade: importing it loads no ReportLab or pandas (the app imports it at start-up); the
heavy module is imported on first export. Every file goes through ``workshop.atomic``, so a
failed or cancelled export leaves nothing behind, and operating-system failures become
:class:`~exports.errors.ExportError` with one sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator
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
    "export",
    "export_all_partners",
    "pack_name",
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


def export_all_partners(
    doc: Document,
    fmt: str,
    out_dir: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Path]:
    """One pack per partner in ``out_dir``, named from the partners' short names."""
    from workshop import snapshot as snapshots
    from workshop.audience import Audience

    out_dir = Path(out_dir)
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    with _reported(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    broker = snapshots.build(doc, Audience.broker())
    used: set[str] = set()
    plans = [
        (partner, out_dir / f"{pack_name(partner.label, used)}{SUFFIXES[fmt]}")
        for partner in broker.partners
    ]
    written: list[Path] = []
    total = len(plans)
    for index, (partner, path) in enumerate(plans):
        if cancel is not None and cancel():
            from exports.errors import ExportCancelled

            raise ExportCancelled()
        snap = snapshots.build(doc, Audience.partner(partner.id))

        def step(done: int, of: int, index: int = index) -> None:
            if progress is not None:
                progress(index * 1000 + done * 1000 // max(of, 1), total * 1000)

        written.append(export(snap, fmt, path, step, cancel))
    return written
