"""Foundations summary packs in Welsh, English, or both side by side (issue 13, point 4).

The sample workshop's packs are written in each language and read back (pypdf, openpyxl):
the Welsh pack's headings, sentences and vocabulary are Welsh, the bilingual pack has both
(each sentence whole in each language), the English pack is as it was, and a pack in any
language shows its reader exactly what the English one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import exports
from exports import wording
from exports.errors import UnknownLanguage
from tests.export_helpers import (
    TOKEN,
    audiences,
    canary_workshop,
    pdf_text,
    squash,
    table_cells,
    visible_text,
)
from ui.cli import main
from workshop import snapshot
from workshop.audience import Audience
from workshop.dates import long_date, months_in
from workshop.snapshot import Snapshot
from workshop.translation import side_by_side, translator

#: Sentences of the summary's own that a Welsh pack must never print in English.
ENGLISH = [
    wording.STAND_TITLE,  # "Where things stand"
    wording.STAND_INTRO,
    wording.PARTNERS_INTRO,
    wording.NEGOTIATION_INTRO,
    wording.DISAGREEMENTS_TITLE,
    wording.SIGN_OFF_INTRO,
    wording.DO_NOT_FORWARD,
    wording.CONTROL,
    "Room pack: shared items only",
    "Page 1 of",
    "Now: step",
    "Red line",
    "Bottom line",
    "Rep in the room",
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Snapshot]]:
    from workshop.document import Document
    from workshop.sample import write_sample

    root = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        write_sample(root / "S.workshop")
        doc = Document.open(root / "S.workshop", read_only=True)
        try:
            broker = snapshot.build(doc, Audience.broker())
            first = broker.partners[0]
            snaps = {
                "room": snapshot.build(doc, Audience.room()),
                "partner": snapshot.build(doc, Audience.partner(first.id)),
                "broker": broker,
            }
        finally:
            doc.close()
    yield snaps


@pytest.fixture(scope="module")
def room_packs(
    sample: dict[str, Snapshot], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """The room pack's text in each language (squashed: no white space)."""
    root = tmp_path_factory.mktemp("packs")
    return {
        language: squash(
            pdf_text(
                exports.export(sample["room"], "pdf", root / f"{language}.pdf", language=language)
            )
        )
        for language in exports.PACK_LANGUAGES
    }


def test_the_pack_languages_are_english_welsh_and_both_welsh_first() -> None:
    assert exports.PACK_LANGUAGES == {
        "en": "English",
        "cy": "Cymraeg",
        "cy+en": "Cymraeg / English",
    }
    assert exports.pack_translate("en")("Red line") == "Red line"
    assert exports.pack_translate("cy")("Red line") == "Llinell goch"
    assert exports.pack_translate("cy+en")("Red line") == "Llinell goch / Red line"


def test_a_welsh_room_pack_reads_in_welsh(room_packs: dict[str, str]) -> None:
    welsh = room_packs["cy"]
    for expected in (
        "Llinell goch",
        "Llinell waelod",
        "Sut mae pethau’n sefyll",
        "Cofrestr anghytundebau",
        "Rheoli’r ddogfen",
        "Pecyn yr ystafell: eitemau a rennir yn unig",
        "Tudalen 1 o",
        "Nawr: cam 2 o 4, Prif Weithredwyr yn cyfarfod",
        "Cynrychiolydd yn yr ystafell",
        "19 Tach 2026",  # the workshop's start date, its month in Welsh
    ):
        assert squash(expected) in welsh, expected
    leftover = [sentence for sentence in ENGLISH if squash(sentence) in welsh]
    assert not leftover, f"English in the Welsh pack: {leftover}"
    assert squash("19 Nov 2026") not in welsh


def test_a_bilingual_pack_has_both_languages_welsh_first(room_packs: dict[str, str]) -> None:
    both = room_packs["cy+en"]
    for expected in (
        "Llinell goch / Red line",
        "Sut mae pethau’n sefyll / Where things stand",
        "Tudalen 1 o 2",
        "19 Tach / Nov 2026",
        # A sentence with parts filled in is whole in each language, never mixed or doubled.
        "Nawr: cam 2 o 4, Prif Weithredwyr yn cyfarfod / Now: step 2 of 4, CEOs meet",
        "Nesaf: Cyfryngwr annibynnol / Next: Independent mediator",
    ):
        assert squash(expected) in both, expected
    assert squash("Prif Weithredwyr yn cyfarfod / CEOs meet / Now") not in both


def test_an_english_pack_is_as_it_was(
    sample: dict[str, Snapshot], room_packs: dict[str, str], tmp_path: Path
) -> None:
    english = room_packs["en"]
    default = squash(pdf_text(exports.export(sample["room"], "pdf", tmp_path / "default.pdf")))
    # The printing time is the only difference between two printings.
    stamp = re.compile(r"\d\d:\d\d")
    assert stamp.sub("", english) == stamp.sub("", default)
    for expected in ("Where things stand", "Red line", "Page 1 of", "19 Nov 2026"):
        assert squash(expected) in english
    assert "Llinell" not in english and "Tudalen" not in english


