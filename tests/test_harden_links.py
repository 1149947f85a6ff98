"""Links are followed, not replaced: whichever name a workshop is opened by (a symbolic link, a
link to its folder, a hard link), it is one document for saving, locking and recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.harden_support import Session
from tests.helpers import small_workshop
from workshop import errors, ops, snapshot
from workshop.audience import Audience
from workshop.document import Document


def _notes(path: Path) -> set[str]:
    doc = Document.open(path, read_only=True)
    try:
        return {n.text for n in snapshot.build(doc, Audience.broker()).notes}
    finally:
        doc.close()


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """A workshop in a shared folder and a symbolic link to it from the broker's desktop."""
    real = tmp_path / "Shared drive" / "Partnership.workshop"
    real.parent.mkdir()
    small_workshop(real).close()
    link = tmp_path / "Desktop" / "Partnership.workshop"
    link.parent.mkdir()
    link.symlink_to(real)
    return real, link


def test_saving_through_a_link_updates_the_shared_file_and_keeps_the_link(
    shared: tuple[Path, Path],
) -> None:
    real, link = shared
    doc = Document.open(link)
    ops.create(doc, "note", text="agreed through the link")
    doc.save()
    assert doc.path == link and not doc.modified
    doc.close()
    assert link.is_symlink() and link.resolve() == real
    assert "agreed through the link" in _notes(real)
    assert sorted(p.name for p in link.parent.iterdir()) == ["Partnership.workshop"]


def test_the_lock_is_beside_the_real_file_whichever_name_is_used(
    shared: tuple[Path, Path],
) -> None:
    real, link = shared
    doc = Document.open(link)
    lock = real.with_name(f".~lock.{real.name}#")
    assert lock.exists()
    assert not link.with_name(f".~lock.{link.name}#").exists()
    with pytest.raises(errors.DocumentInUse):
        Document.open(real)
    doc.close()
    assert not lock.exists()


def test_another_computers_lock_is_seen_through_a_link(shared: tuple[Path, Path]) -> None:
    real, link = shared
    lock = real.with_name(f".~lock.{real.name}#")
    lock.write_text(json.dumps({"host": "church-hall-laptop", "pid": 4242, "user": "rhiannon"}))
    with pytest.raises(errors.DocumentInUse, match="church-hall-laptop"):
        Document.open(link)
    assert json.loads(lock.read_text())["host"] == "church-hall-laptop"  # left as it was


def test_edits_made_through_a_link_are_recovered_by_the_real_name(
    shared: tuple[Path, Path],
) -> None:
    real, link = shared
    session = Session()
    try:
        assert session.ask(f"open {link}") == "ok"
        assert session.ask("note saved through the link") == "ok"
        assert session.ask("save") == "ok saved"
        assert session.ask("note acknowledged before the crash") == "ok"
    finally:
        session.kill()
    assert link.is_symlink()
    with pytest.raises(errors.RecoveryAvailable):
        Document.open(real)
    doc = Document.open(real, recovery="recover")
    assert {"saved through the link", "acknowledged before the crash"} <= {
        n.text for n in snapshot.build(doc, Audience.broker()).notes
    }
    doc.save()
    doc.close()
    assert link.is_symlink()


def test_a_hard_link_is_the_same_document(tmp_path: Path) -> None:
    first = tmp_path / "Partnership.workshop"
    small_workshop(first).close()
    second = tmp_path / "elsewhere" / "Same partnership.workshop"
    second.parent.mkdir()
    os.link(first, second)
    doc = Document.open(first)
    assert any("hard links" in notice for notice in doc.notices)
    with pytest.raises(errors.DocumentInUse, match="another window"):
        Document.open(second)
    doc.close()


def test_edits_made_under_one_hard_link_are_recovered_under_the_other(tmp_path: Path) -> None:
    first = tmp_path / "Partnership.workshop"
    small_workshop(first).close()
    second = tmp_path / "Copy for Aled.workshop"
    os.link(first, second)
    session = Session()
    try:
        assert session.ask(f"open {first}") == "ok"
        assert session.ask("note said under the first name") == "ok"
    finally:
        session.kill()
    with pytest.raises(errors.RecoveryAvailable):
        Document.open(second)
    doc = Document.open(second, recovery="recover")
    assert "said under the first name" in {
        n.text for n in snapshot.build(doc, Audience.broker()).notes
    }
    doc.close()


def test_save_as_to_another_name_of_the_same_file_is_a_save(tmp_path: Path) -> None:
    first = tmp_path / "Partnership.workshop"
    small_workshop(first).close()
    second = tmp_path / "Same file.workshop"
    os.link(first, second)
    doc = Document.open(first)
    ops.create(doc, "note", text="saved as itself")
    doc.save_as(second)
    assert doc.path == first and not doc.modified
    doc.close()
    assert "saved as itself" in _notes(first)


def test_links_that_lead_nowhere_get_a_clear_error(tmp_path: Path) -> None:
    dangling = tmp_path / "Moved.workshop"
    dangling.symlink_to(tmp_path / "gone" / "Partnership.workshop")
    with pytest.raises(errors.FileMissing, match="is a link to") as raised:
        Document.open(dangling)
    assert "\n" not in str(raised.value)
    loop = tmp_path / "Loop.workshop"
    loop.symlink_to(tmp_path / "Loop2.workshop")
    (tmp_path / "Loop2.workshop").symlink_to(loop)
    with pytest.raises(errors.FileUnreadable, match="round in a circle"):
        Document.open(loop)
    assert dangling.is_symlink() and loop.is_symlink()
