"""One vocabulary on screen and on paper: every choice an export prints reads as its label in
``workshop.vocabulary`` (sheets and PDF alike), and the PDF's colours for kinds of position,
severities, answers and statuses are the vocabulary's inks and fills."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import exports
from exports import pdf_record, pdf_style
from exports.cells import in_pdf
from exports.pdf_sections import NOTE_MARK
from tests.export_helpers import canary_workshop, pdf_colours, pdf_text, squash
from workshop import kinds, snapshot, vocabulary
from workshop.audience import Audience
from workshop.kinds import Field, Kind

CHOICES = [
    (kind, spec)
    for kind in kinds.kinds()
    if kind.sheet
    for spec in kind.fields
    if spec.type == "enum"
]
#: Choices the PDF does not print yet: a position's stance on a term comes with the terms
#: (``Kind.pdf`` is False for them: the negotiation section of [insight] will show both).
NOT_YET_IN_PDF = frozenset({("position", "stance")})
#: The lists whose words the PDF draws in their ink (as the app does).
INKED_IN_PDF = (
    "position_kind",
    "severity",
    "clause_status",
    "commitment_answer",
    "value_status",
    "disagreement_status",
    "action_status",
)


def hex_of(colour: Any) -> str:
    return pdf_style.hex_of(colour)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The broker's record of a workshop holding every choice of every list field."""
    root = tmp_path_factory.mktemp("terms")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        doc, _, _ = canary_workshop(root / "terms.workshop", every_term=True)
        try:
            broker = snapshot.build(doc, Audience.broker())
        finally:
            doc.close()
    pdf = exports.export(broker, "pdf", root / "terms.pdf")
    xlsx = exports.export(broker, "xlsx", root / "terms.xlsx")
    csv = exports.export(broker, "csv", root / "terms.zip")
    with zipfile.ZipFile(csv) as zf:
        files = {
            name: pd.read_csv(zf.open(name), dtype=str, keep_default_na=False, encoding="utf-8-sig")
            for name in zf.namelist()
        }
    texts, fills = pdf_colours(pdf)
    yield {
        "snapshot": broker,
        "pdf": pdf_text(pdf),
        "texts": texts,
        "fills": fills,
        "xlsx": pd.read_excel(xlsx, sheet_name=None, dtype=str, keep_default_na=False),
        "csv": files,
    }


def expected_words(kind: Kind, spec: Field, written: dict[str, Any]) -> set[str]:
    terms = vocabulary.terms(spec.choices)
    if kind.table == "workshop":  # one row: the words of the choices it holds
        return {terms.label(getattr(written["snapshot"].workshop, spec.name))}
    return {term.label for term in terms}


@pytest.mark.parametrize(("kind", "spec"), CHOICES, ids=[f"{k.table}.{s.name}" for k, s in CHOICES])
def test_every_choice_in_a_sheet_reads_as_its_vocabulary_label(
    written: dict[str, Any], kind: Kind, spec: Field
) -> None:
    from exports.tables import csv_name

    wanted = expected_words(kind, spec, written)
    for frame in (written["xlsx"][kind.title], written["csv"][csv_name(kind.title)]):
        assert set(frame[spec.label]) == wanted


def test_the_pdf_prints_every_choice_in_the_vocabulary_words(written: dict[str, Any]) -> None:
    raw = written["pdf"]
    text = squash(raw)
    for kind in kinds.kinds():
        for spec in kind.fields if kind.pdf else ():
            if spec.type != "enum" or kind.table == "workshop" or not in_pdf(spec):
                continue
            if (kind.table, spec.name) in NOT_YET_IN_PDF:
                continue
            for term in vocabulary.terms(spec.choices):
                shown = squash(term.label) in text or squash(term.short_label) in text
                assert shown, f"{kind.table}.{spec.name}: “{term.label}” is not in the PDF"
    workshop = written["snapshot"].workshop
    assert squash(vocabulary.COLLABORATION_MODEL.label(workshop.collaboration_model)) in text
    # No stored value leaks out as it is stored ("red_line", "leads_talk"...).
    for terms in vocabulary.LISTS.values():
        for value in terms.values:
            if "_" in value:
                assert value not in raw, f"the stored value {value} is printed as it is"
    steps = vocabulary.ROUTE_STEP
    for term in steps:  # "Now: step 2 of 4, CEOs meet · Next: Independent mediator"
        assert squash(vocabulary.route_text(term.value)) in text
    for term in vocabulary.RISK_SCALE:  # the risk matrix's axes
        assert squash(term.label) in text


