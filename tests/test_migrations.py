"""Schema upgrades: each step tested on a stored older file, backed up, in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import digest
from workshop import errors, migrations, ops, snapshot, storage
from workshop.audience import Audience
from workshop.document import Document

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-v1.workshop"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    path = tmp_path / "Valley alliance.workshop"
    shutil.copyfile(FIXTURE, path)
    return path


def test_every_step_has_a_fixture_and_history() -> None:
    assert set(migrations.STEPS) == set(
        range(migrations.OLDEST_SUPPORTED, migrations.SCHEMA_VERSION)
    )
    assert f"{migrations.SCHEMA_VERSION}. " in (migrations.__doc__ or "")
    assert storage.inspect(FIXTURE).schema_version == 1


def test_v1_file_opens_upgraded_with_a_backup(v1: Path) -> None:
    original = digest(v1)
    doc = Document.open(v1)
    assert any("upgraded" in notice for notice in doc.notices)
    assert doc.modified  # the upgrade reaches the file at the next save
    snap = snapshot.build(doc, Audience.broker())
    assert snap.workshop.title == "Valley alliance (made in 0.1)"
    assert snap.workshop.language == "en-GB"
    assert [i.scenario for i in snap.impacts] == ["with_partnership"]
    assert [p.statement for p in snap.positions] == ["No exclusivity clauses"]
    assert digest(v1) == original  # untouched until saved
    backup = v1.with_name("Valley alliance (schema 1 backup).workshop")
    assert digest(backup) == original
    doc.save()
    doc.close()
    assert storage.inspect(v1).schema_version == migrations.SCHEMA_VERSION
    conn = sqlite3.connect(v1)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_failing_step_rolls_back_completely(v1: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = v1.with_name("work.workshop")
    shutil.copyfile(v1, work)

    def half_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE workshop ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'x'")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setitem(migrations.STEPS, 1, half_then_fail)
    conn = storage.connect(work)
    conn.isolation_level = None
    with pytest.raises(sqlite3.OperationalError):
        migrations.upgrade(conn, 1)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(workshop)")]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert "language" not in columns and version == 1


def test_newer_schema_is_refused_untouched(v1: Path) -> None:
    conn = sqlite3.connect(v1)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(v1)
    with pytest.raises(errors.NewerVersion, match="schema 99"):
        Document.open(v1)
    with pytest.raises(errors.NewerVersion):
        Document.open(v1, read_only=True)
    assert digest(v1) == before


#: The sample workshop as Common Ground 0.2 (schema 2, the first release in brokers' hands) wrote it.
FIXTURE_V2 = Path(__file__).resolve().parent / "fixtures" / "schema-v2.workshop"


def test_v2_sample_file_opens_with_everything_in_it(tmp_path: Path) -> None:
    path = tmp_path / "Pontywern.workshop"
    shutil.copyfile(FIXTURE_V2, path)
    assert storage.inspect(path).schema_version == 2
    original = digest(path)
    doc = Document.open(path)
    snap = snapshot.build(doc, Audience.broker())
    assert snap.workshop.title == "Pontywern Wellbeing Consortium: foundations"
    counts = {table: len(snap.items(table)) for table in snapshot.COLLECTION_ATTR}
    assert counts["partner"] == 5 and counts["position"] == 33 and counts["alignment"] == 40
    assert counts["disagreement_party"] == 15 and counts["agenda_item"] == 17
    assert digest(path) == original  # opening never writes
    assert any("upgraded" in notice for notice in doc.notices)
    assert path.with_name("Pontywern (schema 2 backup).workshop").exists()
    # The kinds added since 0.2 are there to use, in the upgraded file as in a new one.
    partner = snap.partners[0].id
    ops.create(doc, "risk", description="Cash flow under payment by results", partner_id=partner)
    ops.create(doc, "contribution", partner_id=partner, category="premises", description="A hall")
    doc.save()
    doc.close()
    assert storage.inspect(path).schema_version == migrations.SCHEMA_VERSION
    with Document.open(path, read_only=True) as again:
        upgraded = snapshot.build(again, Audience.broker())
    assert [r.description for r in upgraded.risks] == ["Cash flow under payment by results"]
    assert [c.category for c in upgraded.contributions] == ["premises"]
    assert len(upgraded.positions) == 33


#: The sample workshop as Common Ground 0.3 (schema 3: kinds, terms, issues, reviews) wrote it.
FIXTURE_V3 = Path(__file__).resolve().parent / "fixtures" / "schema-v3.workshop"


def test_v3_sample_file_opens_as_it_was_written(tmp_path: Path) -> None:
    """0.3's file is in brokers' hands from this release on: every later version opens it."""
    path = tmp_path / "Pontywern.workshop"
    shutil.copyfile(FIXTURE_V3, path)
    assert storage.inspect(path).schema_version == 3
    original = digest(path)
    doc = Document.open(path)
    snap = snapshot.build(doc, Audience.broker())
    assert snap.workshop.title == "Pontywern Wellbeing Consortium: foundations"
    assert len(snap.partners) == 5 and snap.risks and snap.contributions and snap.terms
    assert any(m.ended_at for m in snap.meetings) and snap.speaking
    assert digest(path) == original  # opening never writes
    if migrations.SCHEMA_VERSION == 3:
        assert not any("upgraded" in notice for notice in doc.notices)
    doc.close()
