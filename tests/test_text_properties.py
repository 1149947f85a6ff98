"""Whatever a facilitator types is stored and returned exactly, and survives interchange."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import created_id
from workshop import interchange, ops, snapshot
from workshop.audience import Audience
from workshop.document import Document

# Any Unicode except lone surrogates (not representable in UTF-8), with control characters.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).filter(
    lambda s: s.strip() != ""
)
SPECIAL = [
    "x" * 100_000,
    "nul\x00inside\x01\x02\x1f\x7f",
    "<b>bold</b> &amp; a < b > c \"quoted\" 'single'",
    "مرحبا بالعالم — שלום עולם",
    "emoji 🤝🏽 👩‍👩‍👧 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "line one\r\nline two\n\ttabbed\u2028separator",
    "Cŵn a Chymuned, Tŷ Croeso, Łucja Żółkiewska, Ελληνικά, Кириллица",
]


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory):
    d = Document.new(tmp_path_factory.mktemp("props") / "Text.workshop")
    d.partner_id = created_id(ops.add_partner(d, "Acme"), "partner")  # type: ignore[attr-defined]
    yield d
    d.close()


def _store_everywhere(doc: Document, text: str) -> None:
    partner_id = doc.partner_id  # type: ignore[attr-defined]
    ops.update(doc, "workshop", 1, title=text, purpose=text, context=text, facilitator=text)
    ops.add_position(doc, partner_id, "red_line", text, reasoning=text, range_unit=text[:16])
    ops.create(doc, "disagreement", title=text, description=text, owner=text, outcome=text)
    ops.create(doc, "note", text=text)


def _check(doc: Document, text: str) -> None:
    snap = snapshot.build(doc, Audience.broker())
    assert snap.workshop.title == text and snap.workshop.context == text
    assert snap.positions[-1].statement == text and snap.positions[-1].reasoning == text
    assert snap.disagreements[-1].outcome == text and snap.notes[-1].text == text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT)
def test_arbitrary_text_is_stored_exactly(doc: Document, text: str) -> None:
    _store_everywhere(doc, text)
    _check(doc, text)


@pytest.mark.parametrize("text", SPECIAL, ids=range(len(SPECIAL)))
def test_awkward_text_survives_save_reopen_and_interchange(tmp_path: Path, text: str) -> None:
    path = tmp_path / "w.workshop"
    doc = Document.new(path)
    doc.partner_id = created_id(ops.add_partner(doc, "Acme"), "partner")  # type: ignore[attr-defined]
    _store_everywhere(doc, text)
    doc.save()
    doc.close()
    reopened = Document.open(path)
    _check(reopened, text)
    exported = interchange.dumps(snapshot.build(reopened, Audience.broker()))
    reopened.close()
    (tmp_path / "w.json").write_text(exported, "utf-8")
    interchange.import_file(tmp_path / "w.json", tmp_path / "back.workshop")
    back = Document.open(tmp_path / "back.workshop")
    _check(back, text)
    back.close()
