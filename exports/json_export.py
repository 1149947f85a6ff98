"""JSON per audience, in the core's interchange format (``workshop.interchange``)."""

from __future__ import annotations

from pathlib import Path

from workshop import interchange
from workshop.atomic import atomic_write_bytes
from workshop.snapshot import Snapshot


def write_json(snapshot: Snapshot, out: Path) -> None:
    atomic_write_bytes(out, interchange.dumps(snapshot).encode("utf-8"))
