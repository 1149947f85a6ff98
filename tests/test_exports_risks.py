"""Risks and contributions on paper: the risk matrix puts each risk's number in its square and
says everything without colour; the register and each partner's contributions are in every pack
that may see them, and nowhere else."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

import exports
from exports.cells import amount_text
from exports.pdf_risks import RiskMatrix, band_ranges
from tests.export_helpers import pdf_text, squash
from workshop import analysis, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.sample import write_sample
from workshop.snapshot import Snapshot


def drawn_matrix(tmp_path: Path, placed: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    """Draw a matrix at a known place on a page; every piece of text with where it is drawn."""
    from pypdf import PdfReader

    from exports import fonts

    fonts.register()
    matrix = RiskMatrix(placed)
    canvas = Canvas(str(tmp_path / "matrix.pdf"))
    matrix.wrapOn(canvas, 500, 800)
    matrix.drawOn(canvas, 40, 100)
    canvas.save()
    found: list[dict[str, Any]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            # Where the text starts on the page: the text matrix through the current matrix.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append({"text": text.strip(), "x": x - 40, "y": y - 100})

    PdfReader(str(tmp_path / "matrix.pdf")).pages[0].extract_text(visitor_text=visit)
    return found


def square_of(piece: dict[str, Any]) -> tuple[int, int]:
    likelihood = int((piece["x"] - RiskMatrix.LEFT) // RiskMatrix.CELL_W) + 1
    impact = int((piece["y"] - RiskMatrix.BOTTOM) // RiskMatrix.CELL_H) + 1
    return likelihood, impact


def test_each_risk_is_a_numbered_circle_in_its_square(tmp_path: Path) -> None:
    placed = [(101, 4, 5), (102, 3, 4), (103, 3, 4), (104, 1, 1), (105, 5, 2)]
    found = drawn_matrix(tmp_path, placed)
    for number, likelihood, impact in placed:
        (piece,) = [p for p in found if p["text"] == str(number)]
        assert square_of(piece) == (likelihood, impact), number


def test_the_matrix_says_it_all_without_colour(tmp_path: Path) -> None:
    texts = [p["text"] for p in drawn_matrix(tmp_path, [(1, 2, 2)])]
    # Every square carries its score; the axes their numbers and words; the legend its bands.
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            assert str(likelihood * impact) in texts
    for word in ("Very low", "Low", "Medium", "High", "Very high", "Likelihood", "Impact"):
        assert word in texts, word
    for term, low, high in band_ranges():
        assert term.label in texts and f"{low}–{high}" in texts
    assert [(t.value, low, high) for t, low, high in band_ranges()] == [
        ("low", 1, 4),
        ("medium", 5, 12),
        ("high", 15, 25),
    ]


def test_a_crowded_square_says_how_many_more(tmp_path: Path) -> None:
    placed = [(n, 3, 3) for n in range(201, 211)]  # ten risks in one square
    found = drawn_matrix(tmp_path, placed)
    shown = [p for p in found if p["text"].isdigit() and int(p["text"]) > 200]
    more = [p for p in found if p["text"].startswith("+")]
    assert len(more) == 1 and square_of(more[0]) == (3, 3)
    assert len(shown) + int(more[0]["text"][1:]) == len(placed)
    assert all(square_of(p) == (3, 3) for p in shown)


def test_risk_bands_follow_the_score() -> None:
    bands = {score: analysis.risk_band(score) for score in range(1, 26)}
    assert {s for s, b in bands.items() if b == "low"} == {1, 2, 3, 4}
    assert {s for s, b in bands.items() if b == "high"} == set(range(13, 26))


def test_a_value_reads_with_its_unit() -> None:
    assert amount_text(60000.0, "£") == "£60,000"
    assert amount_text(45.0, "volunteers") == "45 volunteers"
    assert amount_text(0.6, "FTE") == "0.6 FTE"
    assert amount_text(1234.5, "") == "1,234.5"
    assert amount_text(None, "£") == ""
    assert amount_text(float("inf"), "£") == ""


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The sample's room pack, Northlight's and Al-Amal's packs and the broker's record, as text."""
    root = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        write_sample(root / "sample.workshop")
        doc = Document.open(root / "sample.workshop", read_only=True)
        try:
            broker = snapshot.build(doc, Audience.broker())
            ids = {p.short_name: p.id for p in broker.partners}
            snaps: dict[str, Snapshot] = {
                "room": snapshot.build(doc, Audience.room()),
                "northlight": snapshot.build(doc, Audience.partner(ids["Northlight"])),
                "al-amal": snapshot.build(doc, Audience.partner(ids["Al-Amal"])),
                "broker": broker,
            }
        finally:
            doc.close()
    yield {
        name: pdf_text(exports.export(snap, "pdf", root / f"{name}.pdf"))
        for name, snap in snaps.items()
    }


#: A register row's score: "4 × 5 = 20".
SCORE = re.compile(r"[1-5] × [1-5] = \d+")


@pytest.mark.parametrize(
    ("who", "risks"), [("room", 4), ("northlight", 5), ("al-amal", 4), ("broker", 6)]
)
def test_each_pack_has_the_risks_its_reader_may_see(
    packs: dict[str, str], who: str, risks: int
) -> None:
    text = packs[who]
    assert "Risks" in text.splitlines() and "Risk register" in text
    assert len(SCORE.findall(text)) == risks
    secret = squash("Northlight's board has not yet approved")
    assert (secret in squash(text)) == (who in ("northlight", "broker"))
    private = squash("pull Gwernant CVS into competing")
    assert (private in squash(text)) == (who == "broker")


@pytest.mark.parametrize("who", ["room", "northlight", "al-amal", "broker"])
def test_each_partner_section_says_what_it_brings(packs: dict[str, str], who: str) -> None:
    text = squash(packs[who])
    for partner in ("Northlight", "Cŵn", "Gwernant CVS", "Tŷ Croeso", "Al-Amal"):
        assert squash(f"What {partner} brings") in text
    assert squash("What the partners bring") in text
    for value in ("£60,000", "45 volunteers", "300 groups", "0.6 FTE", "12 volunteers"):
        assert squash(value) in text
    grant = squash("a small grant from a local trust")
    assert (grant in text) == (who in ("al-amal", "broker"))
    assert (squash("£4,000") in text) == (who in ("al-amal", "broker"))
