"""JSON interchange: stable round trips, every problem reported with its path, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import small_workshop
from workshop import interchange, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.errors import InterchangeError
from workshop.resources import resource_path
from workshop.sample import write_sample


def export_text(path: Path) -> str:
    doc = Document.open(path, read_only=True)
    try:
        return interchange.dumps(snapshot.build(doc, Audience.broker()))
    finally:
        doc.close()


def test_sample_round_trip_is_byte_identical(tmp_path: Path) -> None:
    first = tmp_path / "Sample.workshop"
    write_sample(first)
    text = export_text(first)
    (tmp_path / "one.json").write_text(text, "utf-8")
    second = tmp_path / "Again.workshop"
    interchange.import_file(tmp_path / "one.json", second)
    assert export_text(second) == text
    data = json.loads(text)
    assert data["format"] == "common-ground-workshop" and data["version"] == 2
    assert len(data["partners"]) == 5


def test_schema_resource_is_current() -> None:
    stored = resource_path("interchange.schema.json").read_text("utf-8")
    assert stored == interchange.schema_text(), "run: python -m workshop.interchange"


def test_partner_export_carries_no_one_elses_confidences(tmp_path: Path) -> None:
    doc = small_workshop(tmp_path / "w.workshop")
    acme = snapshot.build(doc, Audience.broker()).partners[0].id
    text = interchange.dumps(snapshot.build(doc, Audience.partner(acme)))
    room = interchange.dumps(snapshot.build(doc, Audience.room()))
    doc.close()
    assert "Acme confidential floor" in text and "Bryn private aside" not in text
    assert "Acme confidential floor" not in room
    audience = json.loads(text)["audience"]
    assert audience["partner"] == "Acme Housing" and audience["partner_id"] == acme
    assert audience["marking"].startswith("Prepared for Acme Housing:")


def problems_of(data: object) -> list[str]:
    with pytest.raises(InterchangeError) as raised:
        interchange.parse(json.dumps(data))
    assert "Nothing was written" in str(raised.value)
    return raised.value.problems


BASE = {"format": "common-ground-workshop", "version": 1}


def test_every_problem_has_a_path() -> None:
    problems = problems_of(
        {
            **BASE,
            "partners": [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}, {"id": 3}],
            "positions": [
                {"id": 1, "partner_id": 9, "kind": "never", "needs_decision": "yes"},
                {"id": 1, "partner_id": "1"},
            ],
            "values": {"id": 1},
            "workshop": {"title": 7, "mystery": 1},
        }
    )
    assert "partners[2].name: required" in problems
    assert "positions[0].partner_id: no partner with id 9" in problems
    assert any(p.startswith("positions[0].kind: must be one of") for p in problems)
    assert "positions[0].needs_decision: must be true or false" in problems
    assert "positions[1].id: 1 is used twice" in problems
    assert "positions[1].partner_id: must be a whole number" in problems
    assert "values: must be a list" in problems
    assert "workshop.title: must be text" in problems
    assert "workshop.mystery: unknown field" in problems


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", "not valid JSON at line 1"),
        ("[1, 2]", "top level must be an object"),
        ('{"format": "something-else", "version": 1}', "format: must be"),
        ('{"format": "common-ground-workshop", "version": 3}', "newer Common Ground"),
        ('{"format": "common-ground-workshop", "version": "1"}', "version: must be a whole number"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_json(text: str, words: str) -> None:
    with pytest.raises(InterchangeError, match=words):
        interchange.parse(text)


def test_fifty_megabytes_of_junk_and_no_partial_output(tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x89junk" * (10 * 1024 * 1024))
    target = tmp_path / "out.workshop"
    with pytest.raises(InterchangeError, match="not"):
        interchange.import_file(junk, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [junk]


def test_missing_sections_default_to_empty(tmp_path: Path) -> None:
    source = tmp_path / "minimal.json"
    source.write_text(json.dumps({**BASE, "partners": [{"id": 4, "name": "Al-Amal"}]}))
    interchange.import_file(source, tmp_path / "m.workshop")
    doc = Document.open(tmp_path / "m.workshop")
    partners = snapshot.build(doc, Audience.broker()).partners
    doc.close()
    assert [(p.id, p.name, p.size_band) for p in partners] == [(4, "Al-Amal", "medium")]


def test_a_version_1_file_from_0_2_imports_whole(tmp_path: Path) -> None:
    """JSON backups made by 0.2 (format version 1, no risks or contributions) still import."""
    fixture = Path(__file__).resolve().parent / "fixtures" / "interchange-v1.json"
    target = tmp_path / "From 0.2.workshop"
    interchange.import_file(fixture, target)
    with Document.open(target, read_only=True) as doc:
        snap = snapshot.build(doc, Audience.broker())
    assert len(snap.positions) == 33 and len(snap.partners) == 5
    assert snap.risks == () and snap.contributions == ()
