"""Plural forms: every %n message in ui/ has its English forms, and the shipped .qm is built
from them (``python -m ui.translations`` rebuilds both)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui import translations

ROOT = Path(__file__).resolve().parents[1]


def test_english_plural_forms_are_up_to_date(tmp_path: Path) -> None:
    built = translations.update(ROOT, tmp_path)
    shipped = translations.folder()
    ts_name = "commonground_en.ts"
    assert (tmp_path / ts_name).read_text("utf-8") == (shipped / ts_name).read_text("utf-8"), (
        "a plural message changed: run python -m ui.translations"
    )
    assert built.read_bytes() == (shipped / built.name).read_bytes()


def test_english_forms() -> None:
    assert translations.english_forms("%n minute(s) planned") == (
        "%n minute planned",
        "%n minutes planned",
    )
    assert translations.english_forms("%n person(s)") == ("%n person", "%n people")


def test_the_app_reads_one_and_many(qapp: QCoreApplication) -> None:
    translations.install(qapp)
    for n, text in ((1, "1 rating"), (2, "2 ratings"), (0, "0 ratings")):
        assert QCoreApplication.translate("TableEditor", "%n rating(s)", "", n) == text
