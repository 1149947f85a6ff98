"""A full disk is a clear message, never a mess: real small disks (tmpfs) as the data folder and as
the destination, filled to the last byte. Every path gives a typed one-line error, nothing partial
is left, and no false "recover unsaved edits" follows. Skipped where mounting is not permitted."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harden_support import Session, fill, small_disk, unfill
from tests.helpers import digest, small_workshop
from workshop import errors, ops, snapshot, storage
from workshop.audience import Audience
from workshop.document import Document

pytestmark = pytest.mark.slow


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The data folder (working copies) on its own small disk."""
    with small_disk(tmp_path / "data") as folder:
        monkeypatch.setenv("COMMONGROUND_DATA_DIR", str(folder))
        yield folder


@pytest.fixture
def path(tmp_path: Path, data: Path) -> Path:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    return path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


def ours(data: Path) -> list[str]:
    """What Common Ground keeps in the data folder (the filler is the test's)."""
    working = data / "working"
    return sorted(p.name for p in working.iterdir()) if working.exists() else []


def _notes(doc: Document) -> set[str]:
    return {n.text for n in snapshot.build(doc, Audience.broker()).notes}


def test_opening_with_a_full_data_folder_is_clear_and_leaves_no_false_recovery(
    path: Path, data: Path
) -> None:
    fill(data)
    for read_only in (False, True):
        with pytest.raises(errors.DataFolderProblem, match="is full") as raised:
            Document.open(path, read_only=read_only)
        assert "\n" not in str(raised.value)
    assert ours(data) == []
    unfill(data)
    doc = Document.open(path)  # not RecoveryAvailable: nothing partial was left
    assert not doc.modified
    doc.close()


def test_an_edit_with_a_full_data_folder_changes_nothing(path: Path, data: Path) -> None:
    """(This path held before [harden] too; kept as the real-disk proof of the edit path.)"""
    doc = Document.open(path)
    before = snapshot.build(doc, Audience.broker())
    fill(data)
    with pytest.raises(errors.EditFailed, match="disk is full") as raised:
        ops.create(doc, "note", text="said while the disk was full " * 100)
    assert "\n" not in str(raised.value)
    assert snapshot.build(doc, Audience.broker()) == before
    assert not doc.modified and doc.undo_label != "Add note"
    unfill(data)
    ops.create(doc, "note", text="said once there was room")
    doc.save()
    doc.close()


def test_saving_and_autosaving_with_a_full_data_folder_completes_without_false_recovery(
    path: Path, data: Path
) -> None:
    session = Session()
    try:
        assert session.ask(f"open {path}") == "ok"
        assert session.ask("note saved while the data folder was full") == "ok"
        fill(data)
        assert session.ask("save") == "ok saved"  # autosave calls the same save
    finally:
        session.kill()
    unfill(data)
    doc = Document.open(path)  # the save was complete: nothing to recover
    assert "saved while the data folder was full" in _notes(doc)
    doc.close()


def test_a_full_destination_keeps_the_file_the_edits_and_leaves_nothing(tmp_path: Path) -> None:
    """(This path held before [harden] too; kept as the real-disk proof of save's own side.)"""
    with small_disk(tmp_path / "usb stick") as stick:
        path = stick / "Partnership.workshop"
        doc = small_workshop(path)
        before = digest(path)
        ops.create(doc, "note", text="a long note " * 20_000)
        fill(stick)
        with pytest.raises(errors.SaveFailed, match=r"disk is full|No space"):
            doc.save()
        assert doc.modified and digest(path) == before
        assert sorted(p.name for p in stick.iterdir() if not p.name.startswith("filler")) == [
            ".~lock.Partnership.workshop#",
            "Partnership.workshop",
        ]
        unfill(stick)
        doc.save()
        doc.close()
        assert not storage.lock_path(path).exists()


def test_check_export_and_import_with_full_disks_are_typed_and_leave_nothing(
    path: Path, data: Path, tmp_path: Path
) -> None:
    assert (
        cli("export", str(path), "--format", "json", "-o", str(tmp_path / "w.json")).returncode == 0
    )
    fill(data)
    for args in (
        ("check", str(path)),
        ("export", str(path), "--format", "json", "-o", str(tmp_path / "out.json")),
    ):
        result = cli(*args)
        assert result.returncode == 1, result.stderr
        assert "data folder" in result.stderr and "is full" in result.stderr
        assert result.stderr.count("\n") == 1
    assert ours(data) == []
    assert not (tmp_path / "out.json").exists()
    unfill(data)
    with small_disk(tmp_path / "stick") as stick:
        fill(stick)
        result = cli("import", str(tmp_path / "w.json"), "-o", str(stick / "Imported.workshop"))
        assert result.returncode == 1, result.stderr
        assert "disk is full" in result.stderr and result.stderr.count("\n") == 1
        assert sorted(p.name for p in stick.iterdir() if not p.name.startswith("filler")) == []


def test_a_new_workshop_with_a_full_data_folder_leaves_nothing(tmp_path: Path, data: Path) -> None:
    fill(data)
    target = tmp_path / "New.workshop"
    for where in (target, None):
        with pytest.raises(errors.DataFolderProblem, match="is full"):
            Document.new(where)
    assert not target.exists() and not storage.lock_path(target).exists()
    assert ours(data) == []


def test_stale_read_only_copies_are_removed_at_start_up(path: Path, data: Path) -> None:
    alive, dead = Session(), Session()
    try:
        assert alive.ask(f"open-ro {path}") == "ok"
        assert dead.ask(f"open-ro {path}") == "ok"
        dead.kill()  # its private snapshot stays behind
        assert len([n for n in ours(data) if n.endswith(".workshop")]) == 2
        assert storage.orphaned_working_copies() == []  # what the app runs at start-up
        kept = [n for n in ours(data) if n.endswith(".workshop")]
        assert len(kept) == 1 and kept[0].startswith("readonly-")
        assert alive.ask("close") == "ok"
    finally:
        alive.kill()
        dead.kill()
    assert ours(data) == []


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("pdf", "room.pdf"),
        ("xlsx", "room.xlsx"),
        ("csv", "room.zip"),
        ("csv", "room"),
        ("json", "r.json"),
    ],
)
def test_every_export_to_a_full_destination_is_typed_and_leaves_nothing(
    tmp_path: Path, fmt: str, name: str
) -> None:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    with small_disk(tmp_path / "stick", "1m") as stick:
        fill(stick)
        result = cli(
            "export", str(path), "--format", fmt, "--audience", "room", "-o", str(stick / name)
        )
        assert result.returncode == 1, result.stderr
        assert "not enough space" in result.stderr and result.stderr.count("\n") == 1
        assert sorted(p.name for p in stick.iterdir() if not p.name.startswith("filler")) == []
