"""The workshop file: every bad input gets a clear typed error and stays byte-for-byte unchanged."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.harden_support import NOBODY, shared_folder
from tests.helpers import digest, small_workshop
from workshop import errors, ops, snapshot, storage
from workshop.audience import Audience
from workshop.document import Document
from workshop.migrations import APPLICATION_ID, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    return path


def _bad_file(tmp_path: Path, kind: str, saved: Path) -> Path:
    path = tmp_path / f"bad-{kind}.workshop"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(4096))
    elif kind == "text":
        path.write_text("Minutes of the meeting\nApologies: none\n", "utf-8")
    elif kind == "truncated":
        path.write_bytes(saved.read_bytes()[: len(saved.read_bytes()) // 2])
    elif kind == "other-app":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        path.write_bytes(saved.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
    elif kind == "corrupt-page":
        data = bytearray(saved.read_bytes())
        page = 4096
        data[page * 2 : page * 2 + 200] = os.urandom(200)
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("kind", "error", "words"),
    [
        ("empty", errors.NotAWorkshop, "empty"),
        ("random", errors.NotAWorkshop, "not a database"),
        ("text", errors.NotAWorkshop, "text file"),
        ("truncated", errors.CorruptFile, "cut short"),
        ("other-app", errors.NotAWorkshop, "another application"),
        ("newer", errors.NewerVersion, "newer version"),
        ("corrupt-page", errors.CorruptFile, "damaged"),
    ],
)
def test_bad_files_are_refused_untouched(
    tmp_path: Path, saved: Path, kind: str, error: type, words: str
) -> None:
    path = _bad_file(tmp_path, kind, saved)
    before = digest(path)
    with pytest.raises(error) as raised:
        Document.open(path)
    message = str(raised.value)
    assert words in message
    assert "Nothing was changed" in message or "nothing was changed" in message
    assert "\n" not in message
    assert digest(path) == before
    assert not storage.lock_path(path).exists()


def test_missing_path_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.workshop"
    with pytest.raises(errors.FileMissing, match="There is no file"):
        Document.open(path)
    assert not path.exists()
    with pytest.raises(sqlite3.OperationalError):
        storage.connect(path)  # mode=rw: a missing path is never silently created
    assert not path.exists()


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAFile, match="folder"):
        Document.open(tmp_path)


def test_unreadable_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file this user may not read (real permissions; as root, checked as user nobody)."""
    if os.geteuid() != 0:
        saved.chmod(0o000)
        with pytest.raises(errors.FileUnreadable, match="cannot be read"):
            Document.open(saved)
        return
    with shared_folder() as folder:
        path = folder / saved.name
        shutil.copyfile(saved, path)
        path.chmod(0o600)  # root's, unreadable to anyone else
        data = folder / "data"
        data.mkdir()
        os.chown(data, NOBODY, NOBODY)
        monkeypatch.setenv("COMMONGROUND_DATA_DIR", str(data))
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
        try:
            with pytest.raises(errors.FileUnreadable, match="cannot be read") as raised:
                Document.open(path)
        finally:
            os.seteuid(0)
            os.setegid(0)
        assert "\n" not in str(raised.value)


