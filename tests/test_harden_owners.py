"""A dead editor is recognised as dead (whatever its process id now names), and of two processes
racing to open one file, one opens it and the other hears "in use", never a false recovery."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harden_support import Session, sessions
from tests.helpers import small_workshop
from workshop import errors, locks, snapshot, storage
from workshop.audience import Audience
from workshop.document import Document


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    return path


@contextlib.contextmanager
def another_program() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that is not Common Ground, to hand a dead editor's process id to (started
    after the editor ended, as a program reusing its id would be)."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        yield process
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


def _crash_after_an_edit(path: Path) -> None:
    session = Session()
    try:
        assert session.ask(f"open {path}") == "ok"
        assert session.ask("note acknowledged before the crash") == "ok"
    finally:
        session.kill()


def _give_pid(file: Path, pid: int) -> None:
    """As after a reboot: the recorded process id now names another, live program."""
    data = json.loads(file.read_bytes())
    data["pid"] = pid
    file.write_text(json.dumps(data))


def test_a_dead_editors_reused_pid_does_not_block_recovery(path: Path) -> None:
    _crash_after_an_edit(path)
    lock = storage.lock_path(path)
    (sidecar,) = storage.working_dir().glob("*.json")
    with another_program() as program:
        _give_pid(lock, program.pid)
        _give_pid(sidecar, program.pid)
        assert storage.holder_of(path) is None
        assert [o.original for o in storage.orphaned_working_copies()] == [path]
        with pytest.raises(errors.RecoveryAvailable):
            Document.open(path)
        doc = Document.open(path, recovery="recover")
    assert "acknowledged before the crash" in {
        n.text for n in snapshot.build(doc, Audience.broker()).notes
    }
    doc.close()


def test_a_lock_from_before_a_restart_is_stale(path: Path) -> None:
    me = locks.Owner.me()
    with another_program() as program:
        before_restart = {**me.as_json(), "pid": program.pid, "boot": "an-earlier-boot"}
        storage.lock_path(path).write_text(json.dumps(before_restart))
        doc = Document.open(path)
    assert not doc.read_only
    doc.close()


def test_a_live_editor_is_still_respected(path: Path) -> None:
    session = Session()
    try:
        assert session.ask(f"open {path}") == "ok"
        with pytest.raises(errors.DocumentInUse, match="on this computer"):
            Document.open(path)
        owner = locks.Owner.from_json(json.loads(storage.lock_path(path).read_text()))
        assert owner is not None and owner.pid == session.pid and owner.is_running()
        assert owner.started is not None and owner.started == locks.process_start(session.pid)
    finally:
        session.kill()
    Document.open(path, recovery="discard").close()


@pytest.mark.slow
def test_racing_openers_see_in_use_never_a_false_recovery(path: Path) -> None:
    with sessions(3) as racers:
        for round_ in range(4):
            for racer in racers:
                racer.send(f"open {path}")  # as near together as three processes can be
            replies = [racer.read() for racer in racers]
            opened = [racer for racer, reply in zip(racers, replies, strict=True) if reply == "ok"]
            in_use = [r for r in replies if r.startswith("error DocumentInUse")]
            assert len(opened) == 1 and len(in_use) == 2, replies
            (winner,) = opened
            if round_ % 2:
                assert winner.ask("close") == "ok"
            else:  # killed: the next race runs over its stale lock and working copy
                winner.kill()
                racers[racers.index(winner)] = Session()  # the list sessions() kills at the end
    Document.open(path).close()


def test_garbage_and_foreign_lock_files(path: Path) -> None:
    lock = storage.lock_path(path)
    for garbage in (b"", b"\xff\xfe not json", b"[1, 2]", b'{"pid": "x"}'):
        lock.write_bytes(garbage)
        Document.open(path).close()
    assert locks.Owner.from_json({"host": "h", "pid": True}) is None
