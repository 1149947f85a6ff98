"""User text is text: every character renders in a font that has it, markup prints literally,
long text never breaks the layout, and arbitrary Unicode reaches the PDF text layer and the
CSV/XLSX cells exactly."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import exports
from exports import fonts
from exports.cells import neutralise
from tests.export_helpers import pdf_text, squash, table_cells, with_items
from workshop import ops, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.snapshot import Snapshot

MULTILINGUAL = (
    "Cŵn a Chymuned, Tŷ Croeso · Łódź, Żółć · Ελληνικά · Кириллица · جمعية الأمل · 😀 🚀 · 中文"
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    """A small broker snapshot with one of each item the property tests rewrite."""
    root = tmp_path_factory.mktemp("base")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        doc = Document.new(root / "base.workshop")
        try:
            partner = _id(ops.add_partner(doc, "Acme Housing", short_name="Acme"), "partner")
            topic = _id(ops.create(doc, "topic", name="Money"), "topic")
            ops.add_position(doc, partner, "red_line", "statement", topic_id=topic)
            d = _id(ops.create(doc, "disagreement", title="Fee", topic_id=topic), "disagreement")
            ops.set_party_view(doc, d, partner, "view")
            ops.create(doc, "clause", text="clause")
            yield snapshot.build(doc, Audience.broker())
        finally:
            doc.close()


def _id(change: ops.Change, table: str) -> int:
    return next(row_id for name, row_id in change.created if name == table)


def with_text(snap: Snapshot, text: str, *, cells: bool = True) -> Snapshot:
    """The snapshot with ``text`` in a statement, a disagreement (description and owner: a plain
    table cell when it fits), a clause, a view and a topic name."""
    short = text if cells else "short"
    return with_items(
        snap,
        positions=tuple(dataclasses.replace(p, statement=text) for p in snap.positions),
        topics=tuple(dataclasses.replace(t, name=short) for t in snap.topics),
        disagreements=tuple(
            dataclasses.replace(d, description=text, owner=short) for d in snap.disagreements
        ),
        clauses=tuple(dataclasses.replace(c, text=text) for c in snap.clauses),
        disagreement_parties=tuple(
            dataclasses.replace(v, view=text) for v in snap.disagreement_parties
        ),
    )


# --- fonts ---------------------------------------------------------------------------------


def _font_files() -> dict[str, str]:
    from workshop.resources import resource_path

    out = {}
    for file in fonts.FONT_FILES.values():
        from reportlab.pdfbase.ttfonts import TTFontFace

        face = TTFontFace(str(resource_path("fonts", file)))
        out[face.name.decode() if isinstance(face.name, bytes) else face.name] = file
    return out


def test_every_character_is_drawn_by_a_font_that_has_it(base: Snapshot, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from reportlab.pdfbase.ttfonts import TTFontFace

    from workshop.resources import resource_path

    snap = with_text(base, MULTILINGUAL + "\nsecond line ★ → ✓ ✗ ■")
    out = exports.export(snap, "pdf", tmp_path / "fonts.pdf")
    cmaps = {
        name: set(TTFontFace(str(resource_path("fonts", file))).charToGlyph)
        for name, file in _font_files().items()
    }
    checked = 0
    problems: list[str] = []

    def visit(text: str, cm: object, tm: object, font: dict[str, str] | None, size: float) -> None:
        nonlocal checked
        if font is None or not text.strip():
            return
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        cmap = cmaps.get(name)
        for char in text:
            if char.isspace():
                continue
            checked += 1
            if cmap is None:
                problems.append(f"{char!r} drawn in unbundled font {name}")
            elif ord(char) not in cmap:
                problems.append(f"{char!r} (U+{ord(char):04X}) not in {name}")

    for page in PdfReader(str(out)).pages:
        page.extract_text(visitor_text=visit)
    assert checked > 500
    assert not problems, problems[:20]
    text = pdf_text(out)
    for word in ("Cŵn", "Tŷ", "Łódź", "Żółć", "Ελληνικά", "Кириллица", "[emoji]", "[?]"):
        assert word in text


def test_runs_only_use_fonts_that_cover_their_characters() -> None:
    for line in fonts.lines(MULTILINGUAL):
        for run in fonts.runs(line):
            missing = [c for c in run.text if ord(c) not in fonts.coverage(run.font)]
            assert not missing, (run.font, missing)


def test_arabic_is_joined_and_right_to_left() -> None:
    (line,) = fonts.lines("جمعية الأمل")
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in line), "presentation forms"
    logical = unicodedata.normalize("NFKC", line[::-1])
    assert logical == "جمعية الأمل"


def test_emoji_becomes_a_visible_placeholder_or_a_monochrome_glyph() -> None:
    text = fonts.drawable("ok 🧑‍🤝‍🧑 🙂 🚀")
    assert "[emoji]" in text
    assert "\u200d" not in text
    assert all(
        ord(c) in fonts.coverage(fonts.FALLBACK) | fonts.coverage(fonts.SANS)
        for c in text
        if c not in "[]"
    )


# --- markup, line breaks, long text ----------------------------------------------------------


def test_markup_prints_literally_and_line_breaks_are_kept(base: Snapshot, tmp_path: Path) -> None:
    text = "<b>not bold</b> &amp; a < b > c &lt; <font size=40>x</font>\nnext line"
    out = exports.export(with_text(base, text), "pdf", tmp_path / "markup.pdf")
    extracted = pdf_text(out)
    assert "<b>not bold</b> &amp; a < b > c &lt; <font size=40>x</font>" in extracted
    assert "c &lt; <font size=40>x</font>\nnext line" in extracted


def test_ten_thousand_characters_and_a_300_character_word_fit(
    base: Snapshot, tmp_path: Path
) -> None:
    long_text = " ".join(f"word{i:05d}" for i in range(1100))[:10_000]
    word = "W" + "x" * 298 + "Z"
    snap = with_text(base, long_text + "\n" + word, cells=False)
    snap = with_items(
        snap, partners=tuple(dataclasses.replace(p, name=word) for p in snap.partners)
    )
    out = exports.export(snap, "pdf", tmp_path / "long.pdf")
    extracted = pdf_text(out)
    # The text runs over pages, so running heads interleave: look for every word in order.
    words = long_text.split()
    found = [w for w in extracted.split() if w.startswith("word")]
    assert [w for w in found if w in set(words)][: len(words)] == words
    assert word in squash(extracted)


# --- property tests --------------------------------------------------------------------------

LTR_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Co", "Cn", "Mn", "Me", "Cf"),
        exclude_characters="\u00ad",
    ).filter(lambda c: unicodedata.bidirectional(c) not in {"R", "AL", "AN"}),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=LTR_TEXT)
def test_arbitrary_text_reaches_the_pdf_text_layer(
    base: Snapshot, tmp_path: Path, text: str
) -> None:
    out = exports.export(with_text(base, text), "pdf", tmp_path / "prop.pdf")
    expected = squash("".join(fonts.lines(text)))
    assert expected in squash(pdf_text(out))


ANY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=60
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ANY_TEXT)
def test_arbitrary_text_reaches_csv_cells_exactly(
    base: Snapshot, tmp_path: Path, text: str
) -> None:
    out = exports.export(with_text(base, text), "csv", tmp_path / "prop.zip")
    assert neutralise(text) in table_cells(out)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ANY_TEXT)
def test_arbitrary_text_reaches_xlsx_cells_exactly(
    base: Snapshot, tmp_path: Path, text: str
) -> None:
    from exports.cells import XLSX_FORBIDDEN as _XLSX_FORBIDDEN

    out = exports.export(with_text(base, text), "xlsx", tmp_path / "prop.xlsx")
    expected = neutralise(text).replace("\r\n", "\n").replace("\r", "\n")
    assert _XLSX_FORBIDDEN.sub("", expected) in table_cells(out)


def test_a_wrapped_arabic_paragraph_reads_its_lines_in_order(tmp_path: Path) -> None:
    from exports.pdf_style import para

    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    n = len(letters)
    words = [
        letters[i % n] + "ا" + letters[(i * 7) % n] + letters[(i * 3 + 1) % n] for i in range(60)
    ]
    paragraph = para(" ".join(words), "body")
    paragraph.wrap(200, 1000)
    lines = []
    for line in paragraph.blPara.lines:  # what is drawn, line by line, left to right
        drawn = line.words if hasattr(line, "words") else [line[1]]
        lines.append(" ".join(w.text if hasattr(w, "text") else "".join(w) for w in drawn))
    assert len(lines) > 3
    logical = [unicodedata.normalize("NFKC", line[::-1]).split() for line in lines]
    assert [w for line in logical for w in line] == words  # line by line, in reading order
    assert paragraph.style.alignment == 2  # right-aligned: the text starts right to left


def test_arabic_vowel_marks_are_kept_and_follow_their_letter() -> None:
    (line,) = fonts.lines("مَدْرَسَة")
    marks = [c for c in line if unicodedata.category(c) == "Mn"]
    assert marks == ["\u064e", "\u064e", "\u0652", "\u064e"]  # fatha, fatha, sukun, fatha
    assert unicodedata.category(line[0]) != "Mn", "a mark is drawn after the letter it sits on"
    (latin,) = fonts.lines("cafe\u0301 صباح")
    assert latin.startswith("cafe\u0301 ")
