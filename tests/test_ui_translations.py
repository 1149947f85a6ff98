"""Welsh and English (issue 13, "Language"): the Qt Linguist files are up to date with the
sources, every message has its Welsh translation (so a string added later without one fails
here), the app runs in Welsh, the vocabulary the exports print reads in Welsh without Qt, plural
forms are chosen by number, and a rating reads 3 / 5 in a right-to-left layout.

``make translations`` (``python -m ui.translations``) rebuilds the files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from tests import ui_support
from ui import labels, settings, translations
from ui.actions import Action
from ui.main_window import MainWindow
from workshop import kinds, vocabulary
from workshop.sample import write_sample
from workshop.translation import messages, side_by_side, translator

answered, clock = ui_support.answered, ui_support.clock
ROOT = Path(__file__).resolve().parents[1]
WELSH = translations.folder() / "commonground_cy.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def test_the_translation_files_are_up_to_date(tmp_path: Path) -> None:
    built = translations.update(ROOT, tmp_path)
    shipped = translations.folder()
    for language in ("en", *translations.TRANSLATED):
        name = f"commonground_{language}.ts"
        assert (tmp_path / name).read_text("utf-8") == (shipped / name).read_text("utf-8"), (
            f"{name} is not up to date with the sources: run make translations"
        )
    for qm_file in built:
        assert qm_file.read_bytes() == (shipped / qm_file.name).read_bytes(), qm_file.name


def welsh_messages() -> Iterator[tuple[str, ElementTree.Element]]:
    for context in ElementTree.parse(WELSH).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_every_message_has_a_welsh_translation() -> None:
    missing, broken = [], []
    for context, message in welsh_messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation] if message.get("numerus") == "yes" else []
        texts = forms or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(f"{context}: {source!r}")
            continue
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                broken.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if text.count("&") - 2 * text.count("&&") > 1:
                broken.append(f"{context}: {text!r} (more than one mnemonic)")
    assert not missing, "no Welsh translation (run make translations, then translate):\n" + (
        "\n".join(missing)
    )
    assert not broken, "\n".join(broken)
    assert len(list(welsh_messages())) > 600  # the interface and the vocabulary


def test_the_vocabulary_reads_in_welsh_without_qt() -> None:
    welsh = translator("cy")
    table = messages("cy")
    for terms in vocabulary.LISTS.values():
        for term in terms:
            for text in (term.label, term.short):
                assert not text or text in table, (terms.name, text)
    assert welsh("Red line") == "Llinell goch"
    assert vocabulary.item_marking("partner", "confidential", [], welsh) == "Yn gyfrinachol i chi"
    room = vocabulary.marking("room")
    assert welsh(room.full).startswith("Pecyn yr ystafell")
    for kind in kinds.KINDS.values():
        for text in (kind.noun, kind.plural, *(field.label for field in kind.fields)):
            assert not text or text in table, (kind.table, text)
    both = side_by_side(welsh)
    assert both("Red line") == "Llinell goch / Red line"
    assert both("Data") == "Data"
    assert translator("en")("Red line") == "Red line"


def test_english_forms() -> None:
    assert translations.english_forms("%n minute(s) planned") == (
        "%n minute planned",
        "%n minutes planned",
    )
    assert translations.english_forms("%n person(s)") == ("%n person", "%n people")


def test_the_app_reads_one_and_many(qapp: QCoreApplication) -> None:
    translations.install(qapp, "en")
    for n, text in ((1, "1 rating"), (2, "2 ratings"), (0, "0 ratings")):
        assert QCoreApplication.translate("TableEditor", "%n rating(s)", "", n) == text


def test_the_language_follows_the_setting_or_the_system() -> None:
    assert translations.language_of("cy") == "cy"
    assert translations.language_of("en", QLocale(QLocale.Language.Welsh)) == "en"
    assert translations.language_of("", QLocale(QLocale.Language.Welsh)) == "cy"
    assert translations.language_of("", QLocale(QLocale.Language.French)) == "en"


@pytest.fixture
def welsh_window(qtbot: Any, answered: Any, tmp_path: Path) -> Iterator[MainWindow]:
    prefs = settings.Settings()
    prefs.set(settings.LANGUAGE, "cy")
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    win.show()
    try:
        yield win
    finally:
        if win.session is not None:
            win.close_document()
        app = QApplication.instance()
        assert app is not None
        translations.install(app, "en")


def test_the_app_runs_in_welsh(qtbot: Any, welsh_window: MainWindow, tmp_path: Path) -> None:
    window = welsh_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Ffeil" in menus and "&Golygu" in menus, menus
    path = tmp_path / "Sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    assert window.workspace is not None
    nav = [window.workspace.nav.item(row).text() for row in range(window.workspace.nav.count())]
    assert "2  Safbwyntiau" in nav, nav
    stage = window.workspace.show_stage("positions")
    grid = stage.grid  # type: ignore[attr-defined]
    shown = "\n".join(
        str(grid.model().index(r, c).data() or "")
        for r in range(grid.model().rowCount())
        for c in range(grid.model().columnCount())
    )
    assert "Llinell goch" in shown, shown[:200]
    assert window.saved_label.text() == "Cadwyd pob newid"
    assert window.actions[Action.SAVE].text() == "&Cadw"
    # Dates in the Welsh locale's words.
    assert QLocale().language() == QLocale.Language.Welsh
    december = QLocale().monthName(12, QLocale.FormatType.ShortFormat)
    assert labels.tr("Red line") == "Llinell goch"
    from ui.dates import date_text

    assert december in date_text("2027-12-15")


def test_a_rating_reads_three_of_five_right_to_left(qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        text = labels.rating_text(3)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()

    def span(char: str) -> tuple[float, float]:
        at = text.index(char)
        edges = (line.cursorToX(at)[0], line.cursorToX(at + 1)[0])
        return min(edges), max(edges)

    assert span("3")[1] <= span("5")[0], ("3 is drawn left of 5", span("3"), span("5"))
    plain = QTextLayout("3 / 5", QFont())  # without the marks it would read 5 / 3
    plain.setTextOption(option)
    plain.beginLayout()
    plain_line = plain.createLine()
    plain.endLayout()
    assert plain_line.cursorToX(0)[0] > plain_line.cursorToX(4)[0]
    assert not QGuiApplication.isRightToLeft()
