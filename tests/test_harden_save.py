"""A save never exposes the document: its temporary copy has the document's permissions from the
first byte, and what an interrupted save leaves is removed at the next open or save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.harden_support import Session, needs_root, nobody_can_read, shared_folder
from tests.helpers import digest, small_workshop
from workshop import atomic, ops
from workshop.document import Document


def _temps(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.")]


def test_another_user_cannot_read_the_copy_being_saved() -> None:
    needs_root()
    with shared_folder() as folder:
        path = folder / "Private.workshop"
        small_workshop(path).close()
        path.chmod(0o600)
        control = folder / "notice-board.txt"
        control.write_text("for everyone")
        control.chmod(0o644)
        assert nobody_can_read(control)  # the folder itself lets another user in
        assert not nobody_can_read(path)

        doc = Document.open(path)
        ops.create(doc, "note", text="What the CEO said in confidence " * 200)
        seen: list[tuple[str, int, bool]] = []

        def look() -> int:
            # Called by SQLite while VACUUM INTO writes the copy: look at it from outside.
            for temp in _temps(folder, path.name):
                if temp.stat().st_size > 0 and not any(name == temp.name for name, *_ in seen):
                    seen.append((temp.name, temp.stat().st_mode & 0o777, nobody_can_read(temp)))
            return 0

        doc.db.set_progress_handler(look, 200)
        doc.save()
        doc.close()
        assert seen, "the save was never seen in progress"
        assert all(mode == 0o600 and not readable for _, mode, readable in seen), seen
        assert path.stat().st_mode & 0o777 == 0o600


def test_an_interrupted_save_leaves_nothing_readable_and_nothing_for_good(tmp_path: Path) -> None:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    path.chmod(0o600)
    theirs = [tmp_path / ".Partnership.workshop.notes.tmp", tmp_path / "Partnership.workshop.bak"]
    for file in theirs:
        file.write_text("the broker's own file")
    legacy = tmp_path / ".Partnership.workshop.k2x9_q0a.tmp"  # what 0.2 left after a crash
    legacy.write_bytes(path.read_bytes())
    session = Session()
    try:
        assert session.ask(f"open {path}") == "ok"
        assert session.ask("note deleted later: the floor is 4 per cent") == "ok"
        session.send("hang-in-save")
        reply = session.read()
        assert reply.startswith("saving ")
    finally:
        session.kill()  # SIGKILL mid-save
    left = [
        Path(name) for name in reply.split()[1:] if atomic.is_leftover(Path(name).name, path.name)
    ]
    assert any(p.name.endswith(".tmp") for p in left)
    for temp in left:
        if temp.exists():
            assert temp.stat().st_mode & 0o777 == 0o600, temp
    before = digest(path)
    doc = Document.open(path, recovery="discard")
    assert _temps(tmp_path, path.name) == [theirs[0]]  # ours are gone, the broker's stays
    assert not legacy.exists()
    assert all(file.exists() for file in theirs)
    assert digest(path) == before
    doc.close()


def test_save_removes_what_an_earlier_interrupted_save_left(tmp_path: Path) -> None:
    path = tmp_path / "Partnership.workshop"
    doc = small_workshop(path)
    leftover = tmp_path / ".Partnership.workshop.cg-0123456789ab.tmp"
    leftover.write_bytes(path.read_bytes())
    journal = leftover.with_name(leftover.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    ops.create(doc, "note", text="after the crash")
    doc.save()
    doc.close()
    assert not leftover.exists() and not journal.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_every_written_file_keeps_its_mode_owner_group_and_links(tmp_path: Path) -> None:
    """atomic.py is the one write path (exports too): it keeps these for every file."""
    real = tmp_path / "shared" / "summary.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    group = 65534 if os.geteuid() == 0 else os.getgid()
    if os.geteuid() == 0:
        os.chown(real, 0, group)
    link = tmp_path / "summary.json"
    link.symlink_to(real)
    atomic.atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"
    status = real.stat()
    assert status.st_mode & 0o777 == 0o640 and status.st_gid == group
    assert [p.name for p in real.parent.iterdir()] == ["summary.json"]


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("before")

    def half_then_fail(temp: Path) -> None:
        temp.write_text("half")
        temp.with_name(temp.name + "-journal").write_text("as SQLite leaves one")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.atomic_write(target, half_then_fail)
    assert target.read_text() == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]
