"""Odd and hostile files are refused fast, before anything heavy runs, and nothing is ever created
or replayed beside a file Common Ground was only asked to read."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import digest, small_workshop
from workshop import errors, ops
from workshop.document import Document
from workshop.sample import write_sample


def check(path: Path) -> subprocess.CompletedProcess[str]:
    """``commonground check PATH`` in its own process; a hang fails the test, not the suite."""
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )


def listing(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    return path


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "Partnership.workshop"
    os.mkfifo(fifo)
    result = check(fifo)
    assert result.returncode == 1
    assert "named pipe" in result.stderr and result.stderr.count("\n") == 1
    with pytest.raises(errors.NotAFile, match="named pipe"):
        Document.open(fifo)
    with pytest.raises(errors.NotAFile, match="named pipe"):
        Document.open(fifo, read_only=True)


def test_sockets_and_devices_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "Socket.workshop"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(errors.NotAFile, match="a socket"):
            Document.open(path)
    finally:
        server.close()
    device = tmp_path / "Device.workshop"
    device.symlink_to("/dev/zero")
    with pytest.raises(errors.NotAFile, match="a device"):
        Document.open(device)


def _with_generated_column(path: Path) -> None:
    """A small file whose note table gained a column that costs a second a row to compute."""
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO note (text, visibility, sort_order, created_at, updated_at) "
        "VALUES (?, 'private', 0, '', '')",
        [(f"note {n}",) for n in range(2000)],
    )
    conn.commit()
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'note'").fetchone()
    costly = (
        "g INTEGER GENERATED ALWAYS AS (length(printf('%.*c', 100000000, 'x'))) VIRTUAL NOT NULL"
    )
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'note'",
        (sql.replace("(\n", f"(\n\t{costly}, \n", 1),),
    )
    conn.commit()
    conn.close()


def test_a_file_with_a_costly_generated_column_is_refused_before_it_is_checked(
    saved: Path,
) -> None:
    _with_generated_column(saved)
    assert saved.stat().st_size < 500_000  # a small file (schema 3 has more tables than 0.2)
    before = listing(saved.parent)
    result = check(saved)  # quick_check on it would run for minutes
    assert result.returncode == 1, result.stderr
    assert "“note” table is not as expected" in result.stderr
    with pytest.raises(errors.CorruptFile, match="not as expected"):
        Document.open(saved)
    assert listing(saved.parent) == before


def test_any_schema_we_did_not_write_is_refused(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    conn.execute("CREATE INDEX ix_hostile ON note (length(printf('%.*c', 1000000, text)))")
    conn.commit()
    conn.close()
    with pytest.raises(errors.CorruptFile, match="ix_hostile"):
        Document.open(saved)


def test_a_file_left_in_wal_mode_opens_and_nothing_appears_beside_it(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()  # a clean close: no -wal left, but the file stays in WAL mode
    assert saved.read_bytes()[18:20] == b"\x02\x02"
    before = listing(saved.parent)
    assert check(saved).returncode == 0
    Document.open(saved, read_only=True).close()
    doc = Document.open(saved)
    doc.close()
    assert listing(saved.parent) == before  # no -wal, no -shm, no journal


def _leave_unfinished(path: Path, mode: str) -> None:
    """Another program writes to ``path`` and dies before finishing (no clean-up at all)."""
    code = f"""
import os, sqlite3
conn = sqlite3.connect({str(path)!r}, isolation_level=None)
if {mode!r} == "wal":
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("INSERT INTO note (text, visibility, sort_order, created_at, updated_at)"
                 " VALUES ('only in the -wal', 'shared', 0, '', '')")
else:
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    conn.execute("UPDATE partner SET name = name || ' (half-renamed)'")
    conn.execute("UPDATE note SET text = text")
    conn.execute("INSERT INTO note (text, visibility, sort_order, created_at, updated_at)"
                 " SELECT printf('%.2000c', 'x'), 'shared', 0, '', '' FROM position")
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(("mode", "beside"), [("wal", "-wal"), ("rollback", "-journal")])
def test_unfinished_changes_beside_a_file_are_neither_replayed_nor_ignored(
    saved: Path, mode: str, beside: str
) -> None:
    _leave_unfinished(saved, mode)
    sidecar = saved.with_name(saved.name + beside)
    assert sidecar.exists() and sidecar.stat().st_size > 0
    before = listing(saved.parent)
    result = check(saved)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert f"“{sidecar.name}”" in result.stderr
    for read_only in (False, True):
        with pytest.raises(errors.UnfinishedChanges, match="unfinished changes"):
            Document.open(saved, read_only=read_only)
    assert listing(saved.parent) == before


def test_a_save_never_buries_another_programs_unfinished_change(saved: Path) -> None:
    doc = Document.open(saved)
    ops.create(doc, "note", text="ours")
    wal = saved.with_name(saved.name + "-wal")
    wal.write_bytes(b"another program's frames")  # it started writing meanwhile
    before = digest(saved)
    with pytest.raises(errors.SaveFailed, match="another program is changing it"):
        doc.save()
    assert digest(saved) == before and doc.modified
    wal.unlink()
    doc.save()
    doc.close()


def test_every_check_is_bounded_in_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop import checks

    sample = tmp_path / "Sample.workshop"
    write_sample(sample)
    monkeypatch.setattr(checks, "CHECK_SECONDS", 0.0)
    with pytest.raises(errors.CheckTimedOut, match="took too long") as raised:
        Document.open(sample)
    assert "\n" not in str(raised.value)
