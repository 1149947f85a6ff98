"""No acknowledged edit is lost when the process is killed with SIGKILL, mid-edit or mid-save."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import small_workshop
from workshop import errors, snapshot, storage
from workshop.audience import Audience
from workshop.document import Document

CHILD = Path(__file__).resolve().parent / "crash_child.py"


def _run_and_kill(path: Path, start: int, stop_after: int, save_every: int) -> list[int]:
    """Run a child until it has acknowledged ``stop_after`` lines, then SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(start), str(save_every)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    acked: list[int] = []
    assert child.stdout is not None
    lines = 0
    for line in child.stdout:
        lines += 1
        if line.startswith("ack "):
            acked.append(int(line.split()[1]))
        if lines >= stop_after:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    return acked


def _notes(doc: Document) -> set[str]:
    return {note.text for note in snapshot.build(doc, Audience.broker()).notes}


def test_sigkill_during_a_stream_of_edits_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(20261127)
    path = tmp_path / "Crash.workshop"
    small_workshop(path).close()
    acknowledged: set[str] = set()
    start = 0
    for _trial in range(4):
        acked = _run_and_kill(path, start, rng.randint(3, 60), save_every=rng.choice([5, 9, 13]))
        acknowledged.update(f"edit-{n}" for n in acked)
        start = (max(acked) + 1) if acked else start
        # The file itself is always a complete, sound document...
        storage.inspect(path)
        # ...and with recovery every acknowledged edit is there.
        try:
            doc = Document.open(path)
        except errors.RecoveryAvailable:
            doc = Document.open(path, recovery="recover")
        assert acknowledged <= _notes(doc)
        doc.save()
        doc.close()
    assert len(acknowledged) > 0


def test_orphan_is_listed_and_can_be_discarded(tmp_path: Path) -> None:
    path = tmp_path / "Orphan.workshop"
    small_workshop(path).close()
    acked = _run_and_kill(path, 0, 4, save_every=1000)
    assert acked
    orphans = storage.orphaned_working_copies()
    assert [orphan.original for orphan in orphans] == [path]
    with pytest.raises(errors.RecoveryAvailable, match="closed unexpectedly"):
        Document.open(path)
    doc = Document.open(path, recovery="discard")
    assert not any(text.startswith("edit-") for text in _notes(doc))
    doc.close()
    assert storage.orphaned_working_copies() == []


def test_orphan_of_a_vanished_or_untitled_document_can_be_recovered(tmp_path: Path) -> None:
    path = tmp_path / "Moved away.workshop"
    small_workshop(path).close()
    _run_and_kill(path, 0, 6, save_every=1000)
    path.unlink()  # the broker moved the file meanwhile
    untitled = Document.new()
    untitled.close()  # a clean close leaves no orphan
    (orphan,) = storage.orphaned_working_copies()
    assert orphan.original == path
    doc = Document.recover_orphan(orphan)
    assert doc.path is None and doc.modified and "Save As" in doc.notices[0]
    assert {"edit-0", "edit-1"} <= _notes(doc)
    doc.save_as(tmp_path / "Recovered.workshop")
    doc.close()
    assert storage.orphaned_working_copies() == []
    assert storage.inspect(tmp_path / "Recovered.workshop").schema_version >= 1