def test_pragmas_on_saved_file_and_connections(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    live = storage.connect(saved)
    assert live.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert live.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert live.execute("PRAGMA trusted_schema").fetchone() == (0,)
    live.close()


def test_open_edit_save_reopen(saved: Path) -> None:
    doc = Document.open(saved)
    before = digest(saved)
    ops.create(doc, "note", text="Remember the tea urn")
    assert doc.modified
    assert digest(saved) == before  # edits go to the working copy until saved
    doc.save()
    assert not doc.modified
    doc.close()
    doc = Document.open(saved)
    notes = snapshot.build(doc, Audience.broker()).notes
    assert [n.text for n in notes] == ["Remember the tea urn"]
    doc.close()


def test_engines_disposed_and_working_copy_removed_on_close(saved: Path) -> None:
    doc = Document.open(saved)
    copy = doc.working_copy
    assert copy is not None and copy.file.exists()
    doc.close()
    assert not copy.file.exists()
    assert not storage.lock_path(saved).exists()


def test_same_process_second_open_is_detected(saved: Path) -> None:
    first = Document.open(saved)
    with pytest.raises(errors.DocumentInUse, match="another window"):
        Document.open(saved)
    second = Document.open(saved, read_only=True)
    assert second.read_only
    with pytest.raises(errors.ReadOnlyDocument):
        ops.create(second, "note", text="x")
    second.close()
    first.close()
    Document.open(saved).close()


def test_other_process_open_is_detected(saved: Path, isolated_data: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from workshop.document import Document
        doc = Document.open({str(saved)!r})
        print("open", flush=True)
        sys.stdin.readline()
        doc.close()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(errors.DocumentInUse, match="on this computer"):
            Document.open(saved)
        Document.open(saved, read_only=True).close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    Document.open(saved).close()


def test_lock_from_another_computer(saved: Path) -> None:
    storage.lock_path(saved).write_text(
        '{"host": "church-hall-laptop", "pid": 1, "user": "rhiannon", "opened_at": "10:02"}'
    )
    with pytest.raises(errors.DocumentInUse, match="church-hall-laptop"):
        Document.open(saved)


def test_read_only_file_opens_read_only_with_notice(saved: Path) -> None:
    saved.chmod(0o444)
    try:
        before = digest(saved)
        doc = Document.open(saved)
        assert doc.read_only
        assert any("read-only" in notice for notice in doc.notices)
        with pytest.raises(errors.ReadOnlyDocument):
            ops.create(doc, "note", text="x")
        doc.close()
        assert digest(saved) == before
    finally:
        saved.chmod(0o644)


def test_deleted_confidential_text_leaves_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "Secrets.workshop"
    doc = small_workshop(path)
    canary = "CANARY-floor-is-4pc-7f3a9c"
    change = ops.create(doc, "note", text=canary * 20, visibility="confidential")
    doc.save()
    assert canary.encode() in path.read_bytes()
    note_id = next(row_id for _, row_id in change.created)
    ops.delete(doc, "note", note_id)
    doc.save()
    copy = tmp_path / "Emailed copy.workshop"
    doc.write_copy(copy)
    doc.close()
    for file in (path, copy):
        assert canary.encode() not in file.read_bytes()
        assert canary.encode("utf-16-le") not in file.read_bytes()


def test_save_failure_keeps_edits_and_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document.open(saved)
    ops.create(doc, "note", text="Unsaved but safe")
    before = digest(saved)

    def disk_full(conn: sqlite3.Connection, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "write_copy", disk_full)
    with pytest.raises(errors.SaveFailed, match="No space left"):
        doc.save()
    assert doc.modified
    assert digest(saved) == before
    monkeypatch.undo()
    doc.save()
    doc.close()
    assert [p.name for p in saved.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_untitled_document_save_as(tmp_path: Path) -> None:
    doc = Document.new()
    assert doc.path is None and doc.modified
    ops.add_partner(doc, "Cŵn a Chymuned")
    with pytest.raises(errors.SaveFailed, match="Save As"):
        doc.save()
    target = tmp_path / "Named.workshop"
    doc.save_as(target)
    assert doc.path == target and not doc.modified
    ops.add_partner(doc, "Tŷ Croeso")
    doc.save()
    doc.close()
    reopened = Document.open(target)
    names = [p.name for p in snapshot.build(reopened, Audience.broker()).partners]
    reopened.close()
    assert names == ["Cŵn a Chymuned", "Tŷ Croeso"]


def test_a_full_disk_during_an_edit_is_a_clear_error_and_changes_nothing(saved: Path) -> None:
    doc = Document.open(saved)
    # The working copy may not grow: as if the disk were full.
    (pages,) = doc.db.execute("PRAGMA page_count").fetchone()
    doc.db.execute(f"PRAGMA max_page_count = {pages}")
    before = snapshot.build(doc, Audience.broker())
    with pytest.raises(errors.EditFailed, match="disk is full"):
        ops.create(doc, "note", text="x" * 200_000)
    assert snapshot.build(doc, Audience.broker()) == before
    assert doc.undo_label != "Add note"
    doc.close()


def test_save_keeps_the_files_permissions(saved: Path) -> None:
    saved.chmod(0o600)
    doc = Document.open(saved)
    ops.create(doc, "note", text="private to this user")
    doc.save()
    doc.close()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert storage.data_dir().stat().st_mode & 0o777 == 0o700


def test_save_as_from_a_read_only_copy_keeps_the_editors_lock(saved: Path, tmp_path: Path) -> None:
    editing = Document.open(saved)
    ops.create(editing, "note", text="being edited")
    viewer = Document.open(saved, read_only=True)
    viewer.save_as(tmp_path / "Copy.workshop")
    viewer.close()
    with pytest.raises(errors.DocumentInUse):
        Document.open(saved)
    assert editing.working_copy is not None and editing.working_copy.file.exists()
    editing.close()
