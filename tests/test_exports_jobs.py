"""A set of per-partner packs is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

import exports
from exports.errors import ExportCancelled
from tests.helpers import small_workshop


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_cancelling_part_way_leaves_no_pack_behind(tmp_path: Path, fmt: str) -> None:
    doc = small_workshop(tmp_path / "w.workshop")
    out = tmp_path / "packs"
    jobs = exports.partner_jobs(doc, fmt, out)
    assert [job.target.stem for job in jobs] == ["Acme Housing [P1]", "Bryn Trust [P2]"]
    out.mkdir()
    complete: list[int] = []

    def cancel_after_first() -> bool:
        # Packs are written out of sight first; a complete one has lost its ".tmp" name.
        complete.append(sum(p.suffix != ".tmp" for p in out.rglob("*") if p.is_file()))
        return complete[-1] >= 1

    with pytest.raises(ExportCancelled):
        exports.run_jobs(jobs, cancel=cancel_after_first)
    assert max(complete) == 1  # the first pack was written...
    assert list(out.iterdir()) == []  # ...and removed with the rest, staging folder and all
    written = exports.export_all_partners(doc, fmt, out)
    assert [p.name for p in written][-1] == exports.INDEX_NAME and len(written) == 3
    doc.close()