def test_a_welsh_partner_pack_keeps_the_same_confidences(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """The canary sweep for one partner's pack: in Welsh (PDF and XLSX) it shows exactly the
    planted items the English pack shows, and nothing its reader may not see."""
    root = tmp_path_factory.mktemp("canary-cy")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
        doc, _, partners = canary_workshop(root / "canary.workshop")
        try:
            everyone = audiences(doc)
            snap = snapshot.build(doc, everyone[f"partner:{partners['A']}"])
            broker = snapshot.build(doc, everyone["broker"])
        finally:
            doc.close()
    may_see = visible_text(snap)
    assert visible_text(broker) - may_see, "the partner must be missing something"
    for fmt, name in (("pdf", "p.pdf"), ("xlsx", "p.xlsx")):
        found: dict[str, set[str]] = {}
        for language in ("en", "cy", "cy+en"):
            out = exports.export(snap, fmt, tmp_path / f"{language}-{name}", language=language)
            text = squash(pdf_text(out)) if fmt == "pdf" else "\n".join(table_cells(out))
            found[language] = set(TOKEN.findall(text))
        assert found["en"], "the sweep found nothing: it would prove nothing"
        assert found["cy"] == found["en"] == found["cy+en"], fmt
        assert found["cy"] <= may_see, f"{fmt} in Welsh leaks {sorted(found['cy'] - may_see)}"


def test_welsh_sheets_keep_english_headers_and_say_their_words_in_welsh(
    sample: dict[str, Snapshot], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = exports.export(sample["partner"], "xlsx", tmp_path / "cy.xlsx", language="cy")
    book = load_workbook(out, read_only=True)
    assert "Positions" in book.sheetnames and "About" in book.sheetnames
    rows = list(book["Positions"].iter_rows(values_only=True))
    header = list(rows[0])
    assert "Kind" in header and "Who may see it" in header  # the schema stays English
    kinds_shown = {row[header.index("Kind")] for row in rows[1:]}
    assert "Llinell goch" in kinds_shown and "Red line" not in kinds_shown
    marks = {row[header.index("Who may see it")] for row in rows[1:]}
    assert marks <= {"A rennir", "Yn gyfrinachol i chi"} and "Yn gyfrinachol i chi" in marks
    about = [row[0] for row in book["About"].iter_rows(min_row=2, values_only=True)]
    assert "Gweithdy" in about and "Cynulleidfa" in about
    book.close()


def test_an_unknown_language_is_one_clear_sentence(
    sample: dict[str, Snapshot], tmp_path: Path
) -> None:
    with pytest.raises(UnknownLanguage) as raised:
        exports.export(sample["room"], "pdf", tmp_path / "x.pdf", language="fr")
    assert str(raised.value).count(".") == 1 and "cy+en" in str(raised.value)
    assert not (tmp_path / "x.pdf").exists()
    job = exports.Job(sample["room"], "pdf", tmp_path / "y.pdf", language="de")
    with pytest.raises(UnknownLanguage):
        exports.run_jobs([job])
    assert not (tmp_path / "y.pdf").exists()


def test_dates_name_their_months_in_the_exports_language() -> None:
    assert long_date("2027-12-15") == "15 Dec 2027"
    with months_in(translator("cy")):
        assert long_date("2027-12-15") == "15 Rhag 2027"
        assert long_date("2027-02-01") == "1 Chwef 2027"
    with months_in(side_by_side(translator("cy"))):
        assert long_date("2027-06-30") == "30 Meh / Jun 2027"
    assert long_date("2027-12-15") == "15 Dec 2027"


def test_the_cli_writes_a_pack_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workshop.sample import write_sample

    source = tmp_path / "S.workshop"
    write_sample(source)
    out = tmp_path / "packs"
    args = ["export", str(source), "--format", "pdf", "--all-partners", "-o", str(out)]
    assert main([*args, "--language", "cy"]) == 0, capsys.readouterr().err
    packs = sorted(out.glob("*.pdf"))
    assert packs
    text = squash(pdf_text(packs[0]))
    assert squash("Yn gyfrinachol i chi") in text and "Page1of" not in text
    capsys.readouterr()
    room = ["export", str(source), "--format", "pdf", "--audience", "room", "-o"]
    with pytest.raises(SystemExit):
        main([*room, str(tmp_path / "fr.pdf"), "--language", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    json = ["export", str(source), "--format", "json", "-o", str(tmp_path / "x.json")]
    assert main([*json, "--language", "cy"]) != 0
    assert "JSON export is data" in capsys.readouterr().err
    assert not (tmp_path / "fr.pdf").exists() and not (tmp_path / "x.json").exists()
