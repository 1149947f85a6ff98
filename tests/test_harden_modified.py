"""'Unsaved changes' means exactly that the content differs from the last save, in undo terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harden_support import Session
from tests.helpers import small_workshop
from workshop import ops
from workshop.document import Document


@pytest.fixture
def doc(tmp_path: Path) -> Document:
    return small_workshop(tmp_path / "Partnership.workshop")


def test_undoing_back_to_the_saved_state_is_not_modified(doc: Document) -> None:
    assert not doc.modified
    ops.create(doc, "note", text="first")
    ops.create(doc, "note", text="second")
    assert doc.modified
    doc.undo()
    assert doc.modified
    doc.undo()
    assert not doc.modified  # back where the file is
    doc.redo()
    assert doc.modified  # redone away from it
    doc.undo()
    assert not doc.modified
    doc.close()


def test_the_saved_point_can_be_in_the_middle_of_the_history(doc: Document) -> None:
    ops.create(doc, "note", text="first")
    ops.create(doc, "note", text="second")
    doc.save()
    doc.undo()
    assert doc.modified  # the file has "second", the document not
    doc.redo()
    assert not doc.modified
    doc.undo()
    ops.create(doc, "note", text="another branch")  # the saved step can never come back
    assert doc.modified
    doc.undo()
    assert doc.modified
    doc.save()
    assert not doc.modified
    doc.clear_history()  # forgetting the history forgets no truth
    assert not doc.modified
    ops.create(doc, "note", text="unsaved")
    doc.clear_history()
    assert doc.modified
    doc.close()


def test_undo_to_the_saved_state_then_a_crash_offers_no_recovery(tmp_path: Path) -> None:
    path = tmp_path / "Partnership.workshop"
    small_workshop(path).close()
    session = Session()
    try:
        assert session.ask(f"open {path}") == "ok"
        assert session.ask("note typed then undone") == "ok"
        assert session.ask("undo") == "ok"
    finally:
        session.kill()
    doc = Document.open(path)  # the working copy holds what the file holds: nothing to offer
    assert not doc.modified
    doc.close()