def test_the_pdf_draws_the_vocabulary_colours(written: dict[str, Any]) -> None:
    drawn: dict[str, set[str]] = {}
    for text, colour in written["texts"]:
        drawn.setdefault(text.removesuffix(NOTE_MARK), set()).add(colour)  # "Yes*": a note
    for name in INKED_IN_PDF:
        for term in vocabulary.terms(name):
            if not term.ink:
                continue
            word = term.short_label if name == "commitment_answer" else term.label
            # A label may wrap in a narrow column ("Red" / "line"): its first line then.
            inks = drawn.get(word, set()) | drawn.get(word.split()[0], set())
            assert term.ink in inks, (name, word, inks)
    # Every colour text is drawn in is the document's own (ink, muted, accent, white, the faint
    # signature lines) or a colour of the vocabulary: no colour of its own for a choice.
    own = {hex_of(c) for c in (pdf_style.INK, pdf_style.MUTED, pdf_style.ACCENT, pdf_style.FAINT)}
    vocabulary_inks = {term.ink for terms in vocabulary.LISTS.values() for term in terms}
    used = {colour for _, colour in written["texts"]}
    assert used <= own | vocabulary_inks | {"#ffffff"}, used - own - vocabulary_inks
    # Answers' and ratings' cells are filled in the vocabulary's fills.
    fills = written["fills"]
    for term in vocabulary.COMMITMENT_ANSWER:
        assert not term.fill or term.fill in fills, term
    rated = {a.rating for a in written["snapshot"].alignments if a.rating is not None}
    for term in vocabulary.ALIGNMENT:
        assert int(term.value) not in rated or term.fill in fills, term


def test_the_pdf_colour_tables_are_the_vocabulary() -> None:
    for term in vocabulary.POSITION_KIND:
        ink, fill = pdf_style.KIND_COLOURS[term.value]
        assert (hex_of(ink), hex_of(fill)) == (term.ink, term.fill)
    assert {k: hex_of(v) for k, v in pdf_style.RATING_FILLS.items()} == {
        int(t.value): t.fill for t in vocabulary.ALIGNMENT
    }
    for term in vocabulary.COMMITMENT_ANSWER:
        mark, ink, fill = pdf_record.ANSWER_MARKS[term.value]
        assert mark == term.short_label and hex_of(ink) == (term.ink or hex_of(pdf_style.MUTED))
        assert hex_of(fill) == (term.fill or "#ffffff")
    for kind, visibility in pdf_style.AUDIENCE_VISIBILITY.items():
        term = vocabulary.VISIBILITY.term(visibility)
        assert term is not None
        assert hex_of(pdf_style.audience_colour(kind)) == term.ink


def test_the_running_head_and_metadata_carry_the_vocabulary_markings(
    written: dict[str, Any], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    broker = written["snapshot"]
    partner = broker.partners[0]
    for audience, name in (
        (Audience.room(), ""),
        (Audience.partner(partner.id), partner.name),
        (Audience.broker(), ""),
    ):
        snap = snapshot.restrict({k.table: broker.items(k.table) for k in kinds.kinds()}, audience)
        marking = vocabulary.marking(audience.kind)
        out = exports.export(snap, "pdf", tmp_path / f"{audience.kind}.pdf")
        reader = PdfReader(str(out))
        last = squash(reader.pages[-1].extract_text() or "")
        assert squash(vocabulary.fill_in(marking.short, name)) in last
        assert squash(vocabulary.fill_in(marking.full, name)) in last
        assert reader.metadata is not None
        assert reader.metadata.subject == vocabulary.fill_in(marking.full, name)
